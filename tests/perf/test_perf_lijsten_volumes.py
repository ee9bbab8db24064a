"""The observation and quote lists and search at two volumes: the same number of queries
(at most 12) with a handful of rows and with several pages of them, filtered or not; rows
fetched in one query still show their own names, each once; search results link their own
source."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from gesprekken import services
from gesprekken.constants import Toestemming, WaarnemingSoort, Weergave
from gesprekken.models import Citaat, Document, Waarneming
from gesprekken.views.lijsten import PER_PAGINA
from spiegel.models import Bouwsteen, Kernvraag

pytestmark = pytest.mark.django_db

PLAFOND = 12


def _vastleggen(spiegel, gesprek, van, tot):
    """Observations and quotes `van`..`tot`: odd ones from `gesprek`, with one to three
    bouwstenen and one or two kernvragen, all mentioning the wijkteam."""
    bouwstenen = list(Bouwsteen.objects.order_by("pk")[:3])
    kernvragen = list(Kernvraag.objects.filter(spiegel=spiegel).order_by("pk")[:2])
    for i in range(van, tot):
        services.waarneming_vastleggen(
            spiegel=spiegel,
            gesprek=gesprek if i % 2 else None,
            tekst=f"Rij {i}: het wijkteam helpt",
            soort=WaarnemingSoort.values[i % 3],
            bouwstenen=bouwstenen[: 1 + i % 3],
            kernvragen=kernvragen[: 1 + i % 2],
            door=None,
        )
        services.citaat_vastleggen(
            spiegel=spiegel,
            gesprek=gesprek if i % 2 else None,
            tekst=f"Citaat {i} over het wijkteam",
            rol="een consulent",
            toestemming=Toestemming.GEGEVEN,
            weergave=Weergave.ANONIEM,
            bouwstenen=bouwstenen[: i % 3],
            door=None,
        )


def _kernvraag(spiegel):
    k = Kernvraag.objects.filter(spiegel=spiegel).order_by("pk").first()
    return k or Kernvraag.objects.create(spiegel=spiegel, tekst="Wat werkt?")


# (URL name, query; B/K/G stand for the first bouwsteen, kernvraag and the session)
LIJSTEN = [
    ("gesprekken:waarnemingen", {}),
    ("gesprekken:waarnemingen", {"soort": "aandachtspunt", "bouwsteen": "B", "kernvraag": "K"}),
    ("gesprekken:waarnemingen", {"bouwsteen": "B", "gesprek": "G", "pagina": "2"}),
    ("gesprekken:citaten", {}),
    ("gesprekken:citaten", {"bouwsteen": "B", "gesprek": "G"}),
    ("gesprekken:zoeken", {"q": "wijkteam"}),
]


@pytest.mark.parametrize("naam,query", LIJSTEN)
def test_list_queries_are_equal_and_at_most_12_at_two_volumes(
    world, login, django_assert_num_queries, naam, query
):
    spiegel, gesprek = world.spiegel_a, world.extra["gesprek_a"]
    kernvraag = _kernvraag(spiegel)
    if Kernvraag.objects.filter(spiegel=spiegel).count() < 2:
        Kernvraag.objects.create(spiegel=spiegel, tekst="Wat schuurt?", volgorde=9)
    vervang = {"B": Bouwsteen.objects.order_by("pk").first().pk, "K": kernvraag.pk}
    vervang["G"] = gesprek.pk
    data = {k: vervang.get(v, v) for k, v in query.items()}
    client = login(world.users["teamlid"])
    url = reverse(naam, args=[spiegel.pk])

    _vastleggen(spiegel, gesprek, 0, 4)
    client.get(url, data)  # the first visit may create per-Spiegel defaults
    with CaptureQueriesContext(connection) as klein:
        r = client.get(url, data)
    assert r.status_code == 200
    # A list page is one query (rows with a window count); a page past the end (page 2 of
    # the few rows) is one more: the last page, fetched after the empty one.
    voorbij = "pagina" in r.context and r.context["pagina"].number != int(data.get("pagina", 1))

    _vastleggen(spiegel, gesprek, 4, 4 + 3 * PER_PAGINA)
    with django_assert_num_queries(len(klein) - voorbij):
        r = client.get(url, data)
    assert r.status_code == 200
    assert len(klein) <= PLAFOND
    if naam == "gesprekken:zoeken":
        assert len(r.context["resultaten"]) > PER_PAGINA
    else:
        # The larger volume really fills more than one page (filtered: with matches only).
        pagina = r.context["pagina"]
        assert pagina.paginator.num_pages > 1
        assert pagina.number == int(data.get("pagina", 1))
        assert len(pagina.object_list) == PER_PAGINA or pagina.number == 2


def test_filtered_rows_appear_once_each_with_their_own_names(world, login):
    """Filtering on a bouwsteen and a kernvraag matches each observation once, however
    many of both it has; each row shows its own bouwstenen and kernvragen, escaped."""
    spiegel = world.spiegel_a
    b1, b2, b3 = Bouwsteen.objects.order_by("pk")[:3]
    k1 = Kernvraag.objects.create(spiegel=spiegel, tekst="Werkt <het> & voor wie?", volgorde=1)
    k2 = Kernvraag.objects.create(spiegel=spiegel, tekst="Wat schuurt?", volgorde=2)
    veel = services.waarneming_vastleggen(
        spiegel=spiegel,
        gesprek=None,
        tekst="Veel bouwstenen",
        soort=WaarnemingSoort.KRACHT,
        bouwstenen=[b3, b1, b2],
        kernvragen=[k2, k1],
        door=None,
    )
    een = services.waarneming_vastleggen(
        spiegel=spiegel,
        gesprek=None,
        tekst="Een bouwsteen",
        soort=WaarnemingSoort.KRACHT,
        bouwstenen=[b2],
        kernvragen=[k2],
        door=None,
    )
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:waarnemingen", args=[spiegel.pk])

    r = client.get(url, {"bouwsteen": b1.pk, "kernvraag": k1.pk})
    assert [w["pk"] for w in r.context["pagina"]] == [veel.pk]
    assert r.context["pagina"].paginator.count == 1
    html = r.content.decode()
    namen = ", ".join(b.naam for b in Waarneming.objects.get(pk=veel.pk).bouwstenen.all())
    assert f"<td>{namen}</td>" in html
    assert "<td>Werkt &lt;het&gt; &amp; voor wie?<br>Wat schuurt?</td>" in html
    # The chosen filters stay selected.
    assert f'<option value="{b1.pk}" selected>' in html
    assert f'<option value="{k1.pk}" selected>' in html

    html = client.get(url, {"bouwsteen": b2.pk}).content.decode()
    assert html.count("<td>Veel bouwstenen</td>") == 1
    assert html.count("<td>Een bouwsteen</td>") == 1
    assert f"<td>{b2.naam}</td>\n    <td>Wat schuurt?</td>" in html
    # The world's observation has no kernvraag: a dash, not an empty cell.
    html = client.get(url).content.decode()
    assert '<td><span class="muted">–</span></td>' in html
    assert een.pk in [w["pk"] for w in client.get(url).context["pagina"]]


def test_quote_rows_show_their_own_bouwstenen_or_a_dash(world, login):
    spiegel = world.spiegel_a
    b1, b2 = Bouwsteen.objects.order_by("pk")[:2]
    services.citaat_vastleggen(
        spiegel=spiegel,
        gesprek=None,
        tekst="Met twee",
        rol="een consulent",
        toestemming=Toestemming.GEGEVEN,
        weergave=Weergave.ANONIEM,
        bouwstenen=[b2, b1],
        door=None,
    )
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:citaten", args=[spiegel.pk])
    html = client.get(url).content.decode()
    namen = ", ".join(b.naam for b in Bouwsteen.objects.filter(pk__in=[b1.pk, b2.pk]))
    assert f"<td>{namen}</td>" in html
    # The world's quote has none.
    assert Citaat.objects.filter(spiegel=spiegel, bouwstenen=None).exists()
    assert '<td><span class="muted">–</span></td>' in html
    html = client.get(url, {"bouwsteen": b1.pk}).content.decode()
    assert "Met twee" in html and "We lossen het samen op." not in html


def test_search_results_link_their_own_session_or_document(world, login):
    spiegel, gesprek = world.spiegel_a, world.extra["gesprek_a"]
    services.citaat_vastleggen(
        spiegel=spiegel,
        gesprek=None,
        tekst="Het wijkteam belt terug.",
        rol="een consulent",
        toestemming=Toestemming.GEGEVEN,
        weergave=Weergave.ANONIEM,
        bouwstenen=[],
        door=None,
    )
    services.citaat_vastleggen(
        spiegel=spiegel,
        gesprek=gesprek,
        tekst="Met het wijkteam gaat het goed.",
        rol="een teamleider",
        toestemming=Toestemming.GEGEVEN,
        weergave=Weergave.ANONIEM,
        bouwstenen=[],
        door=None,
    )
    client = login(world.users["teamlid"])
    url = reverse("gesprekken:zoeken", args=[spiegel.pk])
    html = client.get(url, {"q": "wijkteam"}).content.decode()
    bron = f'<a href="{reverse("gesprekken:aantekeningen", args=[gesprek.pk])}">'
    bron += f"{escape(gesprek.titel)}</a>"
    # The world's observation ("Korte lijnen met het wijkteam.") comes from the session.
    assert f'<span class="badge badge-kracht">Waarneming</span> {bron}' in html
    assert f'<span class="badge">Citaat</span> een teamleider · {bron}' in html
    # A quote without a session: its speaker's role, no link.
    assert '<span class="badge">Citaat</span> een consulent\n' in html

    document = Document.objects.get(aanvraag=world.aanvraag_a, titel="Beleidsnota werk")
    html = client.get(url, {"q": "beleidsnota"}).content.decode()
    link = reverse("gesprekken:document_download", args=[document.pk])
    assert f'<span class="badge">Document</span> <a href="{link}">{document.titel}</a>' in html
