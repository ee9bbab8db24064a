"""Rendering the PDF exactly once: one job per version and form, advisory locks, failures
with a reason, the sweeper, Redis down, and the render task's time limits."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import connections

from rapportage import pdf, pdf_services
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob
from spiegel.constants import Rol
from tests.conftest import wait_for
from tests.factories import UserFactory
from tests.factories.pdf import definitieve_spiegel
from tests.rapportage.pdf_helpers import (
    private_storage_fixture,  # noqa: F401 (a fixture)
    team_spiegel_fixture,  # noqa: F401 (a fixture)
)

pytestmark = pytest.mark.django_db


# --- jobs: exactly once -----------------------------------------------------------------


def stored_files(spiegel) -> list[str]:
    folder = f"rapporten/{spiegel.pk}"
    if not default_storage.exists(folder):
        return []
    return default_storage.listdir(folder)[1]


def test_asking_twice_gives_one_job_and_rendering_twice_one_file(
    team_spiegel, django_capture_on_commit_callbacks, monkeypatch
):
    teamlid, spiegel = team_spiegel
    queued = []
    monkeypatch.setattr(pdf_services, "_enqueue", queued.append)
    with django_capture_on_commit_callbacks(execute=True):
        job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
        again = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert job.pk == again.pk and queued == [job.pk]
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR
    first = RenderJob.objects.get(pk=job.pk)
    # A second delivery of the same task: nothing is rendered or written again.
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR
    second = RenderJob.objects.get(pk=job.pk)
    assert (second.pogingen, second.bijgewerkt_op, second.bestand.name) == (
        1,
        first.bijgewerkt_op,
        first.bestand.name,
    )
    assert stored_files(spiegel) == [first.bestand.name.rsplit("/", 1)[1]]
    # Asking again for the unchanged version, form and template queues nothing.
    with django_capture_on_commit_callbacks(execute=True):
        pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert queued == [job.pk]


def test_a_render_in_progress_elsewhere_is_not_started_again(team_spiegel, monkeypatch):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [pdf_services._lock_key(job.pk)])
        assert pdf_services.wordt_gerenderd(job.pk)
        assert pdf_services.pdf_renderen(job.pk) == "bezet"
        assert RenderJob.objects.get(pk=job.pk).pogingen == 0
    finally:
        other.close()  # the server releases the lock, as when a worker dies
    wait_for(lambda: not pdf_services.wordt_gerenderd(job.pk), timeout=5)
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR


def test_failure_is_shown_with_a_reason_and_can_be_retried(team_spiegel, monkeypatch, login):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)

    def broken(*args, **kwargs):
        raise OSError("disk")

    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    with monkeypatch.context() as m:
        m.setattr(pdf, "render_pdf", broken)
        assert pdf_services.pdf_renderen(job.pk) == RenderStatus.MISLUKT
    job.refresh_from_db()
    assert job.status == RenderStatus.MISLUKT and "OSError" in job.reden
    page = login(teamlid).get(f"/schets/{spiegel.pk}/pdf/").content.decode()
    assert "Het maken is mislukt (OSError)." in page
    assert "Opnieuw proberen: Gesprek (handout)" in page
    retried = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert (retried.pk, retried.status, retried.reden) == (job.pk, RenderStatus.WACHTRIJ, "")
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.KLAAR


def test_privacy_check_blocks_asking_for_a_pdf_with_a_clear_message(monkeypatch, login):
    teamlid = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    spiegel, _schets, _versie = definitieve_spiegel(team=[teamlid], zonder_toestemming=True)
    queued = []
    monkeypatch.setattr(pdf_services, "_enqueue", queued.append)
    with pytest.raises(ValidationError) as exc:
        pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    assert "privacycontrole" in " ".join(exc.value.messages)
    response = login(teamlid).post(
        f"/schets/{spiegel.pk}/pdf/maken/", {"vorm": Vorm.GESPREK}, follow=True
    )
    page = response.content.decode()
    assert "De privacycontrole houdt deze PDF tegen." in page
    assert "Wat we zagen: krachten en steunpilaren" in page  # says where
    assert not RenderJob.objects.filter(schets__spiegel=spiegel).exists() and queued == []


def test_a_job_killed_too_often_fails_with_a_reason(team_spiegel, monkeypatch):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    RenderJob.objects.filter(pk=job.pk).update(
        status=RenderStatus.BEZIG, pogingen=pdf_services.MAX_POGINGEN
    )
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.MISLUKT
    assert "afgebroken" in RenderJob.objects.get(pk=job.pk).reden


def test_sweeper_requeues_unqueued_and_orphaned_jobs_only(team_spiegel, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    teamlid, spiegel = team_spiegel
    queued = []
    monkeypatch.setattr(pdf_services, "_enqueue", queued.append)
    jobs = {
        vorm: pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=vorm, door=teamlid)
        for vorm in (Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK)
    }
    old = timezone.now() - timedelta(minutes=5)
    RenderJob.objects.filter(pk=jobs[Vorm.RAPPORTAGE].pk).update(bijgewerkt_op=old)  # never queued
    RenderJob.objects.filter(pk=jobs[Vorm.PRESENTATIE].pk).update(
        status=RenderStatus.BEZIG, bijgewerkt_op=old
    )  # its worker died
    # The third is recent: left alone.
    assert pdf_services.wachtende_opnieuw_aanbieden() == 2
    assert sorted(queued) == sorted([jobs[Vorm.RAPPORTAGE].pk, jobs[Vorm.PRESENTATIE].pk])
    # A job being rendered right now (its lock is held) is not re-queued.
    queued.clear()
    RenderJob.objects.filter(pk=jobs[Vorm.PRESENTATIE].pk).update(bijgewerkt_op=old)
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_lock(%s)", [pdf_services._lock_key(jobs[Vorm.PRESENTATIE].pk)]
            )
        pdf_services.wachtende_opnieuw_aanbieden()
        assert jobs[Vorm.PRESENTATIE].pk not in queued
    finally:
        other.close()


def test_sweeper_is_in_the_beat_schedule(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "rapportage.pdf_sweeper" in tasks


def test_asking_for_a_pdf_works_while_redis_is_down(
    team_spiegel, throwaway_redis, settings, django_capture_on_commit_callbacks
):
    from tests.conftest import broker_at

    teamlid, spiegel = team_spiegel
    port, start, stop = throwaway_redis
    stop()
    with (
        broker_at(f"redis://127.0.0.1:{port}/0", settings),
        django_capture_on_commit_callbacks(execute=True),
    ):
        job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    job.refresh_from_db()
    assert job.status == RenderStatus.WACHTRIJ  # kept in the database for the sweeper


def test_render_task_has_soft_and_hard_time_limits_and_redelivers_when_lost(settings):
    from rapportage.pdf_tasks import pdf_renderen

    assert pdf_renderen.soft_time_limit == settings.PDF_RENDER_SOFT_TIME_LIMIT
    assert pdf_renderen.time_limit == settings.PDF_RENDER_TIME_LIMIT
    assert pdf_renderen.soft_time_limit < pdf_renderen.time_limit
    assert pdf_renderen.acks_late and pdf_renderen.reject_on_worker_lost


def test_soft_time_limit_fails_the_job_with_a_reason(team_spiegel, monkeypatch):
    from celery.exceptions import SoftTimeLimitExceeded

    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)

    def too_slow(*args, **kwargs):
        raise SoftTimeLimitExceeded()

    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    monkeypatch.setattr(pdf, "render_pdf", too_slow)
    assert pdf_services.pdf_renderen(job.pk) == RenderStatus.MISLUKT
    job.refresh_from_db()
    assert job.reden == "Het maken duurde langer dan de tijdslimiet."
    assert stored_files(spiegel) == []


@pytest.mark.django_db(transaction=True)
def test_the_same_task_delivered_twice_at_once_renders_once(settings, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    teamlid = UserFactory(rol=Rol.TEAMLID)
    _spiegel, schets, versie = definitieve_spiegel(team=[teamlid])
    job = RenderJob.objects.create(
        schets=schets, schets_versie=versie.nummer, vorm=Vorm.GESPREK, sjabloon_versie="x"
    )

    def deliver(_):
        try:
            return pdf_services.pdf_renderen(job.pk)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(deliver, range(4)))
    job.refresh_from_db()
    assert job.status == RenderStatus.KLAAR and job.pogingen == 1
    assert results.count(RenderStatus.KLAAR) >= 1
    assert set(results) <= {RenderStatus.KLAAR, "bezet"}
    assert len(default_storage.listdir(f"rapporten/{_spiegel.pk}")[1]) == 1
