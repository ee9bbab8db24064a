"""The whole intake in Chromium: a visitor requests a Spiegel (after one validation error),
the coordinator plans the intake and accepts with a team, the contact sets a password from
the invitation, enrols TOTP and sees the new status. Every new page is checked by axe."""

import base64
import re

import pytest
from django_otp.oath import totp

from spiegel.constants import Rol, Status
from spiegel.models import Aanvraag, Bericht, Spiegel
from tests.conftest import browser_sign_in
from tests.e2e.test_sign_in import serious_violations
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def axe_clean(page):
    assert serious_violations(page) == [], page.url


def test_request_triage_and_portal_the_whole_way(page, live_server):
    coordinator = UserFactory(rol=Rol.COORDINATOR, naam="Fatima el Amrani")
    sanne = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    base = live_server.url

    # --- the visitor -------------------------------------------------------------------
    page.goto(f"{base}/")
    page.get_by_role("link", name="Een Spiegel aanvragen").first.click()
    page.wait_for_url("**/aanvragen/nieuw/")
    axe_clean(page)
    page.get_by_label("Gemeente", exact=True).check()
    page.get_by_label("Naam van de organisatie").fill("Aalsmeer")
    page.get_by_label("Uw naam").fill("Marieke Jansen")
    page.get_by_label("Uw functie").fill("Teamleider Werk en Inkomen")
    page.get_by_label("Uw e-mailadres").fill("marieke@")  # the deliberate mistake
    page.get_by_label("Uw telefoonnummer").fill("0297 123 456")
    page.get_by_label("Wat speelt er in uw organisatie?").fill("Ons team is flink gegroeid.")
    page.get_by_label("Vraag 1").fill("Hoe ervaren klantmanagers hun ruimte?")
    page.get_by_label("Vraag 2").fill("Werken we goed samen met de wijkteams?")
    page.get_by_label("Samenwerken").check()
    page.get_by_label("Presentatie aan de groep").check()
    page.get_by_label("Rapportage").check()
    page.get_by_label("Ik heb de privacyverklaring gelezen").check()
    # Inline validation (htmx) names the problem as soon as the field is left.
    page.get_by_label("Uw e-mailadres").blur()
    page.locator("#fout-contact_email").get_by_text("Vul een geldig e-mailadres in").wait_for()
    page.get_by_role("button", name="Aanvraag versturen").click()
    page.get_by_role("heading", name="Nog niet alles is goed ingevuld").wait_for()
    assert page.get_by_label("Uw e-mailadres").input_value() == "marieke@"
    assert page.get_by_label("Vraag 2").input_value() == "Werken we goed samen met de wijkteams?"
    assert page.get_by_label("Samenwerken").is_checked()
    assert page.get_by_label("Ik heb de privacyverklaring gelezen").is_checked()
    assert not Aanvraag.objects.exists()
    axe_clean(page)
    page.get_by_label("Uw e-mailadres").fill("marieke@aalsmeer.example.nl")
    page.get_by_role("button", name="Aanvraag versturen").click()
    page.get_by_role("heading", name=re.compile("we hebben uw aanvraag ontvangen")).wait_for()
    aanvraag = Aanvraag.objects.get()
    assert aanvraag.referentie in page.locator(".referentie").inner_text()
    axe_clean(page)
    for path in ("/over-de-spiegel/", "/privacy/"):
        page.goto(f"{base}{path}")
        axe_clean(page)

    # --- the coordinator ---------------------------------------------------------------
    browser_sign_in(page, base, coordinator)
    page.get_by_role("link", name="Aanvragen").first.click()
    page.wait_for_url("**/aanvragen/")
    axe_clean(page)
    page.get_by_role("link", name=aanvraag.referentie).click()
    page.get_by_role("heading", name=re.compile(aanvraag.referentie)).wait_for()
    axe_clean(page)
    page.get_by_label("Datum en tijd van het intakegesprek").fill("2026-12-01T10:00")
    page.get_by_role("button", name="Plannen").click()
    page.get_by_text("Het intakegesprek is gepland.").wait_for()
    page.get_by_label(re.compile("Sanne Bakker")).check()
    page.get_by_role("button", name="Accepteren en Spiegel aanmaken").click()
    page.get_by_text("De aanvraag is geaccepteerd").wait_for()
    axe_clean(page)
    spiegel = Spiegel.objects.get(aanvraag=aanvraag)
    assert list(spiegel.team.all()) == [sanne]
    assert [k.tekst for k in spiegel.kernvragen.all()] == aanvraag.vragen
    page.get_by_role("button", name="Afmelden").click()

    # --- the contact: invitation, password, TOTP enrolment, portal --------------------------
    uitnodiging = Bericht.objects.get(onderwerp="Uw toegang tot het Spiegel-portaal")
    link = re.search(r"https?://\S+/uitnodiging/\S+/", uitnodiging.tekst).group(0)
    page.goto(base + "/uitnodiging/" + link.split("/uitnodiging/", 1)[1])
    page.get_by_role("heading", name="Welkom bij Spiegel").wait_for()
    axe_clean(page)
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("mijn-eigen-wachtwoord-42")
    page.get_by_label("Nieuw wachtwoord bevestigen").fill("mijn-eigen-wachtwoord-42")
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    page.get_by_role("heading", name="Uw wachtwoord is opgeslagen").wait_for()
    axe_clean(page)
    page.get_by_role("link", name="Aanmelden").last.click()
    page.get_by_label("E-mailadres").fill("marieke@aalsmeer.example.nl")
    page.get_by_label("Wachtwoord").fill("mijn-eigen-wachtwoord-42")
    page.get_by_role("button", name="Volgende").click()
    # First sign-in: enrol the authenticator app.
    page.wait_for_url("**/account/two_factor/setup/**")
    secret = page.locator("a[href^='otpauth://']").inner_text().strip()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.get_by_label("Code uit de app").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Volgende").click()
    # Enrolled: on to the portal, not an account page.
    page.wait_for_url(f"{base}/portaal/")
    page.get_by_role("link", name=aanvraag.referentie).click()
    assert page.locator("#status").inner_text() == "Geaccepteerd"
    page.get_by_text("Goed nieuws: we gaan de Spiegel samen met u uitvoeren.").wait_for()
    axe_clean(page)
    page.goto(f"{base}/portaal/")
    axe_clean(page)
    assert Aanvraag.objects.get().status == Status.GEACCEPTEERD


