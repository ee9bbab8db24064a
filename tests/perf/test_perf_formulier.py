"""The request form no longer lists every organisation: the page stays the same size and
query count however many there are, and a small endpoint suggests at most ten active
organisations while the visitor types (htmx), rate-limited per address. A typed name that
is not in any list still goes through, as before."""

import re
import secrets

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spiegel.constants import OrganisatieSoort
from tests.factories.spiegel import OrganisatieFactory

pytestmark = pytest.mark.django_db

SUGGESTIES = "spiegel:organisatie_suggesties"


def _namen(html: str) -> list[str]:
    return re.findall(r'role="option"[^>]*data-waarde="([^"]*)"', html)


def test_form_size_and_queries_do_not_grow_with_the_organisations(client):
    url = reverse("spiegel:aanvraag_nieuw")
    client.get(url)
    with CaptureQueriesContext(connection) as weinig:
        klein = client.get(url).content.decode()
    nieuw = [OrganisatieFactory(naam=f"Gemeente Qwyxdorp {i}") for i in range(60)]
    with CaptureQueriesContext(connection) as veel:
        groot = client.get(url).content.decode()
    assert len(veel) == len(weinig) <= 3
    assert "<datalist" not in groot
    assert not any(o.naam in groot for o in nieuw)
    # Only the token and the CSRF token differ.
    assert abs(len(groot) - len(klein)) < 100


def test_form_field_is_a_combobox_wired_to_the_suggestions(client):
    html = client.get(reverse("spiegel:aanvraag_nieuw")).content.decode()
    veld = html[html.index('name="organisatie_naam"') :]
    veld = veld[: veld.index(">")]
    assert 'role="combobox"' in veld
    assert 'aria-controls="organisatie-suggesties"' in veld
    assert 'aria-expanded="false"' in veld
    assert f'hx-get="{reverse(SUGGESTIES)}"' in html
    assert 'id="organisatie-suggesties"' in html
    assert "js/organisatie_suggesties.js" in html


@pytest.mark.parametrize("htmx", [False, True])
def test_suggestions_are_active_matches_prefix_first_at_most_ten(client, htmx):
    OrganisatieFactory(naam="Gemeente Qwyxvoort")
    OrganisatieFactory(naam="Werkbedrijf Rond Qwyxvoort", soort=OrganisatieSoort.WERKBEDRIJF)
    OrganisatieFactory(naam="Gemeente Qwyxvoorde", actief=False)
    for i in range(12):
        OrganisatieFactory(naam=f"Gemeente Qwyxberg {i:02d}")
    headers = {"HX-Request": "true"} if htmx else {}
    r = client.get(reverse(SUGGESTIES), {"organisatie_naam": "qwyxv"}, headers=headers)
    assert r.status_code == 200
    assert _namen(r.content.decode()) == ["Gemeente Qwyxvoort", "Werkbedrijf Rond Qwyxvoort"]
    veel = _namen(client.get(reverse(SUGGESTIES), {"organisatie_naam": " Qwyx "}).content.decode())
    assert len(veel) == 10
    assert "Gemeente Qwyxvoorde" not in veel


def test_suggestions_find_bare_municipality_names_after_the_word_gemeente(client):
    OrganisatieFactory(naam="Qwyxkerk")
    OrganisatieFactory(naam="Regio Rond Qwyxkerk", soort=OrganisatieSoort.REGIO)
    html = client.get(reverse(SUGGESTIES), {"organisatie_naam": "gemeente qwyxk"}).content
    assert _namen(html.decode()) == ["Qwyxkerk", "Regio Rond Qwyxkerk"]


def test_suggestions_escape_names_and_ask_for_two_letters(client):
    OrganisatieFactory(naam="Gemeente <Zuid> & Co")
    html = client.get(reverse(SUGGESTIES), {"organisatie_naam": "<zuid"}).content.decode()
    assert 'data-waarde="Gemeente &lt;Zuid&gt; &amp; Co"' in html
    assert "<Zuid>" not in html
    kort = client.get(reverse(SUGGESTIES), {"organisatie_naam": "G"}).content.decode()
    assert _namen(kort) == []
    assert "hidden" in kort[: kort.index(">")]


