"""Browser tests of the schets: two people editing the same section, the wederhoor from the
contact's remark to definitief, keyboard reordering, and axe on every new page."""

import re

import pytest

from rapportage.constants import OpmerkingStatus, SchetsStatus
from rapportage.models import Schets, Sectie
from tests.conftest import browser_sign_in
from tests.e2e.test_sign_in import serious_violations
from tests.factories.rapportage import CitaatFactory, WaarnemingFactory, schets_in_status
from tests.factories.spiegel import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def team(schets):
    return list(schets.spiegel.team.order_by("pk"))


def signed_in_page(browser, browser_context_args, live_server, user):
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    browser_sign_in(page, live_server.url, user)
    return context, page


def test_two_people_editing_one_section_get_one_conflict_screen_and_lose_nothing(
    browser, browser_context_args, live_server
):
    schets = schets_in_status(SchetsStatus.CONCEPT)
    anna, bram = team(schets)
    sectie = schets.secties.get(sleutel="krachten")
    url = f"{live_server.url}/schets/{schets.spiegel.pk}/sectie/{sectie.pk}/"
    ctx_a, page_a = signed_in_page(browser, browser_context_args, live_server, anna)
    ctx_b, page_b = signed_in_page(browser, browser_context_args, live_server, bram)
    try:
        page_a.goto(url)
        page_b.goto(url)  # both start from the same version
        page_a.get_by_label("Tekst (Markdown)").fill("Anna: de wijkteams kennen elkaar goed.")
        page_b.get_by_label("Tekst (Markdown)").fill("Bram: klantmanagers voelen ruimte.")
        page_a.get_by_role("button", name="Opslaan").click()
        page_a.wait_for_url("**/schets/*/#sectie-*")
        assert "opgeslagen als versie" in page_a.content()

        page_b.get_by_role("button", name="Opslaan").click()
        heading = page_b.get_by_role("heading", level=1)
        assert heading.inner_text() == "Iemand anders sloeg deze sectie intussen op"
        assert page_b.locator("#hun-tekst").inner_text() == "Anna: de wijkteams kennen elkaar goed."
        assert page_b.locator("#eigen-tekst").inner_text() == "Bram: klantmanagers voelen ruimte."
        assert serious_violations(page_b) == []
        sectie.refresh_from_db()
        assert sectie.tekst == "Anna: de wijkteams kennen elkaar goed."  # nothing overwritten

        # Bram merges both texts in the form he got back and saves deliberately.
        veld = page_b.locator("#samenvoegen textarea[name=tekst]")
        assert veld.input_value() == "Bram: klantmanagers voelen ruimte."
        veld.fill("Anna: de wijkteams kennen elkaar goed.\n\nBram: klantmanagers voelen ruimte.")
        page_b.get_by_role("button", name="Mijn tekst opslaan als nieuwe versie").click()
        page_b.wait_for_url("**/schets/*/#sectie-*")
        assert page_b.locator("text=Iemand anders sloeg deze sectie intussen op").count() == 0
    finally:
        ctx_a.close()
        ctx_b.close()
    sectie.refresh_from_db()
    assert "Anna:" in sectie.tekst and "Bram:" in sectie.tekst
    history = [
        next(s["tekst"] for s in v.secties if s["sleutel"] == "krachten")
        for v in schets.versies.order_by("nummer")
    ]
    assert history[-2:] == [
        "Anna: de wijkteams kennen elkaar goed.",
        "Anna: de wijkteams kennen elkaar goed.\n\nBram: klantmanagers voelen ruimte.",
    ]


def test_wederhoor_contact_remarks_team_resolves_schets_becomes_definitief(
    browser, browser_context_args, live_server
):
    schets = schets_in_status(SchetsStatus.WEDERHOOR)
    spiegel = schets.spiegel
    contact = UserFactory(contact=True, organisatie=spiegel.organisatie, naam="Marieke Jansen")
    sectie = schets.secties.get(sleutel="werkwijze")

    ctx_c, page_c = signed_in_page(browser, browser_context_args, live_server, contact)
    try:
        page_c.goto(f"{live_server.url}/schets/{spiegel.pk}/wederhoor/")
        assert "Wederhoor: de schets voor" in page_c.get_by_role("heading", level=1).inner_text()
        assert serious_violations(page_c) == []
        page_c.get_by_label("Uw opmerking bij ‘Werkwijze’").fill("We spraken ook met de GGD.")
        page_c.locator(f"#sectie-{sectie.pk}").get_by_role(
            "button", name="Opmerking versturen"
        ).click()
        page_c.wait_for_url("**/wederhoor/#sectie-*")
        assert "Uw opmerking bij ‘Werkwijze’ is ontvangen" in page_c.content()
        assert "In behandeling" in page_c.content()
    finally:
        ctx_c.close()
    opmerking = sectie.opmerkingen.get()

    ctx_t, page_t = signed_in_page(browser, browser_context_args, live_server, team(schets)[0])
    try:
        page_t.goto(f"{live_server.url}/schets/{spiegel.pk}/")
        assert "We spraken ook met de GGD." in page_t.content()
        with page_t.expect_navigation():
            page_t.get_by_role("button", name="Schets definitief maken").click()
        assert "Er staan nog 1 opmerkingen open" in page_t.content()
        assert Schets.objects.get(pk=schets.pk).status == SchetsStatus.WEDERHOOR
        form = page_t.locator(f"#opmerking-{opmerking.pk} form")
        form.get_by_label("Niet overgenomen, met reden").check()
        form.get_by_label("Antwoord aan de organisatie").fill("De GGD sprak niet met ons.")
        with page_t.expect_navigation():
            form.get_by_role("button", name="Opmerking afhandelen").click()
        assert "De opmerking is afgehandeld." in page_t.content()
        with page_t.expect_navigation():
            page_t.get_by_role("button", name="Schets definitief maken").click()
        assert "De schets is definitief." in page_t.content()
        assert serious_violations(page_t) == []
    finally:
        ctx_t.close()
    opmerking.refresh_from_db()
    assert opmerking.status == OpmerkingStatus.BEANTWOORD
    assert Schets.objects.get(pk=schets.pk).status == SchetsStatus.DEFINITIEF
    spiegel.aanvraag.refresh_from_db()
    assert spiegel.aanvraag.status == "afgerond"


