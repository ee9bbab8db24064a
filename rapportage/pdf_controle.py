"""Looking at a rendered PDF the way a reader does: its words with their boxes, how full a
page is, its pages as pictures, and the contrast of a region. Used by the handout's fit (no
near-empty last page), the preview thumbnails and the visual tests.

Everything goes through poppler-utils (`pdftotext -bbox`, `pdftoppm`), installed by
`bin/services.sh` and the Dockerfile; Pillow (a WeasyPrint dependency) reads the pictures.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

MM = 72 / 25.4
_PAGE_RE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD_RE = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)


def _bin(name: str) -> str:
    """The poppler tool by its full path (so no PATH entry decides what runs)."""
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is missing: apt-get install poppler-utils")
    return found


@dataclass(frozen=True)
class Woord:
    x0: float
    y0: float
    x1: float
    y1: float
    tekst: str


@dataclass(frozen=True)
class Pagina:
    breedte: float
    hoogte: float
    woorden: list[Woord]


def paginas(data: bytes) -> list[Pagina]:
    """Every page with its words and their boxes (points, origin top left)."""
    out = subprocess.run(  # noqa: S603
        [_bin("pdftotext"), "-bbox", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode()
    result = []
    for width, height, body in _PAGE_RE.findall(out):
        words = [
            Woord(float(a), float(b), float(c), float(d), unescape(t))
            for a, b, c, d, t in _WORD_RE.findall(body)
        ]
        result.append(Pagina(float(width), float(height), words))
    return result


def vulling(pagina: Pagina, *, boven_mm: float, onder_mm: float) -> float:
    """How far down the text area the page's text reaches (0: empty, 1: to the bottom
    margin), leaving out running headers and footers in the margins."""
    top, bottom = boven_mm * MM, pagina.hoogte - onder_mm * MM
    inside = [w.y1 for w in pagina.woorden if top <= w.y0 and w.y1 <= bottom]
    if not inside:
        return 0.0
    return (max(inside) - top) / (bottom - top)


def tekst(data: bytes) -> str:
    """The whole text, de-hyphenated: a word broken at a line end is joined again."""
    return re.sub(r"(\w)[-\u00ad\u2010]\n\s*(\w)", r"\1\2", tekst_ruw(data))


def tekst_ruw(data: bytes) -> str:
    """The whole text as pdftotext reads it, pages separated by form feeds."""
    return subprocess.run(  # noqa: S603
        [_bin("pdftotext"), "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode()


def plaatjes(
    data: bytes, *, dpi: int = 40, eerste: int = 1, laatste: int | None = None
) -> list[bytes]:
    """Pages as PNG bytes (pdftoppm), in order."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(data)
        command = [_bin("pdftoppm"), "-png", "-r", str(dpi), "-f", str(eerste)]
        if laatste is not None:
            command += ["-l", str(laatste)]
        subprocess.run(  # noqa: S603
            [*command, str(source), str(Path(tmp) / "p")], check=True, timeout=120
        )
        files = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [f.read_bytes() for f in files]


def inkt(png: bytes) -> float:
    """The share of a page's pixels that differ visibly from its most common colour:
    0.0 for a blank page."""
    import io  # noqa: PLC0415

    from PIL import Image  # noqa: PLC0415

    image = Image.open(io.BytesIO(png)).convert("L")
    histogram = image.histogram()
    background = max(range(256), key=histogram.__getitem__)
    total = sum(histogram)
    far = sum(n for value, n in enumerate(histogram) if abs(value - background) > 40)
    return far / total


def _luminance(rgb) -> float:
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    """WCAG 2.1 contrast ratio of two sRGB colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def tekstcontrast(png: bytes, box: tuple[int, int, int, int]) -> float:
    """Contrast between the most common colour in `box` (the background) and the colour
    furthest from it (the core of the glyphs), as a reader sees the text there."""
    import io  # noqa: PLC0415

    from PIL import Image  # noqa: PLC0415

    region = Image.open(io.BytesIO(png)).convert("RGB").crop(box)
    colours = region.getcolors(maxcolors=region.width * region.height)
    background = max(colours)[1]
    far = max(colours, key=lambda item: abs(_luminance(item[1]) - _luminance(background)))[1]
    return contrast(background, far)


# An orphan: a paragraph (or a line of PDF text) that is only punctuation or starts with it,
# as a reference embedded mid-sentence used to leave ('.', '. Ze worden ...').
ORPHAN_RE = re.compile(r"^\s*[.,;:!?](\s|$)")


class _Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.texts, self.current = 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.depth += 1
            self.current = []

    def handle_endtag(self, tag):
        if tag == "p" and self.depth:
            self.depth -= 1
            self.texts.append("".join(self.current))

    def handle_data(self, data):
        if self.depth:
            self.current.append(data)


def orphan_paragraphs(html: str) -> list[str]:
    """The `<p>` texts of `html` that are orphans, or punctuation only."""
    parser = _Paragraphs()
    parser.feed(html)
    return [
        t for t in parser.texts if ORPHAN_RE.match(t) or (t.strip() and not t.strip(" .,;:!?\n"))
    ]


def orphan_lines(text: str) -> list[str]:
    """The lines of a PDF's text (`tekst_ruw`) that are orphans."""
    return [line for line in text.splitlines() if ORPHAN_RE.match(line)]
