"""Killing the worker (SIGKILL, the whole process group) in the middle of renders, several
times: every job still ends ready, with exactly one stored file per (version, form, template).

The worker here is the test's own, on a Redis server of its own, so that the session's worker
(used by the browser tests) cannot take these jobs. After each kill the beat sweeper is run
by hand: it re-queues jobs left 'rendering' by the dead worker and, together with the
redelivery Celery does itself, delivers some jobs twice, which must do no harm."""

import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from rapportage import pdf_services
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob
from spiegel.constants import Rol
from tests.conftest import ROOT, _die_with_parent, broker_at, wait_for
from tests.factories import UserFactory
from tests.factories.pdf import definitieve_spiegel

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(600)]

KILLS = 3


def start_worker(redis_port: int, log) -> subprocess.Popen:
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",  # test settings: broker on /15
        "DJANGO_SETTINGS_MODULE": "spiegel.settings.test",
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
            "--concurrency=2",
            "--pool=prefork",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"kill-{time.monotonic_ns()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the kill takes the pool too
        preexec_fn=_die_with_parent,
    )


def kill(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)


def test_sigkill_during_renders_ends_with_every_job_ready_once(throwaway_redis, settings):
    port, _start, _stop = throwaway_redis
    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegels = [
        definitieve_spiegel(team=[teamlid], alineas_per_sectie=6, extra_secties=8)[0]
        for _ in range(2)
    ]
    for spiegel in spiegels:  # files of an earlier run under a reused primary key
        folder = f"rapporten/{spiegel.pk}"
        if default_storage.exists(folder):
            for name in default_storage.listdir(folder)[1]:
                default_storage.delete(f"{folder}/{name}")
    log = open(ROOT / "var" / "test-worker-kill.log", "w")  # noqa: SIM115
    proc = None
    with broker_at(f"redis://127.0.0.1:{port}/15", settings):
        jobs = [
            pdf_services.pdf_aanvragen(spiegel=s, vorm=vorm, door=teamlid).pk
            for s in spiegels
            for vorm in (Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK)
        ]
        try:
            proc = start_worker(port, log)
            kills = 0
            while kills < KILLS:
                busy = wait_for(
                    lambda: (
                        RenderJob.objects.filter(pk__in=jobs, status=RenderStatus.BEZIG).exists()
                        or RenderJob.objects.filter(pk__in=jobs)
                        .exclude(status=RenderStatus.KLAAR)
                        .count()
                        == 0
                    ),
                    timeout=120,
                    interval=0.05,
                )
                if not RenderJob.objects.filter(pk__in=jobs, status=RenderStatus.BEZIG).exists():
                    break  # everything finished before we could kill again
                assert busy
                kill(proc)
                kills += 1
                proc = start_worker(port, log)
                # The dead worker's locks are gone once PostgreSQL has noticed; then the
                # sweeper (normally beat, every minute) re-queues the orphans.
                wait_for(
                    lambda: pdf_services.wachtende_opnieuw_aanbieden(ouder_dan_seconden=0) > 0,
                    timeout=30,
                )
            assert kills >= 2, "the renders were too quick to be interrupted"
            wait_for(
                lambda: (
                    RenderJob.objects.filter(pk__in=jobs, status=RenderStatus.KLAAR).count()
                    == len(jobs)
                ),
                timeout=240,
                interval=0.5,
            )
        finally:
            if proc is not None:
                kill(proc)
            log.close()
    done = list(RenderJob.objects.filter(pk__in=jobs).select_related("schets"))
    assert all(j.status == RenderStatus.KLAAR and j.reden == "" for j in done)
    assert any(j.pogingen >= 2 for j in done), "no render was actually interrupted"
    for spiegel in spiegels:
        # Thumbnails (`-pN.png`, made by their own task) sit beside the PDFs: count the PDFs.
        files = [
            f for f in default_storage.listdir(f"rapporten/{spiegel.pk}")[1] if f.endswith(".pdf")
        ]
        expected = sorted(
            pdf_services.bestandsnaam(j).rsplit("/", 1)[1]
            for j in done
            if j.schets.spiegel_id == spiegel.pk
        )
        pdfs = sorted(f for f in files if f.endswith(".pdf"))
        assert pdfs == expected  # exactly one file per (version, form, template)
        # The preview thumbnails (their own task) belong to those files and nothing else.
        stems = {name.removesuffix(".pdf") for name in expected}
        for png in (f for f in files if not f.endswith(".pdf")):
            assert png.endswith(".png") and png.rsplit("-p", 1)[0] in stems, png
    # One job per (version, form, template), whatever was delivered twice.
    keys = {(j.schets_id, j.schets_versie, j.vorm, j.sjabloon_versie) for j in done}
    assert len(keys) == len(done) == 6
