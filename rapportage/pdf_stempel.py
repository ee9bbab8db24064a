"""The download stamp: the downloader's name and the time at the foot of every page of a
stored PDF, so a leaked copy can be traced.

Promises:
- Any name: the stamp font is a Type0 (CID) font with Identity-H encoding over a subset of
  Noto Sans covering Latin (with its extensions), Greek and Cyrillic, with a ToUnicode map,
  so "Zoë Ørsted-Łukasiewicz" and "Ğül Şahin" show and copy as written. A character the
  font lacks falls back to its base letter (NFKD) or "?", never to nothing.
- Readable on every page, the navy cover too: the text is dark grey (#333) on a white
  label of its own, contrast 12.6:1 whatever lies beneath.
- Cheap: the subset is built once (fontTools, about a second) and kept in the shared cache;
  the stamp is appended as an incremental update: the original bytes stay as they are, no
  re-render, and the tagged document's structure tree is never read.
"""

from __future__ import annotations

import hashlib
import io
import logging
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

FONT_FILE_CANDIDATES = (
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/noto/NotoSans-Regular.ttf",
)
FONT_FAMILY = "Noto Sans"
_RANGES = (
    (0x20, 0x7E),  # Basic Latin
    (0xA0, 0x24F),  # Latin-1, Latin Extended-A and -B
    (0x370, 0x3FF),  # Greek
    (0x400, 0x4FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese and more)
    (0x2010, 0x2027),  # dashes, quotes, ellipsis
    (0x20AC, 0x20AC),  # euro sign
)
STAMP_CHARS = "".join(chr(c) for start, end in _RANGES for c in range(start, end + 1))
STAMP_FONT_SIZE = 7.5
FONT_NAME = "/SPGSTU+NotoSans-Regular"
TEXT_GREY, LABEL_WHITE = (0.2, 0.2, 0.2), (1, 1, 1)  # #333 on white: 12.6:1


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
    key = hashlib.sha256(f"type0:{source}:{stat.st_size}:{stat.st_mtime_ns}:{STAMP_CHARS}".encode())
    return f"pdf-stempelfont-{key.hexdigest()[:16]}"


def _build_stamp_font() -> tuple[bytes, dict[int, int], dict[int, int], dict]:
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    from fontTools import subset  # noqa: PLC0415
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    font = TTFont(str(font_file()))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    options.layout_features = []  # single glyphs only: the stamp is laid out by hand
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(text=STAMP_CHARS)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    scale = 1000 / font["head"].unitsPerEm
    gids = {code: font.getGlyphID(name) for code, name in font.getBestCmap().items()}
    hmtx = font["hmtx"]
    order = font.getGlyphOrder()
    widths = {gid: round(hmtx[order[gid]][0] * scale) for gid in set(gids.values()) | {0}}
    head, hhea, os2 = font["head"], font["hhea"], font["OS/2"]
    metrics = {
        "bbox": [round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)],
        "ascent": round(hhea.ascent * scale),
        "descent": round(hhea.descent * scale),
        "cap_height": round(getattr(os2, "sCapHeight", 714) * scale),
    }
    return out.getvalue(), gids, widths, metrics


@lru_cache(maxsize=1)
def stamp_font() -> tuple[bytes, dict[int, int], dict[int, int], dict]:
    """(subset TrueType bytes, glyph id per code point, width per glyph id, metrics).

    Built once and kept in the shared cache (the database), so a web process on any host
    stamps its first download without building it; the worker primes it after every render
    (`stamp_font_voorbereiden`)."""
    from django.core.cache import cache  # noqa: PLC0415

    key = stamp_font_cache_key()
    value = cache.get(key)
    if value is None:
        value = _build_stamp_font()
        cache.set(key, value, timeout=None)
    return value


def stamp_font_voorbereiden() -> None:
    """Make sure the stamp font is in the shared cache (cheap when it is: the value is not
    read, only whether the key is there)."""
    from django.core.cache import cache  # noqa: PLC0415

    key = stamp_font_cache_key()
    if not cache.has_key(key):
        cache.set(key, stamp_font(), timeout=None)


@lru_cache(maxsize=1)
def _compressed_font_bytes() -> bytes:
    return zlib.compress(stamp_font()[0], 6)


def glyphs(text: str) -> list[tuple[int, str]]:
    """(glyph id, the character it stands for) for each character of `text`; a character
    outside the subset becomes its base letter, or '?'."""
    gids = stamp_font()[1]
    result = []
    for char in text:
        if ord(char) in gids:
            result.append((gids[ord(char)], char))
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if ord(c) in gids)
        for c in base or "?":
            result.append((gids.get(ord(c), 0), c))
    return result


