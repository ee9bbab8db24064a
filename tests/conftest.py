"""Shared fixtures: users of every role signed in with their second factor, the world the
permission matrix walks, a real Celery worker, and Chromium for Playwright."""

import contextlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel.constants import Rol, Status
from tests.factories import AanvraagFactory, OrganisatieFactory, SpiegelFactory, UserFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
ROOT = Path(__file__).resolve().parent.parent
TEST_PASSWORD = "een-lang-wachtwoord-123"
WORKER_MAIL_DIR = ROOT / "var" / "test-worker-mail"


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.2):
    """Poll until `predicate()` is truthy (for work done by the real worker)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"not true within {timeout} s: {predicate}")


def worker_mail() -> str:
    """Everything the real worker has sent so far, as one text."""
    return "\n".join(p.read_text(errors="replace") for p in sorted(WORKER_MAIL_DIR.glob("*.log")))


def verify(client, user):
    """Sign `user` in on a test client as if they had entered a TOTP code."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="default", defaults={"confirmed": True}
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def login(client):
    def _login(user, c=None):
        return verify(c or client, user)

    return _login


@dataclass
class World:
    """Two organisations, A with a Spiegel in fieldwork and B with its own, and a user of
    every role. Apps add their objects through `tests/<app>/world.py`."""

    org_a: object
    org_b: object
    users: dict
    aanvraag_a: object
    spiegel_a: object
    aanvraag_b: object
    spiegel_b: object
    extra: dict = field(default_factory=dict)

    def params(self) -> dict:
        base = {
            "aanvraag_pk": self.aanvraag_a.pk,
            "spiegel_pk": self.spiegel_a.pk,
            "referentie": self.aanvraag_a.referentie,
        }
        base.update(self.extra.get("params", {}))
        return base


ROLES = [
    "anoniem",
    "contact_a",
    "contact_b",
    "teamlid",
    "teamlid_ander",
    "coordinator",
    "beheerder",
]


def build_world() -> World:
    org_a = OrganisatieFactory(naam="Gemeente Alfa")
    org_b = OrganisatieFactory(naam="Gemeente Beta")
    users = {
        "contact_a": UserFactory(rol=Rol.CONTACTPERSOON, organisatie=org_a, email="a@alfa.example"),
        "contact_b": UserFactory(rol=Rol.CONTACTPERSOON, organisatie=org_b, email="b@beta.example"),
        "teamlid": UserFactory(rol=Rol.TEAMLID, email="team@divosa.example"),
        "teamlid_ander": UserFactory(rol=Rol.TEAMLID, email="ander@divosa.example"),
        "coordinator": UserFactory(rol=Rol.COORDINATOR, email="coord@divosa.example"),
        "beheerder": UserFactory(beheerder=True, email="beheer@divosa.example"),
    }
    aanvraag_a = AanvraagFactory(
        organisatie=org_a, status=Status.VELDWERK, contactpersoon=users["contact_a"]
    )
    spiegel_a = SpiegelFactory(aanvraag=aanvraag_a, team=[users["teamlid"]])
    aanvraag_b = AanvraagFactory(
        organisatie=org_b, status=Status.VELDWERK, contactpersoon=users["contact_b"]
    )
    spiegel_b = SpiegelFactory(aanvraag=aanvraag_b, team=[users["teamlid_ander"]])
    world = World(org_a, org_b, users, aanvraag_a, spiegel_a, aanvraag_b, spiegel_b)
    for module in app_test_modules("world"):
        module.extend(world)
    return world


def app_test_modules(stem: str) -> list:
    """`tests/<app>/<stem>.py` and `tests/<app>/<stem>_*.py` of every app, in a stable order,
    so that separate features can each declare their part without editing one shared file."""
    from importlib import import_module

    found = []
    for app in ("spiegel", "gesprekken", "rapportage"):
        folder = Path(__file__).parent / app
        names = sorted(
            p.stem
            for p in folder.glob(f"{stem}*.py")
            if p.stem == stem or p.stem.startswith(stem + "_")
        )
        found += [import_module(f"tests.{app}.{name}") for name in names]
    return found


@pytest.fixture
def world(db):
    return build_world()


# --- Celery's broker -------------------------------------------------------------------


