"""Full-text search over one Spiegel's fieldwork: the results page's rows, each with its
badge, link and highlighted fragment written once here (no model instance per result)."""

from html import escape

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import F
from django.utils.translation import gettext as _

from gesprekken.models import Aantekening, Citaat, Document, Waarneming
from spiegel.urlmaker import url_maker

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


def _doorzoek(qs, query, veld: str, velden: tuple, limiet: int) -> list[dict]:
    """The best `limiet` matches of `qs` as rows of `velden` plus rank and fragment.
    Notes, observations and quotes keep their vector in a stored column (one to_tsvector
    per save instead of two per row per search); document titles are short. An alias,
    not an annotation: the vector is matched in SQL, never sent to Python; the texts stay
    in the database too, only their highlighted fragments come back."""
    opgeslagen = "zoekvector" in {f.name for f in qs.model._meta.concrete_fields}
    vector = F("zoekvector") if opgeslagen else SearchVector(veld, config="dutch")
    return list(
        qs.alias(treffer=vector)
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
        .order_by("-rang", "-pk")
        .values("pk", "rang", "fragment", *velden)[:limiet]
    )


def zoeken(spiegel, zoekterm: str, limiet: int = 50) -> list[dict]:
    """Full-text search with PostgreSQL's Dutch configuration over one Spiegel's notes,
    observations, quotes and document titles, best first. Four queries, whatever the data.
    Each result is a dict: `soort` (aantekening, waarneming, citaat, document), `pk`,
    `fragment` (escaped, with <mark>), `rang`, and what the page shows: `label`, `klasse`
    (the badge's classes), `url` and `titel` of the source ("" without one), `rol` (quotes)."""
    zoekterm = (zoekterm or "").strip()
    if not zoekterm:
        return []
    query = SearchQuery(zoekterm, config="dutch", search_type="websearch")
    # The session's title as a column, not a joined Gesprek instance per result.
    titel = {"gesprek_titel": F("gesprek__titel")}
    bron = ("gesprek_id", "gesprek_titel")
    soorten = [
        # Version 0 is the untouched template: its questions would match everything.
        ("aantekening", Aantekening.objects.filter(gesprek__spiegel=spiegel, versie__gt=0), bron),
        ("waarneming", Waarneming.objects.filter(spiegel=spiegel), (*bron, "soort")),
        ("citaat", Citaat.objects.filter(spiegel=spiegel), (*bron, "rol")),
    ]
    notities = url_maker("gesprekken:aantekeningen")
    labels = {
        "aantekening": _("Aantekeningen"),
        "waarneming": _("Waarneming"),
        "citaat": _("Citaat"),
        "document": _("Document"),
    }
    resultaten = []
    for soort, qs, velden in soorten:
        label = labels[soort]
        for r in _doorzoek(qs.annotate(**titel), query, "tekst", velden, limiet):
            heeft_bron = r["gesprek_id"] is not None
            r.update(
                soort=soort,
                fragment=veilig_fragment(r["fragment"]),
                label=label,
                klasse=f"badge badge-{r['soort']}" if soort == "waarneming" else "badge",
                url=notities(r["gesprek_id"]) if heeft_bron else "",
                titel=r["gesprek_titel"] if heeft_bron else "",
            )
            resultaten.append(r)
    download = url_maker("gesprekken:document_download")
    documenten = Document.objects.filter(aanvraag__spiegel=spiegel)
    for r in _doorzoek(documenten, query, "titel", ("titel",), limiet):
        r.update(
            soort="document",
            fragment=veilig_fragment(r["fragment"]),
            label=labels["document"],
            klasse="badge",
            url=download(r["pk"]),
        )
        resultaten.append(r)
    resultaten.sort(key=lambda r: r["rang"], reverse=True)
    return resultaten
