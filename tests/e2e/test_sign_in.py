"""Browser tests of signing in with the second factor, in Debian's Chromium."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from spiegel.constants import Rol
from tests.conftest import browser_sign_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def serious_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']}: {v['help']}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


def test_coordinator_signs_in_with_password_and_totp_code(page, live_server):
    user = UserFactory(rol=Rol.COORDINATOR, naam="Fatima el Amrani")
    browser_sign_in(page, live_server.url, user)
    assert page.get_by_role("heading", level=1).inner_text() == "Goedendag, Fatima"
    assert serious_violations(page) == []


def test_sign_in_page_has_no_serious_accessibility_violations(page, live_server):
    page.goto(f"{live_server.url}/account/login/")
    assert page.get_by_role("heading", level=1).inner_text() == "Aanmelden"
    assert serious_violations(page) == []


def test_sign_in_works_with_the_keyboard_only(page, live_server):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = UserFactory(rol=Rol.TEAMLID, naam="Sanne Bakker")
    device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")  # from the top of a page, the skip link comes first
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    page.keyboard.press("Enter")  # following it moves the focus to the content
    assert page.evaluate("document.activeElement.id") == "inhoud"
    page.get_by_role("link", name="Aanmelden").first.focus()
    page.keyboard.press("Enter")
    # The e-mail field has the focus on arrival at the sign-in page.
    page.wait_for_url("**/account/login/")
    assert page.evaluate("document.activeElement.name") == "auth-username"
    page.keyboard.type(user.email)
    page.keyboard.press("Tab")
    page.keyboard.type("een-lang-wachtwoord-123")
    page.keyboard.press("Enter")
    page.get_by_label("Code uit de app").focus()
    page.keyboard.type(f"{totp(device.bin_key):06d}")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Goedendag, Sanne"
