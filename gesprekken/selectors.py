"""Reads of the fieldwork app, always scoped to what the user may see.

List pages use a fixed number of queries, however many rows there are: relations are
joined or prefetched here, and counts are aggregated in one GROUP BY.
"""

from html import escape

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from gesprekken.constants import WaarnemingSoort
from gesprekken.models import (
    Aantekening,
    Citaat,
    Deelnemer,
    Document,
    Gesprek,
    Sjabloon,
    Waarneming,
)
from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Spiegel
from spiegel.permissions import is_contactpersoon, is_coordinator
from spiegel.selectors import aanvragen_voor, spiegels_als_teamlid, spiegels_voor


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


def waarnemingen_rijen(spiegel, *, filters: dict | None = None) -> QuerySet[Waarneming]:
    """The observation list's rows in one query: the columns the list shows, the session's
    title, and the names of the bouwstenen and the kernvragen as arrays (no prefetch
    queries, no model instance per name)."""
    qs = (
        Waarneming.objects.filter(spiegel=spiegel)
        .only("spiegel_id", "gesprek_id", "tekst", "soort")
        .annotate(
            gesprek_titel=F("gesprek__titel"),
            bouwsteen_namen=_namen(Bouwsteen, "naam", "waarnemingen"),
            kernvraag_teksten=_namen(Kernvraag, "tekst", "waarnemingen"),
        )
    )
    return _filter(qs, filters or {})


def citaten_rijen(spiegel, *, filters: dict | None = None) -> QuerySet[Citaat]:
    """The quote list's rows in one query, as `waarnemingen_rijen`."""
    qs = (
        Citaat.objects.filter(spiegel=spiegel)
        .only("spiegel_id", "gesprek_id", "tekst", "rol", "toestemming", "weergave")
        .annotate(
            gesprek_titel=F("gesprek__titel"),
            bouwsteen_namen=_namen(Bouwsteen, "naam", "citaten"),
        )
    )
    filters = dict(filters or {})
    filters.pop("soort", None)
    filters.pop("kernvraag", None)
    return _filter(qs, filters)


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


# --- search -----------------------------------------------------------------------------

# Private-use characters as highlight markers: a browser form does not normally send them,
# and if one does, the worst outcome is a stray <mark>.
_START, _STOP = "\ue000", "\ue001"


class _Fragment(SearchHeadline):
    """ts_headline whose options are quoted once per process. Django quotes each option
    through a new cursor every time a query is compiled: a seventh of the compile time of
    a search."""

    _opties: dict = {}

    def as_sql(self, compiler, connection, function=None, template=None):
        sleutel = tuple(self.options.items())
        if sleutel not in self._opties:
            self._opties[sleutel] = ", ".join(
                connection.ops.compose_sql(f"{optie}=%s", [waarde]) for optie, waarde in sleutel
            )
        sql, params = super(SearchHeadline, self).as_sql(
            compiler, connection, function=function, template=template, options=", %s"
        )
        return sql, [*params, self._opties[sleutel]]


def veilig_fragment(headline: str) -> str:
    """ts_headline returns the user's text raw: escape it all, then turn our private
    markers (which cannot come from a browser form) into <mark>."""
    return escape(headline).replace(_START, "<mark>").replace(_STOP, "</mark>")


def zoeken(spiegel, zoekterm: str, limiet: int = 50) -> list[dict]:
    """Full-text search with PostgreSQL's Dutch configuration over one Spiegel's notes,
    observations, quotes and document titles. Four queries, whatever the data; each loads
    only the columns the results page shows (the texts stay in the database, only their
    highlighted fragments come back)."""
    zoekterm = (zoekterm or "").strip()
    if not zoekterm:
        return []
    query = SearchQuery(zoekterm, config="dutch", search_type="websearch")

    def doorzoek(qs, veld, soort, velden):
        # Notes, observations and quotes keep their vector in a stored column (one
        # to_tsvector per save instead of two per row per search); document titles are short.
        # An alias, not an annotation: the vector is matched in SQL, never sent to Python.
        opgeslagen = "zoekvector" in {f.name for f in qs.model._meta.concrete_fields}
        vector = F("zoekvector") if opgeslagen else SearchVector(veld, config="dutch")
        return [
            {
                "soort": soort,
                "object": obj,
                "fragment": veilig_fragment(obj.fragment),
                "rang": obj.rang,
            }
            for obj in qs.alias(treffer=vector)
            .filter(treffer=query)
            .annotate(
                rang=SearchRank(vector, query),
                fragment=_Fragment(
                    veld,
                    query,
                    config="dutch",
                    start_sel=_START,
                    stop_sel=_STOP,
                    max_words=30,
                    min_words=12,
                    max_fragments=2,
                ),
            )
            .only(*velden)
            .order_by("-rang", "-pk")[:limiet]
        ]

    # The session's title as a column, not a joined Gesprek instance per result.
    titel = {"gesprek_titel": F("gesprek__titel")}
    resultaten = (
        doorzoek(
            # Version 0 is the untouched template: its questions would match everything.
            Aantekening.objects.filter(gesprek__spiegel=spiegel, versie__gt=0).annotate(**titel),
            "tekst",
            "aantekening",
            ("gesprek_id",),
        )
        + doorzoek(
            Waarneming.objects.filter(spiegel=spiegel).annotate(**titel),
            "tekst",
            "waarneming",
            ("spiegel_id", "gesprek_id", "soort"),
        )
        + doorzoek(
            Citaat.objects.filter(spiegel=spiegel).annotate(**titel),
            "tekst",
            "citaat",
            ("spiegel_id", "gesprek_id", "rol"),
        )
        + doorzoek(
            Document.objects.filter(aanvraag__spiegel=spiegel),
            "titel",
            "document",
            ("aanvraag_id", "titel"),
        )
    )
    resultaten.sort(key=lambda r: r["rang"], reverse=True)
    return resultaten
