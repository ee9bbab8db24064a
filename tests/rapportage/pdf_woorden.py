"""Helpers of the PDF conservation and visual tests: the words a schets section must show
(read from its Markdown independently of the renderer) and the words a PDF shows. Orphan
paragraphs are found by `rapportage.pdf_controle.orphan_paragraphs`."""

import re
from collections import Counter

from markdown_it import MarkdownIt

from gesprekken.constants import Toestemming
from rapportage import pdf_controle
from rapportage.markdown import REFERENCE_VORM_RE

_md = MarkdownIt("commonmark").enable("table")
WORD_RE = re.compile(r"\w+")
LONG = 25  # longer words may be broken without a hyphen (overflow-wrap): compared glued
# The page furniture pdftotext puts between the halves of a word hyphenated at a page's last
# line: the running footer and header, the page number, the form feed.
_FURNITURE = (
    r"(?:[\s\f]*(?:Vertrouwelijk\b[^\n]*|pagina \d+ van \d+|\d+\s*/\s*\d+"
    r"|[^\n]* · \d{1,2} \w+ \d{4})[ \t]*\n)*"
)
HYPHEN_RE = re.compile(r"(\w)[-\u00ad\u2010]\n" + _FURNITURE + r"[\s\f]*(\w)")
FURNITURE_LINE_RE = re.compile(
    r"^[ \t\f]*(?:Vertrouwelijk\b.*|pagina \d+ van \d+|\d+\s*/\s*\d+|.* · \d{1,2} \w+ \d{4})[ \t]*$",
    re.M,
)


def resolved_source(tekst: str, spiegel) -> str:
    """The section's Markdown with each reference replaced by the text it must show."""
    citaten = {c.pk: c for c in spiegel.citaten.all()}
    waarnemingen = {w.pk: w for w in spiegel.waarnemingen.all()}

    def replace(match):
        kind, pk = match.group(1), int(match.group(2))
        if kind == "citaat":
            c = citaten.get(pk)
            return f" {c.tekst} " if c and c.toestemming == Toestemming.GEGEVEN else " "
        w = waarnemingen.get(pk)
        return f" {w.tekst} " if w else " "

    return REFERENCE_VORM_RE.sub(replace, tekst or "")


def markdown_words(source: str) -> list[str]:
    """The words a reader sees of Markdown: inline text and code, never the syntax."""
    words = []
    for token in _md.parse(source):
        if token.type == "inline":
            for child in token.children or []:
                if child.type in ("text", "code_inline"):
                    words += WORD_RE.findall(child.content)
        elif token.type in ("fence", "code_block"):
            words += WORD_RE.findall(token.content)
    return [w.lower() for w in words]


def section_words(raw: dict, spiegel) -> list[str]:
    return markdown_words(resolved_source(raw.get("tekst") or "", spiegel))


class PdfWords:
    """The words of a rendered PDF: counted in the raw text (hyphens kept) and in the
    de-hyphenated text, taking the larger count, so both "werkpro-/cessen" and
    "Ørsted-/Łukasiewicz" count as written."""

    def __init__(self, text: str):
        raw = Counter(w.lower() for w in WORD_RE.findall(text))
        joined = Counter(w.lower() for w in WORD_RE.findall(HYPHEN_RE.sub(r"\1\2", text)))
        self.counts = raw | joined
        # Long words are compared glued, the page furniture between their halves left out.
        body = FURNITURE_LINE_RE.sub("", text)
        self.glued = re.sub(r"[\s\-\u00ad\u2010]+", "", body).lower()

    @classmethod
    def of(cls, data: bytes) -> "PdfWords":
        return cls(pdf_controle.tekst_ruw(data))

    def missing(self, words: list[str]) -> list[str]:
        wanted = Counter(w for w in words if len(w) <= LONG)
        short = [w for w, n in wanted.items() if self.counts[w] < n]
        long = [w for w in words if len(w) > LONG and w not in self.glued]
        return short + long
