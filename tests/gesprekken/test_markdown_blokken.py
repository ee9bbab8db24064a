"""`top_level_blocks` cuts a text of paragraphs only at its blank lines without parsing it:
it must give exactly the blocks markdown-it's parse gives, for any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from gesprekken.markdown import _NIET_ALLEEN_ALINEAS_RE, geparste_blokken, top_level_blocks
from rapportage import demodata

# Lines of prose and of everything that is not: lists, headings, quotes, fences, code,
# tables, breaks, setext underlines, link definitions, references, blank lines.
REGELS = [
    "Een alinea over de wijkteams.",
    "   met drie spaties ervoor.",
    "*nadruk* aan het begin.",
    "+plus zonder spatie",
    "2026 was een rustig jaar.",
    "[[waarneming:3]]",
    "Tekst [[citaat:2]] midden.",
    "- een punt",
    "1. een stap",
    "# Kop",
    "> een citaat",
    "```",
    "    ingesprongen code",
    "| a | b |",
    "---",
    "===",
    "***",
    "[label]: https://example.org",
    "",
    "   ",
    "\t",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(REGELS), max_size=12))
def test_cutting_without_parsing_gives_the_parsed_blocks(regels):
    tekst = "\n".join(regels)
    assert top_level_blocks(tekst) == geparste_blokken(tekst)


def test_the_demo_prose_is_cut_without_parsing_and_the_same():
    teksten = [s["tekst"] for secties in demodata.SCHETSEN.values() for s in secties]
    alleen_alineas = [t for t in teksten if not _NIET_ALLEEN_ALINEAS_RE.search(t)]
    assert len(alleen_alineas) >= 10  # the fast path is the common one
    for tekst in teksten:
        assert top_level_blocks(tekst) == geparste_blokken(tekst)
