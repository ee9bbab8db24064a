"""Reads of the rode draden. A fixed number of queries, however many Spiegels there are:
one GROUP BY for the profile table, one over the per-Spiegel summary for the heat map and
the trends, one for the themes. Who may read: `permissions.mag_rode_draden`; views check it first."""

from __future__ import annotations

from django.conf import settings
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear, NullIf

from gesprekken.constants import WaarnemingSoort
from gesprekken.models import Waarneming
from rapportage.rodedraden.filters import DIMENSIES, GROOTTEKLASSEN, ONBEKEND
from rapportage.rodedraden.models import BouwsteenTelling, Organisatieprofiel, Thema
from rapportage.rodedraden.suppressie import Verdeling
from spiegel.constants import Status
from spiegel.models import Bouwsteen, Organisatie, Spiegel

# Spiegels that reached the schets or later.
IN_BEELD = (Status.SCHETS, Status.WEDERHOOR, Status.AFGEROND)
SOORTEN = (WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT)
VELD = {
    "jaar": "rd_jaar",
    "soort": "rd_soort",
    "grootteklasse": "rd_klasse",
    "provincie": "rd_provincie",
}


def k() -> int:
    return max(1, int(getattr(settings, "RODE_DRADEN_K", 3)))


class _Som(Func):
    """SUM as a plain function, so a correlated subquery needs no GROUP BY."""

    function = "SUM"
    output_field = IntegerField()


def spiegels_in_beeld() -> QuerySet[Spiegel]:
    """Spiegels at schets or later, annotated with their profile (rd_jaar, rd_soort,
    rd_klasse, rd_provincie). A werkbedrijf or region without figures of its own takes the
    inhabitants (summed) and the province (the first) of the municipalities it serves."""
    bediend_inwoners = Subquery(
        Organisatieprofiel.objects.filter(organisatie__bediend_door=OuterRef("organisatie_id"))
        .order_by()
        .annotate(s=_Som("inwoners"))
        .values("s")[:1]
    )
    bediend_provincie = Subquery(
        Organisatie.objects.filter(bediend_door=OuterRef("organisatie_id"))
        .exclude(provincie="")
        .order_by("provincie")
        .values("provincie")[:1]
    )
    klassen = [
        When(rd_inwoners__gte=vanaf, then=Value(sleutel))
        for sleutel, _label, vanaf in reversed(GROOTTEKLASSEN)
    ]
    return (
        Spiegel.objects.filter(aanvraag__status__in=IN_BEELD)
        .annotate(
            rd_jaar=ExtractYear("aangemaakt_op"),
            rd_soort=F("organisatie__soort"),
            rd_inwoners=Coalesce(F("organisatie__profiel__inwoners"), bediend_inwoners),
        )
        .annotate(
            rd_klasse=Case(*klassen, default=Value(ONBEKEND), output_field=CharField()),
            rd_provincie=Coalesce(
                NullIf(F("organisatie__provincie"), Value("")),
                bediend_provincie,
                Value(""),
                output_field=CharField(),
            ),
        )
    )


def gefilterd(filters: dict) -> QuerySet[Spiegel]:
    qs = spiegels_in_beeld()
    for d in DIMENSIES:
        if filters.get(d) not in (None, ""):
            qs = qs.filter(**{VELD[d]: filters[d]})
    return qs


def verdeling() -> Verdeling:
    """The profile table in one query: how many Spiegels per (year, kind, size, province)."""
    rijen = (
        spiegels_in_beeld().values(*VELD.values()).annotate(n=Count("pk", distinct=True)).order_by()
    )
    return Verdeling({tuple(r[VELD[d]] for d in DIMENSIES): r["n"] for r in rijen}, k())


def bouwstenen() -> list[tuple[int, str]]:
    return list(
        Bouwsteen.objects.filter(actief=True).order_by("volgorde", "naam").values_list("pk", "naam")
    )


def tellingen(filters: dict) -> dict[tuple[int, int, str], dict]:
    """{(year, bouwsteen pk, kind): {"n": observations, "spiegels": Spiegels}} for the
    filters without the year, in one GROUP BY over the per-Spiegel summary
    (`BouwsteenTelling`, one row per Spiegel, bouwsteen and kind with at least one
    observation), so its size follows the Spiegels, not the observations. `heatmap` sums
    the years (a Spiegel has one year, so the sums are exact)."""
    zonder_jaar = {d: v for d, v in filters.items() if d != "jaar"}
    rijen = (
        BouwsteenTelling.objects.filter(
            spiegel__in=gefilterd(zonder_jaar).values("pk"), soort__in=SOORTEN, n__gt=0
        )
        .values_list(ExtractYear("spiegel__aangemaakt_op"), "bouwsteen_id", "soort")
        .annotate(totaal=Sum("n"), spiegels=Count("pk"))
        .order_by()
    )
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


def themas(filters: dict) -> list[dict]:
    """Confirmed themes with the number of Spiegels (within the filters) they appear in."""
    binnen = gefilterd(filters).values("pk")
    qs = (
        Thema.objects.select_related("bouwsteen")
        .annotate(
            spiegels=Count(
                "waarnemingen__spiegel", filter=Q(waarnemingen__spiegel__in=binnen), distinct=True
            )
        )
        .order_by("bouwsteen__volgorde", "naam")
    )
    return [
        {"thema": t, "naam": t.naam, "bouwsteen": t.bouwsteen.naam, "spiegels": t.spiegels}
        for t in qs
    ]


def waarnemingen_in_cel(filters: dict, bouwsteen_pk: int, soort: str) -> QuerySet[Waarneming]:
    """The observations behind one cell, in an order that does not group them by Spiegel."""
    return (
        Waarneming.objects.filter(
            spiegel__in=gefilterd(filters).values("pk"), bouwstenen=bouwsteen_pk, soort=soort
        )
        .select_related("spiegel__organisatie", "spiegel__aanvraag", "gesprek")
        .annotate(volgorde=Func(F("tekst"), function="md5"))
        .order_by("volgorde", "pk")
    )


def citaten_in_cel(filters: dict, bouwsteen_pk: int):
    """Consented quotes of the cell's bouwsteen in the same Spiegels."""
    from gesprekken.constants import Toestemming
    from gesprekken.models import Citaat

    return (
        Citaat.objects.filter(
            spiegel__in=gefilterd(filters).values("pk"),
            bouwstenen=bouwsteen_pk,
            toestemming=Toestemming.GEGEVEN,
        )
        .select_related("spiegel__organisatie")
        .annotate(volgorde=Func(F("tekst"), function="md5"))
        .order_by("volgorde", "pk")
    )
