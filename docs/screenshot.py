"""Take the README's screenshot of a running `make run` (http://127.0.0.1:8000 by default).

    .venv/bin/python docs/screenshot.py [base-url] [path] [file in docs/] [--hele-pagina]

Signs in as the demo team member Sanne with her demo TOTP code and captures `path` (by
default the team's workspace of the demo Spiegel in fieldwork), 1280 pixels wide, into
`docs/screenshot.png` or the file named; `--hele-pagina` captures the whole page,
`--tot=N` the page down to N pixels. The rode draden screenshots:
`/rode-draden/ screenshot-rodedraden.png --tot=1660` and
`/rode-draden/vervolg/<Brugwaarde's second Spiegel>/ screenshot-vervolg.png --tot=1720`.
Demo mode only: it reads the demo TOTP key."""

import os
import sys
import time
from pathlib import Path

import django
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spiegel.settings.dev")
django.setup()

from spiegel.demo import DEMO_PASSWORD, current_code, demo_key  # noqa: E402

HELE_PAGINA = "--hele-pagina" in sys.argv
# --tot=N: the whole page down to N pixels.
TOT = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--tot=")), None)
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
BASE = ARGS[0] if len(ARGS) > 0 else "http://127.0.0.1:8000"
PATH = ARGS[1] if len(ARGS) > 1 else "/"
BESTAND = Path(ARGS[2]).name if len(ARGS) > 2 else "screenshot.png"
EMAIL = "sanne@divosa.example"


def main():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="nl-NL")
        page.goto(f"{BASE}/account/login/")
        page.get_by_label("E-mailadres").fill(EMAIL)
        page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Volgende").click()
        page.get_by_label("Code uit de app").fill(current_code(demo_key(EMAIL)))
        page.get_by_role("button", name="Volgende").click()
        page.wait_for_url(f"{BASE}/**")
        page.goto(f"{BASE}{PATH}")
        time.sleep(0.5)
        out = Path(__file__).with_name(BESTAND)
        clip = {"x": 0, "y": 0, "width": 1280, "height": TOT} if TOT else None
        page.screenshot(path=str(out), full_page=HELE_PAGINA or bool(TOT), clip=clip)
        browser.close()
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
