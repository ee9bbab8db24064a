"""Sessions with participants by role, the planning, its iCalendar export, the contact's
view of the planning, capture templates, capturing with and without htmx, the overview and
the exports."""

import csv
import io
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from openpyxl import load_workbook

from gesprekken import selectors, services
from gesprekken.constants import GesprekSoort, WaarnemingSoort
from gesprekken.heatmap import heatmap_svg
from gesprekken.models import Aantekening, Citaat, Deelnemer, Gesprek, Sjabloon, Waarneming
from gesprekken.portaal import portaal_panelen
from spiegel.constants import AuditActie
from spiegel.models import AuditRegel, Bouwsteen

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
    assert "Het einde ligt na het begin." in html
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


# --- capture with and without htmx ----------------------------------------------------


def waarneming_data(**extra):
    data = {
        "w-tekst": "Er is veel ruimte voor maatwerk.",
        "w-soort": WaarnemingSoort.KRACHT,
        "w-bouwstenen": [Bouwsteen.objects.get(slug="burger").pk],
    }
    data.update(extra)
    return data


def test_capture_with_htmx_returns_the_fresh_form_and_the_updated_list(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:waarneming_nieuw", args=[gesprek.pk]),
        waarneming_data(**{"w-kernvragen": [world.spiegel_a.kernvragen.first().pk]}),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-gelukt="De waarneming is vastgelegd."' in html
    assert 'hx-swap-oob="true"' in html and "Er is veel ruimte voor maatwerk." in html
    assert "<html" not in html
    w = Waarneming.objects.get(tekst="Er is veel ruimte voor maatwerk.")
    assert w.gesprek == gesprek and w.door == world.users["teamlid"]
    assert w.kernvragen.count() == 1


def test_capture_without_htmx_redirects_back_to_the_notes(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    response = client.post(
        reverse("gesprekken:citaat_nieuw", args=[gesprek.pk]),
        {
            "c-tekst": "Hier mag ik mens zijn.",
            "c-rol": "een consulent",
            "c-toestemming": "gegeven",
            "c-weergave": "functie",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("gesprekken:aantekeningen", args=[gesprek.pk])
    assert Citaat.objects.filter(tekst="Hier mag ik mens zijn.", gesprek=gesprek).exists()


@pytest.mark.parametrize("htmx", [True, False])
def test_refused_capture_keeps_the_text_and_names_the_problem(world, login, htmx):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(
        reverse("gesprekken:waarneming_nieuw", args=[gesprek.pk]),
        waarneming_data(**{"w-bouwstenen": []}),
        **extra,
    )
    html = response.content.decode()
    assert response.status_code == (200 if htmx else 400)
    assert "Kies ten minste één bouwsteen." in html
    assert "Er is veel ruimte voor maatwerk." in html
    assert not Waarneming.objects.filter(tekst="Er is veel ruimte voor maatwerk.").exists()


def test_a_kernvraag_of_another_spiegel_cannot_be_linked(world, login):
    gesprek = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    vreemd = world.spiegel_b.kernvragen.first()
    response = client.post(
        reverse("gesprekken:waarneming_nieuw", args=[gesprek.pk]),
        waarneming_data(**{"w-kernvragen": [vreemd.pk]}),
    )
    assert response.status_code == 400
    assert not Waarneming.objects.filter(tekst="Er is veel ruimte voor maatwerk.").exists()


# --- capture templates ----------------------------------------------------------------


def test_default_templates_exist_for_every_kind_and_the_guide_is_grouped_by_bouwsteen():
    standaard = {s.soort: s for s in Sjabloon.objects.filter(spiegel=None)}
    assert set(standaard) == set(GesprekSoort.values)
    gids = standaard["interview"].inhoud
    for bouwsteen in Bouwsteen.objects.all():
        assert f"## {bouwsteen.naam}" in gids
    for kop in ("Wat zie je", "Wat zeggen mensen", "Wat helpt", "Wat hindert"):
        assert f"## {kop}" in standaard["meeloopronde"].inhoud


def test_templates_are_copied_into_a_spiegel_and_edited_there_only(world, login):
    client = login(world.users["teamlid"])
    sjabloon = world.spiegel_a.sjablonen.get(soort="groepsgesprek")
    response = client.post(
        reverse("gesprekken:sjabloon_bewerken", args=[sjabloon.pk]),
        {"titel": "Onze ronde", "inhoud": "# Groepsgesprek\n\n## Eigen vraag\n"},
    )
    assert response.status_code == 302
    assert Sjabloon.objects.get(spiegel=None, soort="groepsgesprek").titel != "Onze ronde"
    gesprek = services.gesprek_opslaan(
        spiegel=world.spiegel_a,
        gegevens={
            "soort": "groepsgesprek",
            "titel": "Groep",
            "begin": timezone.now() + timedelta(days=2),
            "einde": None,
            "plaats": "",
        },
        teamleden=[],
        deelnemers=[],
    )
    assert Aantekening.objects.get(gesprek=gesprek).tekst == "# Groepsgesprek\n\n## Eigen vraag\n"
    # Another Spiegel still starts from the default.
    ander = services.gesprek_opslaan(
        spiegel=world.spiegel_b,
        gegevens={
            "soort": "groepsgesprek",
            "titel": "Groep B",
            "begin": timezone.now(),
            "einde": None,
            "plaats": "",
        },
        teamleden=[],
        deelnemers=[],
    )
    assert "Eigen vraag" not in Aantekening.objects.get(gesprek=ander).tekst


def test_a_spiegels_copy_lists_its_kernvragen_before_the_questions(world):
    inhoud = world.spiegel_a.sjablonen.get(soort="interview").inhoud
    kop, rest = inhoud.split("## Kernvragen", 1)
    assert kop.startswith("# Interview")
    assert "## Opening" not in kop and "## Opening" in rest
    for i, kernvraag in enumerate(world.spiegel_a.kernvragen.order_by("volgorde"), 1):
        assert f"{i}. {kernvraag.tekst}" in rest
    assert "## Kernvragen" not in Sjabloon.objects.get(spiegel=None, soort="interview").inhoud


def test_copying_templates_twice_changes_nothing(world, login):
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:sjablonen", args=[world.spiegel_a.pk])
    client.post(url)
    client.post(url)
    assert world.spiegel_a.sjablonen.count() == 4


# --- overview and exports ---------------------------------------------------------------


def test_heatmap_svg_is_well_formed_with_counts_links_and_escaped_labels():
    svg = heatmap_svg(
        rijen=[(1, "Balans & <rust>"), (2, "Burger")],
        kolommen=[("kracht", "Kracht"), ("aandachtspunt", "Aandachtspunt")],
        tellingen={(1, "kracht"): 3, (2, "aandachtspunt"): 1},
        link=lambda b, s: f"/lijst/?bouwsteen={b}&soort={s}",
        titel="Waarnemingen",
    )
    root = ET.fromstring(svg)  # noqa: S314 - our own output
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Balans &amp; &lt;rust&gt;" in svg
    assert 'href="/lijst/?bouwsteen=1&amp;soort=kracht"' in svg
    teksten = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert teksten.count("3") == 1 and teksten.count("0") == 2


def test_heatmap_counts_come_from_one_grouped_query(world, django_assert_num_queries):
    b1, b2 = Bouwsteen.objects.all()[:2]
    for soort, bouwstenen in [
        (WaarnemingSoort.KRACHT, [b1, b2]),
        (WaarnemingSoort.KRACHT, [b1]),
        (WaarnemingSoort.DILEMMA, [b2]),
    ]:
        services.waarneming_vastleggen(
            spiegel=world.spiegel_a,
            gesprek=None,
            tekst="x",
            soort=soort,
            bouwstenen=bouwstenen,
            kernvragen=[],
            door=None,
        )
    with django_assert_num_queries(1):
        tellingen = selectors.heatmap_tellingen(world.spiegel_a)
    eerste = Bouwsteen.objects.order_by("pk").first()  # the world's observation
    verwacht = {(b1.pk, "kracht"): 2, (b2.pk, "kracht"): 1, (b2.pk, "dilemma"): 1}
    verwacht[(eerste.pk, "kracht")] = verwacht.get((eerste.pk, "kracht"), 0) + 1
    assert tellingen == verwacht


def test_overview_links_cells_to_filtered_observations_and_shows_coverage(world, login):
    client = login(world.users["teamlid"])
    html = client.get(reverse("gesprekken:overzicht", args=[world.spiegel_a.pk])).content.decode()
    assert "<svg" in html
    assert reverse("gesprekken:waarnemingen", args=[world.spiegel_a.pk]) + "?bouwsteen=" in html
    for kernvraag in world.spiegel_a.kernvragen.all():
        assert kernvraag.tekst in html
    assert "nog geen bewijs" in html


def test_csv_and_xlsx_exports_hold_observations_and_quotes_and_are_audited(world, login):
    services.citaat_vastleggen(
        spiegel=world.spiegel_a,
        gesprek=None,
        tekst='=HYPERLINK("http://kwaad.example")',
        rol="een teamleider",
        toestemming="gegeven",
        weergave="anoniem",
        bouwstenen=[],
        door=None,
    )
    client = login(world.users["teamlid"])
    response = client.get(reverse("gesprekken:export_csv", args=[world.spiegel_a.pk]))
    tekst = response.content.decode("utf-8-sig")
    rijen = list(csv.reader(io.StringIO(tekst), delimiter=";"))
    assert rijen[0][0] == "type"
    assert any("Korte lijnen met het wijkteam." in r for r in rijen)
    assert any('\'=HYPERLINK("http://kwaad.example")' in r for r in rijen)  # no formula
    response = client.get(reverse("gesprekken:export_xlsx", args=[world.spiegel_a.pk]))
    boek = load_workbook(io.BytesIO(response.content))
    assert boek.sheetnames == ["Waarnemingen", "Citaten"]
    assert boek["Waarnemingen"]["B2"].value == "Korte lijnen met het wijkteam."
    assert boek["Citaten"]["A2"].value.startswith("'=")
    assert AuditRegel.objects.filter(actie=AuditActie.EXPORT).count() == 2
    other = login(world.users["coordinator"], Client())
    assert other.get(reverse("gesprekken:export_csv", args=[world.spiegel_a.pk])).status_code == 404


def test_recording_consent_after_asking_updates_the_quote(world, login):
    citaat = Citaat.objects.get(pk=world.extra["params"]["citaat_pk"])
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:citaat_bewerken", args=[citaat.pk])
    assert "We lossen het samen op." in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "tekst": citaat.tekst,
            "rol": "teamleider Werk",
            "toestemming": "gegeven",
            "weergave": "functie",
        },
    )
    assert response.status_code == 302
    citaat.refresh_from_db()
    assert (citaat.rol, citaat.toestemming, citaat.weergave) == (
        "teamleider Werk",
        "gegeven",
        "functie",
    )


def test_correcting_an_observation_keeps_what_was_typed_on_error(world, login):
    waarneming = Waarneming.objects.get(pk=world.extra["params"]["waarneming_pk"])
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:waarneming_bewerken", args=[waarneming.pk])
    response = client.post(url, {"tekst": "Verbeterde tekst", "soort": "kracht"})
    assert response.status_code == 200
    assert "Kies ten minste één bouwsteen." in response.content.decode()
    assert "Verbeterde tekst" in response.content.decode()
    bouwsteen = Bouwsteen.objects.get(slug="balans")
    response = client.post(
        url, {"tekst": "Verbeterde tekst", "soort": "dilemma", "bouwstenen": [bouwsteen.pk]}
    )
    assert response.status_code == 302
    waarneming.refresh_from_db()
    assert (waarneming.tekst, waarneming.soort) == ("Verbeterde tekst", "dilemma")
    assert list(waarneming.bouwstenen.all()) == [bouwsteen]
