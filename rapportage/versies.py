"""Comparing two versions of a schets: per section, side by side, differences marked.

Texts are compared word by word by `spiegel.tekstverschil.woordverschil` (shared with the
notes conflict screen in fieldwork), which escapes every piece before marking it.
"""

from dataclasses import dataclass

from spiegel.tekstverschil import woordverschil


@dataclass
class SectieVergelijking:
    titel_a: str
    titel_b: str
    links: str  # safe HTML
    rechts: str  # safe HTML
    gewijzigd: bool
    soort: str  # "gelijk", "gewijzigd", "toegevoegd", "verwijderd"


def vergelijken(a: list[dict], b: list[dict]) -> list[SectieVergelijking]:
    """Sections of versions a and b matched by key, in b's order, then a's removed ones."""
    oud = {s["sleutel"]: s for s in a}
    result = []
    gezien = set()
    for s in b:
        gezien.add(s["sleutel"])
        o = oud.get(s["sleutel"])
        if o is None:
            _l, r = woordverschil("", s["tekst"])
            result.append(SectieVergelijking("", s["titel"], "", r, True, "toegevoegd"))
            continue
        links, rechts = woordverschil(o["tekst"], s["tekst"])
        gewijzigd = o["tekst"] != s["tekst"] or o["titel"] != s["titel"]
        result.append(
            SectieVergelijking(
                o["titel"],
                s["titel"],
                links,
                rechts,
                gewijzigd,
                "gewijzigd" if gewijzigd else "gelijk",
            )
        )
    for s in a:
        if s["sleutel"] not in gezien:
            links, _r = woordverschil(s["tekst"], "")
            result.append(SectieVergelijking(s["titel"], "", links, "", True, "verwijderd"))
    return result
