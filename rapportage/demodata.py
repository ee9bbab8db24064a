"""Fictional demo schetsen, read from `rapportage/demodata.yaml` (all invented).

Structure of the YAML
---------------------
``schetsen`` (``SCHETSEN``)
    dict organisation name -> list of sections ``{titel, sleutel, tekst, kernvraag_indexen}``
    and, for "duiding" sections, ``bouwsteen`` (slug). ``sleutel`` is one of "aanleiding",
    "werkwijze", "krachten", "duiding", "vragen", "tot-slot". Section text is Markdown and may
    contain ``[[citaat:N]]`` and ``[[waarneming:N]]``: N indexes the flattened list of that
    Spiegel's quotes (or observations) across its sessions, in order
    (`gesprekken.demodata.citaten_van` and `waarnemingen_van` build those lists).
``wederhoor_opmerkingen`` (``WEDERHOOR_OPMERKINGEN``)
    dict organisation name -> list of ``{sectie_sleutel, tekst}``: the contact's fact-check
    remarks on the draft in wederhoor.

Deliberate flaws, for demonstrating the checks: the draft of Gemeente Spiegelstad (status
"schets") contains judging phrases for the tone check, the full name of a participant
("Marieke Dorrestein") and a reference to a quote whose consent was refused, both for the
privacy check. The other drafts are clean.
"""

from pathlib import Path

import yaml

BESTAND = Path(__file__).with_suffix(".yaml")

_inhoud = yaml.safe_load(BESTAND.read_text(encoding="utf-8"))
SCHETSEN: dict[str, list[dict]] = _inhoud["schetsen"]
WEDERHOOR_OPMERKINGEN: dict[str, list[dict]] = _inhoud["wederhoor_opmerkingen"]
