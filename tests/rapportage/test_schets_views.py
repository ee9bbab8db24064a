"""The schets pages through the test client: access, htmx partials, conflicts, review."""

import pytest

from rapportage.constants import SchetsStatus
from spiegel.models import AuditRegel
from tests.factories.rapportage import (
    CitaatFactory,
    WaarnemingFactory,
    schets_gestart,
    schets_in_status,
)
from tests.factories.spiegel import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schets():
    return schets_gestart()


def url(schets, name="schets", *extra):
    from django.urls import reverse

    return reverse(f"rapportage:{name}", args=[schets.spiegel.pk, *extra])


def test_team_member_sees_sections_checks_and_kernvraag_panel(
    login, schets, django_assert_max_num_queries
):
    client = login(schets.spiegel.team.first())
    for i in range(5):
        w = WaarnemingFactory(spiegel=schets.spiegel)
        c = CitaatFactory(spiegel=schets.spiegel)
        s = schets.secties.get(sleutel="krachten")
        s.tekst += f"\n\n[[waarneming:{w.pk}]]\n\n[[citaat:{c.pk}]]\n\nDe regie is slecht {i}."
        s.save()
    with django_assert_max_num_queries(60):
        response = client.get(url(schets))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wat we zagen: krachten en steunpilaren" in html
    assert "Kernvragen en secties" in html
    assert '<mark class="toon">slecht</mark>' in html
    assert AuditRegel.objects.filter(object_id=str(schets.pk), omschrijving="schets").exists()


def test_unanswered_kernvraag_is_flagged_on_the_page(login, schets):
    schets.secties.get(sleutel="aanleiding").kernvragen.clear()
    html = login(schets.spiegel.team.first()).get(url(schets)).content.decode()
    assert "Nog door geen sectie beantwoord" in html


def test_someone_not_on_the_team_gets_404_everywhere(login, schets):
    client = login(UserFactory())
    sectie = schets.secties.first()
    assert client.get(url(schets)).status_code == 404
    assert client.get(url(schets, "sectie", sectie.pk)).status_code == 404
    assert client.post(url(schets, "sectie", sectie.pk), {"tekst": "x"}).status_code == 404
    assert client.get(url(schets, "wederhoor")).status_code == 404


def test_saving_a_section_redirects_and_makes_a_version(login, schets):
    sectie = schets.secties.get(sleutel="krachten")
    client = login(schets.spiegel.team.first())
    response = client.post(
        url(schets, "sectie", sectie.pk),
        {"titel": sectie.titel, "tekst": "Korte lijnen.", "basis": sectie.versie},
    )
    assert response.status_code == 302
    assert schets.versies.count() == 2


