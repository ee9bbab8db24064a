"""Fictional demo fieldwork, read from `gesprekken/demodata.yaml` (all invented).

Structure of the YAML
---------------------
``veldwerk`` (``VELDWERK``)
    dict organisation name (of `spiegel/demodata.yaml`) -> list of sessions ``{soort, titel,
    dagen_na_start, tijd, duur_minuten, plaats, deelnemers, aantekeningen, waarnemingen,
    citaten}``. ``deelnemers`` is a list of ``{rol, naam, toestemming_citeren}`` (``naam`` may
    be ""). ``waarnemingen`` is a list of ``{tekst, soort, bouwstenen, kernvraag_index}`` with
    ``soort`` "kracht", "aandachtspunt" or "dilemma". ``citaten`` is a list of ``{tekst, rol,
    toestemming, weergave}`` with ``toestemming`` "gevraagd", "gegeven" or "geweigerd" and
    ``weergave`` "anoniem" or "functie". A session whose ``dagen_na_start`` lies after today
    (start + days > today) is a planned session and has empty notes.
``terugval`` (``TERUGVAL``)
    the Spiegel `gesprekken.demo` builds for itself when the intake demo did not run:
    ``team`` (emails), ``kernvragen`` and ``gesprekken``: sessions ``{soort, titel, dagen
    (from today), uur, plaats, deelnemers, notities, waarnemingen {tekst, soort, bouwstenen,
    kernvragen (indexes)}, citaten {tekst, rol, toestemming, weergave, bouwstenen}}``.
"""

from pathlib import Path

import yaml

BESTAND = Path(__file__).with_suffix(".yaml")

_inhoud = yaml.safe_load(BESTAND.read_text(encoding="utf-8"))
VELDWERK: dict[str, list[dict]] = _inhoud["veldwerk"]
TERUGVAL: dict = _inhoud["terugval"]


def citaten_van(organisatie):
    """Return the flattened quote list of a Spiegel (the N of ``[[citaat:N]]``)."""
    return [c for sessie in VELDWERK.get(organisatie, []) for c in sessie["citaten"]]


def waarnemingen_van(organisatie):
    """Return the flattened observation list of a Spiegel (the N of ``[[waarneming:N]]``)."""
    return [w for sessie in VELDWERK.get(organisatie, []) for w in sessie["waarnemingen"]]
