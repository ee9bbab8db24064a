"""Reads of the fieldwork app, always scoped to what the user may see.

List pages use a fixed number of queries, however many rows there are: relations are
joined or prefetched here, and counts are aggregated in one GROUP BY.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    TextChoices,
    Window,
)
from django.db.models.functions import Coalesce
from django.utils.text import Truncator, add_truncation_text, calculate_truncate_chars_length

from gesprekken.constants import Toestemming, WaarnemingSoort, Weergave
from gesprekken.models import (
    Aantekening,
    Citaat,
    Deelnemer,
    Document,
    Gesprek,
    Sjabloon,
    Waarneming,
)
from gesprekken.selectors_zoeken import veilig_fragment, zoeken  # noqa: F401 (the search)
from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Spiegel
from spiegel.permissions import is_contactpersoon, is_coordinator
from spiegel.selectors import aanvragen_voor, spiegels_als_teamlid, spiegels_voor
from spiegel.urlmaker import url_maker


def werkruimte_spiegels(user) -> QuerySet[Spiegel]:
    """Spiegels whose workspace a user may open: the team in full, coordinators in outline."""
    if is_coordinator(user):
        return spiegels_voor(user)
    return spiegels_als_teamlid(user)


def team_spiegels(user) -> QuerySet[Spiegel]:
    """Spiegels whose confidential fieldwork a user may read: only their team's."""
    return spiegels_als_teamlid(user)


def gesprekken_voor(user) -> QuerySet[Gesprek]:
    return Gesprek.objects.select_related(
        "spiegel", "spiegel__aanvraag", "spiegel__organisatie"
    ).filter(spiegel__in=spiegels_als_teamlid(user).values("pk"))


def gesprekken_van(spiegel) -> QuerySet[Gesprek]:
    """Sessions of a Spiegel with their participants, team members and capture counts."""
    return (
        Gesprek.objects.filter(spiegel=spiegel)
        .annotate(
            aantal_waarnemingen=Count("waarnemingen", distinct=True),
            aantal_citaten=Count("citaten", distinct=True),
        )
        .prefetch_related(
            Prefetch("deelnemers", queryset=Deelnemer.objects.order_by("pk")), "teamleden"
        )
        .order_by("begin", "pk")
    )


def _aantal(model, veld: str = "gesprek"):
    """How many `model` rows point at the outer row, as a correlated subquery: two counts
    joined in one GROUP BY would multiply each other's rows."""
    rijen = model.objects.filter(**{veld: OuterRef("pk")}).order_by().values(veld)
    return Coalesce(Subquery(rijen.annotate(n=Count("pk")).values("n")), 0)


def aantekening_van(gesprek) -> Aantekening | None:
    return Aantekening.objects.select_related("bijgewerkt_door").filter(gesprek=gesprek).first()


def versies_van(aantekening, limiet: int = 20):
    return aantekening.versies.select_related("door").order_by("-versie")[:limiet]


def waarnemingen_van(spiegel, *, filters: dict | None = None) -> QuerySet[Waarneming]:
    qs = (
        Waarneming.objects.filter(spiegel=spiegel)
        .select_related("gesprek", "door")
        .prefetch_related("bouwstenen", "kernvragen")
    )
    return _filter(qs, filters or {})


def citaten_van(spiegel, *, filters: dict | None = None) -> QuerySet[Citaat]:
    qs = (
        Citaat.objects.filter(spiegel=spiegel)
        .select_related("gesprek", "door")
        .prefetch_related("bouwstenen")
    )
    filters = dict(filters or {})
    filters.pop("soort", None)
    filters.pop("kernvraag", None)
    return _filter(qs, filters)


def _filter(qs, filters: dict):
    # EXISTS rather than a join: a row matches once, so no DISTINCT over every column (the
    # list's COUNT was a DISTINCT over all of them).
    eigen = f"{qs.model._meta.model_name}_id"

    def heeft(relatie, **waarde):
        through = getattr(qs.model, relatie).through
        return Exists(through.objects.filter(**{eigen: OuterRef("pk")}, **waarde))

    if filters.get("bouwsteen"):
        qs = qs.filter(heeft("bouwstenen", bouwsteen=filters["bouwsteen"]))
    if filters.get("soort"):
        qs = qs.filter(soort=filters["soort"])
    if filters.get("gesprek"):
        qs = qs.filter(gesprek=filters["gesprek"])
    if filters.get("kernvraag"):
        qs = qs.filter(heeft("kernvragen", kernvraag=filters["kernvraag"]))
    return qs


