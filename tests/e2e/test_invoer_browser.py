"""In Chromium: the public home page's cards carry no list bullets and its title says the
name once; the session form is styled field by field, keyboard-usable and axe-clean; a
refused autosave says why and stops retrying, keeping the text."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.conftest import browser_sign_in, build_world
from tests.e2e.test_sign_in import serious_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_home_cards_have_no_bullets_and_the_title_names_the_service_once(page, live_server):
    build_world()
    page.goto(live_server.url + "/")
    assert page.title() == "Spiegel Basis op orde"
    kaarten = page.locator("ul.grid > li.card")
    assert kaarten.count() > 0
    stijl = kaarten.first.evaluate("e => getComputedStyle(e).listStyleType")
    assert stijl == "none"
    assert serious_violations(page) == []


def test_session_form_shows_errors_by_field_and_is_accessible(page, live_server):
    world = build_world()
    browser_sign_in(page, live_server.url, world.users["teamlid"])
    page.goto(live_server.url + reverse("gesprekken:gesprek_nieuw", args=[world.spiegel_a.pk]))
    expect(page.get_by_label("Soort")).to_have_value("")
    assert "Kies de soort gesprek" in page.get_by_label("Soort").inner_text()
    page.get_by_label("Titel").fill("Interview teamleider")
    page.get_by_label("Begin").fill("2026-12-03T14:00")
    page.get_by_label("Einde").fill("2026-12-03T13:00")
    page.get_by_label("Titel").press("Enter")  # submit with the keyboard
    expect(page.locator("#fout-einde")).to_have_text("Het einde moet na het begin liggen.")
    assert page.locator("#veld-einde.field-fout").count() == 1
    expect(page.get_by_label("Titel")).to_have_value("Interview teamleider")
    described = page.get_by_label("Einde").get_attribute("aria-describedby")
    assert "fout-einde" in described
    assert serious_violations(page) == []


def test_a_refused_autosave_says_why_and_does_not_retry(page, live_server):
    world = build_world()
    gesprek = world.extra["gesprek_a"]
    browser_sign_in(page, live_server.url, world.users["teamlid"])
    page.goto(live_server.url + reverse("gesprekken:aantekeningen", args=[gesprek.pk]))
    posts = []
    page.on(
        "request",
        lambda r: posts.append(r.url) if r.method == "POST" and "opslaan" in r.url else None,
    )
    # The server refuses the save (400 with its Dutch reason, as aantekeningen_opslaan
    # answers an unreadable post): the page must say so and not retry forever.
    page.route(
        "**/opslaan/",
        lambda route: route.fulfill(
            status=400,
            content_type="application/json",
            body='{"fout": "De aantekeningen konden niet worden gelezen."}',
        ),
    )
    editor = page.get_by_label("Aantekeningen (Markdown)")
    editor.press("End")
    page.keyboard.type(" Nieuwe zin.")
    status = page.locator("#opslag-status")
    expect(status).to_contain_text("De aantekeningen konden niet worden gelezen.")
    expect(status).to_have_attribute("data-state", "offline")
    aantal = len(posts)
    page.wait_for_timeout(6000)  # the old script retried after 5 s, forever
    assert len(posts) == aantal
    assert " Nieuwe zin." in editor.input_value()
    bewaard = page.evaluate(f"localStorage.getItem('spiegel:aantekening:{gesprek.pk}')")
    assert "Nieuwe zin." in bewaard
