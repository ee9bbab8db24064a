"""PDF output: the only module that imports WeasyPrint (inside the function, it takes a
second to import) and the footer stamp laid over a stored PDF at download time.

Promises:
- WeasyPrint fetches nothing but the app's own static files. Every other URL (http, https
  to anywhere else, file:, data:, anything) is refused by `safe_fetcher`, so content that
  slipped through sanitising still cannot make the worker reach out or embed a local file.
- Output is PDF/A-3b and tagged (`pdf_tags`): archivable, every font embedded, a structure
  tree, title and language (`nl`) in the metadata. WeasyPrint takes one variant per file;
  PDF/A-3b was chosen over PDF/UA-1 because the spec asks for an archivable file, because
  its embedded-font guarantee is what our `pdffonts` test checks, and because no validator
  (veraPDF) is available here to show a PDF/UA claim holds. Tagging gives most of UA's
  benefit to screen readers anyway.
- The stamp (downloader and date) is drawn with a subset of Noto Sans built once and kept
  in the shared cache, and appended as an incremental update: cheap, never a re-render.
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
    # Without object streams: a download's stamp then reads only the page objects it
    # changes (milliseconds) instead of parsing the whole compressed structure tree (about
    # a second for 40 pages). The file is larger; nothing else changes.
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True, uncompressed_pdf=True)


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


def stamp_font_cache_key() -> str:
    source = font_file()
    stat = source.stat()
    key = hashlib.sha256(f"{source}:{stat.st_size}:{stat.st_mtime_ns}:{STAMP_CHARS}".encode())
    return f"pdf-stempelfont-{key.hexdigest()[:16]}"


def _build_stamp_font() -> tuple[bytes, list[int], dict]:
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
    return out.getvalue(), widths, metrics


@lru_cache(maxsize=1)
def stamp_font() -> tuple[bytes, list[int], dict]:
    """(subset TrueType bytes, widths for codes 32..255 in cp1252, descriptor metrics).

    Built once with fontTools (about half a second) and kept in the shared cache (the
    database), so a web process on any host stamps its first download without building it;
    the worker primes it after every render (`stamp_font_voorbereiden`)."""
    from django.core.cache import cache  # noqa: PLC0415

    key = stamp_font_cache_key()
    value = cache.get(key)
    if value is None:
        value = _build_stamp_font()
        cache.set(key, value, timeout=None)
    return value


def stamp_font_voorbereiden() -> None:
    """Make sure the stamp font is in the shared cache (cheap when it is)."""
    stamp_font.cache_clear()
    stamp_font()


def _font_objects(add) -> tuple:
    """The stamp font as PDF objects (TrueType, WinAnsi, subset embedded); `add` stores an
    object and returns its reference."""
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
            NameObject("/FontFile2"): add(_compressed_font_stream(font_stream)),
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
            NameObject("/FontDescriptor"): add(descriptor),
        }
    )
    return add(font), widths


@lru_cache(maxsize=1)
def _compressed_font_bytes() -> bytes:
    import zlib  # noqa: PLC0415

    return zlib.compress(stamp_font()[0], 6)


def _compressed_font_stream(stream):
    from pypdf.generic import NameObject  # noqa: PLC0415

    stream._data = _compressed_font_bytes()
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    return stream


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _previous_startxref(pdf: bytes) -> int:
    tail = pdf[-1024:]
    at = tail.rfind(b"startxref")
    if at < 0:
        raise ValueError("not a PDF: no startxref")
    return int(tail[at + len(b"startxref") :].split()[0])


def stamp(pdf: bytes, text: str) -> bytes:
    """Lay `text` in small grey type at the foot of every page of `pdf`, as an incremental
    update: the original bytes stay as they are and only the pages, their resources and
    the new content are appended. No re-render, and the document's structure tree (which
    a tagged PDF has thousands of objects of) is never read."""
    from pypdf import PdfReader  # noqa: PLC0415
    from pypdf.generic import (  # noqa: PLC0415
        ArrayObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        NumberObject,
        StreamObject,
    )

    reader = PdfReader(io.BytesIO(pdf))
    trailer = reader.trailer
    next_number = int(trailer["/Size"])
    objects: dict[int, tuple[int, object]] = {}

    def add(obj, number=None, generation=0):
        nonlocal next_number
        if number is None:
            number, next_number = next_number, next_number + 1
        objects[number] = (generation, obj)
        return IndirectObject(number, generation, reader)

    def stream(data: bytes):
        obj = StreamObject()
        obj.set_data(data)
        return add(obj)

    font_ref, widths = _font_objects(add)
    encoded = text.encode("cp1252", errors="replace")
    width = sum(widths[b - 32] if b >= 32 else 0 for b in encoded) * STAMP_FONT_SIZE / 1000
    literal = _pdf_string(text)
    save, restore = stream(b"q"), stream(b"Q")
    resources_done: dict[int, object] = {}
    for page in reader.pages:
        box = page.mediabox
        x = float(box.left) + (float(box.width) - width) / 2
        y = float(box.bottom) + 9
        content = stream(
            # Marked as an artifact: page furniture, not part of the tagged text.
            b"/Artifact BMC q 0.33 0.33 0.33 rg BT /SpgStamp %.2f Tf %.2f %.2f Td %s Tj ET Q EMC"
            % (STAMP_FONT_SIZE, x, y, literal)
        )
        raw_resources = dict.get(page, "/Resources")
        key = raw_resources.idnum if isinstance(raw_resources, IndirectObject) else None
        if key is not None and key in resources_done:
            resources_ref = resources_done[key]
        else:
            resolved = raw_resources.get_object() if raw_resources is not None else {}
            resources = DictionaryObject(dict.items(resolved))
            raw_fonts = dict.get(resources, "/Font")
            fonts = (
                DictionaryObject(dict.items(raw_fonts.get_object()))
                if raw_fonts
                else DictionaryObject()
            )
            fonts[NameObject("/SpgStamp")] = font_ref
            resources[NameObject("/Font")] = fonts
            resources_ref = add(resources)
            if key is not None:
                resources_done[key] = resources_ref
        raw_contents = dict.get(page, "/Contents")
        if raw_contents is None:
            existing = []
        elif isinstance(raw_contents, IndirectObject) and isinstance(
            raw_contents.get_object(), ArrayObject
        ):
            existing = list(raw_contents.get_object())
        elif isinstance(raw_contents, ArrayObject):
            existing = list(raw_contents)
        else:
            existing = [raw_contents]
        updated = DictionaryObject(dict.items(page))
        updated[NameObject("/Resources")] = resources_ref
        # The original content inside q/Q, so its graphics state cannot leak into ours.
        updated[NameObject("/Contents")] = ArrayObject([save, *existing, restore, content])
        reference = page.indirect_reference
        add(updated, number=reference.idnum, generation=reference.generation)

    out = io.BytesIO()
    out.write(pdf)
    if not pdf.endswith(b"\n"):
        out.write(b"\n")
    offsets = {}
    for number in sorted(objects):
        generation, obj = objects[number]
        offsets[number] = (out.tell(), generation)
        out.write(b"%d %d obj\n" % (number, generation))
        obj.write_to_stream(out)
        out.write(b"\nendobj\n")
    # A cross-reference stream, like the original's, with /Prev to it.
    xref_number = next_number
    offsets[xref_number] = (out.tell(), 0)
    numbers = sorted(offsets)
    index, rows = [], b""
    for number in numbers:
        if index and index[-2] + index[-1] == number:
            index[-1] += 1
        else:
            index += [number, 1]
        offset, generation = offsets[number]
        rows += b"\x01" + offset.to_bytes(4, "big") + generation.to_bytes(2, "big")
    xref = StreamObject()
    xref.set_data(rows)
    xref.update(
        {
            NameObject("/Type"): NameObject("/XRef"),
            NameObject("/Size"): NumberObject(xref_number + 1),
            NameObject("/W"): ArrayObject([NumberObject(1), NumberObject(4), NumberObject(2)]),
            NameObject("/Index"): ArrayObject(NumberObject(n) for n in index),
            NameObject("/Prev"): NumberObject(_previous_startxref(pdf)),
        }
    )
    for name in ("/Root", "/Info", "/ID"):
        if name in trailer:
            xref[NameObject(name)] = dict.get(trailer, name)
    out.write(b"%d 0 obj\n" % xref_number)
    xref.write_to_stream(out)
    out.write(b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[xref_number][0])
    return out.getvalue()