# The order of each model's own Meta.ordering, minus Kernvraag's leading "spiegel" (the
# same for all of one row's kernvragen, and ordering by it joins spiegel_spiegel).
_VOLGORDE = {Bouwsteen: ("volgorde", "naam"), Kernvraag: ("volgorde", "pk")}


def _namen(model, veld: str, relatie: str):
    """The `veld` of a row's related `model` objects, in their own order, as an array
    computed in the row's own query."""
    return ArraySubquery(
        model.objects.filter(**{relatie: OuterRef("pk")}).order_by(*_VOLGORDE[model]).values(veld)
    )


class Rijen:
    """A list's rows as Django's Paginator takes them: counted in SQL, and only the page
    shown is fetched, as dicts whose labels and links `schrijven` writes once per row."""

    def __init__(self, qs: QuerySet, schrijven):
        self._qs, self._schrijven = qs, schrijven
        self.ordered = qs.ordered

    def count(self) -> int:
        return self._qs.count()

    def __getitem__(self, deel: slice) -> list[dict]:
        return self._schrijven(list(self._qs[deel]))

    def met_totaal(self, begin: int, eind: int) -> tuple[list[dict], int]:
        """Rows `begin`..`eind` and how many rows there are in all, in one query (a window
        count); `([], 0)` past the end."""
        rijen = list(self._qs.annotate(totaal=Window(Count("*")))[begin:eind])
        totaal = [r.pop("totaal") for r in rijen]
        return self._schrijven(rijen), totaal[0] if totaal else 0

    def laatste(self, per_pagina: int) -> tuple[list[dict], int]:
        """The rows of the last page of `per_pagina` and how many rows there are in all, in
        one query: the last `per_pagina` rows in reverse order, with a window count."""
        rijen = list(self._qs.reverse().annotate(totaal=Window(Count("*")))[:per_pagina])
        totaal = [r.pop("totaal") for r in rijen]
        if not totaal:
            return [], 0
        op_laatste = totaal[0] % per_pagina or per_pagina
        return self._schrijven(rijen[:op_laatste][::-1]), totaal[0]


def _kort(lengte: int = 40):
    """A function that does what `Truncator(tekst).chars(lengte)` does, without walking
    the characters of a text whose first `lengte + 1` are ASCII (no combining characters,
    nothing to normalise): it is cut at the same place, with Django's own ending."""
    snede = calculate_truncate_chars_length(lengte, None)

    def kort(tekst: str) -> str:
        if snede > 0 and tekst[: lengte + 1].isascii():
            return tekst if len(tekst) <= lengte else add_truncation_text(tekst[:snede])
        return Truncator(tekst).chars(lengte)

    return kort


def _schrijver(bewerken: str, labels: dict[str, type[TextChoices]]):
    """Writes each row's links, labels and short text once (not `{% url %}`,
    `get_..._display` and `truncatechars` per row in the template)."""

    def schrijven(rijen: list[dict]) -> list[dict]:
        bron, bewerk, kort = url_maker("gesprekken:aantekeningen"), url_maker(bewerken), _kort()
        namen = {veld: {k: str(v) for k, v in keuzes.choices} for veld, keuzes in labels.items()}
        for r in rijen:
            for veld, label in namen.items():
                r[f"{veld}_label"] = label.get(r[veld], "")
            r["bron_url"] = bron(r["gesprek_id"]) if r["gesprek_id"] else ""
            r["bewerken_url"] = bewerk(r["pk"])
            r["kort"] = kort(r["tekst"])
            r["bouwstenen"] = ", ".join(r["bouwsteen_namen"])  # escaped by the template
        return rijen

    return schrijven


def waarnemingen_rijen(spiegel, *, filters: dict | None = None) -> Rijen:
    """The observation list's rows in one query per page: the columns the list shows, the
    session's title, and the names of the bouwstenen and the kernvragen as arrays (no
    prefetch queries, no model instance per row or name)."""
    qs = Waarneming.objects.filter(spiegel=spiegel).annotate(
        gesprek_titel=F("gesprek__titel"),
        bouwsteen_namen=_namen(Bouwsteen, "naam", "waarnemingen"),
        kernvraag_teksten=_namen(Kernvraag, "tekst", "waarnemingen"),
    )
    velden = ("pk", "gesprek_id", "tekst", "soort", "gesprek_titel")
    return Rijen(
        _filter(qs, filters or {}).values(*velden, "bouwsteen_namen", "kernvraag_teksten"),
        _schrijver("gesprekken:waarneming_bewerken", {"soort": WaarnemingSoort}),
    )


