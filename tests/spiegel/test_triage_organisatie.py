"""Item 1 of issue 16: a request from an organisation that is not in the list. The
coordinator matches it with an existing organisation or adds it, with the municipalities it
serves, from the request page; the portal invitation then goes out and the request can be
accepted."""

import pytest

from spiegel.constants import OrganisatieSoort, Rol, Status
from spiegel.models import Bericht, Organisatie, Spiegel
from spiegel.selectors import organisatie_voorstellen
from tests.factories import AanvraagFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db
UITNODIGING = "Uw toegang tot het Spiegel-portaal"


@pytest.fixture
def coordinator():
    return UserFactory(rol=Rol.COORDINATOR, naam="Fatima el Amrani")


@pytest.fixture
def onbekend():
    return AanvraagFactory(
        organisatie=None,
        organisatie_onbekend="Werkbedrijf Duinstreek",
        organisatie_soort=OrganisatieSoort.WERKBEDRIJF,
        contact_email="n.dekker@duinstreek.example.nl",
    )


def _gemeente(naam):
    return Organisatie.objects.filter(soort=OrganisatieSoort.GEMEENTE, naam=naam).get()


def test_a_coordinator_adds_a_werkbedrijf_with_its_municipalities_and_the_contact_is_invited(
    login, coordinator, onbekend
):
    r = login(coordinator).post(
        f"/aanvragen/{onbekend.pk}/organisatie/nieuw/",
        {
            "naam": " Werkbedrijf  Duinstreek ",
            "soort": "werkbedrijf",
            "gemeenten": "Utrecht\nGemeente Zeist",
        },
    )
    assert r.status_code == 302
    onbekend.refresh_from_db()
    org = onbekend.organisatie
    assert org.naam == "Werkbedrijf Duinstreek" and org.soort == OrganisatieSoort.WERKBEDRIJF
    assert {g.naam for g in org.bedient.all()} == {"Utrecht", "Zeist"}
    assert {g.naam for g in onbekend.gemeenten.all()} == {"Utrecht", "Zeist"}
    assert onbekend.contactpersoon.organisatie == org
    assert onbekend.contactpersoon.rol == Rol.CONTACTPERSOON
    assert Bericht.objects.filter(
        onderwerp=UITNODIGING, aan__contains=[onbekend.contact_email]
    ).exists()
    teksten = list(onbekend.gebeurtenissen.values_list("tekst", flat=True))
    assert "Organisatie toegevoegd aan de lijst: Werkbedrijf Duinstreek (Werkbedrijf)." in teksten


def test_after_adding_the_organisation_the_request_can_be_accepted(login, coordinator, onbekend):
    client = login(coordinator)
    page = client.get(f"/aanvragen/{onbekend.pk}/").content.decode()
    assert "Koppel een organisatie voordat u accepteert" in page
    client.post(
        f"/aanvragen/{onbekend.pk}/organisatie/nieuw/",
        {"naam": "Regio Duinstreek", "soort": "regio", "gemeenten": "Zeist"},
    )
    client.post(f"/aanvragen/{onbekend.pk}/intake/", {"op": "2026-12-01T10:00"})
    teamlid = UserFactory(rol=Rol.TEAMLID)
    r = client.post(
        f"/aanvragen/{onbekend.pk}/accepteren/", {"team": [teamlid.pk], "kernvragen": ["Vraag?"]}
    )
    assert r.status_code == 302
    spiegel = Spiegel.objects.get(aanvraag=onbekend)
    assert spiegel.organisatie.naam == "Regio Duinstreek"
    onbekend.refresh_from_db()
    assert onbekend.status == Status.GEACCEPTEERD


def test_the_request_page_suggests_close_matches_and_links_one(login, coordinator):
    bestaand = OrganisatieFactory(naam="Werkbedrijf Rivierland", soort=OrganisatieSoort.WERKBEDRIJF)
    aanvraag = AanvraagFactory(organisatie=None, organisatie_onbekend="Werkbedrijf Rivierlnd")
    client = login(coordinator)
    page = client.get(f"/aanvragen/{aanvraag.pk}/").content.decode()
    assert f'value="{bestaand.naam}" id="voorstel-{bestaand.pk}"' in page
    # The add form is filled in with what the requester typed.
    assert 'value="Werkbedrijf Rivierlnd"' in page
    client.post(f"/aanvragen/{aanvraag.pk}/organisatie/", {"organisatie_naam": bestaand.naam})
    aanvraag.refresh_from_db()
    assert aanvraag.organisatie == bestaand


