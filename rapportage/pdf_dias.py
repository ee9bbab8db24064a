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
    html: str = ""
    lengte: int = 0
    citaten: list[int] = field(default_factory=list)  # quote pks shown as a block in it


def eenheden(tekst: str) -> list[str]:
    """The section's Markdown cut into units at top-level blocks; a paragraph ending in ':'
    is joined with the block that follows it."""
    units: list[str] = []
    open_colon = False
    for kind, source in top_level_blocks(tekst):
        if open_colon and units:
            units[-1] = units[-1] + "\n\n" + source
        else:
            units.append(source)
        open_colon = kind == "paragraph_open" and source.rstrip().endswith(":")
    return units


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
    bronnen = eenheden(tekst)
    gekozen: list[Eenheid] = []
    totaal = 0
    for source in bronnen:  # rendered one by one: what is past the slide is only counted
        (unit,) = _resolved([source], spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen)
        if gekozen and totaal + unit.lengte > DIA_BUDGET:
            break
        gekozen.append(unit)
        totaal += unit.lengte
    return {
        "html": "".join(u.html for u in gekozen),
        "grootte": _grootte(totaal),
        "ingekort": len(gekozen) < len(bronnen),
        "getoonde_citaten": [pk for u in gekozen for pk in u.citaten],
    }


def _grootte(lengte: int) -> str:
    if lengte <= DIA_GROOT:
        return "dia-groot"
    if lengte <= DIA_BUDGET:
        return "dia-middel"
    return "dia-klein-type"


ONGEMETEN = 10**9  # the length of a unit past every handout limit: never rendered


def kort_eenheden(tekst: str, *, spiegel, citaten, waarnemingen, tot=None) -> list[Eenheid]:
    """The units the handout may take from a section (its quotes have their own block).
    With `tot` (the largest limit), units past it are counted but not rendered: no handout
    step can take them, and a long section then costs two renders instead of dozens."""
    result: list[Eenheid] = []
    totaal = 0
    for source in eenheden(tekst):
        if any(kind == "citaat" for kind, _pk in markdown.block_references(source)):
            continue
        if tot is not None and result and totaal > tot:
            result.append(Eenheid(source, lengte=ONGEMETEN))
            continue
        (unit,) = _resolved([source], spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen)
        result.append(unit)
        totaal += unit.lengte
    return result


def kort(tekst: str, *, limit: int, spiegel, citaten, waarnemingen, units=None) -> tuple[str, bool]:
    """The handout's short form of a section: whole units from the top within `limit`
    characters (at least the first sentence of the first one); (html, ingekort). `units`
    (from `kort_eenheden`) saves resolving them again for every handout step."""
    if units is None:
        units = kort_eenheden(tekst, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen)
    if not units:
        return "", bool((tekst or "").strip())
    gekozen, totaal = [], 0
    for unit in units:
        if totaal + unit.lengte > limit:
            break
        gekozen.append(unit)
        totaal += unit.lengte
    if gekozen:
        return "".join(u.html for u in gekozen), len(gekozen) < len(units) or _had_quotes(tekst)
    eerste = platte_tekst(units[0].html)
    zin = re.match(r"(.{20,}?[.!?])(\s|$)", eerste)
    woorden = (
        zin.group(1) if zin and len(zin.group(1)) <= limit else eerste[:limit].rsplit(" ", 1)[0]
    )
    return f"<p>{escape(woorden)} …</p>", True


def _had_quotes(tekst: str) -> bool:
    return any(m.group(1) == "citaat" for m in markdown.REFERENCE_VORM_RE.finditer(tekst or ""))
