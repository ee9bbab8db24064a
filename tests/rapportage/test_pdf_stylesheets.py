"""The PDF's stylesheets are parsed once per process (`pdf.kept_stylesheets`), not once per
render: the result must be the same document as when WeasyPrint reads the HTML's links
itself, page for page, and a changed stylesheet must be read again."""

import hashlib
import os
import subprocess

import pytest

from rapportage import pdf, pdf_inhoud
from rapportage.constants import Vorm
from spiegel.taal import nederlands
from tests.factories.pdf import definitieve_spiegel
from tests.rapportage.pdf_helpers import pdftotext_pages

pytestmark = pytest.mark.django_db


def page_images(data: bytes, tmp_path, name: str) -> list[str]:
    (tmp_path / f"{name}.pdf").write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", tmp_path / f"{name}.pdf", tmp_path / name], check=True
    )
    return [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(tmp_path.glob(f"{name}-*.png"))
    ]


@pytest.mark.parametrize("vorm", [Vorm.RAPPORTAGE, Vorm.PRESENTATIE, Vorm.GESPREK])
def test_kept_stylesheets_give_the_same_pages_as_weasyprint_reading_the_links(
    vorm, tmp_path, monkeypatch
):
    spiegel, _schets, versie = definitieve_spiegel(alineas_per_sectie=2)
    with nederlands():
        html, titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=vorm)
    assert pdf.kept_stylesheets(html) is not None  # the templates' links are the kept kind

    kept = pdf.render_pdf(html, title=titel)
    monkeypatch.setattr(pdf, "kept_stylesheets", lambda _html: None)
    read_by_weasyprint = pdf.render_pdf(html, title=titel)

    assert pdftotext_pages(kept) == pdftotext_pages(read_by_weasyprint)
    images = page_images(kept, tmp_path, "kept")
    assert images  # pdftoppm drew pages
    assert images == page_images(read_by_weasyprint, tmp_path, "weasyprint")


def test_a_sheet_is_parsed_once_and_again_when_its_file_changes():
    spiegel, _schets, versie = definitieve_spiegel(alineas_per_sectie=1)
    with nederlands():
        html, _titel = pdf_inhoud.html(spiegel=spiegel, versie=versie, vorm=Vorm.GESPREK)
    stripped, first, fonts = pdf.kept_stylesheets(html)
    assert "stylesheet" not in stripped
    assert len(first) == 2
    _stripped, second, fonts_again = pdf.kept_stylesheets(html)
    assert [id(s) for s in second] == [id(s) for s in first] and fonts_again is fonts

    changed = pdf.static_path(pdf._STYLESHEET_LINK_RE.findall(html)[-1])
    stat = changed.stat()
    try:
        os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        _stripped, third, _fonts = pdf.kept_stylesheets(html)
    finally:
        os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert third[0] is first[0] and third[1] is not first[1]


@pytest.mark.parametrize(
    "html",
    [
        '<html><head><link rel="stylesheet" href="https://spiegel-static.invalid/static/css/pdf.css">'
        "<style>p { color: red }</style></head><body><p>x</p></body></html>",
        '<html><head><link rel="stylesheet" href="https://elders.example/pdf.css"></head>'
        "<body><p>x</p></body></html>",
        '<html><head><link rel="stylesheet" media="print" '
        'href="https://spiegel-static.invalid/static/css/pdf.css"></head><body></body></html>',
        "<html><body><p>no stylesheet</p></body></html>",
    ],
    ids=["style-element", "foreign-link", "other-link-form", "no-link"],
)
def test_html_with_other_styles_is_left_to_weasyprint(html):
    assert pdf.kept_stylesheets(html) is None
