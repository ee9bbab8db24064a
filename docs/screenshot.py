"""Take the README's screenshot of a running `make run` (http://127.0.0.1:8000 by default).

    .venv/bin/python docs/screenshot.py [base-url] [path]

Signs in as the demo team member Sanne with her demo TOTP code and captures the team's
workspace of the demo Spiegel in fieldwork. Demo mode only: it reads the demo TOTP key."""

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

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
PATH = sys.argv[2] if len(sys.argv) > 2 else "/"
EMAIL = "sanne@divosa.example"


def main():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="nl-NL")
        page.goto(f"{BASE}/account/login/")
        page.get_by_label("E-mailadres").fill(EMAIL)
        page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Volgende").click()
        page.get_by_label("Token").fill(current_code(demo_key(EMAIL)))
        page.get_by_role("button", name="Volgende").click()
        page.wait_for_url(f"{BASE}/**")
        page.goto(f"{BASE}{PATH}")
        time.sleep(0.5)
        out = Path(__file__).with_name("screenshot.png")
        page.screenshot(path=str(out), full_page=False)
        browser.close()
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
