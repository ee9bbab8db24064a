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
