"""Search uses PostgreSQL's Dutch configuration within one Spiegel; list pages use a fixed
number of queries whatever the number of rows."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from gesprekken import selectors, services
from gesprekken.constants import GesprekSoort, Toestemming, WaarnemingSoort, Weergave
from spiegel.models import Bouwsteen

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def lege_aantekeningen(world):
    """The world's session starts from the interview guide, whose questions would match
    many searches: start these tests from empty notes."""
    from gesprekken.models import Aantekening

    Aantekening.objects.update(tekst="")


def spiegel_van(resultaat) -> int:
    """The Spiegel of the note, observation, quote or document a search result shows."""
    from gesprekken.models import Aantekening, Citaat, Document, Waarneming

    pk, soort = resultaat["pk"], resultaat["soort"]
    if soort == "aantekening":
        return Aantekening.objects.get(pk=pk).gesprek.spiegel_id
    if soort == "document":
        return Document.objects.get(pk=pk).aanvraag.spiegel.pk
    return {"waarneming": Waarneming, "citaat": Citaat}[soort].objects.get(pk=pk).spiegel_id


def gesprek(spiegel, titel="Groepsgesprek klantmanagers", soort=GesprekSoort.GROEPSGESPREK):
    return services.gesprek_opslaan(
        spiegel=spiegel,
        gegevens={
            "soort": soort,
            "titel": titel,
            "begin": timezone.now() + timedelta(days=1),
            "einde": None,
            "plaats": "",
        },
        teamleden=[],
        deelnemers=[{"rol": "Klantmanager"}, {"rol": "Teamleider", "naam": "Anna"}],
    )


def vul(spiegel, n, door=None):
    bouwstenen = list(Bouwsteen.objects.all()[:3])
    kernvragen = list(spiegel.kernvragen.all())
    for i in range(n):
        g = gesprek(spiegel, titel=f"Gesprek {i}")
        services.waarneming_vastleggen(
            spiegel=spiegel,
            gesprek=g,
            tekst=f"Waarneming {i} over samenwerking",
            soort=WaarnemingSoort.values[i % 3],
            bouwstenen=bouwstenen[: 1 + i % 3],
            kernvragen=kernvragen[:1],
            door=door,
        )
        services.citaat_vastleggen(
            spiegel=spiegel,
            gesprek=g,
            tekst=f"Citaat {i}",
            rol="een consulent",
            toestemming=Toestemming.GEGEVEN,
            weergave=Weergave.ANONIEM,
            bouwstenen=bouwstenen[:2],
            door=door,
        )


def test_gesprekken_finds_gesprek_with_highlight(world, login):
    g = world.extra["gesprek_a"]
    services.aantekening_opslaan(
        gesprek=g,
        tekst="Het gesprek met de teamleider ging over regels.",
        basis_versie=0,
        door=world.users["teamlid"],
    )
    resultaten = selectors.zoeken(world.spiegel_a, "gesprekken")
    assert [r["soort"] for r in resultaten] == ["aantekening"]
    assert "<mark>gesprek</mark>" in resultaten[0]["fragment"]


def test_untouched_template_notes_are_not_search_results(world):
    g = gesprek(world.spiegel_a, titel="Nog te voeren")
    from gesprekken.models import Aantekening

    assert "wat helpt" in Aantekening.objects.get(gesprek=g).tekst.lower()
    assert not [
        r for r in selectors.zoeken(world.spiegel_a, "helpt") if r["soort"] == "aantekening"
    ]


def test_search_covers_observations_quotes_and_document_titles(world):
    services.citaat_vastleggen(
        spiegel=world.spiegel_a,
        gesprek=None,
        tekst="We werken samen met de wijkteams.",
        rol="een teamleider",
        toestemming=Toestemming.GEVRAAGD,
        weergave=Weergave.ANONIEM,
        bouwstenen=[],
        door=None,
    )
    # "wijkteam" matches the observation of the world ("wijkteam") and the quote ("wijkteams").
    soorten = sorted(r["soort"] for r in selectors.zoeken(world.spiegel_a, "wijkteam"))
    assert soorten == ["citaat", "waarneming"]
    assert [r["soort"] for r in selectors.zoeken(world.spiegel_a, "beleidsnota")] == ["document"]


def test_search_never_shows_anything_of_another_spiegel(world, login):
    from gesprekken.models import Aantekening

    # Notes, an observation and a document title in Spiegel B that would all match.
    gesprek_b = gesprek(world.spiegel_b, titel="Gesprek bij Beta")
    Aantekening.objects.filter(gesprek=gesprek_b).update(
        tekst="Beta: het wijkteam is top", versie=3
    )
    services.waarneming_vastleggen(
        spiegel=world.spiegel_b,
        gesprek=None,
        tekst="Geheim van Beta: het wijkteam van Beta",
        soort=WaarnemingSoort.KRACHT,
        bouwstenen=Bouwsteen.objects.all()[:1],
        kernvragen=[],
        door=None,
    )
    resultaten = selectors.zoeken(world.spiegel_a, "wijkteam")
    assert resultaten
    assert all("Beta" not in r["fragment"] for r in resultaten)
    assert all(spiegel_van(r) == world.spiegel_a.pk for r in resultaten)
    html = login(world.users["teamlid"]).get(
        reverse("gesprekken:zoeken", args=[world.spiegel_a.pk]), {"q": "Beta wijkteam"}
    )
    assert "Geheim van Beta" not in html.content.decode()
    # And the other team cannot search Spiegel A at all.
    from django.test import Client

    ander = login(world.users["teamlid_ander"], Client())
    assert (
        ander.get(reverse("gesprekken:zoeken", args=[world.spiegel_a.pk]), {"q": "x"}).status_code
        == 404
    )


def test_search_snippets_escape_what_users_typed(world):
    services.waarneming_vastleggen(
        spiegel=world.spiegel_a,
        gesprek=None,
        tekst='Regels <script>alert("x")</script> bij de gemeente: kosten & "baten"',
        soort=WaarnemingSoort.DILEMMA,
        bouwstenen=Bouwsteen.objects.all()[:1],
        kernvragen=[],
        door=None,
    )
    fragment = selectors.zoeken(world.spiegel_a, "regels")[0]["fragment"]
    assert "<script" not in fragment
    assert "kosten &amp; &quot;baten" in fragment
    assert "<mark>Regels</mark>" in fragment
    # The only markup in a snippet is our own highlighting.
    import re

    assert set(re.findall(r"<[^>]*>", fragment)) == {"<mark>", "</mark>"}


def test_search_uses_the_gin_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE %s", ["%_fts"]
        )
        indexes = dict(cursor.fetchall())
    assert set(indexes) == {
        "aantekening_tekst_fts",
        "waarneming_tekst_fts",
        "citaat_tekst_fts",
        "document_titel_fts",
    }
    assert all("gin" in d.lower() for d in indexes.values())
    assert "'dutch'" in indexes["document_titel_fts"]
    # Notes, observations and quotes: the index is on a stored Dutch vector (issue 8).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, generation_expression FROM information_schema.columns "
            "WHERE column_name = 'zoekvector'"
        )
        vectoren = dict(cursor.fetchall())
    assert set(vectoren) == {
        "gesprekken_aantekening",
        "gesprekken_waarneming",
        "gesprekken_citaat",
    }
    assert all("'dutch'" in e for e in vectoren.values())
    for tabel in vectoren:
        naam = tabel.removeprefix("gesprekken_") + "_tekst_fts"
        assert "(zoekvector)" in indexes[naam]


def queries_for(client, url, data=None) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "naam,data",
    [
        ("gesprekken:spiegel", None),
        ("gesprekken:planning", None),
        ("gesprekken:waarnemingen", None),
        ("gesprekken:waarnemingen", {"soort": "kracht"}),
        ("gesprekken:citaten", None),
        ("gesprekken:zoeken", {"q": "samenwerking"}),
        ("gesprekken:overzicht", None),
        ("gesprekken:export_csv", None),
        ("gesprekken:export_xlsx", None),
    ],
)
def test_list_pages_use_the_same_number_of_queries_for_few_and_many_rows(world, login, naam, data):
    client = login(world.users["teamlid"])
    url = reverse(naam, args=[world.spiegel_a.pk])
    vul(world.spiegel_a, 2)
    weinig = queries_for(client, url, data)
    vul(world.spiegel_a, 25)
    veel = queries_for(client, url, data)
    assert veel == weinig
    assert weinig <= 20


def test_filters_narrow_the_observations(world, login):
    vul(world.spiegel_a, 6)
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:waarnemingen", args=[world.spiegel_a.pk])
    bouwsteen = Bouwsteen.objects.all()[2]
    html = client.get(url, {"bouwsteen": bouwsteen.pk, "soort": "dilemma"}).content.decode()
    # Rows 2 and 5 are dilemma's with three bouwstenen (the third included).
    assert "Waarneming 2 over" in html and "Waarneming 5 over" in html
    assert "Waarneming 1 over" not in html and "Waarneming 0 over" not in html
    kernvraag = world.spiegel_a.kernvragen.first()
    html = client.get(url, {"kernvraag": kernvraag.pk}).content.decode()
    assert "Waarneming 3 over" in html
    assert "Korte lijnen met het wijkteam." not in html  # the world's has no kernvraag


def test_an_invalid_filter_is_not_an_error(world, login):
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:waarnemingen", args=[world.spiegel_a.pk])
    response = client.get(url, {"bouwsteen": "abc", "gesprek": "999999"})
    assert response.status_code == 200


def test_notes_page_queries_do_not_grow_with_captures_and_versions(world, login):
    g = world.extra["gesprek_a"]
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:aantekeningen", args=[g.pk])

    def vastleggen(n):
        for i in range(n):
            services.waarneming_vastleggen(
                spiegel=world.spiegel_a,
                gesprek=g,
                tekst=f"W{i}",
                soort=WaarnemingSoort.KRACHT,
                bouwstenen=Bouwsteen.objects.all()[:2],
                kernvragen=[],
                door=None,
            )
            services.citaat_vastleggen(
                spiegel=world.spiegel_a,
                gesprek=g,
                tekst=f"C{i}",
                rol="een teamleider",
                toestemming=Toestemming.GEVRAAGD,
                weergave=Weergave.ANONIEM,
                bouwstenen=[],
                door=None,
            )
            aantekening = g.aantekening
            aantekening.refresh_from_db()
            services.aantekening_opslaan(
                gesprek=g,
                tekst=f"Versie {i} {aantekening.versie}",
                basis_versie=aantekening.versie,
                door=None,
            )

    vastleggen(2)
    weinig = queries_for(client, url)
    vastleggen(25)
    assert queries_for(client, url) == weinig


def test_long_lists_are_paged_and_keep_their_filters(world, login, monkeypatch):
    from gesprekken.views import lijsten

    monkeypatch.setattr(lijsten, "PER_PAGINA", 3)
    vul(world.spiegel_a, 7)
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:waarnemingen", args=[world.spiegel_a.pk])
    html = client.get(url, {"soort": "kracht"}).content.decode()
    # Rows 0, 3 and 6 are krachten, plus the world's: four, so two pages.
    assert "4 waarnemingen" in html
    assert "Pagina 1 van 2" in html
    assert "?soort=kracht&amp;pagina=2" in html
    html = client.get(url, {"soort": "kracht", "pagina": "2"}).content.decode()
    assert "Pagina 2 van 2" in html
    assert client.get(url, {"pagina": "xyz"}).status_code == 200
