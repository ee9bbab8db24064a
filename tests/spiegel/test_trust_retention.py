"""Retention: with time moved past the limit, the purge removes 100% of the expired rows and 0
others; it is idempotent, writes one audit row per purged request, keeps reports and
anonymised observations, and the dry run lists exactly what would go without touching it."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from gesprekken.models import (
    Aantekening,
    AantekeningVersie,
    Citaat,
    Deelnemer,
    Document,
    Gesprek,
    Waarneming,
)
from rapportage.models import RenderJob
from spiegel import retention
from spiegel.constants import AuditActie, Status
from spiegel.models import AuditRegel
from spiegel.tasks import bewaartermijn_toepassen
from tests.factories import SpiegelFactory
from tests.spiegel.trust_data import afgewezen_aanvraag, gesloten_spiegel, veldwerk

DAG = timedelta(days=1)


def snapshot(aanvraag_pks) -> dict[str, set]:
    """The personal-data rows of these requests, per data class."""
    return {
        "aantekeningen": set(
            Aantekening.objects.filter(gesprek__spiegel__aanvraag__in=aanvraag_pks).values_list(
                "pk", flat=True
            )
        ),
        "versies": set(
            AantekeningVersie.objects.filter(
                aantekening__gesprek__spiegel__aanvraag__in=aanvraag_pks
            ).values_list("pk", flat=True)
        ),
        "namen": set(
            Deelnemer.objects.filter(gesprek__spiegel__aanvraag__in=aanvraag_pks)
            .exclude(naam="")
            .values_list("pk", flat=True)
        ),
        "documenten": set(
            Document.objects.filter(aanvraag__in=aanvraag_pks).values_list("pk", flat=True)
        ),
    }


def kept_counts():
    return (
        Waarneming.objects.count(),
        Citaat.objects.count(),
        Gesprek.objects.count(),
        Deelnemer.objects.count(),
        RenderJob.objects.exclude(bestand="").count(),
    )


@pytest.fixture
def landscape(db):
    """Closed 300 and 330 days ago (expire within the 70 days the tests travel), closed 200
    days ago (does not), and still running."""
    verlopen = [
        gesloten_spiegel(dagen_geleden=330).aanvraag,
        gesloten_spiegel(dagen_geleden=300).aanvraag,
        gesloten_spiegel(status=Status.INGETROKKEN, dagen_geleden=320).aanvraag,
        afgewezen_aanvraag(dagen_geleden=310),
    ]
    blijven = [
        gesloten_spiegel(dagen_geleden=200).aanvraag,
        gesloten_spiegel(status=Status.INGETROKKEN, dagen_geleden=100).aanvraag,
        afgewezen_aanvraag(dagen_geleden=250),
    ]
    lopend = SpiegelFactory()
    veldwerk(lopend)
    blijven.append(lopend.aanvraag)
    return [a.pk for a in verlopen], [a.pk for a in blijven]


def test_default_periods_are_twelve_months():
    assert retention.termijnen() == {
        "notities": 365 * DAG,
        "deelnemers": 365 * DAG,
        "documenten": 365 * DAG,
    }


def test_purge_past_the_limit_removes_all_expired_rows_and_no_others(
    landscape, django_capture_on_commit_callbacks
):
    verlopen, blijven = landscape
    before_expired = snapshot(verlopen)
    before_kept = snapshot(blijven)
    files = [d.bestand.name for d in Document.objects.filter(aanvraag__in=verlopen)]
    kept_before = kept_counts()
    assert all(before_expired.values()) and all(before_kept.values())

    # Today nothing has expired yet.
    assert retention.toepassen() == []

    with (
        time_machine.travel(timezone.now() + 70 * DAG),
        django_capture_on_commit_callbacks(execute=True),
    ):
        gedaan = retention.toepassen()

    assert sorted(v.aanvraag_pk for v in gedaan) == sorted(verlopen)
    after_expired = snapshot(verlopen)
    assert after_expired == {k: set() for k in before_expired}  # 100% of expired rows
    assert snapshot(blijven) == before_kept  # 0 others
    assert files and not any(default_storage.exists(name) for name in files)
    # Observations, quotes, sessions, participants by role and final reports remain.
    waarnemingen, citaten, gesprekken, deelnemers, rapporten = kept_counts()
    removed_names = len(before_expired["namen"])
    assert (waarnemingen, citaten, gesprekken, rapporten) == (
        kept_before[0],
        kept_before[1],
        kept_before[2],
        kept_before[4],
    )
    assert deelnemers == kept_before[3]  # names cleared, rows (roles) kept
    print(
        "\nRETENTION:",
        {k: len(v) for k, v in before_expired.items()},
        "expired rows purged (100%);",
        {k: len(v) for k, v in before_kept.items()},
        f"rows of other requests kept (0 removed); {removed_names} names cleared",
    )


def test_purge_is_idempotent_and_writes_one_audit_row_per_request(landscape):
    verlopen, _ = landscape
    with time_machine.travel(timezone.now() + 70 * DAG):
        assert len(retention.toepassen()) == len(verlopen)
        assert retention.toepassen() == []
        assert bewaartermijn_toepassen.apply().get() == 0  # the beat task, run again
    rows = AuditRegel.objects.filter(actie=AuditActie.VERWIJDEREN, pad="bewaartermijn")
    assert sorted(int(r.object_id) for r in rows) == sorted(verlopen)
    assert all("Bewaartermijn verstreken" in r.omschrijving for r in rows)


def test_each_data_class_has_its_own_period(landscape, settings):
    verlopen, _ = landscape
    settings.BEWAARTERMIJN_DOCUMENTEN_DAGEN = 730
    with time_machine.travel(timezone.now() + 70 * DAG):
        retention.toepassen()
    after = snapshot(verlopen)
    assert after["aantekeningen"] == set() and after["namen"] == set()
    assert len(after["documenten"]) == len(verlopen)  # documents wait for their own period


def test_dry_run_lists_what_would_go_and_changes_nothing(landscape):
    verlopen, blijven = landscape
    before = snapshot(verlopen + blijven)
    out = io.StringIO()
    with time_machine.travel(timezone.now() + 70 * DAG):
        call_command("bewaartermijn", "--dry-run", stdout=out)
    text = out.getvalue()
    assert snapshot(verlopen + blijven) == before
    assert "Proefdraai, niets verwijderd" in text
    assert "Zou verwijderen: 4 aanvragen" in text
    from spiegel.models import Aanvraag

    for aanvraag in Aanvraag.objects.filter(pk__in=verlopen):
        assert aanvraag.referentie in text
    for aanvraag in Aanvraag.objects.filter(pk__in=blijven):
        assert aanvraag.referentie not in text
    assert not AuditRegel.objects.filter(pad="bewaartermijn").exists()


def test_the_command_without_dry_run_purges(landscape):
    verlopen, _ = landscape
    out = io.StringIO()
    with time_machine.travel(timezone.now() + 70 * DAG):
        call_command("bewaartermijn", stdout=out)
    assert "Verwijderd: 4 aanvragen" in out.getvalue()
    assert snapshot(verlopen)["aantekeningen"] == set()


def test_beat_runs_the_purge_task():
    from spiegel.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["bewaartermijn"]
    app.loader.import_default_modules()
    assert entry["task"] in app.tasks
    assert entry["schedule"] <= 24 * 60 * 60
