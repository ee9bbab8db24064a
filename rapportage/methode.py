"""Method checks beside tone: does the schets follow the Spiegel's way of writing?

* Per bouwsteen section, strengths come before points of attention: a section that opens
  with an aandachtspunt is flagged (differently when it names no kracht at all).
* The schets names at least one kracht for every bouwsteen it discusses.
* The closing section asks "waar staan jullie, waar willen jullie naartoe?".

What counts as kracht or aandachtspunt, block by block (paragraph, list item, heading): a
``[[waarneming:N]]`` reference takes the kind of that observation; otherwise a heading or
keywords ("wat goed gaat", "steunpilaar", "trots" / "aandachtspunt", "nog niet", "knelpunt").
A bouwsteen section is one whose key starts with ``duiding`` (the template's
``duiding-<bouwsteen>``) or whose title names one of the request's bouwstenen. The checks
warn; they do not block review.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from rapportage.checks import Bevinding
from rapportage.markdown import REFERENCE_VORM_RE

KRACHT, AANDACHT = "kracht", "aandachtspunt"
_KRACHT_RE = re.compile(
    r"\b(?:krachte?n?|kracht\w*|steunpilaar\w*|sterke?\s+punt\w*|sterk\w*|goed\s+gaat|gaat\s+goed"
    r"|gaan\s+goed|loopt\s+goed|werkt\s+goed|trots|waarder\w*|mooie?\s+voorbeeld\w*|goede\s+"
    r"voorbeeld\w*|betrokken\w*|wat\s+(?:er\s+)?goed)\b",
    re.IGNORECASE,
)
_AANDACHT_RE = re.compile(
    r"\b(?:aandachtspunt\w*|let\s+op|knelpunt\w*|zorgen|zorgpunt\w*|schuurt|nog\s+niet|ontbre\w*"
    r"|mist|missen|lastig\w*|risico\w*|verbeterpunt\w*|kwetsba\w*|wringt|knelt)\b",
    re.IGNORECASE,
)
_BLOCK_RE = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*+]\s|\d+[.)]\s|#))")
_SLOT_STAAN_RE = re.compile(r"\bwaar\s+sta(?:an|at)\s+(?:jullie|we|wij|u)\b", re.IGNORECASE)
_SLOT_NAARTOE_RE = re.compile(
    r"\bwaar\s+wil(?:len|t)?\s+(?:jullie|we|wij|u)\s+(?:\w+\s+){0,4}?(?:naartoe|naar\s+toe|heen)\b",
    re.IGNORECASE,
)


def _secties(schets, secties) -> list[dict]:
    if secties is not None:
        return [dict(s) for s in secties]
    return list(schets.secties.order_by("volgorde", "pk").values("sleutel", "titel", "tekst"))


def _soort(blok: str, waarnemingen: dict) -> str | None:
    for m in REFERENCE_VORM_RE.finditer(blok):
        if m.group(1) == "waarneming" and int(m.group(2)) in waarnemingen:
            soort = waarnemingen[int(m.group(2))]["soort"]
            if soort in (KRACHT, AANDACHT):
                return soort
    kracht, aandacht = _KRACHT_RE.search(blok), _AANDACHT_RE.search(blok)
    if kracht and (not aandacht or kracht.start() <= aandacht.start()):
        return KRACHT
    return AANDACHT if aandacht else None


def eenheden(tekst: str, waarnemingen: dict) -> list[tuple[str, str]]:
    """(kind, block) for every block of ``tekst`` that reads as kracht or aandachtspunt."""
    result = []
    for blok in _BLOCK_RE.split(tekst or ""):
        soort = _soort(blok, waarnemingen) if blok.strip() else None
        if soort:
            result.append((soort, blok.strip()))
    return result


def _waarnemingen(schets, secties) -> dict[int, dict]:
    pks = {
        int(m.group(2))
        for s in secties
        for m in REFERENCE_VORM_RE.finditer(s.get("tekst") or "")
        if m.group(1) == "waarneming"
    }
    if not pks:
        return {}
    result = {}
    for w in schets.spiegel.waarnemingen.filter(pk__in=pks).prefetch_related("bouwstenen"):
        result[w.pk] = {"soort": w.soort, "bouwstenen": {b.slug for b in w.bouwstenen.all()}}
    return result


def _eigen_waarnemingen(schets, secties, gelezen) -> dict[int, dict]:
    """`_waarnemingen`, or the same taken from `gelezen` (the referenced observations the
    page read, with `bouwsteen_slugs`): the check reads the Spiegel's own ones only."""
    if gelezen is None:
        return _waarnemingen(schets, secties)
    return {
        pk: {"soort": w.soort, "bouwstenen": set(w.bouwsteen_slugs)}
        for pk, w in gelezen.items()
        if w.spiegel_id == schets.spiegel_id
    }


def _bouwsteen_van(sectie: dict, bouwstenen: list) -> tuple[bool, str | None]:
    """(is a bouwsteen section, the bouwsteen's slug if known)."""
    sleutel, titel = sectie.get("sleutel") or "", (sectie.get("titel") or "").lower()
    for b in bouwstenen:
        if sleutel == f"duiding-{b.slug}"[:40] or b.naam.lower() in titel:
            return True, b.slug
    return sleutel.startswith("duiding"), None


