"""Issue 16 item 1 in Chromium: the coordinator adds an organisation that is not in the
list from the request page, by keyboard only, and the page stays axe-clean."""

import pytest

from spiegel.constants import OrganisatieSoort, Rol
from spiegel.models import Bericht
from tests.conftest import browser_sign_in
from tests.e2e.test_sign_in import serious_violations
from tests.factories import AanvraagFactory, OrganisatieFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_coordinator_adds_a_werkbedrijf_by_keyboard(page, live_server):
    coordinator = UserFactory(rol=Rol.COORDINATOR, naam="Fatima el Amrani")
    OrganisatieFactory(naam="Gemeente Duinstreek")
    aanvraag = AanvraagFactory(
        organisatie=None,
        organisatie_onbekend="Werkbedrijf Duinstreek",
        organisatie_soort=OrganisatieSoort.WERKBEDRIJF,
    )
    browser_sign_in(page, live_server.url, coordinator)
    page.goto(f"{live_server.url}/aanvragen/{aanvraag.pk}/")
    # A close match is offered beside the add form.
    page.get_by_role("radio", name="Gemeente Duinstreek").wait_for()
    assert serious_violations(page) == []
    naam = page.get_by_label("Naam van de organisatie")
    assert naam.input_value() == "Werkbedrijf Duinstreek"
    naam.focus()
    page.keyboard.press("Tab")  # to the kinds; the requester's kind is already chosen
    assert page.evaluate("document.activeElement.value") == "werkbedrijf"
    page.keyboard.press("Tab")
    page.keyboard.type("Zeist")  # a municipality without its CBS prefix is fine
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.get_by_text("De organisatie is toegevoegd en gekoppeld").wait_for()
    assert serious_violations(page) == []
    aanvraag.refresh_from_db()
    assert aanvraag.organisatie.naam == "Werkbedrijf Duinstreek"
    assert [g.naam for g in aanvraag.organisatie.bedient.all()] == ["Zeist"]
    assert Bericht.objects.filter(onderwerp="Uw toegang tot het Spiegel-portaal").exists()
    # The link form is gone; accepting is next.
    assert page.get_by_role("heading", name="Nieuwe organisatie toevoegen").count() == 0
    page.get_by_role("button", name="Accepteren en Spiegel aanmaken").wait_for()
