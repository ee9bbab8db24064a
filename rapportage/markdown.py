"""A schets section's Markdown with observations and quotes embedded by reference.

Markdown itself is rendered and sanitised by the shared `gesprekken.markdown`. This module
resolves `[[citaat:12]]` and `[[waarneming:7]]` at render time with the current text, so a
changed quote updates everywhere; a quote appears only in the form its consent allows. A
quote reference may ask for a form, `[[citaat:12:anoniem]]` or `[[citaat:12:functie]]`; the
role is shown only when the speaker agreed to it (the privacy check flags a reference asking
for more).

A reference alone on its line is a block (the observation as a marked paragraph, the quote
set apart as a figure). A reference inside a sentence stays in the sentence: the observation
as running text, the quote in quotation marks with its source in brackets; so a sentence is
never cut in two and no stray "." is left as a paragraph of its own.
"""

import re
import secrets
from functools import lru_cache
from html import escape
from typing import NamedTuple

from gesprekken.constants import Toestemming, Weergave
from gesprekken.markdown import render_markdown_unsafe, sanitise

# Two groups (kind, pk), as other modules use it with findall; the form suffix is matched but
# only captured by REFERENCE_VORM_RE (kind, pk, form).
REFERENCE_RE = re.compile(r"\[\[(citaat|waarneming):(\d+)(?::(?:anoniem|functie))?\]\]")
REFERENCE_VORM_RE = re.compile(r"\[\[(citaat|waarneming):(\d+)(?::(anoniem|functie))?\]\]")
# A line holding nothing but references: those render as blocks.
_BLOCK_LINE_RE = re.compile(
    r"^[ \t]*(?:\[\[(?:citaat|waarneming):\d+(?::(?:anoniem|functie))?\]\][ \t]*)+$", re.M
)
_END_PUNCT = ".!?"


def references(text: str) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {"citaat": set(), "waarneming": set()}
    for kind, pk in REFERENCE_RE.findall(text or ""):
        found[kind].add(int(pk))
    return found


def block_references(text: str) -> list[tuple[str, int]]:
    """(kind, pk) of the references that stand alone on their line: rendered as blocks."""
    return [
        (m.group(1), int(m.group(2)))
        for line in _BLOCK_LINE_RE.finditer(text or "")
        for m in REFERENCE_VORM_RE.finditer(line.group(0))
    ]


def _missing(label: str, inline: bool) -> str:
    span = f'<span class="ontbrekend">[{escape(label)}]</span>'
    return span if inline else f"<p>{span}</p>"


def _bron(citaat, vorm: str) -> str:
    met_functie = citaat.weergave == Weergave.FUNCTIE and vorm != Weergave.ANONIEM
    return escape(citaat.rol) if met_functie and citaat.rol else "anoniem"


def quote_html(citaat, vorm: str = "", *, inline: bool = False) -> str:
    """A quote in the form its consent allows: never without consent; by role only when
    the speaker agreed to that and the reference does not ask for anonymity."""
    if citaat is None:
        return _missing("citaat niet gevonden", inline)
    if citaat.toestemming != Toestemming.GEGEVEN:
        return _missing("citaat zonder toestemming: wordt niet getoond", inline)
    bron = _bron(citaat, vorm)
    if inline:
        return (
            f'<span class="citaat-inline">“{escape(citaat.tekst.strip())}”</span>'
            f' <span class="citaat-bron-inline">({bron})</span>'
        )
    return (
        f'<figure class="citaat"><blockquote class="citaat">{escape(citaat.tekst)}</blockquote>'
        f'<figcaption class="citaat-bron">{bron}</figcaption></figure>'
    )


def observation_html(waarneming, *, inline: bool = False, volgt: str = "") -> str:
    """An observation as a block, or inline as running text. `volgt` is the character after
    an inline reference: its own final full stop is dropped when the sentence goes on with
    punctuation, so no ".." appears."""
    if waarneming is None:
        return _missing("waarneming niet gevonden", inline)
    soort = escape(waarneming.soort)
    if inline:
        tekst = waarneming.tekst.strip()
        if volgt and volgt in _END_PUNCT + ",;:" and tekst[-1:] in _END_PUNCT:
            tekst = tekst[:-1]
        return f'<span class="waarneming-inline waarneming-{soort}">{escape(tekst)}</span>'
    return f'<p><span class="waarneming waarneming-{soort}">{escape(waarneming.tekst)}</span></p>'


