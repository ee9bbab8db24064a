#!/usr/bin/env python
"""Load benchmark: the main pages at the reference data, 50 users for 60 s, against gunicorn
on loopback, with the framework floor (`/healthz/ping`) measured in the same run.

    make bench                                   # everything with the defaults below
    .venv/bin/python benchmarks/run.py --help    # options (scale, users, duration, workers)

Steps: make sure the generated data is there (`genereer_data`, scale 1.0 unless told),
collect static files, resolve every page by its URL name (a page whose URL does not exist
yet is skipped with a line saying so), mint signed-in sessions (password and second factor
already passed) for benchmark accounts, time search directly, start gunicorn with the
production settings over plain HTTP (`benchmarks.settings`), warm up, run locust headless,
and print p50/p95/p99 per page with the errors and the ratio of each p95 to the floor's p95.
Results go to var/bench/ (JSON and Markdown). Everything it starts, it stops.

The pieces: `paginas.py` (the pages and their URL names), `plan.py` (data, sessions, the plan,
search timed directly, cleaning up), `server.py` (gunicorn, warming up, the sequential pass,
locust), `verslag.py` (percentiles, locust's CSV, the table) and `locustfile.py` (the users).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = os.environ.get("BENCH_SETTINGS", "benchmarks.settings")
OUT = ROOT / "var" / "bench"

from benchmarks.plan import data_klaarzetten, opruimen, plan_maken, zoeken_direct  # noqa: E402
from benchmarks.server import (  # noqa: E402
    cpu_seconden,
    gunicorn_starten,
    locust_draaien,
    opwarmen,
    sequentieel,
    stoppen,
    vrije_poort,
)
from benchmarks.verslag import belasting, log, resultaten_lezen, tabel  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schaal", type=float, default=float(os.environ.get("BENCH_SCHAAL", 1.0)))
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--gebruikers", type=int, default=50)
    ap.add_argument("--duur", type=int, default=60, help="seconds")
    ap.add_argument("--workers", type=int, default=3, help="gunicorn workers (as in production)")
    ap.add_argument("--genereer", action="store_true", help="regenerate the data first")
    ap.add_argument("--label", default="", help="a word for the result file name")
    ap.add_argument("--sequentieel", type=int, default=20, help="sequential requests per page")
    args = ap.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    OUT.mkdir(parents=True, exist_ok=True)
    stempel = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    naam = f"{stempel}{'-' + args.label if args.label else ''}"
    log(f"machine: {os.uname().nodename}, {os.cpu_count()} cores; {belasting()}")
    data_klaarzetten(args.schaal, args.seed, args.genereer)
    call_command("collectstatic", interactive=False, verbosity=0)
    plan = plan_maken(args.gebruikers, args.seed)
    plan_pad = OUT / f"plan-{naam}.json"
    plan_pad.write_text(json.dumps(plan))

    zoek = zoeken_direct()
    if zoek:
        log(f"zoeken direct (functie, {zoek['n']}×): p50 {zoek['p50']} ms, p95 {zoek['p95']} ms")

    poort = vrije_poort()
    proc = gunicorn_starten(poort, args.workers, OUT / f"gunicorn-{naam}.log")
    try:
        opwarmen(poort, plan)
        seq = sequentieel(poort, plan, args.sequentieel) if args.sequentieel else {}
        cpu_voor = cpu_seconden(proc)
        voor = belasting()
        log(f"locust: {args.gebruikers} gebruikers, {args.duur} s, {args.workers} workers; {voor}")
        locust_draaien(poort, plan_pad, args.gebruikers, args.duur, OUT / f"locust-{naam}")
        na = belasting()
        cpu_locust = cpu_seconden(proc) - cpu_voor
    finally:
        stoppen(proc)
        opruimen(plan)

    rijen = resultaten_lezen(OUT / f"locust-{naam}", plan)
    for r in rijen:
        r["alleen"] = seq.get(r["pagina"])
    totaal_n = sum(r["n"] for r in rijen)
    vloer = next((r for r in rijen if r["pagina"].startswith("vloer")), None)
    vloer_p95 = vloer["p95"] if vloer else 0.0
    md = tabel(rijen, vloer_p95)
    log("")
    log(md)
    log(f"belasting na afloop: {na}")
    if totaal_n:
        log(
            f"gunicorn-workers: {cpu_locust:.1f} s CPU voor {totaal_n} verzoeken "
            f"({cpu_locust / totaal_n * 1000:.0f} ms CPU per verzoek gemiddeld)"
        )
    result = {
        "wanneer": stempel,
        "machine": os.uname().nodename,
        "cores": os.cpu_count(),
        "belasting_voor": voor,
        "belasting_na": na,
        "args": vars(args),
        "zoeken_direct": zoek,
        "paginas": rijen,
        "vloer_p95": vloer_p95,
        "gunicorn_cpu_s": cpu_locust,
        "verzoeken": totaal_n,
    }
    (OUT / f"resultaat-{naam}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    (OUT / f"resultaat-{naam}.md").write_text(md + "\n")
    fouten = sum(r["fouten"] for r in rijen)
    te_traag = [
        r["pagina"]
        for r in rijen
        if r["p95"] >= 250 or (vloer_p95 and r["p95"] > 5 * vloer_p95 and r is not vloer)
    ]
    log(f"fouten: {fouten}; boven een doel (p95 >= 250 ms of > 5× vloer): {te_traag or 'geen'}")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
