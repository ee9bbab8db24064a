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
- The stamp (downloader and date) is `pdf_stempel`: appended as an incremental update,
  cheap, never a re-render.
"""

from __future__ import annotations

import logging
import posixpath
import re
import threading
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


# The stylesheets the PDF templates link, parsed once per process and thread with one font
# configuration, instead of once per render (about a fifth of a handout's render time): the
# way WeasyPrint's maintainers advise for stylesheets used again and again (CSS objects
# instead of links, Kozea/WeasyPrint#618). Measured: the pages are pixel for pixel the same,
# and a worker's memory stays flat over 80 renders (149 MB; 154 MB with the links).
_STYLESHEET_LINK_RE = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
_kept = threading.local()


def kept_stylesheets(html: str):
    """(the HTML without its links to our own stylesheets, those sheets parsed, in link order,
    the font configuration they were parsed with), or None to let WeasyPrint read the HTML's
    stylesheets itself: when it has a <style> element or a stylesheet link of another form
    (the kept sheets are passed as user stylesheets; with no other author sheet beside them
    the cascade is the same). A sheet is parsed again when its file changed."""
    hrefs = _STYLESHEET_LINK_RE.findall(html)
    if not hrefs or "<style" in html:
        return None
    paths = [static_path(href) for href in hrefs]
    if any(path is None for path in paths):
        return None
    stripped = _STYLESHEET_LINK_RE.sub("", html)
    if 'rel="stylesheet"' in stripped:
        return None
    from weasyprint import CSS  # noqa: PLC0415
    from weasyprint.text.fonts import FontConfiguration  # noqa: PLC0415

    if not hasattr(_kept, "sheets"):
        _kept.fonts, _kept.sheets = FontConfiguration(), {}
    sheets = []
    for href, path in zip(hrefs, paths, strict=True):
        version = path.stat().st_mtime_ns
        known = _kept.sheets.get(href)
        if known is None or known[0] != version:
            css = CSS(url=href, url_fetcher=safe_fetcher(), font_config=_kept.fonts)
            known = _kept.sheets[href] = (version, css)
        sheets.append(known[1])
    return stripped, sheets, _kept.fonts


def render_pdf(html: str, *, title: str, lang: str = "nl") -> bytes:
    """HTML to PDF/A-3b bytes. The HTML's own <title> and lang are metadata too; `title` is
    checked to be there so a template cannot silently lose it."""
    from weasyprint import HTML  # noqa: PLC0415 - a second to import: only in the worker

    for name in ("weasyprint.progress", "fontTools"):
        logging.getLogger(name).setLevel(logging.WARNING)

    kept = kept_stylesheets(html)
    if kept is None:
        document = HTML(string=html, base_url=BASE_URL, url_fetcher=safe_fetcher()).render()
    else:
        html, sheets, fonts = kept
        document = HTML(string=html, base_url=BASE_URL, url_fetcher=safe_fetcher()).render(
            stylesheets=sheets, font_config=fonts
        )
    document.metadata.title = title
    document.metadata.lang = lang
    # Without object streams: a download's stamp then reads only the page objects it
    # changes (milliseconds) instead of parsing the whole compressed structure tree (about
    # a second for 40 pages). The file is larger; nothing else changes.
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True, uncompressed_pdf=True)


# The page tree of a PDF as `render_pdf` writes it (uncompressed, no object streams): one
# /Pages node, its /Count in the same dictionary.
_PAGES_RE = re.compile(rb"/Type\s*/Pages\b")
_PAGES_COUNT_RE = re.compile(rb"<<\s*/Type\s*/Pages\b(?:(?!>>).)*?/Count\s+(\d+)", re.S)


def paginas(data: bytes) -> int:
    """The number of pages of a PDF, read from its page tree: directly from the one /Pages
    node of an uncompressed file as `render_pdf` writes it (a regular expression, well under
    a millisecond), else by pypdf (some milliseconds to tens for 40 pages)."""
    if len(_PAGES_RE.findall(data)) == 1 and b"/ObjStm" not in data:
        found = _PAGES_COUNT_RE.findall(data)
        if len(found) == 1:
            return int(found[0])
    import io  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    return PdfReader(io.BytesIO(data)).get_num_pages()


# The download stamp lives in its own module; its names stay reachable here.
from rapportage.pdf_stempel import (  # noqa: E402
    stamp,
    stamp_font,
    stamp_font_cache_key,
    stamp_font_voorbereiden,
)

__all__ = [
    "paginas",
    "render_pdf",
    "safe_fetcher",
    "static_url",
    "stamp",
    "stamp_font",
    "stamp_font_cache_key",
    "stamp_font_voorbereiden",
]
