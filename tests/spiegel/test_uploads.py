"""Upload validation by content: allowed types pass, disguised files and zip bombs do not."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from spiegel.uploads import CSV, DOCX, ODT, PDF, XLSX, controleer_upload

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def office(members: dict[str, bytes], first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first), members.pop(first))
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx() -> bytes:
    return office(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document/>",
        }
    )


def xlsx() -> bytes:
    import openpyxl

    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "instroom"
    workbook.save(buffer)
    return buffer.getvalue()


def odt() -> bytes:
    return office(
        {"mimetype": ODT.encode(), "content.xml": b"<office:document-content/>"}, first="mimetype"
    )


def upload(name, content):
    return SimpleUploadedFile(name, content, "application/octet-stream")


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("verslag.pdf", PDF_BYTES, PDF),
        ("nota.docx", docx(), DOCX),
        ("cijfers.xlsx", xlsx(), XLSX),
        ("nota.odt", odt(), ODT),
        ("cijfers.csv", "gemeente;instroom\nAalsmeer;12\nÖverijssel;3\n".encode(), CSV),
    ],
)
def test_allowed_types_pass_by_content(name, content, expected):
    assert controleer_upload(upload(name, content)) == expected


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("virus.pdf", b"MZ\x90\x00\x03\x00\x00\x00" * 20, "past niet bij de extensie .pdf"),
        ("nota.docx", PDF_BYTES, "past niet bij de extensie .docx"),
        ("nota.exe", PDF_BYTES, "Dit soort bestand kunt u hier niet delen"),
        ("zonder-extensie", PDF_BYTES, "Dit soort bestand kunt u hier niet delen"),
        ("leeg.pdf", b"", "is leeg"),
        ("archief.docx", office({"iets.txt": b"hallo"}), "geen geldig Word (DOCX)-bestand"),
        ("kapot.docx", b"PK\x03\x04" + b"\x00" * 100, "geen geldig Word (DOCX)-bestand"),
        ("binair.csv", b"a,b\x00\x01\x02", "past niet bij de extensie .csv"),
    ],
)
def test_disguised_or_unknown_files_are_refused_in_dutch(name, content, message):
    with pytest.raises(ValidationError) as exc:
        controleer_upload(upload(name, content))
    assert message in " ".join(exc.value.messages)


def test_a_zip_bomb_is_refused_before_it_is_read(monkeypatch):
    # 300 MB of zeros compresses to about 300 KB: the directory gives it away.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>")
        with archive.open("word/media/bom.bin", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(300):
                member.write(chunk)
    read = []
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda self, *a, **k: read.append(a))
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, *a, **k: read.append(a))
    with pytest.raises(ValidationError) as exc:
        controleer_upload(upload("bom.docx", buffer.getvalue()))
    assert "onredelijk groot" in exc.value.messages[0]
    assert read == []  # not a single member was decompressed


def test_a_file_over_the_size_limit_is_refused(settings):
    settings.UPLOAD_MAX_BYTES = 10
    with pytest.raises(ValidationError) as exc:
        controleer_upload(upload("verslag.pdf", PDF_BYTES))
    assert "het maximum is" in exc.value.messages[0]
