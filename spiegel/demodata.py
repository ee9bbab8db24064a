"""Fictional demo content of the intake app, read from `spiegel/demodata.yaml`.

Every organisation, person, e-mail address and quote is invented. The organisations are
deliberately fictional ("Gemeente Spiegelstad", "Werkbedrijf Rivierland", ...) so that no
invented quote is ever attributed to a real municipality. E-mail addresses use example.nl;
phone numbers use the unissued 06 0000 range. The fieldwork and the schetsen written for
these requests live beside their own apps' loaders: `gesprekken/demodata.yaml` and
`rapportage/demodata.yaml`.

Structure of the YAML
---------------------
``organisaties`` (``ORGANISATIES``)
    list of ``{naam, soort, bedient}``; ``soort`` is "gemeente", "werkbedrijf" or "regio";
    ``bedient`` lists the names of the municipalities a werkbedrijf or regio serves (empty for
    a gemeente). Every name in ``bedient`` is itself an entry of the list.
``aanvragen`` (``AANVRAGEN``)
    list of requests, one or more per status. Keys: ``organisatie`` (a name from
    ``ORGANISATIES``), ``status``, ``ingediend_dagen_geleden`` (int, for the submission date),
    ``contact`` ``{naam, functie, email, telefoon}``, ``context``, ``vragen`` (become the
    kernvragen on acceptance; ``kernvraag_index`` elsewhere indexes this list), ``bouwstenen``
    (slugs), ``delen``, ``gesprekspartners`` (roles), ``presentatievormen`` (subset of
    "groep", "gesprek", "rapport"), ``periode``, ``intakeverslag`` (empty string when there
    was no intake call yet). Optional: ``afwijsreden`` (status "afgewezen"), ``intrekreden``
    (status "ingetrokken"), ``veldwerk_gestart_dagen_geleden`` (int, for Spiegels that have
    fieldwork: the day that ``dagen_na_start`` of the sessions counts from), ``onbekend``
    (true: the organisation was typed in and is not in the list; then ``soort`` and
    ``gemeenten``, names from ``ORGANISATIES``, describe it).
"""

from pathlib import Path

import yaml

BESTAND = Path(__file__).with_suffix(".yaml")

_inhoud = yaml.safe_load(BESTAND.read_text(encoding="utf-8"))
ORGANISATIES: list[dict] = _inhoud["organisaties"]
AANVRAGEN: list[dict] = _inhoud["aanvragen"]
