"""Full-text search over one Spiegel's fieldwork: the results page's rows, each with its
badge, link and highlighted fragment written once here (no model instance per result)."""

from html import escape

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import CharField, F, IntegerField, QuerySet, Value
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


# What the four kinds of result show, in the order of the union's columns.
_KOLOMMEN = ("z_soort", "z_pk", "z_rang", "z_fragment", "z_gesprek", "z_titel", "z_extra")
_VOLGORDE = {"aantekening": 0, "waarneming": 1, "citaat": 2, "document": 3}


def _deel(qs, soort: str, query, veld: str, limiet: int, **kolommen):
    """The best `limiet` matches of `qs` as the union's columns. Notes, observations and
    quotes keep their vector in a stored column (one to_tsvector per save instead of two
    per row per search); document titles are short. An alias, not an annotation: the
    vector is matched in SQL, never sent to Python; the texts stay in the database too,
    only their highlighted fragments come back."""
    opgeslagen = "zoekvector" in {f.name for f in qs.model._meta.concrete_fields}
    vector = F("zoekvector") if opgeslagen else SearchVector(veld, config="dutch")
    return (
        qs.alias(treffer=vector)
        .filter(treffer=query)
        .annotate(
            z_soort=Value(soort, output_field=CharField()),
            z_pk=F("pk"),
            z_rang=SearchRank(vector, query),
            z_fragment=_Fragment(
                veld,
                query,
                config="dutch",
                start_sel=_START,
                stop_sel=_STOP,
                max_words=30,
                min_words=12,
                max_fragments=2,
            ),
            **{f"z_{naam}": waarde for naam, waarde in kolommen.items()},
        )
        .order_by("-z_rang", "-pk")
        .values(*_KOLOMMEN)[:limiet]
    )


def _zoekquery(spiegel_pk: int, zoekterm: str, limiet: int) -> QuerySet:
    """One UNION ALL over one Spiegel's notes, observations, quotes and document titles."""
    query = SearchQuery(zoekterm, config="dutch", search_type="websearch")
    geen = Value(None, output_field=CharField())
    # The session's title as a column, not a joined Gesprek instance per result.
    bron = {"gesprek": F("gesprek_id"), "titel": F("gesprek__titel")}
    delen = [
        # Version 0 is the untouched template: its questions would match everything.
        (
            Aantekening.objects.filter(gesprek__spiegel=spiegel_pk, versie__gt=0),
            "aantekening",
            "tekst",
            {**bron, "extra": geen},
        ),
        (
            Waarneming.objects.filter(spiegel=spiegel_pk),
            "waarneming",
            "tekst",
            {**bron, "extra": F("soort")},
        ),
        (Citaat.objects.filter(spiegel=spiegel_pk), "citaat", "tekst", {**bron, "extra": F("rol")}),
        (
            Document.objects.filter(aanvraag__spiegel=spiegel_pk),
            "document",
            "titel",
            {
                "gesprek": Value(None, output_field=IntegerField()),
                "titel": F("titel"),
                "extra": geen,
            },
        ),
    ]
    eerste, *rest = [_deel(qs, soort, query, veld, limiet, **k) for qs, soort, veld, k in delen]
    return eerste.union(*rest, all=True)


# The search's SQL is the same for every Spiegel and search term: built and compiled by
# the ORM once per process with these stand-ins, which each search replaces in the
# parameters. Building and compiling the four querysets was two thirds of a search's CPU.
_SPIEGEL, _TERM = -7070707, "\ue002zoekterm\ue002"
_SQL: dict = {}


def _rijen(spiegel_pk: int, zoekterm: str, limiet: int) -> list[tuple]:
    sleutel = (connection.alias, limiet)
    if sleutel not in _SQL:
        sql, params = _zoekquery(_SPIEGEL, _TERM, limiet).query.sql_with_params()
        # Only if both stand-ins are parameters (never written into the SQL itself).
        apart = str(_SPIEGEL) not in sql and _TERM not in sql
        _SQL[sleutel] = (sql, params) if apart and _SPIEGEL in params else None
    if _SQL[sleutel] is None:
        return list(_zoekquery(spiegel_pk, zoekterm, limiet).values_list(*_KOLOMMEN))
    sql, params = _SQL[sleutel]
    eigen = [spiegel_pk if p == _SPIEGEL else zoekterm if p == _TERM else p for p in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, eigen)
        return cursor.fetchall()


def zoeken(spiegel, zoekterm: str, limiet: int = 50) -> list[dict]:
    """Full-text search with PostgreSQL's Dutch configuration over one Spiegel's notes,
    observations, quotes and document titles, best first: one query, whatever the data,
    at most `limiet` results of each kind. Each result is a dict: `soort` (aantekening,
    waarneming, citaat, document), `pk`, `fragment` (escaped, with <mark>), `rang`, and
    what the page shows: `label`, `klasse` (the badge's classes), `url` and `titel` of
    the source ("" without one), `rol` (quotes)."""
    zoekterm = (zoekterm or "").strip()
    if not zoekterm:
        return []
    notities = url_maker("gesprekken:aantekeningen")
    download = url_maker("gesprekken:document_download")
    labels = {
        "aantekening": _("Aantekeningen"),
        "waarneming": _("Waarneming"),
        "citaat": _("Citaat"),
        "document": _("Document"),
    }
    resultaten = []
    for soort, pk, rang, fragment, gesprek_id, titel, extra in _rijen(spiegel.pk, zoekterm, limiet):
        r = {"soort": soort, "pk": pk, "rang": rang, "fragment": veilig_fragment(fragment)}
        r["label"] = labels[soort]
        r["klasse"] = f"badge badge-{extra}" if soort == "waarneming" else "badge"
        if soort == "citaat":
            r["rol"] = extra
        if soort == "document":
            r["url"], r["titel"] = download(pk), titel
        elif gesprek_id is not None:
            r["url"], r["titel"] = notities(gesprek_id), titel
        else:
            r["url"], r["titel"] = "", ""
        resultaten.append(r)
    # As four lists one after the other, each best first, then sorted (stable) on rank.
    resultaten.sort(key=lambda r: (-r["rang"], _VOLGORDE[r["soort"]], -r["pk"]))
    return resultaten
