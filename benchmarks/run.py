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
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = os.environ.get("BENCH_SETTINGS", "benchmarks.settings")
OUT = ROOT / "var" / "bench"
VENV_BIN = Path(sys.executable).parent

ZOEKTERMEN = [
    "klantmanager",
    "schuldhulp",
    "wachttijd",
    "vertrouwen",
    "casusoverleg",
    "maatwerk",
    "teamleider",
    "handhaving",
    "wijkteam",
    "werkdruk",
    "inwoners",
    "regels ruimte",
]
BENCH_FORM_DOMEIN = "formulier.bench.example"


@dataclass
class Pagina:
    """A page to load: candidate URL names (the first that exists wins), the role that
    opens it, what its URL needs, and a query string."""

    naam: str
    urlnamen: list[str]
    rol: str  # anoniem | teamlid | coordinator | contact
    arg: str | None = None  # None | "spiegel" | "aanvraag"
    query: object = None  # callable(rng) -> "?..." or None
    methode: str = "get"
    verwacht: tuple = (200,)
    gevonden: str | None = None


def _filters(rng):
    from spiegel.models import Bouwsteen

    pks = list(Bouwsteen.objects.filter(actief=True).values_list("pk", flat=True))
    soort = rng.choice(["kracht", "aandachtspunt", "dilemma"])
    return f"?soort={soort}&bouwsteen={rng.choice(pks)}"


PAGINAS = [
    Pagina("vloer (/healthz/ping)", ["healthz_ping"], "anoniem"),
    Pagina("startpagina teamlid", ["spiegel:home"], "teamlid"),
    Pagina("startpagina coördinator", ["spiegel:home"], "coordinator"),
    Pagina("inbox coördinator", ["spiegel:inbox"], "coordinator"),
    Pagina("Spiegel-werkruimte", ["gesprekken:spiegel"], "teamlid", arg="spiegel"),
    Pagina("Spiegel-overzicht (heatmap)", ["gesprekken:overzicht"], "teamlid", arg="spiegel"),
    Pagina("waarnemingen (alle)", ["gesprekken:waarnemingen"], "teamlid", arg="spiegel"),
    Pagina(
        "waarnemingen met filters",
        ["gesprekken:waarnemingen", "gesprekken:waarneming_lijst", "gesprekken:observaties"],
        "teamlid",
        arg="spiegel",
        query=_filters,
    ),
    Pagina(
        "zoeken",
        ["gesprekken:zoeken", "gesprekken:zoek"],
        "teamlid",
        arg="spiegel",
        query=lambda rng: f"?q={rng.choice(ZOEKTERMEN).replace(' ', '+')}",
    ),
    Pagina("schets-editor", ["rapportage:schets"], "teamlid", arg="spiegel"),
    Pagina("rode draden", ["rodedraden:overzicht"], "teamlid"),
    Pagina(
        "rode draden per jaar",
        ["rodedraden:overzicht"],
        "teamlid",
        query=lambda rng: f"?jaar={rng.choice([2024, 2025, 2026])}",
    ),
    Pagina("portaal contactpersoon", ["spiegel:portaal"], "contact"),
    Pagina("portaal aanvraag", ["spiegel:portaal_aanvraag"], "contact", arg="aanvraag"),
    Pagina(
        "aanvraagformulier GET",
        ["spiegel:aanvragen", "spiegel:aanvraag_nieuw", "spiegel:formulier"],
        "anoniem",
    ),
    Pagina(
        "aanvraagformulier POST",
        ["spiegel:aanvragen", "spiegel:aanvraag_nieuw", "spiegel:formulier"],
        "anoniem",
        methode="post",
        verwacht=(302, 303),
    ),
]


def log(msg: str) -> None:
    print(msg, flush=True)


def belasting() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


# --- data, sessions, plan ------------------------------------------------------------------


