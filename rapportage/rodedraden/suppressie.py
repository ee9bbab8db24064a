"""Small-cell suppression that also holds against combining filter results.

Showing only results of at least k Spiegels is not enough: an attacker who subtracts one
filter result from another (or combines many) can isolate a single Spiegel. So the
Spiegels are first divided into *blocks* of at least k Spiegels each, by coarsening their
(year, kind, size class, province) profile; a filter result is shown only when it is a
union of whole blocks. Every figure shown is then a sum over whole blocks, and so is every
sum or difference of figures shown: no combination of results can single out fewer than k
Spiegels (anything computed from them is the same for every Spiegel of a block).

Pure Python over the profile table (`selectors.profielen`, two plain queries)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapportage.rodedraden.filters import DIMENSIES

Profiel = tuple  # (jaar, soort, grootteklasse, provincie)

# Coarsening order: the last dimensions are given up first when a group is too small.
NIVEAUS = (4, 3, 2, 1, 0)


@dataclass
class Verdeling:
    """How many Spiegels have each profile, and the blocks they are divided into."""

    aantallen: dict[Profiel, int]
    k: int
    blok_van: dict[Profiel, int] = field(default_factory=dict)
    blokgrootte: dict[int, int] = field(default_factory=dict)
    profiel_van: dict[int, Profiel] = field(default_factory=dict)

    @classmethod
    def uit_profielen(cls, profiel_van: dict[int, Profiel], k: int) -> Verdeling:
        """From {Spiegel pk: profile}: the counts per profile, and which Spiegels."""
        aantallen: dict[Profiel, int] = {}
        for profiel in profiel_van.values():
            aantallen[profiel] = aantallen.get(profiel, 0) + 1
        return cls(aantallen, k, profiel_van=profiel_van)

    def spiegels(self, filters: dict) -> list[int]:
        """The pks of the Spiegels matching `filters` (needs `profiel_van`)."""
        return sorted(pk for pk, p in self.profiel_van.items() if self.past(p, filters))

    def __post_init__(self):
        self._blokken_maken()

    @property
    def totaal(self) -> int:
        return sum(self.aantallen.values())

    def _blokken_maken(self) -> None:
        """From the finest profile to the coarsest: a group of at least k Spiegels becomes
        a block; a smaller group joins the smallest block that shares its prefix (so the
        coarser filters, the year first, stay exact), else waits for the next level."""
        over = sorted(self.aantallen, key=lambda p: tuple(str(x) for x in p))
        for niveau in NIVEAUS:
            groepen: dict[tuple, list[Profiel]] = {}
            for profiel in over:
                groepen.setdefault(profiel[:niveau], []).append(profiel)
            over = []
            for prefix, leden in groepen.items():
                n = sum(self.aantallen[p] for p in leden)
                if n >= self.k:
                    self._blok(leden, len(self.blokgrootte))
                    continue
                buren = [b for p, b in self.blok_van.items() if p[:niveau] == prefix]
                if buren:
                    self._blok(leden, min(set(buren), key=lambda b: (self.blokgrootte[b], b)))
                else:
                    over.extend(leden)
        # Fewer than k Spiegels in total: no block, and nothing is shown.

    def _blok(self, leden: list[Profiel], blok: int) -> None:
        for p in leden:
            self.blok_van[p] = blok
        self.blokgrootte[blok] = self.blokgrootte.get(blok, 0) + sum(
            self.aantallen[p] for p in leden
        )

    def past(self, profiel: Profiel, filters: dict) -> bool:
        return all(
            filters.get(d) in (None, "") or profiel[i] == filters[d]
            for i, d in enumerate(DIMENSIES)
        )

    def aantal(self, filters: dict) -> int:
        return sum(n for p, n in self.aantallen.items() if self.past(p, filters))

    def toonbaar(self, filters: dict) -> bool:
        """True when the Spiegels matching `filters` are at least k and a union of whole
        blocks; otherwise the page says "minder dan k" (or hides the result)."""
        binnen: dict[int, bool] = {}
        for profiel in self.aantallen:
            blok = self.blok_van.get(profiel)
            if blok is None:
                return False
            erin = self.past(profiel, filters)
            if binnen.setdefault(blok, erin) != erin:
                return False  # the filter splits a block
        return self.aantal(filters) >= self.k

    def jaren(self) -> list[int]:
        return sorted({p[0] for p in self.aantallen if p[0] is not None})
