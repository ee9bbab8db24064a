"""The re-identification test: an attacker who knows every organisation's profile tries to
single out one Spiegel (or fewer than k) through EVERY combination of the filters, by
reading each result and by combining results (differences, sums: any linear combination).

Worst case for us: the attacker knows exactly which Spiegels each filter selects. From the
results shown, they know sums over those sets; a Spiegel (or a group of fewer than k) is
identified when its indicator vector lies in the span of the shown sets. Linear algebra
over GF(p) decides that exactly (0/1 vectors; p large).

The same attack against naive suppression (show whenever at least k Spiegels) must find an
identification, so this test has teeth."""

import itertools

import pytest

from rapportage.rodedraden import selectors, services
from rapportage.rodedraden.filters import GROOTTEKLASSEN, PROVINCIES, grootteklasse
from rapportage.rodedraden.suppressie import Verdeling
from spiegel.constants import OrganisatieSoort
from tests.rapportage.rodedraden_data import A, K, bouwstenen, spiegel

pytestmark = pytest.mark.django_db
P = 2**61 - 1

# (year, kind, inhabitants, province): several unique Spiegels among ordinary ones.
PROFIELEN = [
    (2024, "gemeente", 30_000, "Utrecht"),
    (2024, "gemeente", 35_000, "Utrecht"),
    (2024, "gemeente", 45_000, "Utrecht"),
    (2024, "gemeente", 25_000, "Gelderland"),
    (2024, "werkbedrijf", 120_000, "Gelderland"),
    (2025, "gemeente", 30_000, "Utrecht"),
    (2025, "gemeente", 60_000, "Utrecht"),
    (2025, "gemeente", 70_000, "Gelderland"),
    (2025, "gemeente", 80_000, "Gelderland"),
    (2025, "gemeente", 90_000, "Gelderland"),
    (2025, "regio", 400_000, "Zeeland"),  # the only region, the only one in Zeeland
    (2025, "gemeente", None, "Utrecht"),  # size unknown
    (2026, "gemeente", 15_000, "Fryslân"),  # the only small one, the only one in 2026 ...
    (2026, "gemeente", 55_000, "Fryslân"),
    (2026, "werkbedrijf", 150_000, "Fryslân"),
    (2026, "gemeente", 52_000, "Fryslân"),
    (2024, "gemeente", 1_000_000, "Noord-Holland"),  # the only very large municipality
]


def wereld():
    b1, b2, b3 = bouwstenen()
    spiegels = []
    for i, (jaar, soort, inwoners, provincie) in enumerate(PROFIELEN):
        waarnemingen = [(b1, K, f"k{i}-{j}") for j in range(1 + i % 3)]
        waarnemingen += [(b2, A, f"a{i}-{j}") for j in range(i % 2)]
        if i % 4 == 0:
            waarnemingen.append((b3, K, f"b3-{i}"))
        s = spiegel(
            jaar=jaar,
            soort=soort,
            inwoners=inwoners,
            provincie=provincie,
            waarnemingen=waarnemingen,
        )
        spiegels.append((s.pk, (jaar, soort, grootteklasse(inwoners), provincie)))
    return spiegels


def combinaties():
    jaren = sorted({p[0] for p in PROFIELEN})
    return itertools.product(
        [None, *jaren],
        [None, *OrganisatieSoort.values],
        [None, *[k for k, _l, _n in GROOTTEKLASSEN]],
        [None, *PROVINCIES],
    )


def past(profiel, combinatie):
    return all(c is None or p == c for p, c in zip(profiel, combinatie, strict=True))


class Basis:
    """A basis of the shown sets' span over GF(p), with a membership test."""

    def __init__(self, n):
        self.n, self.rijen = n, {}  # pivot column -> reduced row

    def reduceer(self, v):
        v = list(v)
        for kolom, rij in self.rijen.items():
            if v[kolom]:
                f = v[kolom] * pow(rij[kolom], P - 2, P) % P
                v = [(a - f * b) % P for a, b in zip(v, rij, strict=True)]
        return v

    def toevoegen(self, v):
        v = self.reduceer(v)
        kolom = next((i for i, a in enumerate(v) if a), None)
        if kolom is not None:
            for c, rij in list(self.rijen.items()):
                if rij[kolom]:
                    f = rij[kolom] * pow(v[kolom], P - 2, P) % P
                    self.rijen[c] = [(a - f * b) % P for a, b in zip(rij, v, strict=True)]
            self.rijen[kolom] = v

    def bevat(self, v):
        return not any(self.reduceer(v))


def aanval(spiegels, k):
    """(combinations tried, identifications, shown results) for the current suppression."""
    n = len(spiegels)
    basis = Basis(n)
    geprobeerd = direct = 0
    getoond = []
    # The page's own decision (`Verdeling.toonbaar`) for every combination; the full
    # result (cells, trends) is read for the combinations it shows.
    verdeling = selectors.verdeling()
    for combinatie in combinaties():
        geprobeerd += 1
        filters = {
            d: v
            for d, v in zip(
                ("jaar", "soort", "grootteklasse", "provincie"), combinatie, strict=True
            )
            if v is not None
        }
        if not verdeling.toonbaar(filters):
            continue
        data = services.overzicht(filters)
        assert data["toonbaar"]
        getoond.append(filters)
        leden = [1 if past(p, combinatie) else 0 for _pk, p in spiegels]
        assert data["aantal_spiegels"] == sum(leden)  # the app selects the sets we think
        if sum(leden) < k:
            direct += 1
        for rij in data["rijen"]:
            for cel in rij["cellen"]:
                if not cel["onderdrukt"] and cel["spiegels"] < k:
                    direct += 1
        basis.toevoegen(leden)
        for jaar in data["trends"]:
            if not jaar["onderdrukt"]:
                basis.toevoegen(
                    [1 if past(p, (jaar["jaar"], *combinatie[1:])) else 0 for _pk, p in spiegels]
                )
    # Any single Spiegel, or any group of fewer than k, isolated by combining results?
    klein = [groep for r in range(1, k) for groep in itertools.combinations(range(n), r)]
    geisoleerd = [g for g in klein if basis.bevat([1 if i in g else 0 for i in range(n)])]
    return geprobeerd, direct + len(geisoleerd), getoond


def test_a_suppressed_combination_shows_nothing():
    wereld()
    data = services.overzicht({"provincie": "Zeeland"})
    assert not data["toonbaar"] and data["aantal_spiegels"] is None and not data["rijen"]
    assert not data["trends"] and not data["themas"]


def test_no_filter_combination_identifies_a_spiegel(capsys):
    spiegels = wereld()
    k = selectors.k()
    geprobeerd, geidentificeerd, getoond = aanval(spiegels, k)
    with capsys.disabled():
        print(
            f"\nre-identification: {len(spiegels)} Spiegels, k={k}, {geprobeerd} filter "
            f"combinations tried, {len(getoond)} shown, {geidentificeerd} identified"
        )
        print("shown:", getoond)
    assert geprobeerd == 4 * 4 * 5 * 13
    assert len(getoond) >= 5  # the page is still useful
    assert geidentificeerd == 0


def test_the_same_attack_breaks_naive_suppression(monkeypatch):
    spiegels = wereld()
    monkeypatch.setattr(Verdeling, "toonbaar", lambda self, f: self.aantal(f) >= self.k)
    _geprobeerd, geidentificeerd, _getoond = aanval(spiegels, selectors.k())
    assert geidentificeerd > 0
