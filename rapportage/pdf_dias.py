"""The slide deck and the handout's selection: which part of each section goes where.

A section's Markdown is cut into *units* at its top-level blocks (paragraph, list, table,
quote, embedded reference); a paragraph that ends in a colon stays with the block after it,
so "Daarna voerden we:" never loses its list. A slide shows the team's `kernboodschap` when
they wrote one, otherwise the section's units from the top for as long as they fit one slide
(the first unit always, whole). Whatever a slide or the handout leaves out is pointed to
with a visible "zie rapportage, hoofdstuk N": nothing disappears without a trace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from django.utils.html import escape

from gesprekken.markdown import top_level_blocks
from rapportage import markdown

DIA_BUDGET = 650  # characters of running text one slide holds in readable type
DIA_GROOT = 300  # up to this, the largest type
MAX_CITAAT_DIAS = 8
_TAG_RE = re.compile(r"<[^>]+>")


def platte_tekst(html: str) -> str:
    return " ".join(unescape(_TAG_RE.sub(" ", html)).split())


@dataclass
class Eenheid:
    bron: str  # the unit's Markdown
    html: str = ""  # a handout unit is rendered only once a step takes it
    lengte: int = 0
    citaten: list[int] = field(default_factory=list)  # quote pks shown as a block in it


def eenheden(tekst: str) -> list[str]:
    """The section's Markdown cut into units at top-level blocks; a paragraph ending in ':'
    is joined with the block that follows it."""
    return _samen(top_level_blocks(tekst))


def _resolved(units: list[str], *, spiegel, citaten, waarnemingen) -> list[Eenheid]:
    result = []
    for source in units:
        html = markdown.render(source, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen)
        blok_citaten = [pk for kind, pk in markdown.block_references(source) if kind == "citaat"]
        result.append(Eenheid(source, html, len(platte_tekst(html)), blok_citaten))
    return result


def dia_inhoud(tekst: str, kernboodschap: str, *, spiegel, citaten, waarnemingen) -> dict:
    """What the section's slide shows: `html`, `grootte` (css class of the type size),
    `ingekort` (True when part of the section is only in the report) and `getoonde_citaten`
    (quotes already on the slide as a block)."""
    if (kernboodschap or "").strip():
        html = markdown.render(
            kernboodschap, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen
        )
        lengte = len(platte_tekst(html))
        return {
            "html": html,
            "grootte": _grootte(lengte),
            "ingekort": bool((tekst or "").strip()),
            "getoonde_citaten": [],
        }
    # Only the head of the section is cut into units (`_kop`); should the slide hold all of
    # it after all, the whole section is cut and the slide goes on where the head ended.
    bronnen, rest = _kop(tekst or "", DIA_BUDGET, citaten=citaten, waarnemingen=waarnemingen)
    gekozen: list[Eenheid] = []
    totaal, i, vol = 0, 0, False
    while not vol:
        if i == len(bronnen):
            if not rest:
                break
            bronnen, rest = eenheden(tekst), ""
            continue
        # Rendered one by one: what is past the slide is not rendered.
        (unit,) = _resolved(
            [bronnen[i]], spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen
        )
        vol = bool(gekozen) and totaal + unit.lengte > DIA_BUDGET
        if not vol:
            gekozen.append(unit)
            totaal += unit.lengte
            i += 1
    return {
        "html": "".join(u.html for u in gekozen),
        "grootte": _grootte(totaal),
        "ingekort": vol,
        "getoonde_citaten": [pk for u in gekozen for pk in u.citaten],
    }


def _grootte(lengte: int) -> str:
    if lengte <= DIA_GROOT:
        return "dia-groot"
    if lengte <= DIA_BUDGET:
        return "dia-middel"
    return "dia-klein-type"


ONGEMETEN = 10**9  # the length of what lies past every handout limit: never taken

# Markdown markup that shows no text: list, heading and quote markers at a line's start,
# emphasis, code and table marks, a table's delimiter row, a link's target.
_MARKUP_RE = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+|^[ \t|:-]*-{3,}[ \t|:-]*$|[*_`|\[]|\]\([^)]*\)",
    re.M,
)
_LIST_ITEM_RE = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M)


def bron_lengte(source: str, *, citaten, waarnemingen) -> int:
    """The characters of running text a piece of Markdown shows, counted on its source
    without rendering it: markup left out, an inline reference counted as the text it
    shows (a quote with its quotation marks and source)."""

    def reference(match) -> str:
        kind, pk = match.group(1), int(match.group(2))
        found = (citaten if kind == "citaat" else waarnemingen).get(pk)
        shown = len(found.tekst.strip()) if found is not None else 30
        return "x" * (shown + (14 if kind == "citaat" else 0))

    text = _MARKUP_RE.sub(" ", markdown.REFERENCE_VORM_RE.sub(reference, source or ""))
    return len(" ".join(text.split()))


def lijstpunten(source: str) -> int:
    """How many list items a piece of Markdown holds (nested ones too)."""
    return len(_LIST_ITEM_RE.findall(source or ""))


def _kop(tekst: str, tot: int, *, citaten, waarnemingen) -> tuple[list[str], str]:
    """(units, rest): the units of the head of `tekst` holding more than `tot` characters,
    and the Markdown after them. Only the head is parsed: it is cut at a blank line and
    its last block dropped (that block might go on past the cut, a paragraph ending in ':'
    with it), so the units are those of the whole text."""
    grens = 2 * tot + 200
    while grens < len(tekst):
        cut = tekst.find("\n\n", grens)
        if cut < 0:
            break
        blocks = top_level_blocks(tekst[:cut])
        kept = blocks[:-1]
        while kept and kept[-1][0] == "paragraph_open" and kept[-1][1].rstrip().endswith(":"):
            kept.pop()
        units = _samen(kept)
        lengte = sum(
            bron_lengte(u, citaten=citaten, waarnemingen=waarnemingen)
            for u in units
            if not _heeft_citaatblok(u)
        )
        if lengte > tot:
            rest = "\n\n".join([source for _kind, source in blocks[len(kept) :]])
            return units, (rest + tekst[cut:]).strip()
        grens *= 2
    return eenheden(tekst), ""


def _samen(blocks: list[tuple[str, str]]) -> list[str]:
    units: list[str] = []
    open_colon = False
    for kind, source in blocks:
        if open_colon and units:
            units[-1] = units[-1] + "\n\n" + source
        else:
            units.append(source)
        open_colon = kind == "paragraph_open" and source.rstrip().endswith(":")
    return units


def _heeft_citaatblok(source: str) -> bool:
    return any(kind == "citaat" for kind, _pk in markdown.block_references(source))


def kort_eenheden(tekst: str, *, spiegel, citaten, waarnemingen, tot=None) -> list[Eenheid]:
    """The units the handout may take from a section (its quotes have their own block),
    measured on their Markdown (`bron_lengte`) and rendered only when a step takes one
    (`kort`). With `tot` (the largest limit) only the head of the section is cut into
    units: what lies past it is one unit no step can take, so a long section is neither
    parsed nor measured to its end."""
    del spiegel  # resolved at render time, in `kort`
    tekst = tekst or ""
    if tot is None:
        bronnen, rest = eenheden(tekst), ""
    else:
        bronnen, rest = _kop(tekst, tot, citaten=citaten, waarnemingen=waarnemingen)
    result: list[Eenheid] = []
    totaal = 0
    for source in bronnen:
        if _heeft_citaatblok(source):
            continue
        if tot is not None and result and totaal > tot:
            result.append(Eenheid(source, lengte=ONGEMETEN))
            continue
        lengte = bron_lengte(source, citaten=citaten, waarnemingen=waarnemingen)
        result.append(Eenheid(source, lengte=lengte))
        totaal += lengte
    if rest:
        result.append(Eenheid(rest, lengte=ONGEMETEN))
    return result


def _html(unit: Eenheid, lookups: dict) -> str:
    if not unit.html and unit.bron:  # rendered once, when a step first takes the unit
        unit.html = markdown.render(unit.bron, **lookups)
    return unit.html


def kies(units: list[Eenheid], limit: int) -> list[Eenheid]:
    """The units from the top that fit `limit` characters together."""
    gekozen, totaal = [], 0
    for unit in units:
        if totaal + unit.lengte > limit:
            break
        gekozen.append(unit)
        totaal += unit.lengte
    return gekozen


def kort(tekst: str, *, limit: int, spiegel, citaten, waarnemingen, units=None) -> tuple[str, bool]:
    """The handout's short form of a section: whole units from the top within `limit`
    characters (at least the first sentence of the first one); (html, ingekort). `units`
    (from `kort_eenheden`) saves cutting and measuring them again for every handout step."""
    if units is None:
        units = kort_eenheden(tekst, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen)
    if not units:
        return "", bool((tekst or "").strip())
    gekozen = kies(units, limit)
    if not gekozen and limit <= 0:  # no words fit: nothing to render
        return "<p> …</p>", True
    lookups = {"spiegel": spiegel, "citaten": citaten, "waarnemingen": waarnemingen}
    if gekozen:
        html = "".join(_html(u, lookups) for u in gekozen)
        return html, len(gekozen) < len(units) or _had_quotes(tekst)
    eerste = platte_tekst(_html(units[0], lookups))
    zin = re.match(r"(.{20,}?[.!?])(\s|$)", eerste)
    woorden = (
        zin.group(1) if zin and len(zin.group(1)) <= limit else eerste[:limit].rsplit(" ", 1)[0]
    )
    return f"<p>{escape(woorden)} …</p>", True


def kort_maat(tekst: str, *, limit: int, units: list[Eenheid]) -> tuple[int, bool]:
    """(characters, ingekort) of what `kort` shows at `limit`, by arithmetic on the units'
    lengths: the handout's fit estimate renders nothing."""
    if not units:
        return 0, bool((tekst or "").strip())
    gekozen = kies(units, limit)
    if gekozen:
        lengte = sum(u.lengte for u in gekozen) + len(gekozen) - 1
        return lengte, len(gekozen) < len(units) or _had_quotes(tekst)
    return min(limit, units[0].lengte) + 2, True


def _had_quotes(tekst: str) -> bool:
    return any(m.group(1) == "citaat" for m in markdown.REFERENCE_VORM_RE.finditer(tekst or ""))
