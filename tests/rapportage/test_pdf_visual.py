"""Visual checks of the three forms, rendered to PNG with pdftoppm as a reader sees them:
no blank or nearly blank page, no word outside the page box or past the text area's right
edge, the download stamp readable (contrast >= 4.5:1) on every page, the navy cover and the
navy title slides included, and full Unicode names in the stamp."""

import pytest

from rapportage import pdf, pdf_controle, pdf_handout, pdf_inhoud
from rapportage.constants import Vorm
from spiegel.taal import nederlands
from tests.factories.pdf import definitieve_spiegel

pytestmark = pytest.mark.django_db

NAMEN = "Gedownload door Zoë Ørsted-Łukasiewicz en Ğül Şahin op 03-12-2026 09:00"
# Right margins of the forms (static/css/pdf_*.css) in mm; a word may not pass them.
RECHTER_MARGE_MM = {Vorm.RAPPORTAGE: 20, Vorm.PRESENTATIE: 20, Vorm.GESPREK: 18}
DPI = 60
LANG = "x" * 90  # one word longer than any line: must wrap, not overflow


@pytest.fixture(scope="module")
def forms(django_db_setup, django_db_blocker):
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        spiegel, _schets, versie = definitieve_spiegel(
            organisatie_naam="Gemeente Beeldstad", tekst_extra=f"Een woord als {LANG} breekt."
        )
        out = {}
        for vorm in (Vorm.RAPPORTAGE, Vorm.PRESENTATIE):
            html, titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=vorm)
            out[vorm] = pdf.render_pdf(html, title=titel)
        out[Vorm.GESPREK] = pdf_handout.handout_pdf(spiegel=spiegel, versie=versie)
        transaction.set_rollback(True)
    return out


@pytest.mark.parametrize("vorm", [Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK])
def test_no_page_is_blank_or_nearly_blank(forms, vorm):
    for number, png in enumerate(pdf_controle.plaatjes(forms[vorm], dpi=DPI), start=1):
        assert pdf_controle.inkt(png) > 0.004, f"{vorm} page {number} is (nearly) blank"


@pytest.mark.parametrize("vorm", [Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK])
def test_nothing_overflows_the_page_box_or_the_right_margin(forms, vorm):
    edge_mm = RECHTER_MARGE_MM[vorm] - 1  # 1 mm for glyph overhang
    for number, page in enumerate(pdf_controle.paginas(forms[vorm]), start=1):
        right = page.breedte - edge_mm * pdf_controle.MM
        for w in page.woorden:
            assert w.x0 >= 0 and w.x1 <= page.breedte and w.y0 >= 0 and w.y1 <= page.hoogte
            assert w.x1 <= right, f"{vorm} p.{number}: {w.tekst[:30]!r} passes the margin"


def test_handout_is_one_or_two_pages_without_a_nearly_empty_last_page(forms):
    pages = pdf_controle.paginas(forms[Vorm.GESPREK])
    assert 1 <= len(pages) <= 2
    if len(pages) == 2:
        fill = pdf_controle.vulling(pages[-1], boven_mm=16, onder_mm=20)
        assert fill >= pdf_handout.MIN_VULLING_LAATSTE


def test_heat_map_fills_its_slide(forms):
    import io

    from pypdf import PdfReader

    pages = pdf_controle.paginas(forms[Vorm.PRESENTATIE])
    index = next(
        i for i, p in enumerate(pages) if any(w.tekst == "bouwsteen" for w in p.woorden[:6])
    )
    words = pages[index].woorden[4:]  # the cells' labels and counts, below the heading
    span_x = max(w.x1 for w in words) - min(w.x0 for w in words)
    span_y = max(w.y1 for w in words) - min(w.y0 for w in words)
    assert span_x > 0.7 * pages[index].breedte and span_y > 0.5 * pages[index].hoogte
    assert len(PdfReader(io.BytesIO(forms[Vorm.PRESENTATIE])).pages) == len(pages)


@pytest.mark.parametrize("vorm", [Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK])
def test_stamp_is_readable_on_every_page_with_any_name(forms, vorm):
    stamped = pdf.stamp(forms[vorm], NAMEN)
    pages = pdf_controle.tekst_ruw(stamped).split("\f")[:-1]
    assert all(NAMEN in " ".join(p.split()) for p in pages), "a name lost characters"
    boxes = pdf_controle.paginas(stamped)
    for number, (png, page) in enumerate(
        zip(pdf_controle.plaatjes(stamped, dpi=150), boxes, strict=True), start=1
    ):
        words = [w for w in page.woorden if w.y0 > page.hoogte - 30]  # the stamp's line
        stamp_words = [w for w in words if w.tekst in NAMEN.split()]
        assert stamp_words, f"{vorm} p.{number}: no stamp"
        scale = 150 / 72
        box = (
            int(min(w.x0 for w in stamp_words) * scale),
            int(min(w.y0 for w in stamp_words) * scale),
            int(max(w.x1 for w in stamp_words) * scale),
            int(max(w.y1 for w in stamp_words) * scale),
        )
        ratio = pdf_controle.tekstcontrast(png, box)
        assert ratio >= 4.5, f"{vorm} p.{number}: stamp contrast {ratio:.1f}"


def test_contrast_measure_tells_grey_on_navy_from_dark_on_white():
    assert pdf_controle.contrast((0x55, 0x55, 0x55), (0x15, 0x42, 0x73)) < 4.5  # the old stamp
    assert pdf_controle.contrast((0x33, 0x33, 0x33), (255, 255, 255)) > 12


def test_a_long_schets_handout_still_fits_one_or_two_pages_and_points_to_every_section():
    """34 sections: a heading and a reference per section took three pages even with no
    words of each; on the leanest step a cut section is one line."""
    spiegel, _schets, versie = definitieve_spiegel(
        organisatie_naam="Gemeente Langstad", alineas_per_sectie=9, extra_secties=28
    )
    with nederlands():
        data = pdf_handout.handout_pdf(spiegel=spiegel, versie=versie)
    pages = pdf_controle.paginas(data)
    assert 1 <= len(pages) <= 2
    if len(pages) == 2:
        fill = pdf_controle.vulling(pages[-1], boven_mm=16, onder_mm=20)
        assert fill >= pdf_handout.MIN_VULLING_LAATSTE
    text = " ".join(pdf_controle.tekst_ruw(data).split())
    assert len(versie.secties) == 34
    for nummer, sectie in enumerate(versie.secties, start=1):
        assert f"{nummer}. {sectie['titel']}" in text
        assert f"zie rapportage, hoofdstuk {nummer}." in text
