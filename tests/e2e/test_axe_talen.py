"""axe in Chromium over every page a role may open, in Dutch and in English, and the language
switch with the keyboard. The pages come from the permission matrix, so a page added by any
app is checked in both languages once it is declared there."""

import pytest
from django.conf import settings

from tests.conftest import browser_sign_in, build_world
from tests.e2e.test_sign_in import serious_violations
from tests.matrix.expectations import OK
from tests.matrix.test_permission_matrix import PROJECT, declared, fill

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def choose_language(page, base_url: str, lang: str) -> None:
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": lang, "url": base_url}]
    )


# Pages whose content depends on who looks at them are checked for every role; any other
# page once per language, by the first role that may open it (keeps the walk to ~1 s a page).
PER_ROLE = {"spiegel:home", "two_factor:profile"}
WALKERS = ("anoniem", "contact_a", "coordinator", "teamlid")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_has_no_serious_axe_violations(page, live_server, lang):
    world = build_world()
    found, seen, visited = {}, set(), []
    for role in WALKERS:
        page.context.clear_cookies()
        if role != "anoniem":
            browser_sign_in(page, live_server.url, world.users[role])
        choose_language(page, live_server.url, lang)
        for name, (route, converters) in PROJECT:
            exp = declared()[name]
            if exp.method != "get" or exp.for_role(role) != OK or exp.data:
                continue
            if name in seen and name not in PER_ROLE:
                continue
            url = fill(route, converters, world.params())
            # Downloads (documents, PDFs, exports) and fragments are not pages.
            probe = page.request.get(f"{live_server.url}{url}", max_redirects=0)
            if "text/html" not in (probe.headers.get("content-type") or ""):
                continue
            if "<html" not in probe.text():
                continue
            seen.add(name)
            page.goto(f"{live_server.url}{url}", wait_until="load")
            assert page.locator("html").get_attribute("lang") == lang, url
            visited.append(f"{role} {url}")
            violations = serious_violations(page)
            if violations:
                found[f"{role} {url}"] = violations
    assert len(visited) >= 20, visited
    assert not found, found


def test_the_language_switch_works_with_the_keyboard(page, live_server):
    page.goto(f"{live_server.url}/")
    assert page.locator("html").get_attribute("lang") == "nl"
    switch = page.get_by_role("button", name="English", exact=True)
    switch.focus()
    with page.expect_navigation():  # the switch posts a form; wait for the new page
        page.keyboard.press("Enter")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="About the Spiegel").first.is_visible()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Nederlands", exact=True).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("html").get_attribute("lang") == "nl"
