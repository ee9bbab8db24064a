"""Reads of a Spiegel's workspace and of the planning dates the contact's portal and a
coordinator's outline show: plain rows, each query compiled once per process
(`spiegel.vaste_sql`: building and compiling the ORM's SQL cost more CPU than running it,
issue 17), labels, dates and links written here once, not per row in the template.

Every function takes a Spiegel the caller already fetched through a scoped selector
(`werkruimte_spiegels`, `aanvragen_in_portaal`); only its primary key reaches the SQL.
"""

from typing import NamedTuple

from django.urls import reverse
from django.utils import formats
from django.utils.timezone import template_localtime

from gesprekken.constants import GesprekSoort
from gesprekken.models import Citaat, Gesprek, Waarneming
from gesprekken.selectors import _aantal
from spiegel.models import Kernvraag, User
from spiegel.vaste_sql import VasteSql


class Teamlid(NamedTuple):
    pk: int
    naam: str


class Kernvraagrij(NamedTuple):
    pk: int
    tekst: str


_team_sql = VasteSql(
    lambda *, spiegel_pk: (
        User.objects.filter(spiegels__pk=spiegel_pk).order_by("naam").values_list("pk", "naam")
    )
)
_kernvragen_sql = VasteSql(
    lambda *, spiegel_pk: (
        Kernvraag.objects.filter(spiegel_id=spiegel_pk)
        .order_by("volgorde", "pk")
        .values_list("pk", "tekst")
    )
)
_gesprekken_sql = VasteSql(
    lambda *, spiegel_pk: (
        Gesprek.objects.filter(spiegel_id=spiegel_pk)
        .annotate(aantal_waarnemingen=_aantal(Waarneming), aantal_citaten=_aantal(Citaat))
        .order_by("begin", "pk")
        .values_list("pk", "soort", "titel", "begin", "aantal_waarnemingen", "aantal_citaten")
    )
)
_geplande_sql = VasteSql(
    lambda *, spiegel_pk: (
        Gesprek.objects.filter(spiegel_id=spiegel_pk)
        .order_by("begin", "pk")
        .values_list("begin", "einde", "soort")
    )
)


def teamleden(spiegel) -> list[Teamlid]:
    """The team by name (pk and name only, what the page and `is_team(team=...)` read)."""
    return [Teamlid(*r) for r in _team_sql.rijen(spiegel_pk=spiegel.pk)]


def kernvragen(spiegel) -> list[Kernvraagrij]:
    """The Spiegel's kernvragen in order."""
    return [Kernvraagrij(*r) for r in _kernvragen_sql.rijen(spiegel_pk=spiegel.pk)]


def gesprekken_werkruimte(spiegel) -> list[dict]:
    """Sessions of a Spiegel as the workspace lists them (never participants or team):
    rows with when, kind, title, link and counts, written here once, not per row."""
    url = reverse("gesprekken:aantekeningen", args=[0]).removesuffix("0/")
    velden = ("pk", "soort", "titel", "begin", "aantal_waarnemingen", "aantal_citaten")
    uit = []
    for rij in _gesprekken_sql.rijen(spiegel_pk=spiegel.pk):
        g = dict(zip(velden, rij, strict=True))
        g["wanneer"] = _datum(g["begin"], "DATETIME_FORMAT")
        g["soort_label"] = GesprekSoort(g["soort"]).label
        g["url"] = f"{url}{g['pk']}/"
        uit.append(g)
    return uit


def _datum(waarde, formaat: str) -> str:  # what `{{ waarde|date:formaat }}` writes
    return formats.date_format(template_localtime(waarde), formaat) if waarde else ""


def geplande_data(spiegel) -> list[dict]:
    """What the contact and a coordinator may see of the planning: dates and kinds only,
    the dates written once here as the template's `date`/`time` filters would."""
    return [
        {
            "begin": begin,
            "einde": einde,
            "soort": GesprekSoort(soort).label,
            "begin_iso": template_localtime(begin).isoformat(),  # `date:'c'`
            "begin_tekst": _datum(begin, "DATETIME_FORMAT"),
            "einde_tekst": formats.time_format(template_localtime(einde), "TIME_FORMAT")
            if einde
            else "",
        }
        for begin, einde, soort in _geplande_sql.rijen(spiegel_pk=spiegel.pk)
    ]
