"""Sessions with participants by role, the planning, its iCalendar export, the contact's
view of the planning and the coordinator's outline."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from gesprekken.constants import GesprekSoort
from gesprekken.models import Aantekening, Deelnemer, Gesprek
from gesprekken.portaal import portaal_panelen
from spiegel.constants import AuditActie
from spiegel.models import AuditRegel

pytestmark = pytest.mark.django_db


def nieuw_gesprek_data(**extra):
    data = {
        "soort": "meeloopronde",
        "titel": "Meelopen met het werkplein",
        "begin": "2026-12-03T09:30",
        "einde": "2026-12-03T12:00",
        "plaats": "Werkplein Noord",
        "deelnemers-TOTAL_FORMS": "2",
        "deelnemers-INITIAL_FORMS": "0",
        "deelnemers-MIN_NUM_FORMS": "0",
        "deelnemers-MAX_NUM_FORMS": "40",
        "deelnemers-0-rol": "Consulent werk",
        "deelnemers-0-naam": "Pieter Vertrouwelijk",
        "deelnemers-0-toestemming_citeren": "on",
        "deelnemers-1-rol": "",
    }
    data.update(extra)
    return data


def test_team_plans_a_session_with_participants_and_attending_team_members(world, login):
    teamlid = world.users["teamlid"]
    client = login(teamlid)
    response = client.post(
        reverse("gesprekken:gesprek_nieuw", args=[world.spiegel_a.pk]),
        nieuw_gesprek_data(teamleden=[teamlid.pk]),
    )
    gesprek = Gesprek.objects.get(titel="Meelopen met het werkplein")
    assert response.status_code == 302
    assert response["Location"] == reverse("gesprekken:aantekeningen", args=[gesprek.pk])
    assert gesprek.soort == GesprekSoort.MEELOOPRONDE
    assert list(gesprek.teamleden.all()) == [teamlid]
    deelnemer = Deelnemer.objects.get(gesprek=gesprek)
    assert (deelnemer.rol, deelnemer.naam, deelnemer.toestemming_citeren) == (
        "Consulent werk",
        "Pieter Vertrouwelijk",
        True,
    )
    # The notes start from the ride-along grid.
    assert "## Wat zie je" in Aantekening.objects.get(gesprek=gesprek).tekst
    planning = client.get(reverse("gesprekken:planning", args=[world.spiegel_a.pk])).content
    assert "Pieter Vertrouwelijk" in planning.decode()


def test_a_session_form_with_errors_keeps_what_was_typed(world, login):
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:gesprek_nieuw", args=[world.spiegel_a.pk]),
        nieuw_gesprek_data(einde="2026-12-03T08:00", **{"deelnemers-1-naam": "Alleen naam"}),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Het einde moet na het begin liggen." in html
    assert "Vul de functie of rol in" in html
    assert 'value="Meelopen met het werkplein"' in html
    assert 'value="Pieter Vertrouwelijk"' in html
    assert not Gesprek.objects.filter(titel="Meelopen met het werkplein").exists()


def test_only_the_spiegels_team_can_be_chosen_as_attending(world, login):
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:gesprek_nieuw", args=[world.spiegel_a.pk]),
        nieuw_gesprek_data(teamleden=[world.users["teamlid_ander"].pk]),
    )
    assert response.status_code == 200
    assert not Gesprek.objects.filter(titel="Meelopen met het werkplein").exists()


def test_editing_a_session_updates_and_removes_participants(world, login):
    gesprek = world.extra["gesprek_a"]
    deelnemer = gesprek.deelnemers.get()
    client = login(world.users["teamlid"])
    data = nieuw_gesprek_data(
        **{
            "deelnemers-TOTAL_FORMS": "2",
            "deelnemers-INITIAL_FORMS": "1",
            "deelnemers-0-pk": str(deelnemer.pk),
            "deelnemers-0-rol": "Teamleider",
            "deelnemers-0-verwijderen": "on",
            "deelnemers-1-rol": "Wethouder",
        }
    )
    response = client.post(reverse("gesprekken:gesprek_bewerken", args=[gesprek.pk]), data)
    assert response.status_code == 302
    assert list(gesprek.deelnemers.values_list("rol", flat=True)) == ["Wethouder"]


def test_ics_export_is_valid_icalendar_without_participant_names(world, login):
    client = login(world.users["teamlid"])
    response = client.get(reverse("gesprekken:planning_ics", args=[world.spiegel_a.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content
    assert b"\r\n" in body  # RFC 5545 line endings
    cal = Calendar.from_ical(body)
    assert cal["VERSION"] == "2.0"
    assert "PRODID" in cal
    events = cal.walk("VEVENT")
    assert len(events) == 2
    assert len({str(e["UID"]) for e in events}) == 2
    event = next(e for e in events if "teamleider" in str(e["SUMMARY"]))
    for veld in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert veld in event
    assert str(event["SUMMARY"]) == "Interview: Interview teamleider"
    assert str(event["LOCATION"]) == "Stadhuis"
    assert "Teamleider" in str(event["DESCRIPTION"])
    assert b"Geheime Naam" not in body
    assert AuditRegel.objects.filter(actie=AuditActie.EXPORT, pad__endswith="planning.ics").exists()


def test_contact_portal_panel_shows_dates_and_kinds_only(world):
    panelen = portaal_panelen(world.aanvraag_a, world.users["contact_a"])
    assert [t for t, _ in panelen] == ["gesprekken/_portaal_planning.html"]
    template, context = panelen[0]
    html = render_to_string(template, context)
    assert "Interview" in html
    assert "Interview teamleider" not in html  # title
    assert "Stadhuis" not in html  # place
    assert "Geheime Naam" not in html and "Teamleider" not in html  # participants
    begin = timezone.localtime(world.extra["gesprek_a"].begin)
    assert begin.strftime("%H:%M") in html


def test_portal_panel_for_a_request_without_spiegel_says_planning_follows(world):
    from tests.factories import AanvraagFactory

    aanvraag = AanvraagFactory(organisatie=world.org_a)
    template, context = portaal_panelen(aanvraag, world.users["contact_a"])[0]
    assert "De planning volgt" in render_to_string(template, context)


def test_coordinator_outline_hides_titles_places_and_participants(world, login):
    html = (
        login(world.users["coordinator"])
        .get(reverse("gesprekken:spiegel", args=[world.spiegel_a.pk]))
        .content.decode()
    )
    assert "alleen de opzet" in html
    for geheim in ("Interview teamleider", "Stadhuis", "Geheime Naam", "Korte lijnen"):
        assert geheim not in html
    assert reverse("gesprekken:waarnemingen", args=[world.spiegel_a.pk]) not in html


def test_a_coordinator_on_the_team_is_a_team_member(world, login):
    world.spiegel_a.team.add(world.users["coordinator"])
    client = login(world.users["coordinator"])
    assert client.get(reverse("gesprekken:planning", args=[world.spiegel_a.pk])).status_code == 200
