"""PDF output: the only module that imports WeasyPrint (inside the function, it takes a
second to import) and the footer stamp laid over a stored PDF at download time.

Promises:
- WeasyPrint fetches nothing but the app's own static files. Every other URL (http, https
  to anywhere else, file:, data:, anything) is refused by `safe_fetcher`, so content that
  slipped through sanitising still cannot make the worker reach out or embed a local file.
- Output is PDF/A-3b: archivable, every font embedded, title and language in the metadata.
  (PDF/UA-1 is also possible with WeasyPrint 70 but renders slower and, without a validator
  on these machines, we cannot show it is valid; PDF/A-3b's embedded-font guarantee is the
  one our `pdffonts` test can check.)
- The stamp (downloader and date) is drawn with a subset of Noto Sans built once and cached
  on disk, so stamping a download is a cheap pypdf overlay and never a re-render.
"""

from __future__ import annotations

import hashlib
import io
import logging
import posixpath
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders

logger = logging.getLogger(__name__)

# The origin under which the PDF templates reference static files. It never resolves on
# any network: the fetcher maps it to files on disk.
STATIC_ORIGIN = "https://spiegel-static.invalid"
BASE_URL = STATIC_ORIGIN + "/"
PDF_VARIANT = "pdf/a-3b"

STATIC_MIME_TYPES = {
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}

FONT_FILE_CANDIDATES = (
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/noto/NotoSans-Regular.ttf",
)
FONT_FAMILY = "Noto Sans"


class RefusedURL(ValueError):
    """WeasyPrint asked for a URL the fetcher does not serve."""


def static_path(url: str) -> Path | None:
    """The file on disk behind one of our own static URLs, or None."""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != STATIC_ORIGIN or parts.query or parts.fragment:
        return None
    path = unquote(parts.path)
    if not path.startswith(settings.STATIC_URL):
        return None
    relative = posixpath.normpath(path[len(settings.STATIC_URL) :])
    if relative.startswith(("..", "/")) or "\x00" in relative:
        return None
    if Path(relative).suffix.lower() not in STATIC_MIME_TYPES:
        return None
    found = finders.find(relative)
    if not found:
        return None
    return Path(found)


def fetch_static(url: str) -> tuple[bytes, str]:
    """(content, mime type) of one of the app's own static files; refuse everything else."""
    path = static_path(url)
    if path is None:
        logger.warning("PDF: refused URL %.120s", url)
        raise RefusedURL(f"refused: {url[:120]}")
    return path.read_bytes(), STATIC_MIME_TYPES[path.suffix.lower()]