def data_klaarzetten(schaal: float, seed: int, forceer: bool) -> None:
    from django.core.management import call_command

    from spiegel import volumedata
    from spiegel.models import Spiegel

    verwacht = volumedata._aantal(volumedata.BASIS["spiegels"], schaal)
    aanwezig = Spiegel.objects.filter(
        aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX
    ).count()
    if aanwezig == verwacht and not forceer:
        log(f"data: {aanwezig} gegenereerde Spiegels aanwezig (schaal {schaal})")
        return
    log(f"data: genereren op schaal {schaal} (seed {seed}) ...")
    t = time.monotonic()
    call_command("genereer_data", schaal=schaal, seed=seed, leeg=True, verbosity=0)
    log(f"data: klaar in {time.monotonic() - t:.1f} s")


def sessie(user) -> str:
    """A session as after a full sign-in with the second factor."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from spiegel.middleware import SESSION_STARTED_KEY

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store[DEVICE_ID_SESSION_KEY] = device.persistent_id
    store[SESSION_STARTED_KEY] = time.time()
    store.create()
    return store.session_key


def plan_maken(n_identiteiten: int, seed: int) -> dict:
    from django.conf import settings
    from django.urls import NoReverseMatch, reverse

    from spiegel import volumedata
    from spiegel.constants import Rol
    from spiegel.models import Aanvraag, Spiegel, User

    rng = random.Random(seed)
    gen = User.objects.filter(email__endswith="@" + volumedata.GEN_DOMEIN, is_active=True)
    teamleden = list(gen.filter(rol=Rol.TEAMLID).order_by("email"))
    coordinatoren = list(gen.filter(rol=Rol.COORDINATOR).order_by("email"))
    # Contacts whose organisation has requests: the portal pages need one to show.
    met_aanvragen = Aanvraag.objects.values("organisatie_id")
    contacten = list(
        gen.filter(rol=Rol.CONTACTPERSOON, organisatie_id__in=met_aanvragen).order_by("email")
    )
    gen_spiegels = Spiegel.objects.filter(
        aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX
    )

    def url_voor(p: Pagina, obj_pk=None) -> str | None:
        for naam in p.urlnamen:
            try:
                url = reverse(naam, args=[obj_pk] if p.arg else [])
            except NoReverseMatch:
                continue
            p.gevonden = naam
            return url + (p.query(rng) if p.query else "")
        return None

    paginas = []
    for p in PAGINAS:
        probe = url_voor(p, 1)
        if probe is None:
            log(f"OVERGESLAGEN: {p.naam}: geen van de URL-namen {p.urlnamen} bestaat (nog)")
            continue
        paginas.append(p)

    identiteiten = []
    for i in range(n_identiteiten):
        teamlid = teamleden[i % len(teamleden)]
        contact = contacten[i % len(contacten)]
        coordinator = coordinatoren[i % len(coordinatoren)]
        spiegels = list(gen_spiegels.filter(team=teamlid).values_list("pk", flat=True))
        spiegels = rng.sample(spiegels, min(5, len(spiegels)))
        aanvragen = list(
            Aanvraag.objects.filter(organisatie_id=contact.organisatie_id).values_list(
                "pk", flat=True
            )
        )
        urls = {}
        for p in paginas:
            if p.arg == "spiegel":
                urls[p.naam] = [url_voor(p, pk) for pk in spiegels for _ in range(2)]
            elif p.arg == "aanvraag":
                urls[p.naam] = [url_voor(p, pk) for pk in aanvragen[:5]] or [url_voor(p, 0)]
            else:
                urls[p.naam] = [url_voor(p) for _ in range(5)]
        identiteiten.append(
            {
                "sessies": {
                    "teamlid": sessie(teamlid),
                    "coordinator": sessie(coordinator),
                    "contact": sessie(contact),
                },
                "urls": urls,
            }
        )
    return {
        "cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "form_domein": BENCH_FORM_DOMEIN,
        "paginas": [
            {"naam": p.naam, "rol": p.rol, "methode": p.methode, "verwacht": list(p.verwacht)}
            for p in paginas
        ],
        "identiteiten": identiteiten,
    }


# --- search, directly ------------------------------------------------------------------------


def zoeken_direct(n: int = 200) -> dict | None:
    """p50/p95 of the search function itself (no HTTP), if the fieldwork app has one."""
    from importlib import import_module

    from spiegel import volumedata
    from spiegel.models import Spiegel

    kandidaten = [("gesprekken.selectors", "zoeken")]
    functie = None
    for mod, naam in kandidaten:
        try:
            functie = getattr(import_module(mod), naam)
            break
        except (ImportError, AttributeError):
            continue
    if functie is None:
        log("OVERGESLAGEN: zoeken direct: geen zoekfunctie gevonden (gesprekken.*.zoeken)")
        return None
    rng = random.Random(1)
    spiegels = list(
        Spiegel.objects.filter(
            aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX
        ).order_by("pk")[:100]
    )
    tijden = []
    for i in range(n):
        s = spiegels[i % len(spiegels)]
        term = rng.choice(ZOEKTERMEN)
        t = time.perf_counter()
        list(functie(s, term))
        tijden.append((time.perf_counter() - t) * 1000)
    return _percentielen(tijden)


def _percentielen(tijden: list[float]) -> dict:
    q = statistics.quantiles(tijden, n=100, method="inclusive")
    return {
        "n": len(tijden),
        "p50": round(q[49], 1),
        "p95": round(q[94], 1),
        "p99": round(q[98], 1),
    }


# --- gunicorn, locust ------------------------------------------------------------------------


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


def resultaten_lezen(prefix: Path, plan: dict) -> list[dict]:
    import csv

    rijen = {}
    with open(f"{prefix}_stats.csv") as f:
        for r in csv.DictReader(f):
            if r["Name"] == "Aggregated":
                continue
            rijen[r["Name"]] = r
    uit = []
    for p in plan["paginas"]:
        r = rijen.get(p["naam"])
        if r is None:
            continue
        uit.append(
            {
                "pagina": p["naam"],
                "n": int(r["Request Count"]),
                "fouten": int(r["Failure Count"]),
                "p50": float(r["50%"]),
                "p95": float(r["95%"]),
                "p99": float(r["99%"]),
                "rps": float(r["Requests/s"]),
            }
        )
    return uit


def opruimen(plan: dict) -> None:
    """Requests the form POSTs created, their emails, and the benchmark's sessions."""
    from django.contrib.sessions.models import Session

    from spiegel.models import Aanvraag, Bericht

    _, per_model = Aanvraag.objects.filter(contact_email__endswith="@" + BENCH_FORM_DOMEIN).delete()
    n = per_model.get("spiegel.Aanvraag", 0)
    Bericht.objects.filter(aan__icontains=BENCH_FORM_DOMEIN).delete()
    sleutels = [k for i in plan["identiteiten"] for k in i["sessies"].values()]
    Session.objects.filter(session_key__in=sleutels).delete()
    if n:
        log(f"opgeruimd: {n} aanvragen van het formulier")


def tabel(rijen: list[dict], vloer_p95: float) -> str:
    regels = [
        "| pagina | n | fouten | p50 ms | p95 ms | p99 ms | p95 / vloer "
        "| alleen: p50 ms | CPU ms | queries |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rijen:
        a = r.get("alleen")
        ratio = r["p95"] / vloer_p95 if vloer_p95 else float("nan")
        regels.append(
            f"| {r['pagina']} | {r['n']} | {r['fouten']} | {r['p50']:.0f} | {r['p95']:.0f} "
            f"| {r['p99']:.0f} | {ratio:.1f}× | {a['p50'] if a else '–'} "
            f"| {a['cpu'] if a else '–'} | {a['queries'] if a else '–'} |"
        )
    return "\n".join(regels)


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
