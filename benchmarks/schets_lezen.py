#!/usr/bin/env python
"""The schets page's reads, one by one: CPU time and queries of each call the view makes
(get_object_or_404, the selectors, the checks, the audit row, the render), and the page's
CPU as a whole, for the first team member of the benchmark data.

    .venv/bin/python benchmarks/schets_lezen.py [--keer 15] [--html DIR] [--koud] [pk ...]

Each listed call is wrapped where the view finds it (its module's name, or the selector
module's attribute) and timed with the process's CPU clock per request; the figure is the
minimum over `--keer` requests, after two warm-ups. `--html DIR` writes each page's HTML
with the CSRF tokens and nonces masked, to compare the output of two versions of the code.
Without pks: the benchmark's schets (definitief), a concept and a wederhoor schets.
"""

import argparse
import functools
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

# (label, module, attribute): what the view calls, as it finds it. A missing one is skipped,
# so the same list measures the code before and after a change.
AANROEPEN = [
    ("get_object_or_404", "rapportage.views.schets", "get_object_or_404"),
    ("schets_pagina", "rapportage.selectors_schets", "schets_pagina"),
    ("audit (vastleggen)", "rapportage.views.schets", "vastleggen"),
    ("secties", "rapportage.selectors_schets", "secties"),
    ("toonregels", "rapportage.selectors", "toonregels"),
    ("bewijs", "rapportage.selectors_schets", "bewijs"),
    ("vorige_bewijs_vastleggen", "rapportage.views.schets", "vorige_bewijs_vastleggen"),
    ("kernvragen", "rapportage.selectors_schets", "kernvragen"),
    ("privacy_bevindingen", "rapportage.views.schets", "privacy_bevindingen"),
    ("privacy (kept)", "rapportage.controles_bewaard", "privacy"),
    ("methode_bevindingen", "rapportage.views.schets", "methode_bevindingen"),
    ("methode (kept)", "rapportage.controles_bewaard", "methode"),
    ("render_markdown", "rapportage.views.schets", "render_markdown"),
    ("render (template)", "rapportage.views.schets", "render"),
]


def _masker(html: str) -> str:
    html = re.sub(r'(name="csrfmiddlewaretoken" value=")[^"]*', r"\1-", html)
    html = re.sub(r'("X-CSRFToken": ?")[^"]*', r"\1-", html)
    return re.sub(r'(nonce="|"inlineStyleNonce":")[^"]*', r"\1-", html)


def _bewaard_legen():
    import importlib

    for module, attr in (
        ("rapportage.markdown", "_render"),
        ("rapportage.views.schets_basis", "_fragmenten"),
        ("rapportage.controles_bewaard", "_privacy"),
        ("rapportage.controles_bewaard", "_methode"),
    ):
        try:
            fn = getattr(importlib.import_module(module), attr, None)
        except ModuleNotFoundError:
            continue
        if fn is not None:
            fn.cache_clear()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keer", type=int, default=15)
    ap.add_argument("--html", metavar="DIR")
    ap.add_argument(
        "--koud",
        action="store_true",
        help="empty the per-process kept results (Markdown, tone, findings) before each "
        "request: the cost of a page whose texts and evidence all changed",
    )
    ap.add_argument("pks", nargs="*", type=int)
    args = ap.parse_args()

    import importlib

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.sessions.models import Session
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from benchmarks.plan import sessie
    from benchmarks.verslag import belasting
    from rapportage.models import Schets
    from spiegel import volumedata
    from spiegel.models import User

    user = User.objects.get(email="teamlid01@" + volumedata.GEN_DOMEIN)
    pks = args.pks
    if not pks:
        eigen = Schets.objects.filter(spiegel__team=user).order_by("spiegel_id")
        pks = [955] + [
            eigen.filter(status=s).values_list("spiegel_id", flat=True).first()
            for s in ("concept", "wederhoor")
        ]
    gemeten: dict[str, list[tuple[float, int]]] = {}

    def wrap(label, fn):
        @functools.wraps(fn)
        def gemeten_fn(*a, **kw):
            c, n = time.process_time(), len(connection.queries_log)
            try:
                return fn(*a, **kw)
            finally:
                gemeten.setdefault(label, []).append(
                    ((time.process_time() - c) * 1000, len(connection.queries_log) - n)
                )

        return gemeten_fn

    for label, module, attr in AANROEPEN:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError:  # code from before that module
            continue
        if hasattr(mod, attr):
            setattr(mod, attr, wrap(label, getattr(mod, attr)))

    key = sessie(user)
    print(f"# {belasting()}")
    try:
        for pk in pks:
            client = Client(HTTP_HOST="127.0.0.1")
            client.cookies[settings.SESSION_COOKIE_NAME] = key
            url = reverse("rapportage:schets", args=[pk])
            status = Schets.objects.get(spiegel_id=pk).status
            cpu, queries, rondes = [], 0, []
            connection.force_debug_cursor = True
            for i in range(args.keer + 2):
                gemeten.clear()
                connection.queries_log.clear()
                if args.koud:
                    _bewaard_legen()
                c = time.process_time()
                r = client.get(url)
                if i >= 2:  # two warm-ups: the per-process caches filled, as in production
                    cpu.append((time.process_time() - c) * 1000)
                    queries = len(connection.queries_log)
                    rondes.append({k: list(v) for k, v in gemeten.items()})
            connection.force_debug_cursor = False
            assert r.status_code == 200, r.status_code
            print(f"{url} ({status}): {queries} queries, page cpu min {min(cpu):.1f} ms")
            for label, *_rest in AANROEPEN:
                reeks = [ronde[label] for ronde in rondes if label in ronde]
                if not reeks:
                    continue
                ms = min(sum(w[0] for w in ronde) for ronde in reeks)
                q = reeks[-1]
                print(
                    f"    {label:26} {ms:6.2f} ms  {sum(w[1] for w in q):2d} queries"
                    f"  ({len(q)} call{'s' if len(q) != 1 else ''})"
                )
            if args.html:
                Path(args.html).mkdir(parents=True, exist_ok=True)
                (Path(args.html) / f"{pk}-{status}.html").write_text(_masker(r.content.decode()))
    finally:
        Session.objects.filter(session_key=key).delete()
    print(f"# {belasting()}")


if __name__ == "__main__":
    main()
