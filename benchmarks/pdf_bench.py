"""PDF benchmark: a ~40-page report through the app's render task against bare WeasyPrint on
the same HTML, in the same run; the time to stamp one download; peak memory of a real worker.

    PG_PORT=.. REDIS_PORT=.. .venv/bin/python benchmarks/pdf_bench.py [--runs 5]

Uses the database and Redis of DATABASE_URL / REDIS_URL (test settings: broker on Redis db
15), creates its own fictional Spiegel and removes it afterwards. Prints a Markdown section
for benchmarks/RESULTS.md.
"""

import argparse
import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spiegel.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402

from rapportage import pdf, pdf_inhoud  # noqa: E402
from rapportage.constants import RenderStatus, Vorm  # noqa: E402
from rapportage.models import RenderJob  # noqa: E402
from rapportage.pdf_tasks import pdf_renderen  # noqa: E402


def median_ms(values):
    return f"{statistics.median(values) * 1000:.0f} ms"


def bare_html(html: str) -> str:
    """The same HTML, its stylesheets pointed at the files for WeasyPrint's own fetcher."""
    static = ROOT / "static"
    return html.replace(pdf.STATIC_ORIGIN + settings.STATIC_URL, static.as_uri() + "/")


def bare_render(html: str, **options) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf(**options)


def bare_kept(plain: str):
    """Bare WeasyPrint given its stylesheets parsed once, as the app keeps them: (a render
    function, the HTML without its links). Shows what the app adds beyond that parse."""
    import re

    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    link = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
    fonts = FontConfiguration()
    sheets = [CSS(url=href, font_config=fonts) for href in link.findall(plain)]
    html = link.sub("", plain)

    def render(**options) -> bytes:
        return HTML(string=html).write_pdf(stylesheets=sheets, font_config=fonts, **options)

    return render