def _slot(secties: list[dict]) -> dict | None:
    return next((s for s in secties if s.get("sleutel") == "tot-slot"), None) or (
        secties[-1] if secties else None
    )


def _volgorde(sectie: dict, units: list) -> Bevinding | None:
    if not units or units[0][0] != AANDACHT:
        return None
    if any(soort == KRACHT for soort, _b in units):
        bericht = _(
            "de sectie opent met een aandachtspunt; zet eerst wat goed gaat (de krachten) en "
            "daarna de aandachtspunten."
        )
    else:
        bericht = _(
            "de sectie opent met een aandachtspunt en noemt geen kracht; begin met wat goed gaat."
        )
    return Bevinding("volgorde", sectie.get("titel") or "", sectie.get("sleutel") or "", bericht)


def _slotvraag(sectie: dict) -> Bevinding | None:
    tekst = sectie.get("tekst") or ""
    if _SLOT_STAAN_RE.search(tekst) and _SLOT_NAARTOE_RE.search(tekst):
        return None
    return Bevinding(
        "slot",
        sectie.get("titel") or "",
        sectie.get("sleutel") or "",
        _("het slot stelt de vraag ‘waar staan jullie, waar willen jullie naartoe?’ nog niet."),
    )


def methode_bevindingen(
    schets, secties: list[dict] | None = None, *, bouwstenen=None, waarnemingen=None
) -> list[Bevinding]:
    """Method findings for the whole schets (or for `secties`, the dicts of a version).

    A page that has read them passes `bouwstenen` (the request's, in order) and
    `waarnemingen` (the referenced observations by pk, with `bouwsteen_slugs`)."""
    secties = _secties(schets, secties)
    if bouwstenen is None:
        bouwstenen = list(schets.spiegel.aanvraag.bouwstenen.order_by("volgorde", "naam"))
    waarnemingen = _eigen_waarnemingen(schets, secties, waarnemingen)
    gevonden: list[Bevinding] = []
    besproken: dict[str, str] = {}  # slug -> name, of the bouwstenen the schets discusses
    met_kracht: set[str] = set()
    namen = {b.slug: b.naam for b in bouwstenen}
    for sectie in secties:
        units = eenheden(sectie.get("tekst") or "", waarnemingen)
        is_bouwsteen, slug = _bouwsteen_van(sectie, bouwstenen)
        if is_bouwsteen and (sectie.get("tekst") or "").strip():
            if (b := _volgorde(sectie, units)) is not None:
                gevonden.append(b)
            if slug:
                besproken[slug] = namen[slug]
                if any(soort == KRACHT for soort, _b in units):
                    met_kracht.add(slug)
        for m in REFERENCE_VORM_RE.finditer(sectie.get("tekst") or ""):
            w = waarnemingen.get(int(m.group(2))) if m.group(1) == "waarneming" else None
            for s in (w or {}).get("bouwstenen", ()):
                besproken.setdefault(s, namen.get(s, s))
                if w["soort"] == KRACHT:
                    met_kracht.add(s)
        if sectie.get("sleutel") == "krachten":
            for b in bouwstenen:
                if b.naam.lower() in (sectie.get("tekst") or "").lower():
                    met_kracht.add(b.slug)
    for slug, naam in besproken.items():
        if slug not in met_kracht and slug in namen:
            gevonden.append(
                Bevinding(
                    "kracht",
                    naam,
                    "",
                    _("de schets bespreekt bouwsteen ‘%(naam)s’, maar noemt er geen kracht bij.")
                    % {"naam": naam},
                )
            )
    slot = _slot(secties)
    if slot is not None and (b := _slotvraag(slot)) is not None:
        gevonden.append(b)
    return gevonden


def sectie_methode(
    schets, sectie, tekst: str, *, bouwstenen=None, waarnemingen=None
) -> list[Bevinding]:
    """Method findings for one section while it is being written (the editor's preview).
    `bouwstenen` / `waarnemingen`: as in `methode_bevindingen`, when the page read them."""
    data = {"sleutel": sectie.sleutel, "titel": sectie.titel, "tekst": tekst}
    gevonden = []
    if bouwstenen is None:
        bouwstenen = list(schets.spiegel.aanvraag.bouwstenen.all())
    is_bouwsteen, _slug = _bouwsteen_van(data, bouwstenen)
    if is_bouwsteen and tekst.strip():
        units = eenheden(tekst, _eigen_waarnemingen(schets, [data], waarnemingen))
        if (b := _volgorde(data, units)) is not None:
            gevonden.append(b)
        elif not any(soort == KRACHT for soort, _b in units):
            gevonden.append(
                Bevinding(
                    "kracht",
                    data["titel"],
                    data["sleutel"],
                    _("deze sectie noemt nog geen kracht; begin met wat goed gaat."),
                )
            )
    if sectie.sleutel == "tot-slot" and (b := _slotvraag(data)) is not None:
        gevonden.append(b)
    return gevonden