def citaten_rijen(spiegel, *, filters: dict | None = None) -> Rijen:
    """The quote list's rows in one query per page, as `waarnemingen_rijen`."""
    qs = Citaat.objects.filter(spiegel=spiegel).annotate(
        gesprek_titel=F("gesprek__titel"),
        bouwsteen_namen=_namen(Bouwsteen, "naam", "citaten"),
    )
    filters = dict(filters or {})
    filters.pop("soort", None)
    filters.pop("kernvraag", None)
    velden = ("pk", "gesprek_id", "tekst", "rol", "toestemming", "weergave", "gesprek_titel")
    return Rijen(
        _filter(qs, filters).values(*velden, "bouwsteen_namen"),
        _schrijver(
            "gesprekken:citaat_bewerken", {"toestemming": Toestemming, "weergave": Weergave}
        ),
    )


def filterkeuzes(spiegel) -> dict[str, list[tuple[int, str]]]:
    """The (pk, label) choices of the list filters: three small queries, no model instances."""
    return {
        "bouwstenen": list(bouwstenen().values_list("pk", "naam")),
        "gesprekken": list(
            Gesprek.objects.filter(spiegel=spiegel)
            .order_by("begin", "pk")
            .values_list("pk", "titel")
        ),
        "kernvragen": list(kernvragen_van(spiegel).values_list("pk", "tekst")),
    }


def kernvragen_van(spiegel) -> QuerySet[Kernvraag]:
    return Kernvraag.objects.filter(spiegel=spiegel).order_by("volgorde", "pk")


def bouwstenen() -> QuerySet[Bouwsteen]:
    return Bouwsteen.objects.filter(actief=True).order_by("volgorde", "naam")


def heatmap_tellingen(spiegel) -> dict[tuple[int, str], int]:
    """Observations per (bouwsteen, kind) of one Spiegel, in one GROUP BY query."""
    through = Waarneming.bouwstenen.through
    rijen = (
        through.objects.filter(waarneming__spiegel=spiegel)
        .values("bouwsteen_id", "waarneming__soort")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {(r["bouwsteen_id"], r["waarneming__soort"]): r["n"] for r in rijen}


def heatmap_voor(spiegel, *, link=None, titel: str = "", smal: bool = False) -> str:
    """The heat map of one Spiegel as SVG (two queries: bouwstenen and one GROUP BY).
    The PDF calls this without `link`; the overview page passes one to the filtered list;
    `smal` draws it for half a page (two maps side by side)."""
    from django.utils.translation import gettext as _

    from gesprekken.heatmap import heatmap_svg

    return heatmap_svg(
        rijen=list(bouwstenen().values_list("pk", "naam")),
        kolommen=list(WaarnemingSoort.choices),
        tellingen=heatmap_tellingen(spiegel),
        link=link,
        titel=titel or _("Waarnemingen per bouwsteen en soort"),
        smal=smal,
    )


def dekking(spiegel) -> QuerySet[Kernvraag]:
    """Kernvragen with how much evidence each has, in one query."""
    return kernvragen_van(spiegel).annotate(
        aantal_waarnemingen=Count("waarnemingen", distinct=True),
        aantal_krachten=Count(
            "waarnemingen", filter=Q(waarnemingen__soort=WaarnemingSoort.KRACHT), distinct=True
        ),
        aantal_gesprekken=Count("waarnemingen__gesprek", distinct=True),
    )


def sjablonen_van(spiegel) -> QuerySet[Sjabloon]:
    return Sjabloon.objects.filter(spiegel=spiegel).order_by("soort")


def standaardsjablonen() -> QuerySet[Sjabloon]:
    return Sjabloon.objects.filter(spiegel=None).order_by("soort")


# --- documents --------------------------------------------------------------------------


def document_aanvragen(user) -> QuerySet[Aanvraag]:
    """Requests whose documents page a user may open."""
    return aanvragen_voor(user).select_related("spiegel")


def documenten_voor(user) -> QuerySet[Document]:
    qs = Document.objects.select_related("aanvraag", "geupload_door")
    if is_coordinator(user):
        return qs
    if is_contactpersoon(user):
        return qs.filter(aanvraag__organisatie_id=user.organisatie_id, van_contact=True)
    return qs.filter(aanvraag__spiegel__in=spiegels_als_teamlid(user).values("pk"))
