#!/usr/bin/env python
"""PDFs at the reference data: 20 definitive schetsen of the generated data rendered by real
Celery workers, once with 1 worker and once with 2 (each worker one process), as throughput.

    PG_PORT=.. REDIS_PORT=.. .venv/bin/python benchmarks/pdf_schaal.py [--aantal 20] [--workers 1 2]

Needs the generated data (`manage.py genereer_data`). Creates its own render jobs (template
version `schaal-...`), and removes them and their files afterwards. Prints a Markdown table.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django  # noqa: E402

django.setup()

from django.core.files.storage import default_storage  # noqa: E402
from django.utils import timezone  # noqa: E402

from rapportage.constants import RenderStatus, SchetsStatus, Vorm  # noqa: E402
from rapportage.models import RenderJob, Schets  # noqa: E402
from rapportage.pdf_tasks import pdf_renderen  # noqa: E402
from spiegel import volumedata  # noqa: E402
from spiegel.celery import app  # noqa: E402


def workers_starten(n: int, label: str) -> list[subprocess.Popen]:
    procs = []
    for i in range(n):
        log = open(ROOT / "var" / "bench" / f"worker-{label}-{i}.log", "w")  # noqa: SIM115
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "spiegel",
                    "worker",
                    "--concurrency=1",
                    "--pool=prefork",
                    "--loglevel=WARNING",
                    "--without-heartbeat",
                    "--without-gossip",
                    "--without-mingle",
                    "-n",
                    f"schaal-{label}-{i}-{os.getpid()}@%h",
                ],  # fmt: skip
                cwd=ROOT,
                env={**os.environ},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        with app.connection_for_write() as conn:
            antwoorden = app.control.ping(timeout=1.0, connection=conn) or []
        if sum(1 for a in antwoorden for naam in a if f"schaal-{label}-" in naam) >= n:
            return procs
    workers_stoppen(procs)
    raise RuntimeError("workers did not answer within 90 s")


def workers_stoppen(procs) -> None:
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()


def ronde(schetsen, n_workers: int, stempel: str) -> dict:
    label = f"{n_workers}w"
    jobs = [
        RenderJob.objects.create(
            schets=s,
            schets_versie=s.versie,
            vorm=Vorm.RAPPORTAGE,
            sjabloon_versie=f"schaal-{stempel}-{label}"[:20],
        )
        for s in schetsen
    ]
    procs = workers_starten(n_workers, label)
    try:
        start = time.perf_counter()
        aangeboden = timezone.now()
        for job in jobs:
            pdf_renderen.delay(job.pk)
        pks = [j.pk for j in jobs]
        while True:
            klaar = RenderJob.objects.filter(
                pk__in=pks, status__in=[RenderStatus.KLAAR, RenderStatus.MISLUKT]
            ).count()
            if klaar == len(pks):
                break
            if time.perf_counter() - start > 1200:
                raise RuntimeError("renders did not finish within 20 minutes")
            time.sleep(0.2)
        totaal = time.perf_counter() - start
    finally:
        workers_stoppen(procs)
    rijen = list(RenderJob.objects.filter(pk__in=[j.pk for j in jobs]))
    mislukt = [r for r in rijen if r.status != RenderStatus.KLAAR]
    duur = [(r.bijgewerkt_op - aangeboden).total_seconds() for r in rijen]
    for r in rijen:
        if r.bestand:
            default_storage.delete(r.bestand.name)
    RenderJob.objects.filter(pk__in=[j.pk for j in jobs]).delete()
    return {
        "workers": n_workers,
        "aantal": len(jobs),
        "mislukt": len(mislukt),
        "totaal_s": totaal,
        "per_minuut": len(jobs) / totaal * 60,
        "aangeboden_tot_klaar_mediaan_s": statistics.median(duur),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aantal", type=int, default=20)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
    schetsen = list(
        Schets.objects.filter(
            status=SchetsStatus.DEFINITIEF,
            spiegel__aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX,
        ).order_by("pk")[: args.aantal]
    )
    if len(schetsen) < args.aantal:
        sys.exit("not enough generated definitive schetsen: run manage.py genereer_data first")
    with app.connection_for_write() as conn:
        app.control.purge(connection=conn)
    stempel = datetime.now(UTC).strftime("%H%M%S")
    load = os.getloadavg()
    uitslagen = [ronde(schetsen, n, stempel) for n in args.workers]
    print(f"\nPDF-doorvoer, {args.aantal} rapportages (A4) van gegenereerde schetsen; "
          f"load average bij de start {load[0]:.2f} ({os.cpu_count()} cores)\n")  # fmt: skip
    print(
        "| Celery-workers | PDF's | mislukt | totaal | PDF's per minuut | aangeboden → klaar (mediaan) |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for u in uitslagen:
        print(
            f"| {u['workers']} | {u['aantal']} | {u['mislukt']} | {u['totaal_s']:.1f} s "
            f"| {u['per_minuut']:.1f} | {u['aangeboden_tot_klaar_mediaan_s']:.1f} s |"
        )


if __name__ == "__main__":
    main()
