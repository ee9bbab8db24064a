"""Gunicorn and locust for the load benchmark: a free port, gunicorn started and stopped,
warming up, the sequential pass (service time, CPU and queries per page), the workers' CPU
time and the headless locust run."""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from benchmarks.verslag import log

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gunicorn_starten(poort: int, workers: int, logbestand: Path) -> subprocess.Popen:
    env = {**os.environ}
    proc = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "spiegel.wsgi",
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            str(workers),
            "--timeout",
            "60",
            "--chdir",
            str(ROOT),
        ],
        env=env,
        stdout=logbestand.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{poort}/healthz/ping", timeout=2) as r:  # noqa: S310
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.3)
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn stopte; zie {logbestand}")
    stoppen(proc)
    raise RuntimeError("gunicorn antwoordde niet binnen 60 s")


def stoppen(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def opwarmen(poort: int, plan: dict) -> None:
    """Each page once per identity slot of the first few, so templates are compiled and
    every worker has a database connection before the clock starts."""
    for ident in plan["identiteiten"][:6]:
        for p in plan["paginas"]:
            if p["methode"] != "get":
                continue
            url = ident["urls"][p["naam"]][0]
            req = urllib.request.Request(f"http://127.0.0.1:{poort}{url}")
            if p["rol"] != "anoniem":
                req.add_header("Cookie", f"{plan['cookie']}={ident['sessies'][p['rol']]}")
            try:
                urllib.request.urlopen(req, timeout=30).read()  # noqa: S310
            except OSError as exc:
                log(f"opwarmen: {p['naam']} {url}: {exc}")


def sequentieel(poort: int, plan: dict, keer: int) -> dict:
    """Each GET page `keer` times one after the other (no concurrency of our own): the
    service time of a page on this machine, and from the benchmark middleware's headers
    its CPU time in the worker and its number of queries (medians)."""
    uit = {}
    for p in plan["paginas"]:
        if p["methode"] != "get":
            continue
        tijden, cpu, sql, queries = [], [], [], []
        for i in range(keer):
            ident = plan["identiteiten"][i % len(plan["identiteiten"])]
            url = ident["urls"][p["naam"]][i % len(ident["urls"][p["naam"]])]
            req = urllib.request.Request(f"http://127.0.0.1:{poort}{url}")
            if p["rol"] != "anoniem":
                req.add_header("Cookie", f"{plan['cookie']}={ident['sessies'][p['rol']]}")
            t = time.perf_counter()
            with urllib.request.urlopen(req, timeout=30) as r:  # noqa: S310
                r.read()
                cpu.append(float(r.headers.get("X-Bench-CPU-ms", "nan")))
                sql.append(float(r.headers.get("X-Bench-SQL-ms", "nan")))
                queries.append(int(r.headers.get("X-Bench-Queries", "0")))
            tijden.append((time.perf_counter() - t) * 1000)
        uit[p["naam"]] = {
            "p50": round(statistics.median(tijden), 1),
            "cpu": round(statistics.median(cpu), 1),
            "sql": round(statistics.median(sql), 1),
            "queries": max(queries),
        }
    return uit


def cpu_seconden(proc: subprocess.Popen) -> float:
    """User + system CPU of gunicorn's workers (children of the master) so far."""
    totaal = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split():
        try:
            velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        totaal += (int(velden[11]) + int(velden[12])) / tick
    return totaal


def locust_draaien(poort: int, plan_pad: Path, gebruikers: int, duur: int, prefix: Path) -> None:
    env = {**os.environ, "BENCH_PLAN": str(plan_pad)}
    subprocess.run(
        [
            str(VENV_BIN / "locust"),
            "-f",
            str(ROOT / "benchmarks" / "locustfile.py"),
            "--headless",
            "-u",
            str(gebruikers),
            "-r",
            str(max(1, gebruikers // 5)),
            "-t",
            f"{duur}s",
            "--host",
            f"http://127.0.0.1:{poort}",
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
            "--stop-timeout",
            "10",
        ],
        env=env,
        check=False,
        cwd=ROOT,
    )
