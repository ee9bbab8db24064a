"""What the staff home shows, ready to render: the person's active Spiegels, one page of
all Spiegels they may see, and the open requests for a coordinator.

The lists are bounded (active work only, the rest paged), and each row carries its URLs and
labels, computed here once per page rather than by `{% url %}` and `get_..._display` per row
in the template: on a team member's home that was most of the time of the request."""

from __future__ import annotations

from dataclasses import dataclass

from spiegel.constants import OPEN_STATUSSEN, SPIEGEL_STATUSSEN, Rol, Status
from spiegel.permissions import is_coordinator
from spiegel.selectors import aanvragen_voor, spiegels_in_team, spiegels_voor
from spiegel.urlmaker import url_maker as _url_maker

ACTIEF = (Status.GEACCEPTEERD, Status.VELDWERK, Status.SCHETS, Status.WEDERHOOR)
MAX_ACTIEF = 25
PER_PAGINA = 20
MAX_OPEN = 20
MAX_PAGINA = 10_000  # a larger number is the last page anyone could reach


def _labels() -> dict[str, str]:
    return {waarde: str(label) for waarde, label in Status.choices}


def mijn_actieve_spiegels(user) -> tuple[list[dict], int]:
    """The Spiegels the user is on whose work is not finished (at most MAX_ACTIEF), and how
    many there are in all."""
    qs = (
        spiegels_in_team(user)
        .filter(aanvraag__status__in=ACTIEF)
        .order_by("aanvraag__status", "-aangemaakt_op")
        .values("pk", "organisatie__naam", "aanvraag__status")
    )
    rijen = list(qs[: MAX_ACTIEF + 1])
    labels = _labels()
    werkruimte = _url_maker("gesprekken:spiegel")
    schets = _url_maker("rapportage:schets")
    rapporten = _url_maker("rapportage:pdf")
    regels = [
        {
            "naam": r["organisatie__naam"],
            "status": labels.get(r["aanvraag__status"], r["aanvraag__status"]),
            "url": werkruimte(r["pk"]),
            "schets_url": schets(r["pk"]),
            "rapporten_url": rapporten(r["pk"]),
        }
        for r in rijen[:MAX_ACTIEF]
    ]
    return regels, len(rijen) > MAX_ACTIEF


@dataclass
class Pagina:
    """One page of a list, with previous/next but no total: a COUNT of every Spiegel a
    coordinator may see was the slowest query of the page at ten times the data."""

    number: int
    regels: list[dict]
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def _nummer(waarde) -> int:
    try:
        return min(max(1, int(waarde)), MAX_PAGINA)
    except (TypeError, ValueError):
        return 1


def _rij_link(user):
    """Where a row of the list leads: a coordinator to the request; a team member (who sees
    only the Spiegels they are on) to the workspace, also of a finished Spiegel, which
    "Mijn Spiegels" leaves out. (URL maker, key of the row) or (None, None)."""
    if is_coordinator(user):
        return _url_maker("spiegel:aanvraag"), "aanvraag_id"
    if user.rol == Rol.TEAMLID:
        return _url_maker("gesprekken:spiegel"), "pk"
    return None, None


def spiegels_pagina(user, nummer) -> Pagina:
    """One page of every Spiegel the user may see, newest first (index
    `spiegel_nieuwste_idx`); each row is ready to render."""
    nummer = _nummer(nummer)
    begin = (nummer - 1) * PER_PAGINA
    # A team member sees only the Spiegels they are on: looked up from the team table.
    zichtbaar = spiegels_in_team(user) if user.rol == Rol.TEAMLID else spiegels_voor(user)
    qs = (
        zichtbaar.filter(aanvraag__status__in=SPIEGEL_STATUSSEN)
        .order_by("-aangemaakt_op", "-pk")
        .values(
            "pk", "aanvraag_id", "aanvraag__referentie", "aanvraag__status", "organisatie__naam"
        )
    )
    rijen = list(qs[begin : begin + PER_PAGINA + 1])
    if not rijen and nummer > 1:
        return spiegels_pagina(user, 1)  # past the end (an old link): the first page
    labels = _labels()
    maker, sleutel = _rij_link(user)
    regels = [
        {
            "referentie": r["aanvraag__referentie"],
            "naam": r["organisatie__naam"],
            "status": r["aanvraag__status"],
            "status_label": labels.get(r["aanvraag__status"], r["aanvraag__status"]),
            "url": maker(r[sleutel]) if maker else "",
        }
        for r in rijen[:PER_PAGINA]
    ]
    return Pagina(number=nummer, regels=regels, has_next=len(rijen) > PER_PAGINA)


def open_aanvragen(user) -> list[dict]:
    if not is_coordinator(user):
        return []
    labels = _labels()
    url = _url_maker("spiegel:aanvraag")
    qs = (
        aanvragen_voor(user)
        .filter(status__in=OPEN_STATUSSEN)
        # As the inbox (index `aanvraag_open_idx`): the pk settles equal times, which the
        # sort of every open request left to chance.
        .order_by("-ingediend_op", "-pk")
        .values("pk", "referentie", "organisatie__naam", "organisatie_onbekend", "status")
    )
    return [
        {
            "referentie": a["referentie"],
            "naam": a["organisatie__naam"] or a["organisatie_onbekend"],
            "status": labels.get(a["status"], a["status"]),
            "url": url(a["pk"]),
        }
        for a in qs[:MAX_OPEN]
    ]
