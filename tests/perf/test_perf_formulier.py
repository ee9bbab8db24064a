"""The request form's list of organisations is rendered as one precomputed string: it must
still offer every active organisation (escaped) and no inactive one, in one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.spiegel import OrganisatieFactory

pytestmark = pytest.mark.django_db


def test_datalist_offers_active_organisations_escaped(client):
    OrganisatieFactory(naam="Gemeente <Zuid> & Co")
    OrganisatieFactory(naam="Gemeente Opgeheven", actief=False)
    html = client.get(reverse("spiegel:aanvraag_nieuw")).content.decode()
    lijst = html[html.index('<datalist id="organisaties">') :]
    lijst = lijst[: lijst.index("</datalist>")]
    assert '<option value="Gemeente &lt;Zuid&gt; &amp; Co"></option>' in lijst
    assert "Opgeheven" not in lijst


def test_form_queries_do_not_grow_with_the_organisations(client):
    url = reverse("spiegel:aanvraag_nieuw")
    client.get(url)
    with CaptureQueriesContext(connection) as weinig:
        client.get(url)
    OrganisatieFactory.create_batch(40)
    with CaptureQueriesContext(connection) as veel:
        r = client.get(url)
    assert len(veel) == len(weinig) <= 4
    assert r.content.decode().count("<option value=") >= 40
