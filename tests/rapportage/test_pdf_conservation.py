"""Nothing lost, in any form. For every demo schets and for schetsen drawn by Hypothesis
(lists, nested lists, tables, quotes, references mid-sentence and alone, long words):

* rapportage: every word of the definitief version appears in the PDF's text (pdftotext,
  de-hyphenated), with the text of each embedded observation and consented quote;
* presentatie: every section has its slide, the first unit of its text (a paragraph ending
  in ':' with the list after it) is there whole, and every other unit is either there whole
  or the slide says "zie rapportage, hoofdstuk N";
* gesprek: every section is named, and what of it is not on the handout is pointed to
  with "zie rapportage, hoofdstuk N";
* no orphan punctuation paragraph in the HTML of any page or form, or in any PDF's text.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gesprekken.markdown import top_level_blocks
from rapportage import markdown, pdf, pdf_controle, pdf_handout, pdf_inhoud
from rapportage.constants import Vorm
from rapportage.models import Schets
from rapportage.pdf_controle import orphan_lines, orphan_paragraphs
from tests.factories.pdf import definitieve_spiegel
from tests.rapportage.pdf_woorden import (
    PdfWords,
    markdown_words,
    resolved_source,
    section_words,
)

pytestmark = pytest.mark.django_db


def norm(text: str) -> str:
    return " ".join(text.split())


def units(tekst: str) -> list[str]:
    """Top-level blocks, a paragraph ending in ':' joined with the block after it."""
    result, colon = [], False
    for kind, source in top_level_blocks(tekst):
        if colon and result:
            result[-1] += "\n\n" + source
        else:
            result.append(source)
        colon = kind == "paragraph_open" and source.rstrip().endswith(":")
    return result


NEXT_SLIDE = ("Wat we hoorden ·", "Waarnemingen per bouwsteen", "Waar staan jullie, waar willen")


def slide_text(pages: list[str], start: int, later_titles: list[str]) -> str:
    """The slide's page and the pages its message runs on to (a very long list), up to the
    next slide."""
    text = pages[start]
    for page in pages[start + 1 :]:
        flat = norm(page)
        if any(m in flat for m in NEXT_SLIDE) or any(t in flat for t in later_titles):
            break
        text += "\n" + page
    return text


def render_all(spiegel, versie) -> dict[str, bytes]:
    out = {}
    for vorm in (Vorm.RAPPORTAGE, Vorm.PRESENTATIE):
        html, titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=vorm)
        assert not orphan_paragraphs(html), vorm
        out[vorm] = pdf.render_pdf(html, title=titel)
    out[Vorm.GESPREK] = pdf_handout.handout_pdf(spiegel=spiegel, versie=versie)
    return out


def assert_conserved(spiegel, versie, pdfs: dict[str, bytes]) -> None:
    secties = versie.secties
    # The report: every word.
    report = PdfWords.of(pdfs[Vorm.RAPPORTAGE])
    wanted = [w for raw in secties for w in section_words(raw, spiegel)]
    assert not report.missing(wanted), f"lost in the report: {report.missing(wanted)[:20]}"
    # The slides: a slide per section, its message whole.
    pages = pdf_controle.tekst_ruw(pdfs[Vorm.PRESENTATIE]).split("\f")
    for nummer, raw in enumerate(secties, start=1):
        titel = norm(raw["titel"])
        start = next((i for i, p in enumerate(pages) if titel in norm(p)), None)
        assert start is not None, f"no slide for {titel!r}"
        page = slide_text(pages, start, [norm(r["titel"]) for r in secties[nummer:]])
        words = PdfWords(page)
        verwezen = f"zie rapportage, hoofdstuk {nummer}." in norm(page)
        kern = raw.get("kernboodschap") or ""
        delen = [kern] if kern.strip() else units(raw.get("tekst") or "")
        for i, deel in enumerate(delen):
            missing = words.missing(markdown_words(resolved_source(deel, spiegel)))
            if i == 0:
                assert not missing, f"slide {titel!r} cuts its message: {missing[:10]}"
            else:
                assert not missing or verwezen, f"slide {titel!r} drops {missing[:10]} silently"
    # The handout: every section named; what is cut is pointed to.
    handout = pdf_controle.tekst_ruw(pdfs[Vorm.GESPREK])
    handout_words = PdfWords(handout)
    for nummer, raw in enumerate(secties, start=1):
        assert norm(raw["titel"]) in norm(handout), f"handout does not name {raw['titel']!r}"
        missing = handout_words.missing(section_words(raw, spiegel))
        assert not missing or f"zie rapportage, hoofdstuk {nummer}." in norm(handout), (
            f"handout cuts {raw['titel']!r} without 'zie rapportage': {missing[:10]}"
        )
    for vorm, data in pdfs.items():
        assert not orphan_lines(pdf_controle.tekst_ruw(data)), vorm


# --- every demo schets ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_renders(django_db_setup, django_db_blocker):
    """All demo schetsen (each state), their latest version rendered in the three forms."""
    from django.db import transaction

    results = []
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEMO_MODE=True):
            call_command("demodata", stdout=open("/dev/null", "w"))  # noqa: SIM115
        for schets in Schets.objects.select_related("spiegel__organisatie").order_by("pk"):
            versie = schets.versies.order_by("-nummer").first()
            if versie is None:
                continue
            spiegel = schets.spiegel
            pagina = [
                orphan_paragraphs(markdown.render(s["tekst"], spiegel=spiegel))
                for s in versie.secties
            ]
            pdfs = render_all(spiegel, versie)
            try:
                assert_conserved(spiegel, versie, pdfs)
                fout = None
            except AssertionError as exc:
                fout = str(exc)
            results.append((spiegel.organisatie.naam, pagina, fout, pdfs))
        transaction.set_rollback(True)
    return results


def test_every_demo_schets_loses_no_word_in_report_slides_or_handout(demo_renders):
    assert len(demo_renders) >= 6  # concept, review, approved, wederhoor, two definitief
    failures = {naam: fout for naam, _pagina, fout, _pdfs in demo_renders if fout}
    assert not failures


def test_no_orphan_punctuation_paragraph_on_any_demo_schets_page(demo_renders):
    """The schets page and the contact's wederhoor page render sections with
    `rapportage.markdown.render`; the PDFs' HTML and text are checked in render_all."""
    orphans = {naam: [o for p in pagina for o in p] for naam, pagina, _f, _p in demo_renders}
    assert not any(orphans.values()), orphans


