"""Checking an uploaded file before anything reads or stores it.

`controleer_upload(file)` returns the file's MIME type or raises `ValidationError` with a
Dutch message. The type is decided by content (libmagic and, for Office files, the zip's
own structure), never by the name alone; the extension must agree with the content. Office
files are zip archives: their directory is checked for decompression bombs before any
member is read.
"""

import zipfile

import magic
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
CSV = "text/csv"

EXTENSIES = {".pdf": PDF, ".docx": DOCX, ".xlsx": XLSX, ".odt": ODT, ".csv": CSV}
TOEGESTAAN_TEKST = "PDF, Word (.docx), Excel (.xlsx), OpenDocument-tekst (.odt) of CSV"

# Limits for zip archives (docx, xlsx, odt), checked on the central directory only.
ZIP_MAX_LEDEN = 2000
ZIP_MAX_UITGEPAKT = 200 * 1024 * 1024
ZIP_MAX_VERHOUDING = 100
_KOP = 8192


def _extensie(naam: str) -> str:
    naam = (naam or "").lower()
    punt = naam.rfind(".")
    return naam[punt:] if punt >= 0 else ""


def _zip_soort(file) -> str:
    """The Office type of a zip archive, after checking it is not a decompression bomb."""
    file.seek(0)
    try:
        archief = zipfile.ZipFile(file)
        leden = archief.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ValidationError(
            _("Dit bestand is beschadigd of geen geldig Office-bestand.")
        ) from exc
    if len(leden) > ZIP_MAX_LEDEN:
        raise ValidationError(_("Dit bestand bevat te veel onderdelen om veilig te openen."))
    totaal = 0
    for lid in leden:
        totaal += lid.file_size
        verhouding = lid.file_size / max(lid.compress_size, 1)
        if totaal > ZIP_MAX_UITGEPAKT or (
            lid.file_size > 1024 * 1024 and verhouding > ZIP_MAX_VERHOUDING
        ):
            raise ValidationError(
                _("Dit bestand pakt uit tot een onredelijk grote omvang en is daarom geweigerd.")
            )
    namen = {lid.filename for lid in leden}
    if "word/document.xml" in namen:
        return DOCX
    if "xl/workbook.xml" in namen:
        return XLSX
    if "mimetype" in namen:
        # Only now, after the bomb check, is a (tiny) member read.
        lid = archief.getinfo("mimetype")
        if lid.file_size < 200 and archief.read(lid).strip() == ODT.encode():
            return ODT
    raise ValidationError(
        _("Dit bestandstype kunnen we niet aannemen. Kies een %(soorten)s-bestand.")
        % {"soorten": TOEGESTAAN_TEKST}
    )


def _is_tekst(kop: bytes) -> bool:
    if b"\x00" in kop:
        return False
    for codering in ("utf-8", "cp1252"):
        try:
            kop.decode(codering)
            return True
        except UnicodeDecodeError:
            # A multi-byte character may be cut off at the end of the sample.
            try:
                kop[:-4].decode(codering)
                return True
            except UnicodeDecodeError:
                continue
    return False


def controleer_upload(file) -> str:
    """Validate an uploaded file; return its MIME type or raise ValidationError (Dutch)."""
    grootte = getattr(file, "size", None) or 0
    if grootte == 0:
        raise ValidationError(_("Het bestand ‘%(naam)s’ is leeg.") % {"naam": file.name})
    if grootte > settings.UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("Het bestand ‘%(naam)s’ is te groot (%(grootte)s); het maximum is %(max)s.")
            % {
                "naam": file.name,
                "grootte": filesizeformat(grootte),
                "max": filesizeformat(settings.UPLOAD_MAX_BYTES),
            }
        )
    verwacht = EXTENSIES.get(_extensie(file.name))
    if verwacht is None:
        raise ValidationError(
            _(
                "‘%(naam)s’ heeft een bestandstype dat we niet aannemen. Kies een %(soorten)s-bestand."
            )
            % {"naam": file.name, "soorten": TOEGESTAAN_TEKST}
        )
    file.seek(0)
    kop = file.read(_KOP)
    file.seek(0)
    gevonden = magic.from_buffer(kop, mime=True)
    if (
        gevonden in ("application/zip", "application/octet-stream", DOCX, XLSX, ODT)
        and kop[:4] == b"PK\x03\x04"
    ):
        gevonden = _zip_soort(file)
        file.seek(0)
    elif gevonden in ("text/plain", "text/csv", "application/csv") and _is_tekst(kop):
        gevonden = CSV
    if gevonden != verwacht:
        raise ValidationError(
            _(
                "De inhoud van ‘%(naam)s’ past niet bij de bestandsnaam. Kies een echt "
                "%(soorten)s-bestand."
            )
            % {"naam": file.name, "soorten": TOEGESTAAN_TEKST}
        )
    return gevonden
