"""Every list page answers in a fixed number of queries, however much data there is: each
page is counted with a small volume, then with about three times as much (more Spiegels,
more sessions, observations and quotes per Spiegel), and the counts must be equal and
under a ceiling. Pages another app has not built yet are skipped by URL name."""

import pytest
from django.db import connection
from django.db.models import Case, When
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from spiegel import volumedata
from spiegel.models import Aanvraag, Spiegel, User
from tests.conftest import verify

pytestmark = pytest.mark.django_db

KLEIN = {"schaal": 0.01, "gesprekken_per_spiegel": 2}
GROOT = {"schaal": 0.03, "gesprekken_per_spiegel": 6}

# (label, URL name, role, what the URL needs, query string, ceiling)
PAGINAS = [
    ("startpagina teamlid", "spiegel:home", "teamlid", None, "", 12),
    ("startpagina coördinator", "spiegel:home", "coordinator", None, "", 12),
    ("startpagina contactpersoon", "spiegel:home", "contact", None, "", 12),
    # Every status, so the small data set has rows too (an empty page skips the list query).
    ("inbox", "spiegel:inbox", "coordinator", None, "?status=alle", 14),
    ("portaal", "spiegel:portaal", "contact", None, "", 14),
    ("portaal aanvraag", "spiegel:portaal_aanvraag", "portaalcontact", "aanvraag", "", 20),
    ("werkruimte", "gesprekken:spiegel", "teamlid", "spiegel", "", 8),
    ("rode draden", "rodedraden:overzicht", "teamlid", None, "", 20),
    ("overzicht", "gesprekken:overzicht", "teamlid", "spiegel", "", 20),
    ("waarnemingen", "gesprekken:waarnemingen", "teamlid", "spiegel", "", 12),
    (
        "waarnemingen gefilterd",
        "gesprekken:waarnemingen",
        "teamlid",
        "spiegel",
        "?soort=kracht",
        12,
    ),
    ("citaten", "gesprekken:citaten", "teamlid", "spiegel", "", 12),
    ("zoeken", "gesprekken:zoeken", "teamlid", "spiegel", "?q=klantmanager", 12),
    ("planning", "gesprekken:planning", "teamlid", "spiegel", "", 20),
    ("schets-editor", "rapportage:schets", "teamlid", "spiegel", "", 11),
    ("schetsversies", "rapportage:versies", "teamlid", "spiegel", "", 20),
]


def _genereer(settings, **kwargs):
    settings.BENCH_MODE = True
    volumedata.wissen()
    volumedata.genereren(seed=3, **kwargs)


def _identiteiten():
    domein = "@" + volumedata.GEN_DOMEIN
    teamlid = User.objects.get(email="teamlid01" + domein)
    contact = User.objects.get(email="contact0001" + domein)
    # Prefer a finished request (released reports in the portal), else one in wederhoor: the
    # same choice at both volumes, so the same panels are measured each time.
    aanvraag = (
        Aanvraag.objects.filter(contactpersoon__isnull=False)
        .order_by(
            Case(When(status="afgerond", then=0), When(status="wederhoor", then=1), default=2),
            "pk",
        )
        .first()
    )
    return {
        "teamlid": teamlid,
        "coordinator": User.objects.get(email="coordinator01" + domein),
        "contact": contact,
        "spiegel": Spiegel.objects.filter(team=teamlid).order_by("pk").first(),
        # The same status in both data sets (the panels differ by status, not by volume):
        # a request in wederhoor, the richest portal page, and its contact.
        "aanvraag": aanvraag,
        "portaalcontact": aanvraag.contactpersoon if aanvraag else contact,
    }


def _tellen(label, naam, rol, arg, query) -> int | None:
    ids = _identiteiten()
    try:
        url = reverse(naam, args=[ids[arg].pk] if arg else [])
    except NoReverseMatch:
        return None
    client = verify(Client(raise_request_exception=True), ids[rol])
    client.get(url + query)  # first visit may create per-Spiegel defaults
    with CaptureQueriesContext(connection) as q:
        response = client.get(url + query)
    assert response.status_code == 200, f"{label}: {response.status_code}"
    return len(q)


def test_list_pages_do_not_issue_more_queries_with_more_data(settings):
    _genereer(settings, **KLEIN)
    klein = {p[0]: _tellen(*p[:5]) for p in PAGINAS}
    _genereer(settings, **GROOT)
    groot = {p[0]: _tellen(*p[:5]) for p in PAGINAS}
    gemeten = [p for p in PAGINAS if klein[p[0]] is not None]
    assert len(gemeten) >= 3, "the home pages at least must be measured"
    for label, *_rest, plafond in gemeten:
        assert groot[label] == klein[label], (
            f"{label}: {klein[label]} queries with little data, {groot[label]} with more"
        )
        assert groot[label] <= plafond, f"{label}: {groot[label]} queries (ceiling {plafond})"