def peak_worker_memory(job_pk: int) -> tuple[int, int, float]:
    """(baseline kB, peak kB, seconds from enqueue to ready) of a real worker rendering one
    job (solo pool: the render runs in the measured process)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"]}
    log = open(ROOT / "var" / "bench-worker.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "spiegel",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"bench-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        from spiegel.celery import app

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with app.connection_for_write() as conn:
                if app.control.ping(timeout=0.5, connection=conn):
                    break
        baseline = vm_hwm(proc.pid)
        start = time.perf_counter()
        pdf_renderen.delay(job_pk)
        while RenderJob.objects.get(pk=job_pk).status != RenderStatus.KLAAR:
            time.sleep(0.05)
            if time.perf_counter() - start > 300:
                raise RuntimeError("worker render did not finish")
        elapsed = time.perf_counter() - start
        return baseline, vm_hwm(proc.pid), elapsed
    finally:
        proc.terminate()
        proc.wait(20)
        log.close()


def vm_hwm(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def new_job(schets, versie, label, vorm=Vorm.RAPPORTAGE) -> RenderJob:
    return RenderJob.objects.create(
        schets=schets, schets_versie=versie.nummer, vorm=vorm, sjabloon_versie=label
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from tests.factories.pdf import definitieve_spiegel

    spiegel, schets, versie = definitieve_spiegel(
        organisatie_naam="Gemeente Benchdorp (fictief)", alineas_per_sectie=9, extra_secties=28
    )
    jobs = []
    try:
        per_vorm, kept_per_vorm = {}, {}
        for vorm in (Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK):
            html, titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=vorm)
            plain = bare_html(html)
            pdf.render_pdf(html, title=titel)  # warm-up: imports, fonts
            bare_render(plain)
            kept_render = bare_kept(plain)
            kept_render()
            app_times, bare_same, bare_default = [], [], []
            app_cpu, bare_cpu, kept_cpu = [], [], []
            for i in range(args.runs):
                job = new_job(schets, versie, f"b{vorm[:4]}{i}", vorm)
                jobs.append(job)
                t, c = time.perf_counter(), time.process_time()
                result = pdf_renderen.apply(args=[job.pk]).get()
                app_times.append(time.perf_counter() - t)
                app_cpu.append(time.process_time() - c)
                assert result == RenderStatus.KLAAR, result
                t, c = time.perf_counter(), time.process_time()
                out = bare_render(
                    plain, pdf_variant=pdf.PDF_VARIANT, pdf_tags=True, uncompressed_pdf=True
                )
                bare_same.append(time.perf_counter() - t)
                bare_cpu.append(time.process_time() - c)
                t = time.perf_counter()
                bare_render(plain)
                bare_default.append(time.perf_counter() - t)
                c = time.process_time()
                kept_render(pdf_variant=pdf.PDF_VARIANT, pdf_tags=True, uncompressed_pdf=True)
                kept_cpu.append(time.process_time() - c)
                job.refresh_from_db()
                assert len(out) > 0
            per_vorm[vorm] = (app_times, bare_same, bare_default, app_cpu, bare_cpu, job.paginas)
            kept_per_vorm[vorm] = kept_cpu
            if vorm == Vorm.RAPPORTAGE:
                data = default_storage.open(job.bestand.name).read()
        app_times, bare_same, bare_default, app_cpu, bare_cpu, _p = per_vorm[Vorm.RAPPORTAGE]
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(data)).pages)

        # Stamping: cold (no cached font anywhere), then as every later download.
        from django.core.cache import cache

        cache.delete(pdf.stamp_font_cache_key())
        pdf.stamp_font.cache_clear()
        t = time.perf_counter()
        pdf.stamp(data, "Gedownload door Bench Gebruiker op 29-11-2026 18:00")
        stamp_cold = time.perf_counter() - t
        pdf.stamp_font.cache_clear()  # a fresh web process: the disk cache only
        t = time.perf_counter()
        pdf.stamp(data, "Gedownload door Bench Gebruiker op 29-11-2026 18:00")
        stamp_first = time.perf_counter() - t
        stamp_warm = []
        for _ in range(10):
            t = time.perf_counter()
            pdf.stamp(data, "Gedownload door Bench Gebruiker op 29-11-2026 18:00")
            stamp_warm.append(time.perf_counter() - t)

        print("## PDF forms (issue 13): each form through the app against bare WeasyPrint\n")
        print(
            f"Same run, same HTML per form, `pdf/a-3b` + tags + uncompressed on both sides; medians"
            f" of {args.runs} runs. The app's handout picks what fits (a second render only when"
            " the first does not); thumbnails are made by their own task, not counted here.\n"
        )
        print(
            "| form | pages | app task | bare WeasyPrint | ratio wall | ratio CPU | target |"
            " bare, sheets parsed once (CPU) | app ÷ that (CPU) |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for vorm, (a_t, b_t, _d, a_c, b_c, pages_v) in per_vorm.items():
            ratio_w = statistics.median(a_t) / statistics.median(b_t)
            ratio_c = statistics.median(a_c) / statistics.median(b_c)
            k_c = kept_per_vorm[vorm]
            print(
                f"| {vorm} | {pages_v} | {median_ms(a_t)} | {median_ms(b_t)} | **{ratio_w:.2f}×**"
                f" | **{ratio_c:.2f}×** | ≤ 1.15× | {median_ms(k_c)}"
                f" | {statistics.median(a_c) / statistics.median(k_c):.2f}× |"
            )
        print(
            "\nThe app keeps the templates' stylesheets parsed per worker process"
            " (`pdf.kept_stylesheets`); the last two columns compare it with bare WeasyPrint"
            " given the same parsed sheets, i.e. what the app adds besides that.\n"
        )
        t = time.perf_counter()
        from rapportage import pdf_voorbeelden

        pdf_voorbeelden.voorbeelden_maken(jobs[0].pk)
        print(
            f"Thumbnails of the {per_vorm[Vorm.RAPPORTAGE][5]}-page report (own task): "
            f"{(time.perf_counter() - t) * 1000:.0f} ms\n"
        )

        job = new_job(schets, versie, "benchworker")
        jobs.append(job)
        baseline, peak, worker_elapsed = peak_worker_memory(job.pk)

        ratio = statistics.median(app_times) / statistics.median(bare_same)
        ratio_cpu = statistics.median(app_cpu) / statistics.median(bare_cpu)
        print("## PDF (issue 6)\n")
        print(
            f"Measured {time.strftime('%Y-%m-%d %H:%M %Z')} with `benchmarks/pdf_bench.py --runs {args.runs}`"
            f" on this machine (2 shared cores). Report of {pages} A4 pages: cover, table of contents,"
            f" {len(versie.secties)} sections, quotes, heat map; medians of {args.runs} runs,"
            " interleaved.\n"
        )
        print("| measurement | figure | target |")
        print("|---|---|---|")
        print(
            f"| app: `rapportage.pdf_renderen` task (DB reads, Markdown, heat map, WeasyPrint PDF/A-3b tagged, storage write, state updates) | {median_ms(app_times)} | |"
        )
        print(
            f"| bare WeasyPrint, same HTML, same options (`pdf/a-3b`, `pdf_tags`, `uncompressed_pdf`) | {median_ms(bare_same)} | |"
        )
        print(f"| app ÷ bare, wall clock | **{ratio:.2f}×** | ≤ 1.15× |")
        print(
            f"| app ÷ bare, CPU time of this process ({median_ms(app_cpu)} vs {median_ms(bare_cpu)}; "
            f"not disturbed by the other engineers' load) | **{ratio_cpu:.2f}×** | ≤ 1.15× |"
        )
        print(
            f"| bare WeasyPrint, same HTML, default options (plain PDF, for reference) | {median_ms(bare_default)} | |"
        )
        print(
            f"| stamp one download ({pages} pages), font in the shared cache, first in a fresh process | {stamp_first * 1000:.0f} ms | < 300 ms |"
        )
        print(
            f"| stamp one download, later downloads (median of 10) | {median_ms(stamp_warm)} | < 300 ms |"
        )
        print(
            f"| stamp with no font cache at all (builds the Noto Sans subset once) | {stamp_cold * 1000:.0f} ms | |"
        )
        print(f"| real worker (solo pool): enqueue → ready | {worker_elapsed * 1000:.0f} ms | |")
        print(
            f"| real worker peak RSS (VmHWM) idle → after the render | {baseline / 1024:.0f} MB → {peak / 1024:.0f} MB | |"
        )
        print()
    finally:
        for job in RenderJob.objects.filter(schets=schets):
            if job.bestand:
                default_storage.delete(job.bestand.name)
        aanvraag, organisatie = spiegel.aanvraag, spiegel.organisatie
        spiegel.delete()
        aanvraag.delete()
        organisatie.delete()


if __name__ == "__main__":
    main()
