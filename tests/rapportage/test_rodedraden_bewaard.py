"""The rode draden kept between requests (`rapportage.rodedraden.bewaard`): reused while
nothing they rest on changed, recomputed on the next request after any change, whichever
way the change is written (the version is moved on by triggers in PostgreSQL)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from gesprekken.models import Waarneming
from rapportage.rodedraden import bewaard
from rapportage.rodedraden.models import Organisatieprofiel, Thema
from spiegel.constants import Rol, Status
from spiegel.models import Aanvraag, Bouwsteen
from tests.factories import UserFactory
from tests.factories.rapportage import WaarnemingFactory
from tests.rapportage.rodedraden_data import A, K, bouwstenen, spiegel

pytestmark = pytest.mark.django_db
URL = reverse("rodedraden:overzicht")


@pytest.fixture
def teamlid():
    return UserFactory(rol=Rol.TEAMLID)


def vier(b1):
    return [spiegel(waarnemingen=[(b1, K, f"Kracht {i}.")]) for i in range(4)]


def queries(client, **params):
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(URL, params).content.decode()
    return len(ctx.captured_queries), html


def test_a_second_request_reuses_the_figures_in_fewer_queries(client, login, teamlid):
    b1, *_ = bouwstenen()
    vier(b1)
    login(teamlid)
    eerst, html1 = queries(client)
    daarna, html2 = queries(client)
    assert "4 waarnemingen in 4 Spiegels" in html2
    assert html1.count("rd-cel") == html2.count("rd-cel")
    # the profile table, the bouwstenen, the counts and the two theme queries are not read
    assert daarna <= eerst - 5, (eerst, daarna)


def test_a_new_observation_shows_on_the_next_request(client, login, teamlid):
    b1, *_ = bouwstenen()
    spiegels = vier(b1)
    login(teamlid)
    assert "4 waarnemingen in 4 Spiegels" in queries(client)[1]
    w = WaarnemingFactory(spiegel=spiegels[0], soort=K, tekst="Nog een kracht.")
    w.bouwstenen.add(b1)
    assert "5 waarnemingen in 4 Spiegels" in queries(client)[1]


def test_a_spiegel_reaching_the_schets_shows_on_the_next_request(client, login, teamlid):
    b1, *_ = bouwstenen()
    vier(b1)
    later = spiegel(status=Status.VELDWERK, waarnemingen=[(b1, K, "Nog in het veldwerk.")])
    login(teamlid)
    assert "Op basis van 4 Spiegels." in queries(client)[1]
    Aanvraag.objects.filter(pk=later.aanvraag_id).update(status=Status.SCHETS)
    assert "Op basis van 5 Spiegels." in queries(client)[1]


def test_a_changed_size_or_a_new_theme_shows_on_the_next_request(client, login, teamlid):
    b1, *_ = bouwstenen()
    spiegels = vier(b1)
    login(teamlid)
    assert "Op basis van 4 Spiegels." in queries(client, grootteklasse="middel")[1]
    Organisatieprofiel.objects.filter(organisatie=spiegels[0].organisatie).update(inwoners=10)
    # one Spiegel left the class: 3 remain, but it now splits a block, so nothing is shown
    assert "Op basis van 4 Spiegels." not in queries(client, grootteklasse="middel")[1]
    thema = Thema.objects.create(naam="Wijkkennis", bouwsteen=b1)
    thema.waarnemingen.add(*Waarneming.objects.filter(spiegel__in=spiegels))
    assert "Wijkkennis" in queries(client)[1]


def test_figures_are_kept_per_language(client, login, teamlid):
    b1, *_ = bouwstenen()
    vier(b1)
    spiegel(waarnemingen=[(b1, A, "Een aandachtspunt.")])
    login(teamlid)
    assert "minder dan 3" in queries(client)[1]
    with translation.override("en"):
        data = bewaard.overzicht({}, bewaard.versie())
    assert data["minder_dan"] == "fewer than 3"


def test_a_renamed_bouwsteen_shows_on_the_next_request(client, login, teamlid):
    b1, *_ = bouwstenen()
    vier(b1)
    login(teamlid)
    assert b1.naam in queries(client)[1]
    Bouwsteen.objects.filter(pk=b1.pk).update(naam="Klantcontact herdoopt")
    assert "Klantcontact herdoopt" in queries(client)[1]


def test_kept_figures_expire_even_when_the_version_stands_still(client, login, teamlid):
    """A write that committed between reading the version and the figures is shown at the
    latest after `BEWAARTIJD`: here the expiry is made immediate."""
    b1, *_ = bouwstenen()
    vier(b1)
    login(teamlid)
    assert "4 waarnemingen in 4 Spiegels" in queries(client)[1]
    versie = bewaard.versie()
    w = WaarnemingFactory(spiegel=Waarneming.objects.first().spiegel, soort=K, tekst="Extra.")
    w.bouwstenen.add(b1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bewaard, "versie", lambda: versie)  # as if the write came in between
        assert "4 waarnemingen in 4 Spiegels" in queries(client)[1]  # kept
        mp.setattr(bewaard, "BEWAARTIJD", -1.0)
        assert "5 waarnemingen in 4 Spiegels" in queries(client)[1]  # expired
