"""Checking an uploaded file before anything else reads it.

`controleer_upload(file)` accepts PDF, DOCX, XLSX, ODT and CSV, decided by the content and not
only by the extension; refuses files over `settings.UPLOAD_MAX_BYTES`; and, for the Office
formats (zip archives), refuses decompression bombs before any parser sees the file: the
archive's directory is checked first (declared sizes, ratio, number of entries), then every
entry is decompressed in a streaming way, counting real bytes and stopping at the limit, so
an archive that lies about its sizes is caught too. It returns the MIME type to store, or
raises `ValidationError` with a Dutch message that says what is wrong.
"""

import zipfile
from pathlib import PurePath

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

TOEGESTAAN = {".pdf": PDF, ".docx": DOCX, ".xlsx": XLSX, ".odt": ODT, ".csv": CSV}

# What libmagic may call each format; the zip formats are then checked by their structure.
_MAGIC = {
    PDF: {PDF},
    DOCX: {DOCX, "application/zip", "application/octet-stream"},
    XLSX: {XLSX, "application/zip", "application/octet-stream"},
    ODT: {ODT, "application/zip", "application/octet-stream"},
    CSV: {"text/plain", "text/csv", "application/csv"},
}
_VERPLICHT_IN_ZIP = {
    DOCX: ("[Content_Types].xml", "word/document.xml"),
    XLSX: ("[Content_Types].xml", "xl/workbook.xml"),
    ODT: ("mimetype", "content.xml"),
}

# Limits for the uncompressed content of an Office file.
MAX_UITGEPAKT = 200 * 1024 * 1024
MAX_VERHOUDING = 100
MAX_ONDERDELEN = 2000
_KLEIN = 1024 * 1024
_BLOK = 64 * 1024


def _grootte(file) -> int:
    grootte = getattr(file, "size", None)
    if grootte is None:
        file.seek(0, 2)
        grootte = file.tell()
        file.seek(0)
    return grootte


def _naam(file) -> str:
    return PurePath(getattr(file, "name", "") or "").name


def _lees_begin(file, n: int = 8192) -> bytes:
    file.seek(0)
    data = file.read(n)
    file.seek(0)
    return data


def _controleer_zip(file, mime: str) -> None:
    """Refuse a zip that is not the Office format it claims to be, or that would unpack to
    more than the limits allow. Reads only the archive itself, never through a parser."""
    onleesbaar = ValidationError(
        _(
            "Dit bestand is geen geldig %(soort)s-bestand. Sla het opnieuw op en probeer het nog eens."
        )
        % {"soort": _soortnaam(mime)},
        code="ongeldig",
    )
    bom = ValidationError(
        _(
            "Dit bestand wordt bij uitpakken onredelijk groot en is daarom geweigerd. "
            "Sla het document opnieuw op of deel het als PDF."
        ),
        code="zipbom",
    )
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archief:
            onderdelen = archief.infolist()
            if len(onderdelen) > MAX_ONDERDELEN:
                raise bom
            totaal = 0
            for info in onderdelen:
                totaal += info.file_size
                if totaal > MAX_UITGEPAKT:
                    raise bom
                # Small parts may compress well; a large part that compresses extremely is a bomb.
                if (
                    info.file_size > _KLEIN
                    and info.file_size / max(info.compress_size, 1) > MAX_VERHOUDING
                ):
                    raise bom
            namen = {info.filename for info in onderdelen}
            if not all(naam in namen for naam in _VERPLICHT_IN_ZIP[mime]):
                raise onleesbaar
            # Declared sizes can lie: count what really comes out, and stop at the limit.
            uitgepakt = 0
            max_echt = min(MAX_UITGEPAKT, max(MAX_VERHOUDING * _grootte(file), _KLEIN))
            for info in onderdelen:
                if info.is_dir():
                    continue
                with archief.open(info) as stroom:
                    while blok := stroom.read(_BLOK):
                        uitgepakt += len(blok)
                        if uitgepakt > max_echt:
                            raise bom
            if mime == ODT and archief.read("mimetype").strip() != ODT.encode():
                raise onleesbaar
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError) as exc:
        raise onleesbaar from exc
    except NotImplementedError as exc:  # an unsupported compression method
        raise onleesbaar from exc
    finally:
        file.seek(0)


def _controleer_csv(file) -> None:
    file.seek(0)
    gelezen = 0
    try:
        while blok := file.read(_BLOK):
            gelezen += len(blok)
            if b"\x00" in blok:
                raise ValidationError(
                    _("Dit CSV-bestand bevat binaire gegevens. Exporteer het opnieuw als tekst."),
                    code="ongeldig",
                )
    finally:
        file.seek(0)


def _soortnaam(mime: str) -> str:
    return {PDF: "PDF", DOCX: "Word (DOCX)", XLSX: "Excel (XLSX)", ODT: "ODT", CSV: "CSV"}.get(
        mime, mime
    )


soortnaam = _soortnaam


def controleer_upload(file) -> str:
    """Check an uploaded file; return its MIME type or raise a Dutch `ValidationError`."""
    naam = _naam(file)
    extensie = PurePath(naam).suffix.lower()
    if extensie not in TOEGESTAAN:
        raise ValidationError(
            _(
                "Dit soort bestand kunt u hier niet delen. Toegestaan zijn PDF, Word (DOCX), "
                "Excel (XLSX), ODT en CSV."
            ),
            code="soort",
        )
    grootte = _grootte(file)
    if grootte > settings.UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("Dit bestand is %(grootte)s; het maximum is %(max)s.")
            % {
                "grootte": filesizeformat(grootte),
                "max": filesizeformat(settings.UPLOAD_MAX_BYTES),
            },
            code="grootte",
        )
    if grootte == 0:
        raise ValidationError(_("Dit bestand is leeg."), code="leeg")

    verwacht = TOEGESTAAN[extensie]
    gevonden = magic.from_buffer(_lees_begin(file), mime=True)
    if gevonden not in _MAGIC[verwacht]:
        raise ValidationError(
            _(
                "De inhoud van dit bestand past niet bij de extensie %(extensie)s. "
                "Controleer of u het juiste bestand kiest."
            )
            % {"extensie": extensie},
            code="inhoud",
        )
    if verwacht in _VERPLICHT_IN_ZIP:
        _controleer_zip(file, verwacht)
    elif verwacht == CSV:
        _controleer_csv(file)
    return verwacht
