#!/usr/bin/env python
"""The rode draden page at the reference data, sequentially, beside the floor in the same
run: in-process (Django's test client, no gunicorn, no network), so the figures are the
page's own work (queries, Python, templates) with nothing queued in front of it.

    .venv/bin/python benchmarks/rodedraden.py [--n 60] [--schaal 1.0]

Uses the generated data (`genereer_data`) and makes it when missing. `make bench` (run.py)
has the same pages under load."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spiegel.settings.dev")


def p(waarden, q):
    waarden = sorted(waarden)
    return waarden[min(len(waarden) - 1, int(round(q * (len(waarden) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--schaal", type=float, default=1.0)
    args = ap.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from benchmarks.plan import data_klaarzetten, sessie
    from rapportage.rodedraden import selectors
    from spiegel import volumedata
    from spiegel.constants import Rol
    from spiegel.models import User

    data_klaarzetten(args.schaal, 42, False)
    teamlid = User.objects.filter(
        rol=Rol.TEAMLID, email__endswith="@" + volumedata.GEN_DOMEIN, is_active=True
    ).first()
    client = Client()
    client.cookies["sessionid"] = sessie(teamlid)
    in_beeld = selectors.spiegels_in_beeld().count()
    jaren = selectors.verdeling().jaren()
    paginas = [
        ("vloer (/healthz/ping)", "/healthz/ping"),
        ("rode draden", "/rode-draden/"),
        (
            "rode draden per jaar",
            f"/rode-draden/?jaar={jaren[len(jaren) // 2]}" if jaren else "/rode-draden/",
        ),
    ]
    print(f"{in_beeld} Spiegels at schets or later; {os.getloadavg()[0]:.2f} load average")
    print("| page | n | p50 ms | p95 ms | queries |\n|---|---:|---:|---:|---:|")
    for naam, url in paginas:
        for _ in range(3):
            client.get(url, HTTP_HOST="localhost")
        tijden = []
        for _ in range(args.n):
            with CaptureQueriesContext(connection) as ctx:
                t = time.perf_counter()
                r = client.get(url, HTTP_HOST="localhost")
                tijden.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (url, r.status_code)
        print(
            f"| {naam} | {args.n} | {statistics.median(tijden):.0f} | {p(tijden, 0.95):.0f} "
            f"| {len(ctx.captured_queries)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