def test_demo_werkwijze_slide_keeps_the_list_after_daarna_voerden_we(demo_renders):
    for naam, _pagina, _fout, pdfs in demo_renders:
        pages = pdf_controle.tekst_ruw(pdfs[Vorm.PRESENTATIE]).split("\f")
        slide = next(norm(p) for p in pages if "Werkwijze" in p)
        if "Daarna voerden we:" in slide:
            after = slide.split("Daarna voerden we:", 1)[1]
            assert "een groepsgesprek" in after or "een interview" in after, naam


# --- schetsen drawn by Hypothesis ---------------------------------------------------------

WOORDEN = [
    "gemeente",
    "klantmanager",
    "inwoners",
    "ruimte",
    "samen",
    "werkwijze",
    "vertrouwen",
    "schuldhulp",
    "wijkteam",
    "regie",
    "Zoë",
    "Ørsted",
    "Łukasiewicz",
    "Ğül",
    "Şahin",
    "coöperatie",
    "één",
    "beleid",
    "tafel",
    "vragen",
    "dienstverlening",
    "partners",
]
woord = st.sampled_from(WOORDEN)
lang_woord = st.text(alphabet="abcdefghijklmnopqrstuvwxyzëï", min_size=30, max_size=70)


@st.composite
def zin(draw, refs):
    words = draw(st.lists(st.one_of(woord, woord, woord, lang_woord), min_size=3, max_size=14))
    if refs and draw(st.booleans()):  # a reference in the middle of the sentence
        at = draw(st.integers(1, len(words) - 1))
        words.insert(at, draw(st.sampled_from(refs)))
    end = draw(st.sampled_from([".", ".", "?", "!"]))
    return " ".join(words).capitalize() + end


