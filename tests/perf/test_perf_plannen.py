"""The list queries of the inbox and the staff home can stop at their page, however many
requests and Spiegels there are: PostgreSQL's plan for each reads an index in the page's
order (no sort of every row) or looks up only the person's own Spiegels.

At ten times the reference data the inbox sorted all 1,500 open requests joined with every
organisation and user (10 ms; 55 ms for "alle"), and a team member's home scanned all 15,000
Spiegels (benchmarks/RESULTS.md, "Queries that grew with the data"). The test data is small,
so each plan is asked for with sequential scans and sorts priced out: what remains shows
whether an index can give the order, which is what the planner picks once the tables grow."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spiegel.constants import Rol, Status
from tests.factories.spiegel import AanvraagFactory, SpiegelFactory, UserFactory

pytestmark = pytest.mark.django_db


def _queries(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as q:
        assert client.get(url).status_code == 200
    return [x["sql"] for x in q.captured_queries]


def _knopen(sql: str) -> list[dict]:
    """Every node of the plan PostgreSQL would choose if sequential scans and sorts were as
    dear as they become at volume (and bitmap scans, so that each index scan names its
    table)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")  # plain index scans name the index
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)  # noqa: S608 - the page's own SQL
        plan = cursor.fetchone()[0]
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_sort")
        cursor.execute("RESET enable_bitmapscan")
    if isinstance(plan, str):
        plan = json.loads(plan)
    uit, stapel = [], [plan[0]["Plan"]]
    while stapel:
        knoop = stapel.pop()
        uit.append(knoop)
        stapel.extend(knoop.get("Plans", []))
    return uit


def _lijstquery(queries: list[str], begin: str, bevat: str) -> str:
    gevonden = [s for s in queries if s.startswith(begin) and bevat in s and "LIMIT" in s]
    assert len(gevonden) == 1, gevonden
    return gevonden[0]


def _gesorteerd(knopen) -> bool:
    return any("Sort" in k["Node Type"] for k in knopen)


def _indexen(knopen) -> set[str]:
    return {k["Index Name"] for k in knopen if "Index Name" in k}


@pytest.fixture
def aanvragen():
    for status in (Status.INGEDIEND, Status.INTAKE, Status.AFGEWEZEN, Status.INGEDIEND):
        AanvraagFactory(status=status)


@pytest.mark.parametrize(
    ("query", "index"), [("", "aanvraag_open_idx"), ("?status=alle", "aanvraag_nieuwste_idx")]
)
def test_inbox_page_is_read_in_index_order_not_sorted(login, aanvragen, query, index):
    coordinator = UserFactory(rol=Rol.COORDINATOR)
    queries = _queries(login(coordinator), reverse("spiegel:inbox") + query)
    sql = _lijstquery(
        queries, 'SELECT "spiegel_aanvraag"."id", "spiegel_aanvraag"."referentie"', ""
    )

    knopen = _knopen(sql)

    assert knopen[0]["Node Type"] == "Limit"
    assert not _gesorteerd(knopen)
    assert index in _indexen(knopen)


def test_coordinator_home_open_requests_are_read_in_index_order(login, aanvragen):
    coordinator = UserFactory(rol=Rol.COORDINATOR)
    queries = _queries(login(coordinator), reverse("spiegel:home"))
    sql = _lijstquery(queries, 'SELECT "spiegel_aanvraag"."id" AS "pk"', "ingediend_op")

    knopen = _knopen(sql)

    assert not _gesorteerd(knopen)
    assert "aanvraag_open_idx" in _indexen(knopen)


def test_team_member_home_looks_up_only_their_own_spiegels_by_id(login):
    teamlid = UserFactory(rol=Rol.TEAMLID)
    for status in (Status.VELDWERK, Status.AFGEROND, Status.SCHETS):
        SpiegelFactory(aanvraag=AanvraagFactory(status=status), team=[teamlid])
    SpiegelFactory(aanvraag=AanvraagFactory(status=Status.VELDWERK))  # someone else's
    queries = _queries(login(teamlid), reverse("spiegel:home"))
    lijsten = [s for s in queries if s.startswith('SELECT "spiegel_spiegel"."id" AS "pk"')]
    assert len(lijsten) == 2  # "Mijn Spiegels" and the page of all

    for sql in lijsten:
        knopen = _knopen(sql)
        spiegel = [k for k in knopen if k.get("Relation Name") == "spiegel_spiegel"]
        team = [k for k in knopen if k.get("Relation Name") == "spiegel_spiegel_team"]
        # The team table is read once, up front, for the ids (an InitPlan), and the
        # Spiegels are those ids: not every Spiegel joined with the team table and filtered.
        assert team and all(k["Parent Relationship"] == "InitPlan" for k in team)
        assert len(spiegel) == 1
        voorwaarde = spiegel[0].get("Index Cond", "") + spiegel[0].get("Filter", "")
        assert "spiegel_spiegel.id = ANY" in voorwaarde or "(id = ANY" in voorwaarde


def test_open_requests_submitted_at_the_same_time_are_in_the_same_order_on_home_and_inbox(
    login,
):
    """The index gives (time, pk) order; the home used to order by time alone, which left
    requests of the same minute to the sort (at 10x the home's 20th row differed)."""
    from django.utils import timezone

    from spiegel.models import Aanvraag

    coordinator = UserFactory(rol=Rol.COORDINATOR)
    paar = [AanvraagFactory(status=Status.INGEDIEND) for _ in range(3)]
    Aanvraag.objects.filter(pk__in=[a.pk for a in paar]).update(ingediend_op=timezone.now())
    client = login(coordinator)
    verwacht = [a.referentie for a in sorted(paar, key=lambda a: a.pk, reverse=True)]

    home = client.get(reverse("spiegel:home")).content.decode()
    inbox = client.get(reverse("spiegel:inbox")).content.decode()

    for html in (home, inbox):
        posities = [html.index(ref) for ref in verwacht]
        assert posities == sorted(posities)
