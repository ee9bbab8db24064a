"""Text the app writes into a record is independent of the writer's language: a version's
note and a PDF job's reason are kept in Dutch and as a bericht (msgid and parameters), and
each reader sees them in their own language; the timeline lines and the schets's template
sections are Dutch, also when the action came from the English UI."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from rapportage import pdf_services, services
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import RenderJob, SchetsVersie
from spiegel.constants import Rol
from spiegel.models import Gebeurtenis
from spiegel.taal import bericht, tonen
from tests.factories.spiegel import SpiegelFactory, UserFactory
from tests.rapportage.pdf_helpers import (
    private_storage_fixture,  # noqa: F401 (a fixture)
    team_spiegel_fixture,  # noqa: F401 (a fixture)
)

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def _page(client, login, user, url, taal):
    c = login(user)
    c.cookies[COOKIE] = taal
    response = c.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def spiegel_met_team():
    teamlid = UserFactory(rol=Rol.TEAMLID)
    return teamlid, SpiegelFactory(team=[teamlid])


def test_a_version_made_in_english_reads_dutch_to_a_dutch_reader_and_english_to_an_english_one(
    client, login, spiegel_met_team
):
    teamlid, spiegel = spiegel_met_team
    with translation.override("en"):
        schets = services.schets_starten(spiegel=spiegel, door=teamlid)
        services.sectie_toevoegen(schets=schets, door=teamlid, titel="Extra hoofdstuk")
    versie = SchetsVersie.objects.filter(schets=schets).latest("nummer")
    # Kept in Dutch, with the title as typed.
    assert versie.toelichting == "Sectie ‘Extra hoofdstuk’ toegevoegd"
    url = reverse("rapportage:versies", args=[spiegel.pk])
    nl = _page(client, login, teamlid, url, "nl")
    en = _page(client, login, teamlid, url, "en")
    assert "Sectie ‘Extra hoofdstuk’ toegevoegd" in nl
    assert "Schets gestart vanuit het sjabloon" in nl
    assert "Sectie ‘Extra hoofdstuk’ toegevoegd" not in en
    assert "‘Extra hoofdstuk’" in en  # the typed title stays as typed
    with translation.override("en"):
        assert tonen(versie.toelichting_bericht, versie.toelichting) in en
        assert translation.gettext("Schets gestart vanuit het sjabloon") in en


def test_a_note_typed_by_a_person_is_shown_as_typed_in_both_languages(spiegel_met_team):
    teamlid, spiegel = spiegel_met_team
    schets = services.schets_starten(spiegel=spiegel, door=teamlid)
    versie = services.versie_maken(schets=schets, door=teamlid, toelichting="Na het overleg")
    for taal in ("nl", "en"):
        with translation.override(taal):
            assert versie.toelichting_getoond == "Na het overleg"


def test_starting_a_schets_in_english_writes_dutch_sections_and_timeline(spiegel_met_team):
    teamlid, spiegel = spiegel_met_team
    with translation.override("en"):
        assert translation.gettext("Werkwijze") != "Werkwijze"
        schets = services.schets_starten(spiegel=spiegel, door=teamlid)
    titels = list(schets.secties.values_list("titel", flat=True))
    assert "Werkwijze" in titels and "Aanleiding en vragen" in titels
    regel = Gebeurtenis.objects.filter(aanvraag=spiegel.aanvraag).latest("pk")
    assert regel.tekst == "De schets is gestart."


def test_a_render_jobs_reason_is_kept_dutch_and_shown_in_the_readers_language(
    client, login, team_spiegel, monkeypatch
):
    teamlid, spiegel = team_spiegel
    monkeypatch.setattr(pdf_services, "_enqueue", lambda pk: None)
    job = pdf_services.pdf_aanvragen(spiegel=spiegel, vorm=Vorm.GESPREK, door=teamlid)
    RenderJob.objects.filter(pk=job.pk).update(
        status=RenderStatus.BEZIG, pogingen=pdf_services.MAX_POGINGEN
    )
    with translation.override("en"):  # an eager render inside an English request
        assert pdf_services.pdf_renderen(job.pk) == RenderStatus.MISLUKT
    job.refresh_from_db()
    dutch = f"Het maken is {pdf_services.MAX_POGINGEN} keer afgebroken"
    assert job.reden.startswith(dutch)
    with translation.override("en"):
        english = job.reden_getoond
    assert english != job.reden and str(pdf_services.MAX_POGINGEN) in english
    url = reverse("rapportage:pdf", args=[spiegel.pk])
    assert dutch in _page(client, login, teamlid, url, "nl")
    en = _page(client, login, teamlid, url, "en")
    assert english in en and dutch not in en


def test_a_bericht_with_a_drifted_catalogue_falls_back_to_the_kept_text():
    b = bericht("Sectie ‘%(titel)s’ bewerkt", verkeerd="x")
    assert tonen(b, "Sectie ‘A’ bewerkt") == "Sectie ‘A’ bewerkt"
    assert tonen({}, "Zo getypt") == "Zo getypt"


def test_coordinator_and_review_lines_written_in_english_are_dutch(spiegel_met_team):
    from datetime import timedelta

    from django.utils import timezone

    from spiegel.services import intake_plannen
    from tests.factories.spiegel import AanvraagFactory

    aanvraag = AanvraagFactory()
    with translation.override("en"):
        intake_plannen(aanvraag=aanvraag, op=timezone.now() + timedelta(days=3), door=None)
    assert (
        Gebeurtenis.objects.filter(aanvraag=aanvraag)
        .latest("pk")
        .tekst.startswith("Intakegesprek gepland op")
    )
    teamlid, spiegel = spiegel_met_team
    schets = services.schets_starten(spiegel=spiegel, door=teamlid)
    schets.secties.order_by("volgorde").first().kernvragen.set(spiegel.kernvragen.all())
    with translation.override("en"):
        services.schets_indienen(schets=schets, door=teamlid)
    regel = Gebeurtenis.objects.filter(aanvraag=spiegel.aanvraag).latest("pk")
    assert regel.tekst.startswith("Schets (versie ") and "ter review aangeboden" in regel.tekst
