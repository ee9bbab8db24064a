"""The contact's request page in the portal: the Spiegel comes with the request (both other
apps' panels start from it), and the follow-up panel asks nothing when the Spiegel follows
up none, while still showing when it does. The contact's timeline and documents are read
without the staff who wrote them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spiegel.constants import Rol
from tests.factories import SpiegelFactory, UserFactory

pytestmark = pytest.mark.django_db


def _pagina(client, spiegel):
    url = reverse("spiegel:portaal_aanvraag", args=[spiegel.aanvraag_id])
    client.get(url)
    with CaptureQueriesContext(connection) as q:
        html = client.get(url).content.decode()
    return [x["sql"] for x in q.captured_queries], html


def test_request_page_queries_and_the_follow_up_panel(client, login):
    vorige = SpiegelFactory()
    los = SpiegelFactory(aanvraag__organisatie=vorige.organisatie)
    vervolg = SpiegelFactory(aanvraag__organisatie=vorige.organisatie, vorige=vorige)
    login(UserFactory(rol=Rol.CONTACTPERSOON, organisatie=vorige.organisatie))
    zonder, html = _pagina(client, los)
    assert "vervolg op uw eerdere Spiegel" not in html
    met, html = _pagina(client, vervolg)
    assert "vervolg op uw eerdere Spiegel" in html
    # Without an earlier Spiegel the panel costs nothing; with one, one query (and the
    # released reports of the earlier one).
    assert len(met) - len(zonder) == 2
    assert len(zonder) <= 10
    # The contact's timeline and documents do not join the users (never shown to them).
    for sql in zonder:
        if sql.startswith(('SELECT "spiegel_gebeurtenis"', 'SELECT "gesprekken_document"')):
            assert "spiegel_user" not in sql