def test_suggestions_take_one_query(client, django_assert_num_queries):
    OrganisatieFactory.create_batch(30)
    client.get(reverse(SUGGESTIES), {"organisatie_naam": "ge"})
    with django_assert_num_queries(1):
        client.get(reverse(SUGGESTIES), {"organisatie_naam": "gem"})


def _adres() -> str:
    # The counters live in Redis beyond the test's transaction: a fresh address per run.
    return "10." + ".".join(str(secrets.randbelow(250) + 1) for _ in range(3))


def test_suggestions_are_rate_limited_per_address_in_dutch(client, settings):
    settings.ORGANISATIE_SUGGESTIES_LIMIET = "3/m"
    OrganisatieFactory(naam="Gemeente Qwyxland")
    url, adres = reverse(SUGGESTIES), _adres()
    for _ in range(3):
        assert client.get(url, {"organisatie_naam": "qwyxl"}, REMOTE_ADDR=adres).status_code == 200
    r = client.get(url, {"organisatie_naam": "qwyxl"}, REMOTE_ADDR=adres)
    assert r.status_code == 429
    assert "typ de naam van uw organisatie gewoon verder" in r.content.decode()
    # Another address is not affected.
    assert client.get(url, {"organisatie_naam": "qwyxl"}, REMOTE_ADDR=_adres()).status_code == 200


def test_suggestions_still_come_with_redis_down(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {**settings.CACHES["ratelimit"], "LOCATION": "redis://127.0.0.1:9/0"},
    }
    OrganisatieFactory(naam="Gemeente Qwyxland")
    r = client.get(reverse(SUGGESTIES), {"organisatie_naam": "qwyxl"})
    assert r.status_code == 200
    assert _namen(r.content.decode()) == ["Gemeente Qwyxland"]


def test_suggestions_answer_only_get(client):
    assert client.post(reverse(SUGGESTIES), {"organisatie_naam": "qwyxl"}).status_code == 405


def test_fast_renderer_writes_the_same_html_as_django_templates():
    """Every field of the form, empty and bound with characters that need escaping, a value
    that starts with a newline and ticked choices: the same HTML as Django's templates."""
    from django.forms.renderers import DjangoTemplates
    from django.http import QueryDict

    from spiegel.forms import AanvraagForm
    from spiegel.forms.weergave import snelle_weergave
    from spiegel.models import Bouwsteen

    data = QueryDict(mutable=True)
    data.update(
        {
            "organisatie_soort": "werkbedrijf",
            "organisatie_naam": "Gemeente \"<Zuid>\" & 'Co'",
            "context": "\nEerste regel <b>vet</b> & meer",
            "contact_email": "geen-adres",
            "privacy_akkoord": "on",
        }
    )
    data.setlist("presentatievormen", ["rapport", "presentatie"])
    data.setlist("bouwstenen", [str(Bouwsteen.objects.filter(actief=True).first().pk)])
    for gegevens in (None, data):
        snel, traag = AanvraagForm(data=gegevens), AanvraagForm(data=gegevens)
        traag.renderer = DjangoTemplates()
        assert snel.renderer is snelle_weergave
        if gegevens is not None:
            snel.is_valid(), traag.is_valid()
        for naam in snel.fields:
            if naam == "vragen":  # its inputs are written by the page's own template
                continue
            assert str(snel[naam]) == str(traag[naam]), naam
            assert [w.tag() for w in snel[naam]] == [w.tag() for w in traag[naam]], naam
    html = str(AanvraagForm(data=data)["context"])
    assert "\n\nEerste regel &lt;b&gt;vet&lt;/b&gt; &amp; meer</textarea>" in html
    assert 'type="tel"' in str(AanvraagForm()["contact_telefoon"])
