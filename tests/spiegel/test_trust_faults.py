"""Fault tolerance with real services:
- Redis stopped: the pages (every URL of the permission matrix, for several roles), sign-in
  and mail-causing work keep working; the queued mail goes out once Redis is back.
- A Celery worker SIGKILLed in the middle of sending: after a restart the mail goes out
  exactly once, and a late second delivery of the same task sends nothing.
(PostgreSQL restarted under load: benchmarks/pg_restart.py, figures in benchmarks/RESULTS.md.)
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from spiegel import berichten
from spiegel.celery import app as celery_app
from spiegel.models import Bericht
from tests.conftest import ROOT, TEST_PASSWORD, _die_with_parent, broker_at, build_world, wait_for
from tests.matrix.test_permission_matrix import PROJECT, client_for, declared, fill, outcome

# Roles whose pages are walked with Redis down; each gets every URL of the matrix.
ROLES_REDIS_DOWN = ["anoniem", "contact_a", "teamlid", "coordinator", "beheerder"]
# Extra pages beyond the matrix (e.g. admin pages): (role, url, expected status).
EXTRA_PAGES_REDIS_DOWN = [
    ("beheerder", "/admin/", 200),
    ("beheerder", "/admin/spiegel/auditregel/", 200),
    ("beheerder", "/admin/spiegel/bericht/", 200),
]


def start_worker(redis_port: int, mail_dir: Path, log: Path, **env_extra) -> subprocess.Popen:
    """A real worker on the test database and the given Redis, in its own process group."""
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "DJANGO_SETTINGS_MODULE": "spiegel.settings.test",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
        **env_extra,
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "spiegel",
            "worker",
            "--loglevel=INFO",
            "--concurrency=1",
            "--pool=prefork",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"fault-{os.getpid()}-{time.monotonic_ns()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        preexec_fn=lambda: (os.setsid(), _die_with_parent()),
    )


def wait_for_worker(proc, timeout=60):
    def answers():
        assert proc.poll() is None, "worker exited"
        with celery_app.connection_for_write() as conn:
            return celery_app.control.ping(timeout=0.5, connection=conn)

    wait_for(answers, timeout=timeout, interval=0.5)


def stop_worker(proc, sig=signal.SIGTERM):
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def mails_in(folder: Path) -> list[str]:
    """Every message the file backend wrote (it separates them with a line of dashes)."""
    found = []
    for path in sorted(folder.glob("*.log")):
        found += [m for m in path.read_text().split("-" * 79) if "Subject:" in m]
    return found


def sign_in_with_totp(client, user) -> None:
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="default", defaults={"confirmed": True}
    )
    r = client.post(
        "/account/login/",
        {
            "login_view-current_step": "auth",
            "auth-username": user.email,
            "auth-password": TEST_PASSWORD,
        },
    )
    assert r.status_code == 200, r.status_code
    r = client.post(
        "/account/login/",
        {"login_view-current_step": "token", "token-otp_token": f"{totp(device.bin_key):06d}"},
    )
    assert r.status_code == 302, r.status_code


@pytest.mark.django_db(transaction=True)
def test_with_redis_stopped_pages_and_sign_in_work_and_mail_goes_out_when_it_is_back(
    throwaway_redis, tmp_path
):
    from django.test import Client

    port, start_redis, stop_redis = throwaway_redis
    broker = f"redis://127.0.0.1:{port}/15"
    world = build_world()
    with broker_at(broker, settings):
        stop_redis()
        # Every page of the matrix answers each role as declared, Redis or no Redis.
        wrong, walked = {}, 0
        for name, (route, converters) in PROJECT:
            exp = declared()[name]
            if exp.method != "get":
                continue
            url = fill(route, converters, world.params())
            for role in ROLES_REDIS_DOWN:
                got = outcome(client_for(role, world).get(url, data=exp.data or None))
                walked += 1
                if got != exp.for_role(role):
                    wrong[(name, role)] = got
        assert walked and not wrong, wrong
        for role, url, status in EXTRA_PAGES_REDIS_DOWN:
            assert client_for(role, world).get(url).status_code == status, url

        # Signing in with password and TOTP code works.
        client = Client()
        sign_in_with_totp(client, world.users["coordinator"])
        assert client.get("/").context["user"] == world.users["coordinator"]

        # Work that sends mail completes; the mail waits in the outbox.
        t0 = time.monotonic()
        with transaction.atomic():
            bericht = berichten.versturen(
                aan=["redis-weg@example.nl"], template="spiegel/email/test", context={"naam": "X"}
            )
        enqueue_seconds = time.monotonic() - t0
        assert Bericht.objects.get(pk=bericht.pk).status == Bericht.Status.WACHTRIJ

        # Redis is back: a worker and the sweeper (beat, every minute) deliver it.
        start_redis()
        mail_dir = tmp_path / "mail"
        mail_dir.mkdir()
        worker = start_worker(port, mail_dir, tmp_path / "worker.log")
        try:
            wait_for_worker(worker)
            t1 = time.monotonic()
            assert berichten.wachtende_opnieuw_aanbieden(ouder_dan_seconden=0) == 1
            wait_for(
                lambda: Bericht.objects.get(pk=bericht.pk).status == Bericht.Status.VERZONDEN,
                timeout=60,
            )
            resume_seconds = time.monotonic() - t1
        finally:
            stop_worker(worker)
        assert len(mails_in(mail_dir)) == 1
    print(
        f"\nREDIS DOWN: {walked} page requests as declared, sign-in ok, enqueue gave up after "
        f"{enqueue_seconds:.1f} s without error; mail delivered {resume_seconds:.1f} s after "
        "the sweeper ran with Redis back"
    )


@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_send_delivers_exactly_once(throwaway_redis, tmp_path):
    port, _start, _stop = throwaway_redis
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    log = tmp_path / "worker.log"
    slow = {"EMAIL_BACKEND": "tests.spiegel.trust_mail.SlowFileBackend", "SLOW_MAIL_SECONDS": "4"}
    with broker_at(f"redis://127.0.0.1:{port}/15", settings):
        worker = start_worker(port, mail_dir, log, **slow)
        try:
            wait_for_worker(worker)
            with transaction.atomic():
                bericht = berichten.versturen(
                    aan=["kill@example.nl"], template="spiegel/email/test", context={"naam": "K"}
                )
            wait_for(lambda: list(mail_dir.glob("*.marker")), timeout=30, interval=0.05)
        finally:
            stop_worker(worker, signal.SIGKILL)  # the whole worker, in the middle of sending
        killed = Bericht.objects.get(pk=bericht.pk)
        assert killed.status == Bericht.Status.WACHTRIJ  # the send's transaction died with it
        assert mails_in(mail_dir) == []

        worker = start_worker(port, mail_dir, log, **slow)
        try:
            wait_for_worker(worker)
            t0 = time.monotonic()
            # What beat's sweeper does every minute: offer waiting messages again.
            berichten.wachtende_opnieuw_aanbieden(ouder_dan_seconden=0)
            wait_for(
                lambda: Bericht.objects.get(pk=bericht.pk).status == Bericht.Status.VERZONDEN,
                timeout=60,
            )
            recovery = time.monotonic() - t0
            # The killed worker's own delivery comes back later (acks late): simulate it,
            # twice, and let the worker finish them.
            from spiegel.tasks import bericht_verzenden

            bericht_verzenden.delay(bericht.pk)
            bericht_verzenden.delay(bericht.pk)
            time.sleep(3)
            with celery_app.connection_for_write() as conn:
                wait_for(lambda: conn.default_channel.client.llen("celery") == 0, timeout=30)
            time.sleep(1)
        finally:
            stop_worker(worker)
    mails = mails_in(mail_dir)
    assert len(mails) == 1 and "kill@example.nl" in mails[0]
    assert f"Message-ID: {berichten.message_id(bericht.pk)}" in mails[0]
    assert Bericht.objects.get(pk=bericht.pk).pogingen == 1
    print(
        f"\nWORKER KILLED mid-send: 0 mails at the kill, 1 mail {recovery:.1f} s after the "
        "restart and sweep, 2 late duplicate deliveries sent nothing"
    )
