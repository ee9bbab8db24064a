"""Browser tests of the rode draden: axe on the page, the drill-down and the comparison;
the filters and a cell by keyboard only."""

import pytest

from gesprekken.models import Waarneming
from spiegel.constants import Rol, Status
from tests.conftest import browser_sign_in
from tests.e2e.test_sign_in import serious_violations
from tests.factories import AanvraagFactory, SpiegelFactory, UserFactory
from tests.rapportage.rodedraden_data import A, K, bouwstenen, spiegel

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def tab_naar(page, selector, max_tabs=60):
    """Press Tab until `selector` has the focus (fails if it never gets it)."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never got the keyboard focus")


def test_rode_draden_by_keyboard_with_no_serious_axe_violations(page, live_server):
    b1, b2, _b3 = bouwstenen()
    for jaar in (2024, 2025):
        for i in range(3):
            spiegel(
                jaar=jaar,
                waarnemingen=[(b1, K, f"Lijnen kort {jaar} {i}"), (b2, A, f"Wachttijd {i}")],
            )
    teamlid = UserFactory(rol=Rol.TEAMLID)
    browser_sign_in(page, live_server.url, teamlid)
    page.goto(f"{live_server.url}/rode-draden/")
    assert page.get_by_role("heading", level=1).inner_text() == "Rode draden"
    assert "Op basis van 6 Spiegels." in page.content()
    assert serious_violations(page) == []

    # The year filter and the submit button by keyboard only.
    tab_naar(page, "#id_jaar")
    page.keyboard.press("ArrowDown")  # "2024"
    tab_naar(page, ".rd-filters button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/rode-draden/?*jaar=2024*")
    assert "Op basis van 3 Spiegels." in page.content()
    assert page.locator("#id_jaar").input_value() == "2024"

    # A cell opens its observations by keyboard.
    tab_naar(page, f'.rd-heatmap a[href*="/vak/{b1.pk}/kracht/"]')
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/vak/{b1.pk}/kracht/**")
    assert "Lijnen kort 2024" in page.content()
    assert "Lijnen kort 2025" not in page.content()
    assert serious_violations(page) == []


def test_comparison_page_has_no_serious_axe_violations(page, live_server):
    b1, b2, _b3 = bouwstenen()
    vorige = spiegel(status=Status.AFGEROND, waarnemingen=[(b1, A, "Toen traag")])
    teamlid = UserFactory(rol=Rol.TEAMLID)
    nieuw = SpiegelFactory(
        aanvraag=AanvraagFactory(organisatie=vorige.organisatie, status=Status.VELDWERK),
        team=[teamlid],
        vorige=vorige,
    )
    Waarneming.objects.create(spiegel=nieuw, tekst="Nu snel", soort=K).bouwstenen.add(b1)
    browser_sign_in(page, live_server.url, teamlid)
    page.goto(f"{live_server.url}/rode-draden/vervolg/{nieuw.pk}/")
    assert page.get_by_role("heading", name="Verschil").is_visible()
    assert serious_violations(page) == []


def _boxes(page):
    return [f.bounding_box() for f in page.locator(".rd-naast > figure").all()]


def _no_sideways_scroll(page) -> bool:
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_comparison_maps_side_by_side_at_1280_and_legible_and_stacked_when_narrow(
    page, live_server
):
    b1, _b2, _b3 = bouwstenen()
    vorige = spiegel(status=Status.AFGEROND, waarnemingen=[(b1, A, "Toen traag")])
    teamlid = UserFactory(rol=Rol.TEAMLID)
    nieuw = SpiegelFactory(
        aanvraag=AanvraagFactory(organisatie=vorige.organisatie, status=Status.VELDWERK),
        team=[teamlid],
        vorige=vorige,
    )
    Waarneming.objects.create(spiegel=nieuw, tekst="Nu snel", soort=K).bouwstenen.add(b1)
    page.set_viewport_size({"width": 1280, "height": 900})
    browser_sign_in(page, live_server.url, teamlid)
    page.goto(f"{live_server.url}/rode-draden/vervolg/{nieuw.pk}/")
    links, rechts = _boxes(page)
    # Side by side: one row, the second to the right of the first, both on screen.
    assert abs(links["y"] - rechts["y"]) < 2
    assert rechts["x"] >= links["x"] + links["width"]
    assert rechts["x"] + rechts["width"] <= 1280
    assert _no_sideways_scroll(page)
    # Legible: the 13-unit labels of each map are drawn at 11 px or more.
    schalen = page.evaluate(
        "() => [...document.querySelectorAll('.rd-naast svg.heatmap')]"
        ".map(s => s.getBoundingClientRect().width / s.viewBox.baseVal.width)"
    )
    assert len(schalen) == 2 and all(13 * s >= 11 for s in schalen), schalen
    assert serious_violations(page) == []

    page.set_viewport_size({"width": 600, "height": 900})
    links, rechts = _boxes(page)
    assert rechts["y"] >= links["y"] + links["height"]  # stacked on a narrow screen
    assert _no_sideways_scroll(page)
