"""Fieldwork in Chromium: notes survive a lost connection, a second editor gets the conflict
screen, observations and quotes are captured with the keyboard only, and the new pages have
no serious accessibility violations."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from gesprekken.constants import Toestemming, WaarnemingSoort, Weergave
from gesprekken.models import Aantekening, Citaat, Waarneming
from tests.conftest import browser_sign_in, build_world, wait_for
from tests.e2e.test_sign_in import serious_violations
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def notities(gesprek) -> str:
    return Aantekening.objects.get(gesprek=gesprek).tekst


def open_notes(page, live_server, world):
    gesprek = world.extra["gesprek_a"]
    browser_sign_in(page, live_server.url, world.users["teamlid"])
    page.goto(live_server.url + reverse("gesprekken:aantekeningen", args=[gesprek.pk]))
    return gesprek, page.get_by_label("Aantekeningen (Markdown)")


def test_notes_typed_offline_reach_the_server_when_the_connection_returns(page, live_server):
    world = build_world()
    gesprek, editor = open_notes(page, live_server, world)
    status = page.locator("#opslag-status")

    editor.fill("Begin van het gesprek.")
    wait_for(lambda: notities(gesprek) == "Begin van het gesprek.")
    expect(page.locator("#opslag-status")).to_have_attribute("data-state", "opgeslagen")
    assert "Opgeslagen om" in status.inner_text()

    page.context.set_offline(True)
    editor.press("End")
    page.keyboard.type(" Offline getypt, regel twee.")
    expect(page.locator("#opslag-status")).to_have_attribute("data-state", "offline")
    assert "bewaard in deze browser" in status.inner_text()
    assert "Offline" not in notities(gesprek)  # really not sent
    bewaard = page.evaluate(f"localStorage.getItem('spiegel:aantekening:{gesprek.pk}')")
    assert "Offline getypt, regel twee." in bewaard

    page.keyboard.type(" En nog meer.")
    page.context.set_offline(False)
    alles = "Begin van het gesprek. Offline getypt, regel twee. En nog meer."
    wait_for(lambda: notities(gesprek) == alles)
    expect(page.locator("#opslag-status")).to_have_attribute("data-state", "opgeslagen")
    assert page.evaluate(f"localStorage.getItem('spiegel:aantekening:{gesprek.pk}')") is None


def test_text_left_in_the_browser_is_restored_and_sent_on_the_next_visit(page, live_server):
    world = build_world()
    gesprek, editor = open_notes(page, live_server, world)
    versie = Aantekening.objects.get(gesprek=gesprek).versie
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, JSON.stringify({tekst: 'Uit de browser', versie: v}))",
        [f"spiegel:aantekening:{gesprek.pk}", versie],
    )
    page.reload()
    wait_for(lambda: notities(gesprek) == "Uit de browser")


def test_second_editor_on_a_stale_version_gets_the_conflict_screen(page, live_server, browser):
    world = build_world()
    collega = UserFactory(naam="Joris Meijer")
    world.spiegel_a.team.add(collega)
    gesprek, editor = open_notes(page, live_server, world)

    context2 = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    page2 = context2.new_page()
    browser_sign_in(page2, live_server.url, collega)
    page2.goto(live_server.url + reverse("gesprekken:aantekeningen", args=[gesprek.pk]))
    editor2 = page2.get_by_label("Aantekeningen (Markdown)")

    editor.fill("Sanne schrijft dit.")
    wait_for(lambda: notities(gesprek) == "Sanne schrijft dit.")

    editor2.fill("Joris schrijft iets anders.")
    conflict = page2.locator("#conflict")
    conflict.wait_for(state="visible")
    assert "Iemand anders heeft deze aantekeningen intussen gewijzigd" in conflict.inner_text()
    # Both full texts stay on the screen (folded away below the marked differences).
    assert page2.locator("#conflict-mijn").text_content() == "Joris schrijft iets anders."
    assert page2.locator("#conflict-server").text_content() == "Sanne schrijft dit."
    assert page2.locator("#conflict del").first.inner_text() == "Joris"
    assert page2.locator("#opslag-status").get_attribute("data-state") == "conflict"
    assert notities(gesprek) == "Sanne schrijft dit."  # never silently overwritten
    assert serious_violations(page2) == []

    # Typing on does not sneak past the conflict either.
    editor2.press("End")
    page2.keyboard.type(" Meer.")
    page2.wait_for_timeout(1500)
    assert notities(gesprek) == "Sanne schrijft dit."

    # An explicit choice saves Joris' text on top of the version he has now seen.
    page2.get_by_role("button", name="Mijn versie opslaan").click()
    wait_for(lambda: notities(gesprek) == "Joris schrijft iets anders. Meer.")
    context2.close()


def test_observation_and_quote_are_captured_from_the_notes_page_with_the_keyboard_only(
    page, live_server
):
    world = build_world()
    gesprek, _editor = open_notes(page, live_server, world)
    url = page.url
    # The editor has the focus on arrival.
    assert page.evaluate("document.activeElement.id") == "aantekening-tekst"
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")

    # An observation: shortcut, statement, kind, a bouwsteen, Ctrl+Enter.
    page.keyboard.press("Alt+Shift+W")
    assert page.evaluate("document.activeElement.name") == "w-tekst"
    page.keyboard.type("Klantmanagers vinden elkaar snel bij twijfel.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "w-soort"
    page.keyboard.press("ArrowDown")  # Kracht -> Aandachtspunt
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "w-bouwstenen"
    page.keyboard.press("Space")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#vastleg-melding")).to_contain_text("waarneming")
    waarneming = Waarneming.objects.get(tekst="Klantmanagers vinden elkaar snel bij twijfel.")
    assert waarneming.soort == WaarnemingSoort.AANDACHTSPUNT
    assert waarneming.gesprek == gesprek
    assert waarneming.bouwstenen.count() == 1
    # The form closed and the focus is back in the notes.
    assert page.evaluate("document.activeElement.id") == "aantekening-tekst"
    assert page.locator("#paneel-waarneming").is_hidden()

    # A quote: select the words in the notes, shortcut, they are taken over.
    page.keyboard.type("Wij lossen het samen op.")
    page.keyboard.press("Shift+Home")
    page.keyboard.press("Alt+Shift+C")
    assert page.evaluate("document.activeElement.name") == "c-tekst"
    assert page.locator("[name=c-tekst]").input_value() == "Wij lossen het samen op."
    page.keyboard.press("Tab")
    page.keyboard.type("een klantmanager")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # Gevraagd -> Gegeven
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # Anoniem -> Met functie
    page.keyboard.press("Control+Enter")
    expect(page.locator("#vastleg-melding")).to_contain_text("citaat")
    citaat = Citaat.objects.get(tekst="Wij lossen het samen op.")
    assert (citaat.rol, citaat.toestemming, citaat.weergave) == (
        "een klantmanager",
        Toestemming.GEGEVEN,
        Weergave.FUNCTIE,
    )
    assert citaat.gesprek == gesprek
    assert page.url == url  # never left the notes page
    assert "Wij lossen het samen op." in page.locator("#vastgelegd").inner_text()
    assert serious_violations(page) == []
    # The notes themselves were saved all along.
    wait_for(lambda: "Wij lossen het samen op." in notities(gesprek))


def test_a_refused_capture_keeps_what_was_typed_and_says_why(page, live_server):
    world = build_world()
    open_notes(page, live_server, world)
    page.keyboard.press("Alt+Shift+W")
    page.keyboard.type("Zonder bouwsteen.")
    page.keyboard.press("Control+Enter")
    page.locator("#form-waarneming .errorlist").first.wait_for()
    assert "Kies ten minste één bouwsteen." in page.locator("#form-waarneming").inner_text()
    assert page.locator("[name=w-tekst]").input_value() == "Zonder bouwsteen."
    assert not Waarneming.objects.filter(tekst="Zonder bouwsteen.").exists()


def test_new_fieldwork_pages_have_no_serious_accessibility_violations(page, live_server):
    world = build_world()
    s, g = world.spiegel_a.pk, world.extra["gesprek_a"].pk
    browser_sign_in(page, live_server.url, world.users["teamlid"])
    urls = [
        reverse("gesprekken:spiegel", args=[s]),
        reverse("gesprekken:planning", args=[s]),
        reverse("gesprekken:gesprek_nieuw", args=[s]),
        reverse("gesprekken:gesprek_bewerken", args=[g]),
        reverse("gesprekken:aantekeningen", args=[g]),
        reverse("gesprekken:aantekening_versie", args=[world.extra["params"]["versie_pk"]]),
        reverse("gesprekken:waarnemingen", args=[s]),
        reverse("gesprekken:citaten", args=[s]),
        reverse("gesprekken:waarneming_bewerken", args=[world.extra["params"]["waarneming_pk"]]),
        reverse("gesprekken:citaat_bewerken", args=[world.extra["params"]["citaat_pk"]]),
        reverse("gesprekken:zoeken", args=[s]) + "?q=wijkteam",
        reverse("gesprekken:overzicht", args=[s]),
        reverse("gesprekken:sjablonen", args=[s]),
        reverse("gesprekken:sjabloon_bewerken", args=[world.extra["params"]["sjabloon_pk"]]),
        reverse("gesprekken:documenten", args=[world.aanvraag_a.pk]),
    ]
    found = {}
    for url in urls:
        page.goto(live_server.url + url)
        assert page.get_by_role("heading", level=1).count() == 1, url
        violations = serious_violations(page)
        if violations:
            found[url] = violations
    assert found == {}


def test_coordinator_outline_and_contact_documents_are_accessible(page, live_server, browser):
    world = build_world()
    browser_sign_in(page, live_server.url, world.users["coordinator"])
    page.goto(live_server.url + reverse("gesprekken:spiegel", args=[world.spiegel_a.pk]))
    tekst = page.locator("main").inner_text()
    assert "Interview teamleider" not in tekst  # the session title is for the team
    assert "Interview" in tekst  # the kind is shown
    assert serious_violations(page) == []

    context2 = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    page2 = context2.new_page()
    browser_sign_in(page2, live_server.url, world.users["contact_a"])
    page2.goto(live_server.url + reverse("gesprekken:documenten", args=[world.aanvraag_a.pk]))
    assert serious_violations(page2) == []
    context2.close()
