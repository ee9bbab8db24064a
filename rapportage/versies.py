"""Comparing two versions of a schets: per section, side by side, differences marked.

Texts are compared word by word with difflib; every piece is HTML-escaped before it is
wrapped in <del>/<ins>, so nothing a user typed becomes markup.
"""

import difflib
import re
from dataclasses import dataclass
from html import escape

from django.utils.safestring import mark_safe

_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass
class SectieVergelijking:
    titel_a: str
    titel_b: str
    links: str  # safe HTML
    rechts: str  # safe HTML
    gewijzigd: bool
    soort: str  # "gelijk", "gewijzigd", "toegevoegd", "verwijderd"


def _woorden(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def woordverschil(a: str, b: str) -> tuple[str, str]:
    """(left, right) safe HTML: removed words in <del> on the left, added in <ins> right."""
    wa, wb = _woorden(a), _woorden(b)
    links, rechts = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        oud, nieuw = escape("".join(wa[i1:i2])), escape("".join(wb[j1:j2]))
        if op == "equal":
            links.append(oud)
            rechts.append(nieuw)
            continue
        if oud:
            links.append(f"<del>{oud}</del>")
        if nieuw:
            rechts.append(f"<ins>{nieuw}</ins>")
    return mark_safe("".join(links)), mark_safe("".join(rechts))  # noqa: S308 - escaped above


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