def binnen(spiegel, naam: str):
    """The Spiegel's `citaten` or `waarnemingen` that its schets may cite: its own and those
    of the earlier Spiegel it follows up (SPEC 2.5: evidence from both Spiegels)."""
    manager = getattr(spiegel, naam)
    if not getattr(spiegel, "vorige_id", None):
        return manager.all()
    return manager.model.objects.filter(spiegel_id__in=[spiegel.pk, spiegel.vorige_id])


def _lookups(text: str, spiegel, citaten, waarnemingen) -> tuple[dict, dict]:
    refs = references(text)
    if citaten is None:
        citaten = {}
        if spiegel is not None and refs["citaat"]:
            citaten = {c.pk: c for c in binnen(spiegel, "citaten").filter(pk__in=refs["citaat"])}
    if waarnemingen is None:
        waarnemingen = {}
        if spiegel is not None and refs["waarneming"]:
            waarnemingen = {
                w.pk: w for w in binnen(spiegel, "waarnemingen").filter(pk__in=refs["waarneming"])
            }
    return citaten, waarnemingen


class _Citaat(NamedTuple):
    tekst: str
    rol: str
    toestemming: str
    weergave: str


class _Waarneming(NamedTuple):
    tekst: str
    soort: str


def render(text: str, *, spiegel=None, citaten=None, waarnemingen=None) -> str:
    """Render one section's Markdown to sanitised HTML, resolving references within
    `spiegel` (and the earlier Spiegel it follows up) only: a reference to another
    Spiegel's quote renders as 'not found'.

    A page rendering many sections may pass `citaten` / `waarnemingen` (dicts by pk, already
    limited to the Spiegel) so that it queries once instead of once per section.

    The HTML is kept per text and the current content of what it references, so a page
    shown again renders only the sections (or the quotes) that changed."""
    text = text or ""
    citaten, waarnemingen = _lookups(text, spiegel, citaten, waarnemingen)
    refs = references(text)
    citaat_data = tuple(
        (pk, _Citaat(c.tekst, c.rol, c.toestemming, c.weergave))
        for pk in sorted(refs["citaat"])
        if (c := citaten.get(pk)) is not None
    )
    waarneming_data = tuple(
        (pk, _Waarneming(w.tekst, w.soort))
        for pk in sorted(refs["waarneming"])
        if (w := waarnemingen.get(pk)) is not None
    )
    return _render(text, citaat_data, waarneming_data)


@lru_cache(maxsize=256)
def _render(text: str, citaat_data: tuple, waarneming_data: tuple) -> str:
    citaten, waarnemingen = dict(citaat_data), dict(waarneming_data)
    # Placeholders carry a per-render nonce so a user cannot type one in.
    nonce = secrets.token_hex(4).upper()
    placeholders: dict[str, str] = {}

    def snippet(match, *, inline: bool) -> str:
        kind, pk, vorm = match.group(1), int(match.group(2)), match.group(3) or ""
        if kind == "citaat":
            return quote_html(citaten.get(pk), vorm, inline=inline)
        volgt = match.string[match.end() : match.end() + 1]
        return observation_html(waarnemingen.get(pk), inline=inline, volgt=volgt)

    def block_line(line_match) -> str:
        line = line_match.group(0)
        indent = line[: len(line) - len(line.lstrip())]  # keeps a block inside its list item
        keys = []
        for match in REFERENCE_VORM_RE.finditer(line):
            key = f"SPGB{nonce}N{len(placeholders)}X"
            placeholders[key] = snippet(match, inline=False)
            keys.append(f"\n\n{indent}{key}\n\n")
        return "".join(keys)

    def inline(match) -> str:
        key = f"SPGI{nonce}N{len(placeholders)}X"
        placeholders[key] = snippet(match, inline=True)
        return key

    source = _BLOCK_LINE_RE.sub(block_line, text)
    source = REFERENCE_VORM_RE.sub(inline, source)
    html = sanitise(render_markdown_unsafe(source))
    for key, html_snippet in placeholders.items():
        html = html.replace(f"<p>{key}</p>", html_snippet).replace(key, html_snippet)
    return html
