"""Differences between two texts, for every app: word by word (`woordverschil`, used by the
schets comparison) and paragraph by paragraph (`alinea_verschillen`, `samenvoegen`, used by
the notes conflict screen to take either side per paragraph without losing anything).

Every piece is HTML-escaped before it is wrapped in <del>/<ins>, so nothing a user typed
becomes markup."""

import difflib
import re
from dataclasses import dataclass
from html import escape

from django.utils.safestring import mark_safe

_TOKEN = re.compile(r"\s+|[^\s]+")
_ALINEA = re.compile(r"\n[ \t]*\n+")


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


@dataclass
class Alinea:
    """One block of the comparison: paragraphs both texts share (`gelijk`), or a place
    where they differ, numbered by `nummer` for the choice between `a` and `b`."""

    gelijk: bool
    a: str
    b: str
    nummer: int = 0
    a_html: str = ""
    b_html: str = ""


def alineas(tekst: str) -> list[str]:
    return [p for p in _ALINEA.split((tekst or "").strip("\n")) if p.strip()]


def alinea_verschillen(a: str, b: str) -> list[Alinea]:
    """The texts as blocks of paragraphs, in order; differing blocks numbered from 1 and
    marked word by word."""
    pa, pb = alineas(a), alineas(b)
    uit, nummer = [], 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, pa, pb, autojunk=False).get_opcodes():
        ta, tb = "\n\n".join(pa[i1:i2]), "\n\n".join(pb[j1:j2])
        if op == "equal":
            uit.append(Alinea(True, ta, tb))
            continue
        # As many paragraphs on both sides: a choice per paragraph; else one for the block.
        paren = (
            list(zip(pa[i1:i2], pb[j1:j2], strict=True))
            if op == "replace" and i2 - i1 == j2 - j1
            else [(ta, tb)]
        )
        for x, y in paren:
            nummer += 1
            links, rechts = woordverschil(x, y)
            uit.append(Alinea(False, x, y, nummer, links, rechts))
    return uit


def samenvoegen(a: str, b: str, keuzes: dict[int, str]) -> str:
    """Text `a` with, for each differing block whose choice is "b", text `b`'s version of
    it. A block missing from `keuzes` keeps `a`."""
    delen = []
    for blok in alinea_verschillen(a, b):
        gekozen = blok.a if blok.gelijk or keuzes.get(blok.nummer, "a") != "b" else blok.b
        if gekozen:
            delen.append(gekozen)
    return "\n\n".join(delen)