def test_conflicting_save_shows_both_texts_and_keeps_mine(login, schets):
    sectie = schets.secties.get(sleutel="krachten")
    a, b = schets.spiegel.team.order_by("pk")
    basis = sectie.versie
    login(a).post(
        url(schets, "sectie", sectie.pk),
        {"titel": sectie.titel, "tekst": "Tekst van Anna", "basis": basis},
    )
    from django.test import Client

    response = login(b, Client()).post(
        url(schets, "sectie", sectie.pk),
        {"titel": sectie.titel, "tekst": "Tekst van Bram", "basis": basis},
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "Iemand anders sloeg deze sectie intussen op" in html
    assert "Tekst van Anna" in html and "Tekst van Bram" in html
    assert f'name="basis" value="{basis + 1}"' in html  # saving again is a deliberate step
    sectie.refresh_from_db()
    assert sectie.tekst == "Tekst van Anna"


def test_invalid_section_form_keeps_the_text(login, schets):
    sectie = schets.secties.get(sleutel="krachten")
    response = login(schets.spiegel.team.first()).post(
        url(schets, "sectie", sectie.pk), {"titel": "", "tekst": "Mijn zorgvuldige tekst"}
    )
    assert response.status_code == 200
    assert "Mijn zorgvuldige tekst" in response.content.decode()


@pytest.mark.parametrize("htmx", [True, False])
def test_preview_is_a_partial_with_tone_findings(login, schets, htmx):
    sectie = schets.secties.first()
    client = login(schets.spiegel.team.first())
    response = client.post(
        url(schets, "voorbeeld", sectie.pk),
        {"tekst": "De gemeente faalt."},
        headers={"HX-Request": "true"} if htmx else {},
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="voorbeeld"')
    assert '<mark class="toon">faalt</mark>' in html
    assert "Suggestie" in html


@pytest.mark.parametrize("htmx", [True, False])
def test_picker_lists_quotes_and_flags_those_without_consent(login, schets, htmx):
    ok = CitaatFactory(spiegel=schets.spiegel, tekst="Hier mag ik zelf kiezen", met_functie=True)
    nee = CitaatFactory(spiegel=schets.spiegel, tekst="Hier kiest niemand", zonder_toestemming=True)
    CitaatFactory(tekst="Hier kiest een andere gemeente")  # another Spiegel
    headers = {"HX-Request": "true"} if htmx else {}
    response = login(schets.spiegel.team.first()).get(
        url(schets, "kiezer"), {"q": "hier"}, headers=headers
    )
    html = response.content.decode()
    assert ("<html" in html) is not htmx
    assert f'data-invoegen="[[citaat:{ok.pk}:functie]]"' in html
    assert f"[[citaat:{nee.pk}" not in html
    assert "Niet in te voegen" in html
    assert "andere gemeente" not in html


def test_quote_shows_its_current_text_and_only_allowed_form(login, schets):
    citaat = CitaatFactory(spiegel=schets.spiegel, tekst="Oude woorden", rol="een wijkcoach")
    sectie = schets.secties.get(sleutel="krachten")
    sectie.tekst = f"[[citaat:{citaat.pk}:functie]]"
    sectie.save()
    citaat.tekst = "Nieuwe woorden"
    citaat.save()
    html = login(schets.spiegel.team.first()).get(url(schets)).content.decode()
    assert "Nieuwe woorden" in html and "Oude woorden" not in html
    assert "een wijkcoach" not in html.split("Privacy")[0]  # anonymous in the text itself


def test_author_gets_403_when_approving_own_schets_through_the_page(login):
    schets = schets_in_status(SchetsStatus.REVIEW)
    client = login(schets.ingediend_door)
    html = client.get(url(schets)).content.decode()
    assert "een ander teamlid beoordeelt hem" in html
    assert 'name="besluit"' not in html
    response = client.post(url(schets, "beoordelen"), {"besluit": "goedkeuren"})
    assert response.status_code == 403
    schets.refresh_from_db()
    assert schets.status == SchetsStatus.REVIEW


def test_other_team_member_approves(login):
    schets = schets_in_status(SchetsStatus.REVIEW)
    reviewer = schets.spiegel.team.exclude(pk=schets.ingediend_door_id).first()
    response = login(reviewer).post(url(schets, "beoordelen"), {"besluit": "goedkeuren"})
    assert response.status_code == 302
    schets.refresh_from_db()
    assert schets.status == SchetsStatus.GOEDGEKEURD
    assert schets.goedgekeurd_door == reviewer


def test_author_reads_the_approval_comment_on_the_schets_page(login):
    schets = schets_in_status(SchetsStatus.REVIEW)
    auteur = schets.ingediend_door
    reviewer = schets.spiegel.team.exclude(pk=auteur.pk).first()
    response = login(reviewer).post(
        url(schets, "beoordelen"),
        {"besluit": "goedkeuren", "opmerking": "Sterk stuk <b>echt</b>; kort de slotvraag in."},
    )
    assert response.status_code == 302
    html = login(auteur).get(url(schets)).content.decode()
    assert 'id="goedkeuring-opmerking"' in html
    assert f"Goedgekeurd door {reviewer}, met deze opmerking:" in html
    # Shown as text, escaped.
    assert "Sterk stuk &lt;b&gt;echt&lt;/b&gt;; kort de slotvraag in." in html


def test_approval_without_comment_shows_no_comment_box(login):
    schets = schets_in_status(SchetsStatus.REVIEW)
    reviewer = schets.spiegel.team.exclude(pk=schets.ingediend_door_id).first()
    login(reviewer).post(url(schets, "beoordelen"), {"besluit": "goedkeuren"})
    html = login(schets.ingediend_door).get(url(schets)).content.decode()
    assert 'id="goedkeuring-opmerking"' not in html


def test_versions_can_be_compared_side_by_side(login, schets):
    sectie = schets.secties.get(sleutel="krachten")
    client = login(schets.spiegel.team.first())
    client.post(
        url(schets, "sectie", sectie.pk),
        {"titel": sectie.titel, "tekst": "De teams werken samen.", "basis": sectie.versie},
    )
    client.post(
        url(schets, "sectie", sectie.pk),
        {"titel": sectie.titel, "tekst": "De teams werken nauw samen.", "basis": sectie.versie + 1},
    )
    assert "Vergelijken" in client.get(url(schets, "versies")).content.decode()
    html = client.get(url(schets, "vergelijk"), {"a": 2, "b": 3}).content.decode()
    assert "<ins>nauw </ins>" in html
    response = client.post(url(schets, "herstellen", 2))
    assert response.status_code == 302
    sectie.refresh_from_db()
    assert sectie.tekst == "De teams werken samen."


def test_contact_reads_wederhoor_and_leaves_a_remark(login):
    schets = schets_in_status(SchetsStatus.WEDERHOOR)
    contact = UserFactory(contact=True, organisatie=schets.spiegel.organisatie)
    client = login(contact)
    html = client.get(url(schets, "wederhoor")).content.decode()
    assert "Wederhoor: de schets" in html
    sectie = schets.secties.get(sleutel="werkwijze")
    response = client.post(
        url(schets, "wederhoor_opmerking", sectie.pk), {f"s{sectie.pk}-tekst": "Klopt niet."}
    )
    assert response.status_code == 302
    assert sectie.opmerkingen.get().tekst == "Klopt niet."
    other = login(UserFactory(contact=True), __import__("django.test").test.Client())
    assert other.get(url(schets, "wederhoor")).status_code == 404


def test_contact_sees_nothing_before_wederhoor(login):
    schets = schets_in_status(SchetsStatus.REVIEW)
    schets.secties.filter(sleutel="krachten").update(tekst="Geheime conceptzin")
    contact = UserFactory(contact=True, organisatie=schets.spiegel.organisatie)
    html = login(contact).get(url(schets, "wederhoor")).content.decode()
    assert "Er ligt nog geen schets voor u klaar" in html
    assert "Geheime conceptzin" not in html


def test_query_count_of_the_pages_does_not_grow_with_the_schets(login, schets):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from rapportage import services

    team = schets.spiegel.team.first()
    client = login(team)

    def counts():
        result = []
        for name in ("schets", "wederhoor"):
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url(schets, name)).status_code == 200
            result.append(len(ctx.captured_queries))
        return result

    def grow(n):
        for _ in range(n):
            w = WaarnemingFactory(spiegel=schets.spiegel)
            c = CitaatFactory(spiegel=schets.spiegel)
            s = services.sectie_toevoegen(schets=schets, door=team, titel="Extra")
            s.tekst = f"[[waarneming:{w.pk}]]\n\n[[citaat:{c.pk}]]"
            s.save()

    grow(1)
    before = counts()
    grow(8)
    assert counts() == before


def test_remark_typed_while_wederhoor_closed_comes_back_with_the_text(login):
    from rapportage.models import Schets

    schets = schets_in_status(SchetsStatus.WEDERHOOR)
    contact = UserFactory(contact=True, organisatie=schets.spiegel.organisatie)
    sectie = schets.secties.get(sleutel="werkwijze")
    Schets.objects.filter(pk=schets.pk).update(status=SchetsStatus.DEFINITIEF)
    response = login(contact).post(
        url(schets, "wederhoor_opmerking", sectie.pk),
        {f"s{sectie.pk}-tekst": "Mijn lange zorgvuldige opmerking"},
    )
    assert response.status_code == 200
    assert "Mijn lange zorgvuldige opmerking" in response.content.decode()
    assert not sectie.opmerkingen.exists()


def test_section_save_after_submission_keeps_the_typed_text(login, schets):
    from rapportage import services

    sectie = schets.secties.get(sleutel="krachten")
    services.schets_indienen(schets=schets, door=schets.spiegel.team.first())
    response = login(schets.spiegel.team.last()).post(
        url(schets, "sectie", sectie.pk),
        {"titel": sectie.titel, "tekst": "Net op tijd geschreven", "basis": sectie.versie},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Net op tijd geschreven" in html
    assert "kan nu niet worden bewerkt" in html


def test_preview_runs_the_privacy_check_on_the_text_being_typed(login, schets):
    citaat = CitaatFactory(spiegel=schets.spiegel, zonder_toestemming=True)
    sectie = schets.secties.first()
    response = login(schets.spiegel.team.first()).post(
        url(schets, "voorbeeld", sectie.pk),
        {"tekst": f"[[citaat:{citaat.pk}]]"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert "Privacy: dit blokkeert review" in html
    assert "geen toestemming" in html
    assert "[citaat zonder toestemming: wordt niet getoond]" in html