@lru_cache(maxsize=1)
def safe_fetcher():
    """A WeasyPrint URLFetcher that answers only `fetch_static`. It opens no handler of
    urllib at all, so no redirect, proxy or scheme can be reached around it."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: PLC0415

    class StaticOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            content, mime_type = fetch_static(url)
            return URLFetcherResponse(url, content, {"Content-Type": mime_type})

    return StaticOnlyFetcher(allowed_protocols=["https"], allow_redirects=False)


def static_url(relative: str) -> str:
    return f"{STATIC_ORIGIN}{settings.STATIC_URL}{relative}"


def render_pdf(html: str, *, title: str, lang: str = "nl") -> bytes:
    """HTML to PDF/A-3b bytes. The HTML's own <title> and lang are metadata too; `title` is
    checked to be there so a template cannot silently lose it."""
    from weasyprint import HTML  # noqa: PLC0415 - a second to import: only in the worker

    for name in ("weasyprint.progress", "fontTools"):
        logging.getLogger(name).setLevel(logging.WARNING)

    document = HTML(string=html, base_url=BASE_URL, url_fetcher=safe_fetcher()).render()
    document.metadata.title = title
    document.metadata.lang = lang
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True)


# --- the download stamp ----------------------------------------------------------------

STAMP_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(
    bytes([c]).decode("cp1252", errors="ignore") for c in range(0xA0, 0x100)
)
STAMP_FONT_SIZE = 7.5


def font_file() -> Path:
    for candidate in FONT_FILE_CANDIDATES:
        if Path(candidate).exists():
            return Path(candidate)
    raise FileNotFoundError(
        "Noto Sans is not installed: apt-get install fonts-noto-core (bin/services.sh does)."
    )


def stamp_font_cache_path() -> Path:
    source = font_file()
    key = hashlib.sha256(f"{source}:{source.stat().st_mtime_ns}:{STAMP_CHARS}".encode())
    folder = Path(getattr(settings, "PDF_CACHE_DIR", settings.BASE_DIR / "var" / "cache"))
    return folder / f"stamp-font-{key.hexdigest()[:12]}.bin"


@lru_cache(maxsize=1)
def stamp_font() -> tuple[bytes, list[int], dict]:
    """(subset TrueType bytes, widths for codes 32..255 in cp1252, descriptor metrics).
    Built once with fontTools and cached on disk; later processes only read the cache."""
    import pickle  # noqa: PLC0415

    cache = stamp_font_cache_path()
    if cache.exists():
        try:
            return pickle.loads(cache.read_bytes())  # noqa: S301 - our own cache file
        except Exception:  # a half-written cache from a killed process: rebuild it
            logger.warning("PDF: rebuilding a damaged stamp font cache")
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    from fontTools import subset  # noqa: PLC0415
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    font = TTFont(str(font_file()))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(text=STAMP_CHARS)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    scale = 1000 / font["head"].unitsPerEm
    widths = []
    for code in range(32, 256):
        char = bytes([code]).decode("cp1252", errors="ignore")
        glyph = cmap.get(ord(char)) if char else None
        widths.append(round(hmtx[glyph][0] * scale) if glyph else 0)
    head, hhea, os2 = font["head"], font["hhea"], font["OS/2"]
    metrics = {
        "bbox": [round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)],
        "ascent": round(hhea.ascent * scale),
        "descent": round(hhea.descent * scale),
        "cap_height": round(getattr(os2, "sCapHeight", 714) * scale),
    }
    result = (out.getvalue(), widths, metrics)
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(f".{id(result)}.tmp")
    tmp.write_bytes(pickle.dumps(result))
    tmp.replace(cache)  # atomic: a concurrent reader sees the old or the whole new file
    return result


def _font_dictionary(writer):
    from pypdf.generic import (  # noqa: PLC0415
        ArrayObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
    )

    data, widths, metrics = stamp_font()
    font_stream = StreamObject()
    font_stream.set_data(data)
    font_stream[NameObject("/Length1")] = NumberObject(len(data))
    font_stream = font_stream.flate_encode()
    base = NameObject("/SPGSTP+NotoSans-Regular")
    descriptor = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): base,
            NameObject("/Flags"): NumberObject(32),
            NameObject("/FontBBox"): ArrayObject(NumberObject(v) for v in metrics["bbox"]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): NumberObject(metrics["ascent"]),
            NameObject("/Descent"): NumberObject(metrics["descent"]),
            NameObject("/CapHeight"): NumberObject(metrics["cap_height"]),
            NameObject("/StemV"): NumberObject(80),
            NameObject("/FontFile2"): writer._add_object(font_stream),
        }
    )
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/TrueType"),
            NameObject("/BaseFont"): base,
            NameObject("/FirstChar"): NumberObject(32),
            NameObject("/LastChar"): NumberObject(255),
            NameObject("/Widths"): ArrayObject(NumberObject(w) for w in widths),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
        }
    )
    return writer._add_object(font), widths


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def stamp(pdf: bytes, text: str) -> bytes:
    """Lay `text` in small grey type at the foot of every page of `pdf`; no re-render."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject  # noqa: PLC0415

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    font_ref, widths = _font_dictionary(writer)
    encoded = text.encode("cp1252", errors="replace")
    width = sum(widths[b - 32] if b >= 32 else 0 for b in encoded) * STAMP_FONT_SIZE / 1000
    literal = _pdf_string(text)
    for page in writer.pages:
        box = page.mediabox
        x = float(box.left) + (float(box.width) - width) / 2
        y = float(box.bottom) + 9
        content = StreamObject()
        content.set_data(
            b"q 0.33 0.33 0.33 rg BT /SpgStamp %.2f Tf %.2f %.2f Td %s Tj ET Q"
            % (STAMP_FONT_SIZE, x, y, literal)
        )
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        fonts[NameObject("/SpgStamp")] = font_ref
        resources[NameObject("/Font")] = fonts
        page[NameObject("/Resources")] = resources
        # Wrap the original content in q/Q so its graphics state cannot leak into ours.
        contents = page.get("/Contents")
        existing = contents.get_object() if contents is not None else ArrayObject()
        if not isinstance(existing, ArrayObject):
            existing = ArrayObject([contents])
        before = StreamObject()
        before.set_data(b"q")
        after = StreamObject()
        after.set_data(b"Q")
        page[NameObject("/Contents")] = ArrayObject(
            [writer._add_object(before), *existing, writer._add_object(after)]
            + [writer._add_object(content)]
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
