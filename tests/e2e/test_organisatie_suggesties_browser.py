"""In Chromium: the request form's organisation field suggests names while typing (htmx),
is picked with the arrow keys and Enter (which does not submit the form), or by clicking,
closes with Escape, stays axe-clean with the list open, and a typed name that is not in
any list is kept and saved in the draft as before."""

import pytest
from playwright.sync_api import expect

from spiegel.models import Concept
from tests.e2e.test_sign_in import serious_violations
from tests.factories.spiegel import OrganisatieFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_organisation_is_picked_with_the_keyboard_or_the_mouse(page, live_server):
    OrganisatieFactory(naam="Gemeente Qwyxdam")
    OrganisatieFactory(naam="Gemeente Qwyxmeer")
    page.goto(live_server.url + "/aanvragen/nieuw/")
    veld = page.get_by_role("combobox", name="Naam van de organisatie")
    lijst = page.get_by_role("listbox")
    expect(veld).to_have_attribute("aria-expanded", "false")

    veld.press_sequentially("qwyx", delay=30)
    expect(lijst.get_by_role("option")).to_have_count(2)
    expect(veld).to_have_attribute("aria-expanded", "true")
    assert serious_violations(page) == []
    veld.press("ArrowDown")
    veld.press("ArrowDown")
    expect(veld).to_have_attribute("aria-activedescendant", "organisatie-suggestie-2")
    expect(lijst.get_by_role("option", name="Gemeente Qwyxmeer")).to_have_attribute(
        "aria-selected", "true"
    )
    veld.press("Enter")
    expect(veld).to_have_value("Gemeente Qwyxmeer")
    expect(veld).to_have_attribute("aria-expanded", "false")
    expect(lijst).to_be_hidden()
    assert page.url.endswith("/aanvragen/nieuw/")  # Enter picked; it did not submit

    veld.fill("")
    veld.press_sequentially("qwyxd", delay=30)
    expect(lijst.get_by_role("option")).to_have_count(1)
    veld.press("Escape")
    expect(lijst).to_be_hidden()
    veld.press("Backspace")
    expect(lijst.get_by_role("option")).to_have_count(2)
    lijst.get_by_role("option", name="Gemeente Qwyxdam").click()
    expect(veld).to_have_value("Gemeente Qwyxdam")
    expect(veld).to_be_focused()


def test_a_name_not_in_the_list_is_kept_in_the_draft(page, live_server):
    page.goto(live_server.url + "/aanvragen/nieuw/")
    veld = page.get_by_role("combobox", name="Naam van de organisatie")
    veld.press_sequentially("Regio Nergenshuizen", delay=10)
    expect(page.get_by_role("listbox")).to_be_hidden()
    page.get_by_label("Uw naam").click()  # leaving the field: change, autosave
    page.wait_for_url("**/aanvragen/nieuw/?concept=*")
    concept = Concept.objects.get()
    assert concept.gegevens["organisatie_naam"] == ["Regio Nergenshuizen"]
    page.reload()
    expect(page.get_by_role("combobox", name="Naam van de organisatie")).to_have_value(
        "Regio Nergenshuizen"
    )
