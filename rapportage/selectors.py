"""Reads of the schets app, always scoped to the user.

Drafts are confidential: only the Spiegel's team reads them (`spiegels_als_teamlid`). The
contact of the organisation reads a schets only on the wederhoor page, once it is there.
"""

from django.db.models import Prefetch, QuerySet

from rapportage import tone
from rapportage.constants import SchetsStatus
from rapportage.markdown import binnen, references
from rapportage.models import Opmerking, Schets, SchetsVersie, Sectie, ToonRegel
from spiegel.models import Spiegel
from spiegel.permissions import is_contactpersoon
from spiegel.selectors import spiegels_als_teamlid
from spiegel.vaste_sql import VasteSql

WEDERHOOR_ZICHTBAAR = (SchetsStatus.WEDERHOOR, SchetsStatus.DEFINITIEF)


def spiegels_voor_schets(user) -> QuerySet[Spiegel]:
    """Spiegels whose schets (draft, versions, checks) the user may read and write."""
    return spiegels_als_teamlid(user).select_related("aanvraag__contactpersoon")


def spiegels_voor_wederhoor(user) -> QuerySet[Spiegel]:
    """Spiegels whose wederhoor page the user may open: the organisation's contacts, and the
    team (to see what the contact sees)."""
    if is_contactpersoon(user):
        return Spiegel.objects.select_related("aanvraag", "organisatie").filter(
            organisatie_id=user.organisatie_id
        )
    return spiegels_voor_schets(user)


def schets_van(spiegel) -> Schets | None:
    return Schets.objects.filter(spiegel=spiegel).select_related("goedgekeurd_door").first()


def secties_van(schets) -> QuerySet[Sectie]:
    return schets.secties.prefetch_related(
        "kernvragen",
        Prefetch("opmerkingen", queryset=Opmerking.objects.select_related("door")),
    ).order_by("volgorde", "pk")


def versies_van(schets) -> QuerySet[SchetsVersie]:
    return schets.versies.select_related("auteur").order_by("-nummer")


class Regelset(tuple):
    """The tone rules as one value whose hash is computed once, so a cache keyed on text
    and rules does not hash several hundred rules per lookup."""

    def __new__(cls, rules):
        self = super().__new__(cls, rules)
        self._hash = tuple.__hash__(self)
        return self

    def __hash__(self):
        return self._hash


_regelsets: dict[tuple, Regelset] = {}
# Read on every page with the tone check: compiled once per process.
_toonregels_sql = VasteSql(
    lambda: ToonRegel.objects.order_by("patroon").values_list(
        "patroon", "soort", "suggestie", "actief"
    )
)


def toonregels() -> Regelset:
    """The built-in word list merged with the admins' ToonRegel rows. A row with the same
    pattern as a built-in rule replaces it; an inactive row switches a built-in rule off.
    The same rows give the same Regelset object (one kept per process)."""
    rijen = tuple(_toonregels_sql.rijen())
    if (bekend := _regelsets.get(rijen)) is not None:
        return bekend
    rows = {
        patroon.strip().lower(): (soort, suggestie, actief)
        for patroon, soort, suggestie, actief in rijen
    }
    rules = [r for r in tone.DEFAULT_RULES if r.pattern.lower() not in rows]
    for key, (soort, suggestie, actief) in sorted(rows.items()):
        if actief:
            rules.append(tone.ToneRule(key, soort, suggestie))
    _regelsets.clear()
    _regelsets[rijen] = Regelset(rules)
    return _regelsets[rijen]


def verwezen_pks(teksten: list[str]) -> tuple[set[int], set[int]]:
    """The pks of the quotes and of the observations that `teksten` reference."""
    citaat_pks: set[int] = set()
    waarneming_pks: set[int] = set()
    for tekst in teksten:
        refs = references(tekst)
        citaat_pks |= refs["citaat"]
        waarneming_pks |= refs["waarneming"]
    return citaat_pks, waarneming_pks


def bewijs_van(spiegel, teksten: list[str]) -> tuple[dict, dict]:
    """The quotes and observations referenced in `teksten`, by pk, within this Spiegel."""
    citaat_pks, waarneming_pks = verwezen_pks(teksten)
    citaten = (
        {c.pk: c for c in binnen(spiegel, "citaten").filter(pk__in=citaat_pks)}
        if citaat_pks
        else {}
    )
    waarnemingen = (
        {w.pk: w for w in binnen(spiegel, "waarnemingen").filter(pk__in=waarneming_pks)}
        if waarneming_pks
        else {}
    )
    return citaten, waarnemingen


def kiezer_zoeken(spiegel, q: str, limit: int = 20) -> tuple[list, list]:
    """Observations and quotes of a Spiegel matching `q`, for the picker."""
    waarnemingen = spiegel.waarnemingen.all()
    citaten = spiegel.citaten.all()
    q = (q or "").strip()
    if q:
        waarnemingen = waarnemingen.filter(tekst__icontains=q)
        citaten = citaten.filter(tekst__icontains=q) | citaten.filter(rol__icontains=q)
    return list(waarnemingen[:limit]), list(citaten.distinct()[:limit])
