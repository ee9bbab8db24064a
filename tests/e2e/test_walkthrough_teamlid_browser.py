"""The walkthrough as a plain team member, in the browser: on a short page the footer sits
at the bottom of the window, and the workspace menu shows the current page."""

import pytest

from spiegel.constants import Rol
from tests.conftest import browser_sign_in
from tests.e2e.test_sign_in import serious_violations
from tests.factories import SpiegelFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_short_page_keeps_the_footer_at_the_bottom_and_marks_the_current_menu_item(
    page, live_server
):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    spiegel = SpiegelFactory(team=[teamlid])
    page.set_viewport_size({"width": 1280, "height": 900})
    browser_sign_in(page, live_server.url, teamlid)
    page.goto(f"{live_server.url}/veldwerk/{spiegel.pk}/planning/")
    footer = page.locator("footer.site-footer").bounding_box()
    assert abs(footer["y"] + footer["height"] - 900) < 2  # no grey band under the footer
    huidig = page.locator('.werkruimte-nav a[aria-current="page"]')
    assert huidig.inner_text() == "Planning"
    assert huidig.evaluate("a => getComputedStyle(a).fontWeight") == "700"
    assert serious_violations(page) == []
