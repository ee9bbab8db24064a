"""The confidential PDF as a document: the three forms, fonts, metadata, contents, the
heat map, Dutch hyphenation and the download stamp."""

import io
import re

import pytest
from pypdf import PdfReader

from rapportage import pdf
from rapportage.constants import Vorm
from tests.factories.pdf import QUOTE
from tests.rapportage.pdf_helpers import (
    pdffonts,
    pdftotext_pages,
    private_storage_fixture,  # noqa: F401 (a fixture)
    render,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def report(django_db_setup, django_db_blocker):
    """One rendered report (rolled back afterwards), shared by the read-only checks."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        data = render(organisatie_naam="Gemeente Spiegelstad", zonder_toestemming=True)
        transaction.set_rollback(True)
    return data


# --- typography and metadata -----------------------------------------------------------


def test_every_font_is_embedded_noto_sans_so_a_fallback_shows(report):
    fonts = pdffonts(report)
    assert fonts, "no fonts found"
    for font in fonts:
        assert font["emb"] == "yes", font["line"]
        # A subset prefix, then the family: Noto Sans, never DejaVu or another fallback.
        assert re.fullmatch(r"[A-Z]{6}\+Noto-Sans(-Bold|-Italic|-BoldItalic)?", font["name"]), font[
            "line"
        ]


def test_pdf_is_pdfa_3b_tagged_with_dutch_title_and_language(report):
    reader = PdfReader(io.BytesIO(report))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert "/StructTreeRoot" in root  # tagged
    assert reader.metadata.title == "Spiegel Gemeente Spiegelstad: rapportage"
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp


def test_report_has_cover_confidential_header_footer_and_quote(report):
    pages = pdftotext_pages(report)
    assert "Gemeente Spiegelstad" in pages[0] and "VERTROUWELIJK" in pages[0]
    assert re.search(r"\d{1,2} \w+ 20\d\d", pages[0])  # the date on the cover
    total = len([p for p in pages if p.strip()])
    for number, page in enumerate(pages[1:total], start=2):
        assert "Vertrouwelijk" in page
        assert "Gemeente Spiegelstad" in page
        assert f"pagina {number} van {total}" in page
    text = "\n".join(pages)
    assert " ".join(QUOTE.split()[:5]) in " ".join(text.split())
    assert "Dit citaat mag nergens verschijnen" not in text  # consent refused
    assert "Kernvragen en waar ze beantwoord worden" in text


def test_table_of_contents_page_numbers_match_where_sections_start(report):
    pages = pdftotext_pages(report)
    toc = next(i for i, p in enumerate(pages) if "Inhoud" in p and "...." in p)
    entries = re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", pages[toc], re.M)
    assert len(entries) >= 8
    for title, number in entries:
        page = pages[int(number) - 1]
        body = page.split("\n", 3)[-1]  # below the running header
        assert title in body, f"{title!r} not on page {number}"
        assert not any(title in p.split("\n", 3)[-1] for p in pages[toc + 1 : int(number) - 1]), (
            f"{title!r} starts before page {number}"
        )


def test_kernvragen_say_where_they_are_answered_with_page_numbers(report):
    text = " ".join(" ".join(pdftotext_pages(report)).split())
    assert re.search(r"Beantwoord in: Aanleiding en vragen \(pagina 3\)", text)


def test_heat_map_is_vector_graphics_not_an_image(report):
    reader = PdfReader(io.BytesIO(report))
    last = reader.pages[-1]
    text = last.extract_text()
    assert "Waarnemingen per bouwsteen" in text and "Kracht" in text
    xobjects = last["/Resources"].get("/XObject", {})
    images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    assert images == []


def test_presentation_is_landscape_slides_and_handout_fits_two_pages():
    slides = PdfReader(io.BytesIO(render(Vorm.PRESENTATIE)))
    box = slides.pages[0].mediabox
    assert box.width > box.height
    assert len(slides.pages) >= 8  # title, questions, a slide per section, heat map, quotes
    handout = render(
        Vorm.GESPREK, organisatie_naam="Gemeente Zeedorp", alineas_per_sectie=9, extra_secties=20
    )
    assert 1 <= len(PdfReader(io.BytesIO(handout)).pages) <= 2
    assert "Gespreksnotitie Gemeente Zeedorp" in pdftotext_pages(handout)[0]


def test_stamp_is_fast_to_build_and_keeps_fonts_embedded(report):
    pdf.stamp_font.cache_clear()  # a fresh web process
    stamped = pdf.stamp(report, "Gedownload door Zoë Çelik op 29-11-2026 18:00")
    assert "Gedownload door Zoë Çelik op 29-11-2026 18:00" in pdftotext_pages(stamped)[1]
    assert all(f["emb"] == "yes" for f in pdffonts(stamped))
    assert len(PdfReader(io.BytesIO(stamped)).pages) == len(PdfReader(io.BytesIO(report)).pages)
    from django.core.cache import cache

    assert cache.get(pdf.stamp_font_cache_key()) is not None  # shared by every web process


def test_dutch_hyphenation_is_applied(report):
    # WeasyPrint breaks Dutch words at a line end with a hyphen (U+2010), by lang="nl".
    text = "".join(pdftotext_pages(report))
    assert re.search(r"\w‐\n", text)


def test_page_count_read_from_the_page_tree_equals_pypdfs_also_stamped_or_compressed(report):
    from pypdf import PdfWriter

    assert pdf.paginas(report) == len(PdfReader(io.BytesIO(report)).pages) > 1
    stamped = pdf.stamp(report, "Gedownload door Zoë Ørsted-Łukasiewicz op 03-12-2026 16:00")
    assert pdf.paginas(stamped) == len(PdfReader(io.BytesIO(stamped)).pages)
    writer = PdfWriter(clone_from=io.BytesIO(report))  # another writer: pypdf reads it
    writer.remove_page(0)
    out = io.BytesIO()
    writer.write(out)
    assert pdf.paginas(out.getvalue()) == len(PdfReader(io.BytesIO(report)).pages) - 1
