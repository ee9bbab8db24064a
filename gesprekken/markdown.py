"""Safe Markdown for every page and the PDF: the one public renderer both apps use.

Users' Markdown is rendered by markdown-it with raw HTML disabled and then passed through an
allow-list sanitiser (nh3), so no script, event handler, `javascript:` URL, `hx-*` attribute
or SVG reaches a page or the PDF. Resolving references to observations and quotes is the
schets's business (`rapportage.markdown`); this module knows nothing of them.
"""

import re

import nh3
from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    "table"
)

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "a",
    "code",
    "pre",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "span",
    "mark",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "span": {"class"},
    "figure": {"class"},
    "blockquote": {"class"},
    "figcaption": {"class"},
    "mark": {"class"},
}


def sanitise(html: str) -> str:
    """Keep only the allow-listed tags and attributes; links only https and mailto."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "mailto"},
        link_rel="noopener noreferrer",
    )


def render_markdown_unsafe(text: str) -> str:
    """markdown-it's HTML before sanitising: only for a caller that transforms it and then
    calls `sanitise` itself."""
    return _md.render(text or "")


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML (raw HTML in the source is escaped, never passed)."""
    return sanitise(render_markdown_unsafe(text))


# A line that may open or shape anything but a paragraph: a list item, heading, quote,
# fence, indented code, table row, thematic break or setext underline, a link reference
# definition; and characters markdown-it or `splitlines` treat as line ends of their own.
_NIET_ALLEEN_ALINEAS_RE = re.compile(
    r"^(?: {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#|>|```|~~~|[-*_=:]|\[(?!\[))"
    r"| {4}|\t)|\||[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00]",
    re.M,
)


def top_level_blocks(text: str) -> list[tuple[str, str]]:
    """The source of each top-level block (paragraph, list, table, quote, heading, code) as
    (markdown-it token type, Markdown), in order: for callers that cut a text at its blocks
    without ever cutting a block. A text of paragraphs only is cut at its blank lines
    without parsing it (the same blocks, a fraction of the time)."""
    text = text or ""
    if _NIET_ALLEEN_ALINEAS_RE.search(text):
        return geparste_blokken(text)
    blocks, current = [], []
    for line in text.split("\n"):
        if line.strip(" \t"):  # markdown-it's blank line: spaces and tabs only
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return [("paragraph_open", source) for source in blocks if source.strip()]


def geparste_blokken(text: str) -> list[tuple[str, str]]:
    """`top_level_blocks` by markdown-it's parse, for any text."""
    lines = (text or "").splitlines()
    blocks = []
    for token in _md.parse(text or ""):
        if token.level == 0 and token.map and token.nesting >= 0:
            start, end = token.map
            source = "\n".join(lines[start:end]).strip("\n")
            if source.strip():
                blocks.append((token.type, source))
    return blocks
