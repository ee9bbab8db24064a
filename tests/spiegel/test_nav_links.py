"""The base template's header and footer links come from `nav.url`, reversed once per
process and script prefix instead of by 13 `{% url %}` tags on every page."""

from unittest import mock

import pytest
from django.urls import reverse, set_script_prefix

from spiegel import context_processors

pytestmark = pytest.mark.django_db


def test_signed_in_header_links_point_where_the_url_names_do(world, login):
    client = login(world.users["coordinator"])
    html = client.get("/").content.decode()
    for naam in ("spiegel:home", "spiegel:inbox", "two_factor:profile", "spiegel:privacy"):
        assert f'href="{reverse(naam)}"' in html, naam
    assert f'action="{reverse("logout")}"' in html
    assert f'action="{reverse("set_language")}"' in html


def test_anonymous_header_links_point_where_the_url_names_do(client):
    html = client.get(reverse("spiegel:over")).content.decode()
    for naam in ("spiegel:over", "spiegel:aanvraag_nieuw", "two_factor:login"):
        assert f'href="{reverse(naam)}"' in html, naam


def test_links_are_reversed_once_per_script_prefix():
    context_processors._links.cache_clear()
    with mock.patch.object(context_processors, "reverse", wraps=reverse) as rev:
        eerst = context_processors.nav_links()
        assert context_processors.nav_links() is eerst
        aantal = rev.call_count
        assert aantal == len(context_processors._LINKS)
        try:
            set_script_prefix("/onder/")
            onder = context_processors.nav_links()
        finally:
            set_script_prefix("/")
    assert onder["home"] == "/onder/" and eerst["home"] == "/"
    assert rev.call_count == 2 * aantal
