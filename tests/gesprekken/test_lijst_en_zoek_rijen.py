"""The observation and quote lists and search write their rows in the selectors (issue 17):
the short text is what `Truncator.chars` wrote, and search's SQL, compiled once per
process, answers each Spiegel and search term with its own rows."""

import pytest
from django.utils import translation
from django.utils.text import Truncator

from gesprekken import selectors, selectors_zoeken, services
from gesprekken.constants import Toestemming, WaarnemingSoort, Weergave
from spiegel.models import Bouwsteen

TEKSTEN = [
    "",
    "Kort",
    "x" * 39,
    "x" * 40,
    "x" * 41,
    "Het wijkteam helpt inwoners snel en zonder veel formulieren verder.",
    "Één loket voor werk, inkomen en schulden: dat werkt voor inwoners.",
    "Korte lijnen met het wijkteam, cliënten voelen zich gehoord en geholpen.",
    "Tekst van precies veertig tekens, met é!" + " en daarna nog wat meer",
    "e" * 39 + "e\u0301" + "en verder",  # a combining accent just after the cut
    "e" * 40 + "\u0301",  # forty letters and a combining accent: not cut
    "a\u0301" * 45,  # decomposed, normalised to NFC first
    '<b>niet</b> & "escaped" hier, want dat doet de template met de tekst' * 2,
]


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("tekst", TEKSTEN)
def test_short_text_is_what_truncator_chars_wrote(tekst, taal):
    with translation.override(taal):
        assert selectors._kort()(tekst) == Truncator(tekst).chars(40)


def _vastleggen(spiegel, tekst, soort=WaarnemingSoort.KRACHT):
    services.waarneming_vastleggen(
        spiegel=spiegel,
        gesprek=None,
        tekst=tekst,
        soort=soort,
        bouwstenen=Bouwsteen.objects.all()[:1],
        kernvragen=[],
        door=None,
    )


@pytest.mark.django_db
def test_search_compiled_once_answers_each_spiegel_and_term_with_its_own_rows(world):
    _vastleggen(world.spiegel_a, "Alfa: het wijkteam werkt samen met de schuldhulp")
    _vastleggen(world.spiegel_b, "Beta: het wijkteam van Beta", WaarnemingSoort.DILEMMA)
    services.citaat_vastleggen(
        spiegel=world.spiegel_b,
        gesprek=None,
        tekst="Beta's schuldhulp is traag",
        rol="een inwoner",
        toestemming=Toestemming.GEGEVEN,
        weergave=Weergave.ANONIEM,
        bouwstenen=[],
        door=None,
    )
    # B first, so that A's search runs on SQL compiled for another Spiegel and term.
    b = selectors.zoeken(world.spiegel_b, "wijkteam")
    a = selectors.zoeken(world.spiegel_a, "wijkteam")
    assert ("waarneming", "badge badge-dilemma") in [(r["soort"], r["klasse"]) for r in b]
    assert a and all("Beta" not in r["fragment"] for r in a)
    assert any("Alfa" in r["fragment"] for r in a)
    schuldhulp = selectors.zoeken(world.spiegel_b, "schuldhulp")
    assert [(r["soort"], r["rol"]) for r in schuldhulp] == [("citaat", "een inwoner")]
    assert selectors_zoeken._SQL  # the compiled SQL was kept and reused
    # What the kept SQL returns is what the ORM's own query returns.
    for spiegel, term in [(world.spiegel_a, "wijkteam"), (world.spiegel_b, "schuldhulp")]:
        orm = selectors_zoeken._zoekquery(spiegel.pk, term, 50).values_list(
            *selectors_zoeken._KOLOMMEN
        )
        assert sorted(selectors_zoeken._rijen(spiegel.pk, term, 50)) == sorted(orm)


@pytest.mark.django_db
@pytest.mark.parametrize("nummer", [None, "", "1", "2", "3", "99", "0", "-1", "x", "2.0"])
def test_list_pages_counted_in_their_own_query_are_djangos_pages(world, nummer):
    """The list pages count in the page's own query (a window count); every page number,
    good or bad, still gives the page, rows and count Django's Paginator gives."""
    from django.core.paginator import Paginator

    from gesprekken.models import Waarneming
    from gesprekken.views.lijsten import PER_PAGINA, _Paginator

    Waarneming.objects.bulk_create(
        Waarneming(spiegel=world.spiegel_a, tekst=f"Rij {i}", soort=WaarnemingSoort.KRACHT)
        for i in range(PER_PAGINA + 7)
    )
    rijen = selectors.waarnemingen_rijen(world.spiegel_a)
    ons, django = (
        _Paginator(rijen, PER_PAGINA).get_page(nummer),
        Paginator(rijen, PER_PAGINA).get_page(nummer),
    )
    assert ons.number == django.number
    assert ons.paginator.count == django.paginator.count > PER_PAGINA
    assert ons.paginator.num_pages == django.paginator.num_pages == 2
    assert [r["pk"] for r in ons] == [r["pk"] for r in django]
    assert list(ons) == list(django)


@pytest.mark.django_db
def test_an_empty_list_is_one_empty_first_page(world):
    from gesprekken.models import Waarneming
    from gesprekken.views.lijsten import _Paginator

    Waarneming.objects.filter(spiegel=world.spiegel_b).delete()
    pagina = _Paginator(selectors.waarnemingen_rijen(world.spiegel_b), 50).get_page("1")
    assert (pagina.number, pagina.paginator.count, list(pagina)) == (1, 0, [])