def test_a_draft_comes_back_after_a_reload(page, live_server):
    page.goto(f"{live_server.url}/aanvragen/nieuw/")
    page.get_by_label("Uw naam").fill("Ilse Vermeer")
    page.get_by_label("Vraag 1").fill("Wat gaat goed?")
    page.get_by_label("Vraag 1").blur()
    page.locator("#concept-status").get_by_text("Concept bewaard").wait_for()
    assert "concept=" in page.url  # the address now brings the draft back
    page.reload()
    assert page.get_by_label("Uw naam").input_value() == "Ilse Vermeer"
    assert page.get_by_label("Vraag 1").input_value() == "Wat gaat goed?"
    page.get_by_text("We hebben uw concept teruggezet").wait_for()
    axe_clean(page)


def test_the_form_can_be_sent_with_the_keyboard_only(page, live_server):
    page.goto(f"{live_server.url}/aanvragen/nieuw/")
    page.get_by_label("Gemeente", exact=True).focus()
    page.keyboard.press("Space")
    assert page.get_by_label("Gemeente", exact=True).is_checked()
    page.get_by_role("button", name="Aanvraag versturen").focus()
    page.keyboard.press("Enter")
    summary = page.get_by_role("heading", name="Nog niet alles is goed ingevuld")
    summary.wait_for()
    # The summary takes the focus and links to each field.
    assert page.evaluate("document.activeElement.id") == "foutoverzicht"
    page.get_by_role("link", name="Uw naam").focus()
    page.keyboard.press("Enter")
    assert page.url.endswith("#veld-contact_naam")
    assert not Aanvraag.objects.exists()


def test_a_blocked_submission_gets_a_calm_accessible_page(page, live_server):
    page.goto(f"{live_server.url}/aanvragen/nieuw/")
    page.locator("#id_website").evaluate("el => el.value = 'http://spam.example'")
    page.get_by_role("button", name="Aanvraag versturen").click()
    page.get_by_role("heading", name="Even geduld").wait_for()
    axe_clean(page)
    assert not Aanvraag.objects.exists()
