"""Uploads are checked by content, size and (for Office files) decompression bombs, stored
privately, and downloaded only through a permission-checked, audited view."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfWriter

from gesprekken.models import Document
from spiegel.constants import AuditActie
from spiegel.models import AuditRegel
from spiegel.uploads import DOCX, PDF, XLSX, controleer_upload

DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes(document_xml: bytes = b"<w:document/>") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("_rels/.rels", "<Relationships/>")
        z.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    buffer = io.BytesIO()
    wb = Workbook()
    wb.active.append(["gemeente", "aantal"])
    wb.save(buffer)
    return buffer.getvalue()


def upload(naam, inhoud):
    return SimpleUploadedFile(naam, inhoud)


def weigering(naam, inhoud) -> str:
    with pytest.raises(ValidationError) as exc:
        controleer_upload(upload(naam, inhoud))
    return " ".join(exc.value.messages)


def test_good_pdf_docx_and_xlsx_are_accepted():
    assert controleer_upload(upload("nota.pdf", pdf_bytes())) == PDF
    assert controleer_upload(upload("verslag.docx", docx_bytes())) == DOCX
    assert controleer_upload(upload("cijfers.xlsx", xlsx_bytes())) == XLSX
    assert controleer_upload(upload("lijst.csv", b"gemeente;aantal\nSpiegelstad;3\n")) == "text/csv"


def test_wrong_content_under_a_right_extension_is_refused():
    assert "past niet bij de extensie .pdf" in weigering("nota.pdf", b"Dit is gewoon tekst.\n" * 20)
    assert "past niet bij de extensie .docx" in weigering("verslag.docx", pdf_bytes())
    # A zip that is not a Word document.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("iets.txt", "hallo")
    assert "geen geldig Word (DOCX)-bestand" in weigering("verslag.docx", buffer.getvalue())
    # Text at the start (what libmagic sniffs), binary further on.
    assert "binaire gegevens" in weigering("lijst.csv", b"a;b\n" * 5000 + b"\x00\x01\x02")


def test_other_extensions_are_refused():
    assert "Toegestaan zijn PDF" in weigering("programma.exe", b"MZ\x90\x00")


def test_an_oversized_file_is_refused(settings):
    settings.UPLOAD_MAX_BYTES = 1000
    melding = weigering("nota.pdf", pdf_bytes() + b"\n%" + b"x" * 2000)
    assert "het maximum is 1000" in melding


def test_a_zip_bomb_docx_is_refused_before_it_is_read():
    bom = docx_bytes(b"<w:document>" + b"0" * (30 * 1024 * 1024) + b"</w:document>")
    assert len(bom) < 100 * 1024  # small on the outside
    assert "onredelijk groot" in weigering("bom.docx", bom)


def test_a_zip_bomb_that_lies_about_its_sizes_is_refused_while_unpacking():
    """The directory claims 1 KB entries; the real stream is 5 MB. Unpacking stops at the
    declared size (no more is ever decompressed) and the mismatch refuses the file."""
    echt = docx_bytes(b"<w:document>" + b"0" * (5 * 1024 * 1024) + b"</w:document>")
    gelogen = bytearray(echt)
    for signatuur, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (i := gelogen.find(signatuur, start)) != -1:
            gelogen[i + offset : i + offset + 4] = (1024).to_bytes(4, "little")
            start = i + 4
    assert "geen geldig Word (DOCX)-bestand" in weigering("bom.docx", bytes(gelogen))


@pytest.mark.django_db
def test_contact_uploads_a_document_that_is_stored_privately_and_downloads_are_audited(
    world, login, settings
):
    client = login(world.users["contact_a"])
    url = reverse("gesprekken:documenten", args=[world.aanvraag_a.pk])
    response = client.post(
        url, {"titel": "Jaarverslag", "bestand": upload("jaar.pdf", pdf_bytes())}
    )
    assert response.status_code == 302
    document = Document.objects.get(titel="Jaarverslag")
    assert document.van_contact is True
    assert document.mime_type == PDF
    pad = document.bestand.path
    assert pad.startswith(str(settings.PRIVATE_STORAGE_ROOT))
    assert not pad.startswith(str(settings.STATIC_ROOT))
    team = login(world.users["teamlid"], Client())
    # Nothing serves the storage folder: neither under the file's name nor under /media/.
    assert team.get("/" + document.bestand.name).status_code == 404
    assert team.get("/media/" + document.bestand.name).status_code == 404
    response = team.get(reverse("gesprekken:document_download", args=[document.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Disposition"].startswith("attachment")
    assert AuditRegel.objects.filter(
        actie=AuditActie.DOWNLOAD, object_id=str(document.pk), gebruiker=world.users["teamlid"]
    ).exists()

    other = login(world.users["contact_b"], Client())
    assert other.get(reverse("gesprekken:document_download", args=[document.pk])).status_code == 404


@pytest.mark.django_db
def test_a_refused_upload_shows_the_message_and_keeps_the_title(world, login):
    client = login(world.users["contact_a"])
    url = reverse("gesprekken:documenten", args=[world.aanvraag_a.pk])
    response = client.post(
        url, {"titel": "Mijn nota", "bestand": upload("nota.pdf", b"geen pdf maar tekst")}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "past niet bij de extensie .pdf" in html
    assert 'value="Mijn nota"' in html
    assert not Document.objects.filter(titel="Mijn nota").exists()


@pytest.mark.django_db
def test_contact_sees_only_what_the_organisation_shared(world, login):
    from django.core.files.base import ContentFile

    Document.objects.create(
        aanvraag=world.aanvraag_a,
        titel="Interne analyse van het team",
        bestand=ContentFile(pdf_bytes(), name="analyse.pdf"),
        mime_type=PDF,
        grootte=10,
        van_contact=False,
    )
    html = (
        login(world.users["contact_a"])
        .get(reverse("gesprekken:documenten", args=[world.aanvraag_a.pk]))
        .content.decode()
    )
    assert "Beleidsnota werk" in html
    assert "Interne analyse van het team" not in html
