"""The schets page's privacy and method findings, kept per process.

Each result is keyed on everything it is computed from, by value: the sections' keys,
titles and texts, the referenced quotes and observations and the Spiegel's own quotes
(as read on this request), the participants' names, the request's bouwstenen and the
language of the messages. The kept function sees only that key, so a changed text,
quote, consent, name or bouwsteen gives another key and the findings are computed again
(issue 17: the checks cost more than the rest of the page's Python once the reads are lean).
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from django.utils.translation import get_language

from rapportage.checks import privacy_bevindingen
from rapportage.methode import methode_bevindingen
from rapportage.selectors_schets import Bewijs
from spiegel.models import Bouwsteen


def _secties(secties: list[dict]) -> tuple:
    return tuple((s["sleutel"], s["titel"], s["tekst"]) for s in secties)


def privacy(secties: list[dict], *, bewijs: Bewijs, namen) -> list:
    """`checks.privacy_bevindingen` on what the page read (`selectors_schets.bewijs`)."""
    return list(
        _privacy(
            get_language(),
            _secties(secties),
            tuple(sorted(bewijs.citaten.items())),
            tuple(sorted(bewijs.waarnemingen.items())),
            tuple(bewijs.eigen_citaten),
            tuple(namen or ()),
        )
    )


@lru_cache(maxsize=64)
def _privacy(_taal, secties, citaten, waarnemingen, eigen_citaten, namen) -> tuple:
    gelezen = Bewijs(
        citaten=dict(citaten), waarnemingen=dict(waarnemingen), eigen_citaten=list(eigen_citaten)
    )
    dicts = [{"sleutel": k, "titel": t, "tekst": x} for k, t, x in secties]
    return tuple(privacy_bevindingen(None, dicts, bewijs=gelezen, namen=list(namen)))


def methode(secties: list[dict], *, spiegel_id: int, bouwstenen, waarnemingen: dict) -> list:
    """`methode.methode_bevindingen` on what the page read (`selectors_schets.bouwstenen`,
    the referenced observations of `selectors_schets.bewijs`)."""
    return list(
        _methode(
            get_language(),
            spiegel_id,
            _secties(secties),
            tuple((b.slug, b.naam) for b in bouwstenen),
            tuple(sorted(waarnemingen.items())),
        )
    )


@lru_cache(maxsize=64)
def _methode(_taal, spiegel_id, secties, bouwstenen, waarnemingen) -> tuple:
    dicts = [{"sleutel": k, "titel": t, "tekst": x} for k, t, x in secties]
    return tuple(
        methode_bevindingen(
            SimpleNamespace(spiegel_id=spiegel_id),
            dicts,
            bouwstenen=[Bouwsteen(slug=slug, naam=naam) for slug, naam in bouwstenen],
            waarnemingen=dict(waarnemingen),
        )
    )
