"""The rode draden's profile table and figures, kept in the process between requests.

Everything they show is a function of the filters and of a few tables; triggers move the
sequence `rodedraden_versie` on after every write to those tables (migration 0007). So a
request reads that one number and, while it has not moved, reuses what an earlier request
computed: one query instead of six, and no Python over every Spiegel.

Why a dict in the process and not the shared cache: the value is a few kilobytes of plain
data that is read far more often than it changes; each process computes it once per
version, and nothing confidential is written anywhere (it holds only suppressed figures).
The version is read before the figures: a write that commits in between leaves a value
computed before it under the version it moved on to, so an entry also expires after
`BEWAARTIJD` seconds. Tests clear it (`wissen`) because their rollbacks leave the
sequence moved on but undo the rows."""

from __future__ import annotations

import time

from django.db import connection
from django.utils.translation import get_language

from rapportage.rodedraden import selectors, services

BEWAARTIJD = 60.0
MAX_SLEUTELS = 128

_bewaard: dict[tuple, tuple[float, object]] = {}


def versie() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT last_value + is_called::int FROM rodedraden_versie")
        return cursor.fetchone()[0]


def wissen() -> None:
    _bewaard.clear()


def _halen(sleutel: tuple, maken):
    nu = time.monotonic()
    gevonden = _bewaard.get(sleutel)
    if gevonden is not None and nu - gevonden[0] < BEWAARTIJD:
        return gevonden[1]
    if len(_bewaard) >= MAX_SLEUTELS:
        _bewaard.clear()
    waarde = maken()
    _bewaard[sleutel] = (nu, waarde)
    return waarde


def verdeling(v: int):
    """The profile table at version `v` (`selectors.verdeling`)."""
    return _halen(("verdeling", v, selectors.k()), selectors.verdeling)


def overzicht(filters: dict, v: int) -> dict:
    """`services.overzicht(filters)` at version `v`, with each cell's link and shade. Shared
    between requests: callers read it, never change it."""

    def maken():
        data = services.overzicht(filters, verdeling(v))
        services.cellen_aanvullen(data, filters)
        return data

    sleutel = ("overzicht", v, selectors.k(), get_language(), tuple(sorted(filters.items())))
    return _halen(sleutel, maken)
