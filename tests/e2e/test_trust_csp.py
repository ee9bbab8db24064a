"""In Chromium: the Content-Security-Policy blocks nothing the pages need (no violations) and
htmx runs with its own-origin-only configuration."""

import pytest

from spiegel.constants import Rol
from tests.conftest import browser_sign_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def violations(page) -> list[str]:
    return page.evaluate("window.__csp")


@pytest.fixture
def watched_page(page):
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on(
        "console",
        lambda m: console.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.csp_console = console
    return page


def test_home_and_sign_in_pages_have_no_csp_violations(watched_page, live_server):
    page = watched_page
    for path in ("/", "/account/login/"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        assert violations(page) == [], path
        assert page.evaluate("window.htmx && window.htmx.config.selfRequestsOnly") is True
        assert page.evaluate("window.htmx.config.allowEval") is False
    assert page.csp_console == []


def test_signed_in_staff_pages_and_admin_have_no_csp_violations(watched_page, live_server):
    page = watched_page
    user = UserFactory(beheerder=True, rol=Rol.BEHEERDER, naam="Beheerder Test")
    browser_sign_in(page, live_server.url, user)
    for path in ("/", "/catalogus/", "/admin/", "/admin/spiegel/auditregel/"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        assert violations(page) == [], path
    assert page.csp_console == []


def test_an_inline_script_without_the_nonce_is_blocked(watched_page, live_server):
    page = watched_page
    page.goto(f"{live_server.url}/")
    # What an injected <script> would be: the browser refuses to run it.
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__injected = true'; document.body.appendChild(s); }"
    )
    assert page.evaluate("window.__injected === true") is False
    assert any(v.startswith("script-src") for v in violations(page))


@pytest.mark.parametrize("role", ["teamlid", "contact_a", "coordinator"])
def test_every_page_a_role_may_open_has_no_csp_violations(watched_page, live_server, role):
    """Walks every GET page of the permission matrix that answers this role with 200, so
    pages added by any app are checked once they are declared there."""
    from tests.conftest import build_world
    from tests.matrix.expectations import OK
    from tests.matrix.test_permission_matrix import PROJECT, declared, fill

    page = watched_page
    world = build_world()
    browser_sign_in(page, live_server.url, world.users[role])
    visited = []
    for name, (route, converters) in PROJECT:
        exp = declared()[name]
        if exp.method != "get" or exp.for_role(role) != OK or exp.data:
            continue
        url = fill(route, converters, world.params())
        # Downloads (documents, PDFs, exports) are not pages: ask first, with the same session.
        probe = page.request.get(f"{live_server.url}{url}", max_redirects=0)
        if "text/html" not in (probe.headers.get("content-type") or ""):
            continue
        page.goto(f"{live_server.url}{url}")
        page.wait_for_load_state("networkidle")
        visited.append(url)
        assert violations(page) == [], url
    assert visited and page.csp_console == []
