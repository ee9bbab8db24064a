"""Notes: saved only on the version they were based on; a stale save is refused with both
versions; earlier versions are kept; Markdown is rendered safely."""

import pytest
from django.urls import reverse

from gesprekken.models import Aantekening, AantekeningVersie
from spiegel.models import AuditRegel

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def opslaan(client, gesprek, tekst, versie, **extra):
    return client.post(
        reverse("gesprekken:aantekeningen_opslaan", args=[gesprek.pk]),
        {"tekst": tekst, "versie": versie},
        **extra,
    )


def test_save_on_current_version_increments_it_and_keeps_a_version(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    response = opslaan(client, gesprek, "Eerste regel", 0, **JSON)
    assert response.status_code == 200
    assert response.json()["versie"] == 1
    aantekening = Aantekening.objects.get(gesprek=gesprek)
    assert aantekening.tekst == "Eerste regel"
    assert aantekening.bijgewerkt_door == world.users["teamlid"]
    assert AantekeningVersie.objects.filter(aantekening=aantekening, versie=1).exists()


def test_stale_save_is_refused_with_both_versions_and_nothing_overwritten(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    assert opslaan(client, gesprek, "Tekst van Sanne", 0, **JSON).status_code == 200
    response = opslaan(client, gesprek, "Tekst van Joris", 0, **JSON)
    assert response.status_code == 409
    data = response.json()
    assert data["conflict"] is True
    assert data["versie"] == 1
    assert "Tekst van Sanne" in data["html"]
    assert "Tekst van Joris" in data["html"]
    assert Aantekening.objects.get(gesprek=gesprek).tekst == "Tekst van Sanne"


def test_stale_save_without_javascript_gets_the_conflict_page(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    opslaan(client, gesprek, "Versie een", 0)
    response = opslaan(client, gesprek, "Versie twee <b>vet</b>", 0)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Versie een" in html
    assert "Versie twee &lt;b&gt;vet&lt;/b&gt;" in html
    assert "<b>vet</b>" not in html


def test_choosing_my_version_after_a_conflict_saves_it_and_keeps_the_other(world, login):
    gesprek = world.extra["gesprek_a"]
    teamlid = world.users["teamlid"]
    client = login(teamlid)
    opslaan(client, gesprek, "Van de ander", 0, **JSON)
    assert opslaan(client, gesprek, "Van mij", 0, **JSON).status_code == 409
    assert opslaan(client, gesprek, "Van mij", 1, **JSON).status_code == 200
    aantekening = Aantekening.objects.get(gesprek=gesprek)
    assert aantekening.tekst == "Van mij"
    assert aantekening.versie == 2


def test_a_retry_of_the_same_text_on_a_stale_version_is_not_a_conflict(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    opslaan(client, gesprek, "Zelfde", 0, **JSON)
    response = opslaan(client, gesprek, "Zelfde", 0, **JSON)
    assert response.status_code == 200
    assert response.json()["versie"] == 1


def test_versions_by_different_people_are_kept_separately(world, login):
    from tests.factories import UserFactory

    gesprek = world.extra["gesprek_a"]
    collega = UserFactory()
    world.spiegel_a.team.add(collega)
    opslaan(login(world.users["teamlid"]), gesprek, "Een", 0, **JSON)
    from django.test import Client

    opslaan(login(collega, Client()), gesprek, "Een en twee", 1, **JSON)
    versies = list(
        AantekeningVersie.objects.filter(aantekening__gesprek=gesprek).values_list(
            "versie", "tekst"
        )
    )
    assert (1, "Een") in versies
    assert (2, "Een en twee") in versies


def test_notes_page_renders_markdown_safely_and_audits_the_read(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    opslaan(
        client, gesprek, "# Kop\n\n**sterk** <script>alert(1)</script> [x](javascript:alert(1))", 0
    )
    response = client.get(reverse("gesprekken:aantekeningen", args=[gesprek.pk]))
    html = response.content.decode()
    voorbeeld = html.split('id="aantekening-voorbeeld"', 1)[1].split("</section>", 1)[0]
    assert "<strong>sterk</strong>" in voorbeeld
    assert "<h2>Kop</h2>" in voorbeeld
    assert "<script>" not in voorbeeld
    assert 'href="javascript:' not in voorbeeld
    assert AuditRegel.objects.filter(
        gebruiker=world.users["teamlid"], object_soort="gesprekken.aantekening"
    ).exists()


def test_a_new_session_starts_from_the_spiegels_template(world, login):
    gesprek = world.extra["gesprek_a"]
    tekst = Aantekening.objects.get(gesprek=gesprek).tekst
    assert tekst.startswith("# Interview")
    assert "## Opening" in tekst


def test_an_earlier_version_can_be_read_and_its_read_is_audited(world, login):
    client = login(world.users["teamlid"])
    versie_pk = world.extra["params"]["versie_pk"]
    response = client.get(reverse("gesprekken:aantekening_versie", args=[versie_pk]))
    assert "Ronde 1: iedereen is trots op het team." in response.content.decode()
    assert AuditRegel.objects.filter(
        object_soort="gesprekken.aantekeningversie", object_id=str(versie_pk)
    ).exists()
