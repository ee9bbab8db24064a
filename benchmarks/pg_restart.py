"""PostgreSQL restarted while requests come in.

Serves the app with gunicorn on loopback, runs a load loop of reads (the public home page
and a count query) and writes (a request plus its timeline entry in one transaction), restarts
PostgreSQL with pg_ctl in the middle, and reports: requests sent, writes acknowledged and
saved, errors, the restart's duration and the time until requests succeed again. Then it
checks the database: every acknowledged write is there, no write is half-saved (a request
without its timeline entry), and how many failed writes were nevertheless committed.

    PG_PORT=54335 REDIS_PORT=63805 .venv/bin/python benchmarks/pg_restart.py [--write-results]

Needs the project-local PostgreSQL of bin/services.sh (var/pg/data) to be running.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADING = "## PostgreSQL restarted under load (trust)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pg_data_dir() -> Path:
    out = subprocess.run(
        [
            "bash",
            "-c",
            f"cd {ROOT} && source <(sed -n '/^pg_dir()/,/^}}/p' bin/services.sh) "
            f"&& ROOT={ROOT} VAR={ROOT}/var pg_dir",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(out.stdout.strip()) / "data"


def pg_ctl(*args) -> subprocess.CompletedProcess:
    bindir = subprocess.run(
        ["pg_config", "--bindir"], capture_output=True, text=True
    ).stdout.strip()
    exe = Path(bindir) / "pg_ctl"
    if not exe.exists():
        exe = next(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    cmd = [str(exe), "-D", str(pg_data_dir()), *args]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def cleanup(cur) -> None:
    """Remove the benchmark's rows, so the dev database's inbox shows only demo data."""
    cur.execute(
        "DELETE FROM spiegel_gebeurtenis WHERE aanvraag_id IN "
        "(SELECT id FROM spiegel_aanvraag WHERE contact_email='bench@example.nl')"
    )
    cur.execute("DELETE FROM spiegel_aanvraag WHERE contact_email='bench@example.nl'")


class Load:
    def __init__(self, base: str, threads: int):
        self.base = base
        self.threads = threads
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.events: list[tuple[float, str, bool, str]] = []  # (t, kind, ok, token)

    def request(self, kind: str) -> None:
        token = str(uuid.uuid4()) if kind == "write" else ""
        try:
            if kind == "write":
                data = f"token={token}".encode()
                req = urllib.request.Request(f"{self.base}/bench/schrijven/", data=data)  # noqa: S310
            elif kind == "home":
                req = urllib.request.Request(f"{self.base}/")  # noqa: S310
            else:
                req = urllib.request.Request(f"{self.base}/bench/lezen/")  # noqa: S310
            with urllib.request.urlopen(req, timeout=10) as r:  # noqa: S310 (loopback)
                ok = 200 <= r.status < 300
        except (urllib.error.URLError, OSError):
            ok = False
        with self.lock:
            self.events.append((time.monotonic(), kind, ok, token))

    def worker(self, n: int) -> None:
        kinds = ["write", "home", "read", "write"]
        i = n
        while not self.stop.is_set():
            self.request(kinds[i % len(kinds)])
            i += 1
            time.sleep(0.01)

    def run(self) -> list[threading.Thread]:
        ts = [
            threading.Thread(target=self.worker, args=(n,), daemon=True)
            for n in range(self.threads)
        ]
        for t in ts:
            t.start()
        return ts


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--restart-at", type=float, default=8.0)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--modes", default="fast,immediate", help="pg_ctl shutdown modes")
    parser.add_argument("--write-results", action="store_true")
    args = parser.parse_args()

    pg_port = os.environ.get("PG_PORT", "54329")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.pg_restart_settings",
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"postgres://spiegel@127.0.0.1:{pg_port}/spiegel"
        ),
        "REDIS_URL": os.environ.get(
            "REDIS_URL", f"redis://127.0.0.1:{os.environ.get('REDIS_PORT', '63799')}/0"
        ),
    }
    py = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run([py, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    results = {mode: run_once(args, env, py, mode) for mode in args.modes.split(",")}
    print(json.dumps(results, indent=2))
    if args.write_results:
        write_results(results)
    ok = all(
        f["acknowledged_but_missing"] == 0
        and f["half_saved"] == 0
        and f["errors_outside_restart_window"] == 0
        for f in results.values()
    )
    if not ok:
        sys.exit(1)
    return results


def run_once(args, env: dict, py: str, mode: str) -> dict:
    port = free_port()
    gunicorn = subprocess.Popen(
        [
            py,
            "-m",
            "gunicorn",
            "spiegel.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--timeout",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz?check=database", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        load = Load(base, args.threads)
        t_start = time.monotonic()
        threads = load.run()
        time.sleep(args.restart_at)
        t_restart = time.monotonic()
        result = pg_ctl(
            "-m",
            mode,
            "-w",
            "-t",
            "60",
            "restart",
            "-l",
            str(pg_data_dir().parent / "postgres.log"),
        )
        t_restarted = time.monotonic()
        assert result.returncode == 0, result.stderr
        time.sleep(max(0.0, args.seconds - (time.monotonic() - t_start)))
        load.stop.set()
        for t in threads:
            t.join(15)
    finally:
        gunicorn.terminate()
        gunicorn.wait(15)

    events = sorted(load.events)
    errors = [e for e in events if not e[2]]
    after_last_error = [e for e in events if e[2] and (not errors or e[0] > errors[-1][0])]
    writes_ok = {e[3] for e in events if e[1] == "write" and e[2]}
    writes_failed = {e[3] for e in events if e[1] == "write" and not e[2]}

    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT indientoken::text FROM spiegel_aanvraag WHERE contact_email='bench@example.nl'"
        )
        saved = {r[0] for r in cur.fetchall()}
        cur.execute(
            "SELECT count(*) FROM spiegel_aanvraag a WHERE contact_email='bench@example.nl' AND "
            "NOT EXISTS (SELECT 1 FROM spiegel_gebeurtenis g WHERE g.aanvraag_id = a.id)"
        )
        half_saved = cur.fetchone()[0]
        cleanup(cur)
    sent_tokens = writes_ok | writes_failed
    figures = {
        "requests_sent": len(events),
        "reads": sum(1 for e in events if e[1] != "write"),
        "writes_sent": len(sent_tokens),
        "writes_acknowledged": len(writes_ok),
        "writes_saved": len(saved & sent_tokens),
        "acknowledged_but_missing": len(writes_ok - saved),
        "failed_but_saved": len(writes_failed & saved),
        "half_saved": half_saved,
        "errors": len(errors),
        "errors_outside_restart_window": sum(
            1 for e in errors if e[0] < t_restart or e[0] > t_restarted + 5.0
        ),
        "restart_seconds": round(t_restarted - t_restart, 2),
        "first_error_after_restart_start_s": round(errors[0][0] - t_restart, 2) if errors else None,
        "recovery_seconds": round(
            (after_last_error[0][0] if after_last_error else t_restarted) - t_restart, 2
        ),
        "gunicorn_workers": args.workers,
        "client_threads": args.threads,
        "duration_seconds": args.seconds,
    }
    return figures


def write_results(results: dict) -> None:
    path = ROOT / "benchmarks" / "RESULTS.md"
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    modes = list(results)
    f0 = results[modes[0]]

    def row(label, fmt):
        return f"| {label} | " + " | ".join(fmt(results[m]) for m in modes) + " |"

    rows = [
        row(
            "requests sent",
            lambda f: f"{f['requests_sent']} ({f['reads']} reads, {f['writes_sent']} writes)",
        ),
        row("writes acknowledged (2xx)", lambda f: str(f["writes_acknowledged"])),
        row("writes saved", lambda f: str(f["writes_saved"])),
        row("acknowledged but missing", lambda f: str(f["acknowledged_but_missing"])),
        row("failed (error answer) but saved", lambda f: str(f["failed_but_saved"])),
        row("half-saved (request without timeline entry)", lambda f: str(f["half_saved"])),
        row(
            "errors (outside the restart window)",
            lambda f: f"{f['errors']} ({f['errors_outside_restart_window']})",
        ),
        row("PostgreSQL restart took", lambda f: f"{f['restart_seconds']} s"),
        row(
            "recovery (restart start to first success after the last error)",
            lambda f: f"{f['recovery_seconds']} s",
        ),
    ]
    header = "| figure | " + " | ".join(f"`pg_ctl restart -m {m}`" for m in modes) + " |"
    section = (
        f"""{HEADING}

`PG_PORT=.. REDIS_PORT=.. .venv/bin/python benchmarks/pg_restart.py --write-results`:
gunicorn with {f0["gunicorn_workers"]} workers on loopback, {f0["client_threads"]} client threads
for {f0["duration_seconds"]:.0f} s per run, reads (the home page and a count) and writes (a
request plus its timeline entry in one transaction, keyed on a client token); PostgreSQL
restarted after 8 s, cleanly (`fast`) and as a crash (`immediate`, recovery from the WAL);
`CONN_HEALTH_CHECKS=True`; the app's sessions use `synchronous_commit=on` as production does
(the local cluster's default is off). Measured on {time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())} on
the shared 2-core machine.

{header}
|---|{"---|" * len(modes)}
"""
        + "\n".join(rows)
        + "\n"
    )
    pattern = re.compile(re.escape(HEADING) + r".*?(?=\n## |\Z)", re.S)
    if HEADING in text:
        text = pattern.sub(section.rstrip() + "\n", text)
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text)


if __name__ == "__main__":
    if not shutil.which("pg_config") and not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        sys.exit("pg_ctl not found")
    main()