def test_suggestions_match_a_distinctive_word_and_only_for_a_coordinator(coordinator):
    stad = OrganisatieFactory(naam="Gemeente Duinstreek")
    OrganisatieFactory(naam="Werkbedrijf Elders", soort=OrganisatieSoort.WERKBEDRIJF)
    namen = [o.naam for o in organisatie_voorstellen(coordinator, "Werkbedrijf Duinstreek")]
    assert namen == [stad.naam]  # "Werkbedrijf" alone is no ground for a match
    assert organisatie_voorstellen(UserFactory(rol=Rol.TEAMLID), "Duinstreek") == []


def test_adding_a_name_already_in_the_list_is_refused_in_dutch(login, coordinator, onbekend):
    OrganisatieFactory(naam="Werkbedrijf Duinstreek", soort=OrganisatieSoort.WERKBEDRIJF)
    r = login(coordinator).post(
        f"/aanvragen/{onbekend.pk}/organisatie/nieuw/",
        {"naam": "werkbedrijf duinstreek", "soort": "werkbedrijf", "gemeenten": "Zeist"},
    )
    assert r.status_code == 200
    assert "Deze organisatie staat al in de lijst" in r.content.decode()
    assert Organisatie.objects.filter(naam__iexact="werkbedrijf duinstreek").count() == 1
    onbekend.refresh_from_db()
    assert onbekend.organisatie_id is None


@pytest.mark.parametrize(
    ("gemeenten", "melding"),
    [
        ("", "Noem de gemeenten waarvoor deze organisatie werkt."),
        ("Zeist\nNergensdorp", "Deze gemeenten kennen we niet: Nergensdorp."),
    ],
)
def test_a_werkbedrijf_needs_known_municipalities_and_nothing_typed_is_lost(
    login, coordinator, onbekend, gemeenten, melding
):
    r = login(coordinator).post(
        f"/aanvragen/{onbekend.pk}/organisatie/nieuw/",
        {"naam": "Werkbedrijf Typfout", "soort": "werkbedrijf", "gemeenten": gemeenten},
    )
    page = r.content.decode()
    assert r.status_code == 200 and melding in page
    assert 'value="Werkbedrijf Typfout"' in page and gemeenten.split("\n")[-1] in page
    assert not Organisatie.objects.filter(naam="Werkbedrijf Typfout").exists()


def test_a_gemeente_is_added_without_municipalities(login, coordinator, onbekend):
    login(coordinator).post(
        f"/aanvragen/{onbekend.pk}/organisatie/nieuw/",
        {"naam": "Gemeente Nieuwvliet", "soort": "gemeente", "gemeenten": "Zeist"},
    )
    onbekend.refresh_from_db()
    assert onbekend.organisatie.naam == "Gemeente Nieuwvliet"
    assert not onbekend.organisatie.bedient.exists()


def test_a_request_with_an_organisation_gets_no_second_one(login, coordinator):
    aanvraag = AanvraagFactory()
    eerst = aanvraag.organisatie
    r = login(coordinator).post(
        f"/aanvragen/{aanvraag.pk}/organisatie/nieuw/",
        {"naam": "Gemeente Anders", "soort": "gemeente"},
    )
    assert r.status_code == 200
    assert "Aan deze aanvraag is al een organisatie gekoppeld." in r.content.decode()
    aanvraag.refresh_from_db()
    assert aanvraag.organisatie == eerst
    assert not Organisatie.objects.filter(naam="Gemeente Anders").exists()


def test_a_team_member_may_not_add_an_organisation(login, onbekend):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel = Spiegel.objects.create(aanvraag=onbekend, organisatie=OrganisatieFactory())
    spiegel.team.add(teamlid)
    r = login(teamlid).post(
        f"/aanvragen/{onbekend.pk}/organisatie/nieuw/", {"naam": "X", "soort": "gemeente"}
    )
    assert r.status_code == 403
    assert not Organisatie.objects.filter(naam="X").exists()
