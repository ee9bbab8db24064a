"""Reads of the rode draden. A fixed number of queries, however many Spiegels there are:
two plain ones for the profile table, one GROUP BY over the per-Spiegel summary for the
heat map and the trends, one for the themes. Who may read: `permissions.mag_rode_draden`;
views check it first."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.db.models import (
    F,
    Func,
    Min,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import ExtractYear, NullIf

from gesprekken.constants import WaarnemingSoort
from gesprekken.models import Waarneming
from rapportage.rodedraden.filters import grootteklasse
from rapportage.rodedraden.models import BouwsteenTelling, Thema
from rapportage.rodedraden.suppressie import Profiel, Verdeling
from spiegel.constants import Status
from spiegel.models import Bouwsteen, Organisatie, Spiegel

# Spiegels that reached the schets or later.
IN_BEELD = (Status.SCHETS, Status.WEDERHOOR, Status.AFGEROND)
SOORTEN = (WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT)


def k() -> int:
    return max(1, int(getattr(settings, "RODE_DRADEN_K", 3)))


def spiegels_in_beeld() -> QuerySet[Spiegel]:
    """Spiegels at schets or later."""
    return Spiegel.objects.filter(aanvraag__status__in=IN_BEELD)


def profielen() -> dict[int, Profiel]:
    """{Spiegel pk: (year, kind, size class, province)} of every Spiegel in view, in two
    plain queries (no correlated subqueries: with them the planner's cost estimate crossed
    PostgreSQL's JIT threshold and compiling took 0.85 s at the reference data). A
    werkbedrijf or region without figures of its own takes the inhabitants (summed) and the
    province (the first) of the municipalities it serves."""
    bediend = {
        org: (inwoners, provincie)
        for org, inwoners, provincie in Organisatie.bedient.through.objects.values_list(
            "from_organisatie_id"
        )
        .annotate(
            inwoners=Sum("to_organisatie__profiel__inwoners"),
            provincie=Min(NullIf(F("to_organisatie__provincie"), Value(""))),
        )
        .order_by()
    }
    uit: dict[int, Profiel] = {}
    for pk, jaar, org, soort, inwoners, provincie in spiegels_in_beeld().values_list(
        "pk",
        ExtractYear("aangemaakt_op"),
        "organisatie_id",
        "organisatie__soort",
        "organisatie__profiel__inwoners",
        "organisatie__provincie",
    ):
        bediend_inwoners, bediend_provincie = bediend.get(org, (None, None))
        uit[pk] = (
            jaar,
            soort,
            grootteklasse(inwoners if inwoners is not None else bediend_inwoners),
            provincie or bediend_provincie or "",
        )
    return uit


def verdeling() -> Verdeling:
    """The profile table: how many Spiegels per (year, kind, size, province), and which."""
    return Verdeling.uit_profielen(profielen(), k())


def gefilterd(filters: dict, v: Verdeling | None = None) -> QuerySet[Spiegel]:
    """The Spiegels in view that match `filters` (by pk, from the profile table)."""
    v = v or verdeling()
    return Spiegel.objects.filter(pk__in=v.spiegels(filters))


def bouwstenen() -> list[tuple[int, str]]:
    return list(
        Bouwsteen.objects.filter(actief=True).order_by("volgorde", "naam").values_list("pk", "naam")
    )


_TELLINGEN_SQL = """
SELECT j.jaar, t.bouwsteen_id, t.soort, SUM(t.n), COUNT(*)
FROM {tabel} t
JOIN unnest(%s::bigint[], %s::int[]) AS j(spiegel_id, jaar) ON j.spiegel_id = t.spiegel_id
WHERE t.n > 0 AND t.soort = ANY(%s)
GROUP BY 1, 2, 3
"""


def tellingen(filters: dict, v: Verdeling | None = None) -> dict[tuple[int, int, str], dict]:
    """{(year, bouwsteen pk, kind): {"n": observations, "spiegels": Spiegels}} for the
    filters without the year, in one GROUP BY over the per-Spiegel summary
    (`BouwsteenTelling`, one row per Spiegel, bouwsteen and kind with at least one
    observation), so its size follows the Spiegels, not the observations. The Spiegels and
    their years come from the profile table as arrays (joining `spiegel_spiegel` for the
    year took twice as long: a time-zone conversion per row). `heatmap` sums the years (a
    Spiegel has one year, so the sums are exact)."""
    v = v or verdeling()
    zonder_jaar = {d: w for d, w in filters.items() if d != "jaar"}
    pks = v.spiegels(zonder_jaar)
    if not pks:
        return {}
    jaren = [v.profiel_van[pk][0] for pk in pks]
    sql = _TELLINGEN_SQL.format(tabel=BouwsteenTelling._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, [pks, jaren, [str(s) for s in SOORTEN]])
        rijen = cursor.fetchall()
    return {
        (jaar, bouwsteen_pk, soort): {"n": n, "spiegels": spiegels}
        for jaar, bouwsteen_pk, soort, n, spiegels in rijen
    }


def heatmap(filters: dict, per_jaar: dict | None = None) -> dict[tuple[int, str], dict]:
    """{(bouwsteen pk, kind): {"n", "spiegels"}} within the filters (year included)."""
    per_jaar = tellingen(filters) if per_jaar is None else per_jaar
    uit: dict[tuple[int, str], dict] = {}
    for (jaar, bouwsteen_pk, soort), cel in per_jaar.items():
        if filters.get("jaar") and jaar != filters["jaar"]:
            continue
        som = uit.setdefault((bouwsteen_pk, soort), {"n": 0, "spiegels": 0})
        som["n"] += cel["n"]
        som["spiegels"] += cel["spiegels"]
    return uit


def themas(filters: dict, v: Verdeling | None = None) -> list[dict]:
    """Confirmed themes with the number of Spiegels (within the filters) they appear in:
    the themes, and their (theme, Spiegel) pairs counted here against the filter result
    (a list of a thousand Spiegel pks as query parameters cost more than the counting)."""
    v = v or verdeling()
    binnen = set(v.spiegels(filters))
    per_thema: dict[int, set[int]] = {}
    for thema_pk, spiegel_pk in (
        Thema.waarnemingen.through.objects.values_list("thema_id", "waarneming__spiegel_id")
        .distinct()
        .order_by()
    ):
        if spiegel_pk in binnen:
            per_thema.setdefault(thema_pk, set()).add(spiegel_pk)
    qs = Thema.objects.select_related("bouwsteen").order_by("bouwsteen__volgorde", "naam")
    return [
        {
            "thema": t,
            "naam": t.naam,
            "bouwsteen": t.bouwsteen.naam,
            "spiegels": len(per_thema.get(t.pk, ())),
        }
        for t in qs
    ]


def waarnemingen_in_cel(
    filters: dict, bouwsteen_pk: int, soort: str, v: Verdeling | None = None
) -> QuerySet[Waarneming]:
    """The observations behind one cell, in an order that does not group them by Spiegel."""
    return (
        Waarneming.objects.filter(
            spiegel__in=gefilterd(filters, v).values("pk"), bouwstenen=bouwsteen_pk, soort=soort
        )
        .select_related("spiegel__organisatie", "spiegel__aanvraag", "gesprek")
        .annotate(volgorde=Func(F("tekst"), function="md5"))
        .order_by("volgorde", "pk")
    )


def citaten_in_cel(filters: dict, bouwsteen_pk: int, v: Verdeling | None = None):
    """Consented quotes of the cell's bouwsteen in the same Spiegels."""
    from gesprekken.constants import Toestemming
    from gesprekken.models import Citaat

    return (
        Citaat.objects.filter(
            spiegel__in=gefilterd(filters, v).values("pk"),
            bouwstenen=bouwsteen_pk,
            toestemming=Toestemming.GEGEVEN,
        )
        .select_related("spiegel__organisatie")
        .annotate(volgorde=Func(F("tekst"), function="md5"))
        .order_by("volgorde", "pk")
    )