@contextlib.contextmanager
def broker_at(url: str, settings=None):
    """Point Celery (and settings) at another broker, e.g. a throwaway Redis that a test
    stops, and restore everything afterwards, pools included."""
    from spiegel.celery import app

    def reset_pools():
        # Dropped, not closed: objects created earlier (e.g. the control mailbox) may still
        # hold the old pool, and must keep working.
        app._pool = None
        app.amqp._producer_pool = None

    old = app.conf.broker_url
    old_setting = settings.CELERY_BROKER_URL if settings is not None else None
    reset_pools()
    app.conf.broker_url = url
    if settings is not None:
        settings.CELERY_BROKER_URL = url
    try:
        yield
    finally:
        reset_pools()
        app.conf.broker_url = old
        if settings is not None:
            settings.CELERY_BROKER_URL = old_setting


@pytest.fixture
def throwaway_redis(tmp_path):
    """A Redis server of the test's own, which it may stop and start: (port, start, stop)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    procs = []

    def start():
        proc = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp_path),
            ],
            stdout=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
        procs.append(proc)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("throwaway Redis did not start")

    def stop():
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(5)

    start()
    yield port, start, stop
    stop()


# --- a real Celery worker -------------------------------------------------------------


def _die_with_parent():
    """Linux: the worker gets SIGTERM when pytest dies, even if pytest is killed."""
    import ctypes
    import signal

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker):
    """A real worker process on the test database and the tests' Redis database."""
    db = settings.DATABASES["default"]
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "spiegel.settings.test",
        # The worker writes mail to files the tests can read.
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(WORKER_MAIL_DIR),
    }
    WORKER_MAIL_DIR.mkdir(parents=True, exist_ok=True)
    log = open(ROOT / "var" / "test-worker.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "spiegel",
            "worker",
            "--loglevel=INFO",
            "--concurrency=2",
            "--pool=prefork",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"test-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=env,
        preexec_fn=_die_with_parent,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    from spiegel.celery import app

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with app.connection_for_write() as conn:
            if app.control.ping(timeout=0.5, connection=conn):
                break
        if proc.poll() is not None:
            raise RuntimeError("the Celery worker exited; see var/test-worker.log")
    else:
        proc.kill()
        raise RuntimeError("the Celery worker did not answer within 60 s")
    yield proc
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


# --- Playwright in Debian's Chromium --------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    return {
        **browser_type_launch_args,
        "executable_path": chromium,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


def browser_sign_in(page, live_server_url: str, user, password: str = TEST_PASSWORD):
    """Sign in through the real two-step form: password, then the current TOTP code."""
    from django_otp.oath import totp

    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="default", defaults={"confirmed": True}
    )
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)  # allow a code used earlier
    page.goto(f"{live_server_url}/account/login/")
    page.get_by_label("E-mailadres").fill(user.email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Volgende").click()
    page.get_by_label("Code uit de app").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url(f"{live_server_url}/**")


# --- reference data after a flush -------------------------------------------------------


def reseed_reference_data():
    """Load the bouwstenen, the ABC and the CBS municipalities again (idempotent), as the
    data migration does: a transactional test starts from a flushed database."""
    from django.apps import apps as django_apps

    from spiegel import gemeenten
    from spiegel.models import Bouwsteen, Organisatie

    if Bouwsteen.objects.exists() and Organisatie.objects.filter(soort="gemeente").exists():
        return
    from importlib import import_module

    migration = import_module("spiegel.migrations.0002_reference_data")
    migration.load_catalogus(django_apps, None)
    gemeenten.apply(Organisatie, gemeenten.read_csv(gemeenten.BUNDLED_CSV))


@pytest.fixture(autouse=True)
def _rode_draden_not_kept_between_tests():
    """A test's rollback undoes its rows but not the version sequence they moved on, so
    the rode draden kept in the process (`bewaard`) start empty in every test."""
    from rapportage.rodedraden import bewaard

    bewaard.wissen()
    yield
    bewaard.wissen()


@pytest.fixture(autouse=True)
def _reference_data_in_transactional_tests(request):
    """Transactional tests (browser tests, real workers) run on a database that an earlier
    transactional test flushed: reference data seeded by migrations is gone. Put it back,
    so that every test sees the municipalities and bouwstenen, whatever the order."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not (
        marker.kwargs.get("transaction")
        or "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
    ):
        return
    request.getfixturevalue("transactional_db")
    reseed_reference_data()


def pytest_sessionstart(session):
    """The compiled catalogues (.mo) are not committed: compile any that is missing or older
    than its .po, so English works in a fresh clone and right after a catalogue edit."""
    subprocess.run([sys.executable, str(ROOT / "bin" / "messages.py"), "compile"], check=True)
