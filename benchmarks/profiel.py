#!/usr/bin/env python
"""One page at a time, no load: the number of queries, the time, and the slowest queries of
each benchmark page for one benchmark account, through Django's test client.

    .venv/bin/python benchmarks/profiel.py [--keer 3] [--sql] [--cprofile N] [page-name-part ...]

`--cprofile N` profiles one more request of each page with cProfile and prints the N
functions with the most cumulative time, plus the calls of `reverse()`, `gettext` and model
instances created. Every run starts and ends with the machine's load average.

Uses the plan that benchmarks/run.py writes (the newest var/bench/plan-*.json), or makes one.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keer", type=int, default=3)
    ap.add_argument("--sql", action="store_true", help="print every query with its time")
    ap.add_argument(
        "--explain", action="store_true", help="EXPLAIN ANALYZE every SELECT: plan and time"
    )
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="cProfile top N")
    ap.add_argument("filter", nargs="*")
    args = ap.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from benchmarks.plan import opruimen, plan_maken
    from benchmarks.verslag import belasting

    call_command("collectstatic", interactive=False, verbosity=0)
    print(f"# {belasting()}")
    plan = plan_maken(2, 42)
    ident = plan["identiteiten"][0]
    for p in plan["paginas"]:
        if p["methode"] != "get" or (args.filter and not any(f in p["naam"] for f in args.filter)):
            continue
        url = ident["urls"][p["naam"]][0]
        client = Client(HTTP_HOST="127.0.0.1")
        if p["rol"] != "anoniem":
            client.cookies[plan["cookie"]] = ident["sessies"][p["rol"]]
        tijden, cpu = [], []
        for _ in range(args.keer):
            t, c = time.perf_counter(), time.process_time()
            with CaptureQueriesContext(connection) as q:
                r = client.get(url)
            tijden.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        sql_ms = sum(float(x["time"]) for x in q.captured_queries) * 1000
        print(
            f"{p['naam']:28} {r.status_code} {len(q):3d} queries  {min(tijden):6.0f} ms "
            f"(cpu {min(cpu):4.0f} ms, sql {sql_ms:4.0f} ms)  {len(r.content) // 1024} kB  {url}"
        )
        if args.sql:
            for x in q.captured_queries:
                print(f"    {float(x['time']) * 1000:6.1f} ms  {x['sql'][:260]}")
        if args.explain:
            uitleggen(connection, q.captured_queries)
        if args.cprofile:
            profileren(client, url, args.cprofile)
    print(f"# {belasting()}")
    opruimen(plan)


def uitleggen(connection, queries):
    """The plan of each SELECT as PostgreSQL runs it now (the SQL is the captured text with
    its parameters already in it)."""
    for x in queries:
        if not x["sql"].lstrip().upper().startswith("SELECT"):
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + x["sql"])  # noqa: S608 - our own captured SQL
            plan = [r[0] for r in cursor.fetchall()]
        print(f"    {x['sql'][:160]}")
        for regel in plan:
            if "Seq Scan" in regel or "Execution Time" in regel or regel is plan[0]:
                print(f"      {regel.strip()[:200]}")


def profileren(client, url, top):
    import cProfile
    import io
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    client.get(url)
    prof.disable()
    stats = pstats.Stats(prof)
    tellers = {"reverse": 0, "gettext": 0, "Model.__init__": 0, "render": 0}
    for (bestand, _regel, functie), (_cc, nc, *_rest) in stats.stats.items():
        if functie == "reverse" and bestand.endswith("urls/base.py"):
            tellers["reverse"] += nc
        elif functie == "gettext" and bestand.endswith("trans_real.py"):
            tellers["gettext"] += nc
        elif functie == "__init__" and bestand.endswith("db/models/base.py"):
            tellers["Model.__init__"] += nc
        elif functie == "render" and bestand.endswith("template/base.py"):
            tellers["render"] += nc
    print("    calls: " + ", ".join(f"{k} {v}" for k, v in tellers.items()))
    uit = io.StringIO()
    pstats.Stats(prof, stream=uit).sort_stats("cumulative").print_stats(top)
    for regel in uit.getvalue().splitlines():
        if regel.strip():
            print("    " + regel)


if __name__ == "__main__":
    main()