@st.composite
def blok(draw, refs):
    soort = draw(st.sampled_from(["alinea", "lijst", "geneste", "tabel", "quote", "ref"]))
    if soort == "alinea" or (soort == "ref" and not refs):
        return " ".join(draw(st.lists(zin(refs), min_size=1, max_size=3)))
    if soort in ("lijst", "geneste"):
        intro = draw(zin(refs))[:-1] + ":"
        items = [f"- {draw(zin(refs))}" for _ in range(draw(st.integers(1, 4)))]
        if soort == "geneste":
            items.insert(1, f"  - {draw(zin(refs))}")
        return intro + "\n\n" + "\n".join(items)
    if soort == "tabel":
        rows = [" | ".join(draw(st.lists(woord, min_size=2, max_size=2))) for _ in range(3)]
        return "| " + rows[0] + " |\n|---|---|\n" + "\n".join(f"| {r} |" for r in rows[1:])
    if soort == "quote":
        return "> " + draw(zin(refs))
    return draw(st.sampled_from(refs))  # a reference alone on its line


@st.composite
def schets(draw, refs):
    n = draw(st.integers(2, 5))
    return [
        {
            "sleutel": f"duiding-{i}",
            "titel": f"Sectie {i + 1} {draw(woord)}",
            "tekst": "\n\n".join(draw(st.lists(blok(refs), min_size=1, max_size=4))),
            "kernvragen": [],
            "kernboodschap": "",
        }
        for i in range(n)
    ]


@pytest.fixture
def spiegel_en_versie():
    spiegel, _schets, versie = definitieve_spiegel(organisatie_naam="Gemeente Hypothesedorp")
    return spiegel, versie


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_generated_schets_loses_no_word_in_any_form(spiegel_en_versie, data):
    spiegel, versie = spiegel_en_versie
    refs = [f"[[waarneming:{w.pk}]]" for w in spiegel.waarnemingen.all()[:3]]
    refs += [f"[[citaat:{c.pk}]]" for c in spiegel.citaten.all()]  # one refused: left out
    versie.secties = data.draw(schets(refs))
    for raw in versie.secties:
        assert not orphan_paragraphs(markdown.render(raw["tekst"], spiegel=spiegel))
    assert_conserved(spiegel, versie, render_all(spiegel, versie))


def test_handout_chapters_keep_the_reports_order(demo_renders):
    """Handout headings carry the report's chapter numbers ("zie rapportage, hoofdstuk N"),
    so they must ascend: "Tot slot" may not come before "Vragen om bij stil te staan"."""
    import re

    for naam, _pagina, _fout, pdfs in demo_renders:
        tekst = pdf_controle.tekst_ruw(pdfs[Vorm.GESPREK])
        # After the numbered list of kernvragen: the chapters.
        tekst = tekst.split("Wat we zagen, in het kort", 1)[1]
        nummers = [int(n) for n in re.findall(r"(?m)^\s*(\d{1,2})\. [A-Z]", tekst)]
        assert len(nummers) >= 3, (naam, nummers)
        assert nummers == sorted(nummers), (naam, nummers)


def test_the_orphan_detector_finds_what_the_old_renderer_left():
    """The 0-orphan checks above mean something only if the detector sees an orphan."""
    html = "<p>Ze vertellen dat</p><p>.</p><p>. Ze worden gehoord.</p><p>Een zin.</p><p> ; </p>"
    assert orphan_paragraphs(html) == [".", ". Ze worden gehoord.", " ; "]
    assert orphan_lines("Een regel.\n. Ze worden\nnog een") == [". Ze worden"]