def _to_unicode(used: dict[int, str]) -> bytes:
    lines = [
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    items = sorted(used.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(b"%d beginbfchar" % len(chunk))
        for gid, char in chunk:
            utf16 = char.encode("utf-16-be").hex().upper().encode()
            lines.append(b"<%04X> <%s>" % (gid, utf16))
        lines.append(b"endbfchar")
    lines.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return b"\n".join(lines)


def _font_objects(add, used: dict[int, str]):
    """The stamp font as PDF objects (Type0 over CIDFontType2, subset embedded, ToUnicode);
    `add` stores an object and returns its reference."""
    from pypdf.generic import (  # noqa: PLC0415
        ArrayObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    data, _gids, widths, metrics = stamp_font()
    font_stream = StreamObject()
    font_stream._data = _compressed_font_bytes()
    font_stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    font_stream[NameObject("/Length1")] = NumberObject(len(data))
    descriptor = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): NameObject(FONT_NAME),
            NameObject("/Flags"): NumberObject(32),
            NameObject("/FontBBox"): ArrayObject(NumberObject(v) for v in metrics["bbox"]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): NumberObject(metrics["ascent"]),
            NameObject("/Descent"): NumberObject(metrics["descent"]),
            NameObject("/CapHeight"): NumberObject(metrics["cap_height"]),
            NameObject("/StemV"): NumberObject(80),
            NameObject("/FontFile2"): add(font_stream),
        }
    )
    w = ArrayObject()
    for gid in sorted(used):
        w += [NumberObject(gid), ArrayObject([NumberObject(widths.get(gid, 0))])]
    cid_font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/CIDFontType2"),
            NameObject("/BaseFont"): NameObject(FONT_NAME),
            NameObject("/CIDSystemInfo"): DictionaryObject(
                {
                    NameObject("/Registry"): TextStringObject("Adobe"),
                    NameObject("/Ordering"): TextStringObject("Identity"),
                    NameObject("/Supplement"): NumberObject(0),
                }
            ),
            NameObject("/FontDescriptor"): add(descriptor),
            NameObject("/DW"): NumberObject(widths.get(0, 600)),
            NameObject("/W"): w,
            NameObject("/CIDToGIDMap"): NameObject("/Identity"),
        }
    )
    to_unicode = StreamObject()
    to_unicode.set_data(_to_unicode(used))
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/BaseFont"): NameObject(FONT_NAME),
            NameObject("/Encoding"): NameObject("/Identity-H"),
            NameObject("/DescendantFonts"): ArrayObject([add(cid_font)]),
            NameObject("/ToUnicode"): add(to_unicode),
        }
    )
    return add(font)


def stamp_content(text: str, *, x_center: float, bottom: float) -> tuple[bytes, dict[int, str]]:
    """The content stream of one page's stamp (a white label, dark text on it) and the glyphs
    it uses."""
    laid = glyphs(text)
    widths = stamp_font()[2]
    width = sum(widths.get(gid, 0) for gid, _c in laid) * STAMP_FONT_SIZE / 1000
    x, y = x_center - width / 2, bottom + 9
    pad_x, pad_below, height = 4, 2.6, STAMP_FONT_SIZE + 4
    hex_string = "".join(f"{gid:04X}" for gid, _c in laid).encode()
    content = (
        # Marked as an artifact: page furniture, not part of the tagged text.
        b"/Artifact BMC q %.2f %.2f %.2f rg %.2f %.2f %.2f %.2f re f "
        b"%.2f %.2f %.2f rg BT /SpgStamp %.2f Tf %.2f %.2f Td <%s> Tj ET Q EMC"
        % (
            *LABEL_WHITE,
            x - pad_x,
            y - pad_below,
            width + 2 * pad_x,
            height,
            *TEXT_GREY,
            STAMP_FONT_SIZE,
            x,
            y,
            hex_string,
        )
    )
    return content, dict(laid)


def _previous_startxref(pdf: bytes) -> int:
    tail = pdf[-1024:]
    at = tail.rfind(b"startxref")
    if at < 0:
        raise ValueError("not a PDF: no startxref")
    return int(tail[at + len(b"startxref") :].split()[0])


def stamp(pdf: bytes, text: str) -> bytes:
    """Lay `text` in small dark type on a white label at the foot of every page, as an incremental
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

    used = dict(glyphs(text))
    font_ref = _font_objects(add, used)
    save, restore = stream(b"q"), stream(b"Q")
    resources_done: dict[int, object] = {}
    for page in reader.pages:
        box = page.mediabox
        data, _used = stamp_content(
            text, x_center=float(box.left) + float(box.width) / 2, bottom=float(box.bottom)
        )
        content = stream(data)
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