def test_sections_are_reordered_with_the_keyboard(page, live_server):
    schets = schets_in_status(SchetsStatus.CONCEPT)
    browser_sign_in(page, live_server.url, team(schets)[0])
    page.goto(f"{live_server.url}/schets/{schets.spiegel.pk}/")
    eerste = schets.secties.order_by("volgorde").first()
    knop = page.get_by_role("button", name=f"{eerste.titel} omlaag")
    knop.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_url("**/#sectie-*")
    volgorde = list(Sectie.objects.filter(schets=schets).order_by("volgorde"))
    assert volgorde[1].pk == eerste.pk
    # the focus stays on the same section's button after the page reloaded
    # Polled from Python: the CSP forbids the eval that wait_for_function would need.
    for _ in range(50):
        if page.evaluate("document.activeElement.dataset.verplaats") == f"neer-{eerste.pk}":
            break
        page.wait_for_timeout(100)
    assert page.evaluate("document.activeElement.dataset.verplaats") == f"neer-{eerste.pk}"


def test_new_schets_pages_have_no_serious_accessibility_violations(page, live_server):
    schets = schets_in_status(SchetsStatus.CONCEPT)
    spiegel = schets.spiegel
    citaat = CitaatFactory(spiegel=spiegel, tekst="Ik voel me gesteund.")
    waarneming = WaarnemingFactory(spiegel=spiegel)
    sectie = schets.secties.get(sleutel="krachten")
    sectie.tekst = (
        f"De regie is slecht.\n\n[[citaat:{citaat.pk}]]\n\n[[waarneming:{waarneming.pk}]]"
    )
    sectie.versie += 1
    sectie.save()
    from rapportage import services

    services.sectie_toevoegen(schets=schets, door=team(schets)[0], titel="Extra")
    browser_sign_in(page, live_server.url, team(schets)[0])
    base = f"{live_server.url}/schets/{spiegel.pk}"
    for path in (
        "/",
        f"/sectie/{sectie.pk}/",
        "/kiezer/?q=gesteund",
        "/versies/",
        "/versies/vergelijk/?a=1&b=2",
        "/wederhoor/",
    ):
        page.goto(base + path)
        assert page.get_by_role("heading", level=1).count() == 1, path
        assert serious_violations(page) == [], path
    # the picker inserts a reference with the keyboard on the section page
    page.goto(f"{base}/sectie/{sectie.pk}/")
    page.get_by_label("Zoeken").first.fill("gesteund")
    knop = page.get_by_role("button", name=re.compile(rf"Invoegen, anoniem\W+citaat {citaat.pk}"))
    knop.focus()
    page.keyboard.press("Enter")
    waarde = page.get_by_label("Tekst (Markdown)").input_value()
    assert f"[[citaat:{citaat.pk}:anoniem]]" in waarde


def test_schets_pages_cause_no_csp_violations(page, live_server):
    """The picker, preview and focus script run under the Content-Security-Policy."""
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    schets = schets_in_status(SchetsStatus.WEDERHOOR)
    spiegel = schets.spiegel
    CitaatFactory(spiegel=spiegel, tekst="Ik voel me gesteund.")
    sectie = schets.secties.get(sleutel="krachten")
    browser_sign_in(page, live_server.url, team(schets)[0])
    base = f"{live_server.url}/schets/{spiegel.pk}"
    for path in ("/", f"/sectie/{sectie.pk}/", "/versies/", "/wederhoor/"):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__csp") == [], path
    page.goto(f"{base}/sectie/{sectie.pk}/")
    page.get_by_label("Tekst (Markdown)").fill("De gemeente faalt.")
    page.locator("#voorbeeld mark.toon").wait_for()  # the htmx preview answered
    assert page.evaluate("window.__csp") == []
