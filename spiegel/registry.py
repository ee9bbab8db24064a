"""What the base app asks of the apps above it, without importing them.

`spiegel` (accounts, organisations, intake, audit) is the bottom layer: it never imports
`gesprekken` or `rapportage`. Where a duty crosses apps (export, erase and purge a person's
data, generate volume and demo data, panels and documents on the contact's portal), each app
registers its own part here from its `apps.py` `ready()`; the base code runs whatever is
registered, in `volgorde` (spiegel 0, gesprekken 10, rapportage 20).

Slots:
- `privacy`: objects with `exporteren(persoon) -> dict` (keys merged into the export) and
  `wissen(persoon, *, spiegel_pks) -> dict[str, int]` (counts merged into `Gewist`), the
  app's part of `spiegel.privacy`.
- `bewaartermijn`: objects with `verlopen(aanvraag, *, verlopen: set[str]) -> dict`,
  `leeg(deel) -> bool`, `omschrijving(deel) -> str` and `verwijderen(deel) -> callable|None`
  (the callable runs after commit), the app's part of `spiegel.retention`.
- `volumedata`: objects with `naam`, `grote_tabellen`, `modellen()`, `genereren(stand)` and
  `wissen(spiegels, cursor, weg)`, the app's part of `spiegel.volumedata`.
- `demo`: objects with `naam`, `laden(context) -> dict`, `bestanden()` (paths whose content
  is the demo: its code and data files), run by `manage.py demodata`.
- `portaal_panelen`: callables `(aanvraag, user) -> [(template, context)]`.
- `documenten`: the one object that stores a request's shared documents
  (`toevoegen(**fields)`), registered by the fieldwork app that owns the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Inschrijving:
    volgorde: int
    naam: str
    ding: Any = field(compare=False)


class Slot:
    """An ordered list of registrations; registering the same name twice replaces it, so a
    second `ready()` (tests reload apps) does not run a part twice."""

    def __init__(self, naam: str):
        self.naam = naam
        self._items: dict[str, Inschrijving] = {}

    def registreren(self, naam: str, ding: Any, *, volgorde: int = 50) -> Any:
        self._items[naam] = Inschrijving(volgorde, naam, ding)
        return ding

    def afmelden(self, naam: str) -> None:
        self._items.pop(naam, None)

    def __iter__(self):
        return iter([i.ding for i in sorted(self._items.values())])

    def namen(self) -> list[str]:
        return [i.naam for i in sorted(self._items.values())]

    def __len__(self):
        return len(self._items)


privacy = Slot("privacy")
bewaartermijn = Slot("bewaartermijn")
volumedata = Slot("volumedata")
demo = Slot("demo")
portaal_panelen = Slot("portaal_panelen")
documenten = Slot("documenten")


def documentopslag():
    """The registered document store (the fieldwork app); an error if none is installed."""
    for opslag in documenten:
        return opslag
    raise LookupError("No app registered a document store (spiegel.registry.documenten)")
