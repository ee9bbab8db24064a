"""The rode draden as the page, the XLSX and the PDF show them, suppression applied.

`overzicht(filters)` is the one place that decides what is shown; the views and both
exports render its result, so they cannot disagree about what is suppressed."""

from __future__ import annotations

import re

from django.db import connection, transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from gesprekken.constants import WaarnemingSoort
from rapportage.rodedraden import selectors
from rapportage.rodedraden.filters import GROOTTEKLASSEN, als_querystring
from spiegel.constants import OrganisatieSoort

KOLOMMEN = [(s, WaarnemingSoort(s).label) for s in selectors.SOORTEN]


def minder_dan(k: int) -> str:
    return _("minder dan %(k)s") % {"k": k}


def _cel(gegevens: dict | None, k: int) -> dict:
    gegevens = gegevens or {"n": 0, "spiegels": 0}
    if gegevens["spiegels"] < k:
        return {"onderdrukt": True, "n": None, "spiegels": None}
    return {"onderdrukt": False, "n": gegevens["n"], "spiegels": gegevens["spiegels"]}


def _aandeel(deel: int, totaal: int) -> int:
    return round(100 * deel / totaal) if totaal else 0


def overzicht(filters: dict, verdeling=None) -> dict:
    """Everything the page shows for these filters. When the filter result is not safe to
    show (`Verdeling.toonbaar`), only the fact that it rests on fewer than k Spiegels."""
    verdeling = verdeling or selectors.verdeling()
    k = verdeling.k
    bouwstenen = selectors.bouwstenen()
    resultaat = {
        "k": k,
        "minder_dan": minder_dan(k),
        "filters": filters,
        "jaren": verdeling.jaren(),
        "bouwstenen": bouwstenen,
        "kolommen": KOLOMMEN,
        "toonbaar": verdeling.toonbaar(filters),
        "aantal_spiegels": None,
        "rijen": [],
        "trends": [],
        "themas": [],
    }
    if not resultaat["toonbaar"]:
        return resultaat
    resultaat["aantal_spiegels"] = verdeling.aantal(filters)
    per_jaar = selectors.tellingen(filters, verdeling)
    cellen = selectors.heatmap(filters, per_jaar)
    resultaat["rijen"] = [
        {
            "pk": pk,
            "naam": naam,
            "cellen": [
                {"soort": soort, "label": label, **_cel(cellen.get((pk, soort)), k)}
                for soort, label in KOLOMMEN
            ],
        }
        for pk, naam in bouwstenen
    ]
    resultaat["trends"] = _trends(filters, verdeling, bouwstenen, k, per_jaar)
    resultaat["themas"] = [
        {**t, "onderdrukt": t["spiegels"] < k}
        for t in selectors.themas(filters, verdeling)
        if t["spiegels"]
    ]
    return resultaat


def cellen_aanvullen(data: dict, filters: dict) -> None:
    """Each shown cell's drill-down link (`url`) with its texts, and every cell's shade
    (`stap`, 0 to 4, relative to the highest count), for the page: computed once with the
    figures (`bewaard`), not by two translation tags per cell on every request."""
    qs = als_querystring(filters)
    hoogste = max((c["n"] or 0 for r in data["rijen"] for c in r["cellen"]), default=0)
    for rij in data["rijen"]:
        for cel in rij["cellen"]:
            if not cel["onderdrukt"] and cel["n"]:
                url = reverse("rodedraden:cel", args=[rij["pk"], cel["soort"]])
                cel["url"] = f"{url}?{qs}" if qs else url
                cel["omschrijving"] = _("%(b)s, %(s)s: %(n)s waarnemingen in %(sp)s Spiegels") % {
                    "b": rij["naam"],
                    "s": cel["label"],
                    "n": cel["n"],
                    "sp": cel["spiegels"],
                }
                cel["in_spiegels"] = ngettext(
                    "%(sp)s Spiegel", "%(sp)s Spiegels", cel["spiegels"]
                ) % {"sp": cel["spiegels"]}
            cel["stap"] = (
                0 if not cel["n"] or not hoogste else 1 + min(3, (cel["n"] * 4 - 1) // hoogste)
            )


def _trends(filters, verdeling, bouwstenen, k, tellingen) -> list[dict]:
    """Per year (each year a filter result of its own, suppressed by the same rule): the
    share of krachten and aandachtspunten per bouwsteen."""
    jaren = [filters["jaar"]] if filters.get("jaar") else verdeling.jaren()
    uit = []
    for jaar in jaren:
        if not verdeling.toonbaar({**filters, "jaar": jaar}):
            uit.append({"jaar": jaar, "onderdrukt": True, "rijen": []})
            continue
        rijen = []
        for pk, naam in bouwstenen:
            kracht = tellingen.get((jaar, pk, WaarnemingSoort.KRACHT), {"n": 0, "spiegels": 0})
            punt = tellingen.get((jaar, pk, WaarnemingSoort.AANDACHTSPUNT), {"n": 0, "spiegels": 0})
            totaal = kracht["n"] + punt["n"]
            # The union of both kinds' Spiegels is at least the larger of the two.
            onderdrukt = max(kracht["spiegels"], punt["spiegels"]) < k
            rijen.append(
                {
                    "naam": naam,
                    "onderdrukt": onderdrukt,
                    "krachten": None if onderdrukt else _aandeel(kracht["n"], totaal),
                    "aandachtspunten": None if onderdrukt else _aandeel(punt["n"], totaal),
                }
            )
        uit.append({"jaar": jaar, "onderdrukt": False, "rijen": rijen})
    return uit


def filter_omschrijving(filters: dict) -> str:
    """The chosen filters in words, for the exports' headings."""
    delen = []
    if filters.get("jaar"):
        delen.append(str(filters["jaar"]))
    if filters.get("soort"):
        delen.append(str(OrganisatieSoort(filters["soort"]).label))
    if filters.get("grootteklasse"):
        delen += [
            str(label)
            for sleutel, label, _n in GROOTTEKLASSEN
            if sleutel == filters["grootteklasse"]
        ]
    if filters.get("provincie"):
        delen.append(filters["provincie"])
    return ", ".join(delen) or _("alle Spiegels")


def tellingen_herbouwen() -> int:
    """Rebuild the per-Spiegel summary (`BouwsteenTelling`) from the observations. The
    triggers keep it exact on every write; this is for a bulk load that ran without
    triggers (the volume data) and the nightly beat task that repairs any drift. One
    transaction, so readers see the old or the new table, never half. Returns the rows."""
    from gesprekken.models import Waarneming
    from rapportage.rodedraden.models import BouwsteenTelling

    tabel = BouwsteenTelling._meta.db_table
    links = Waarneming.bouwstenen.through._meta.db_table
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute(f"LOCK TABLE {tabel} IN SHARE ROW EXCLUSIVE MODE")  # noqa: S608
        cur.execute(f"DELETE FROM {tabel}")  # noqa: S608
        cur.execute(
            f"INSERT INTO {tabel} (spiegel_id, bouwsteen_id, soort, n) "  # noqa: S608
            f"SELECT w.spiegel_id, l.bouwsteen_id, w.soort, count(*) FROM {links} l "
            f"JOIN {Waarneming._meta.db_table} w ON w.id = l.waarneming_id GROUP BY 1, 2, 3"
        )
        return cur.rowcount


# --- anonymising the drill-down ----------------------------------------------------------


def _namen_van(spiegel_pks) -> dict[int, set[str]]:
    """Participants' names per Spiegel (one query), to blank them out of the texts."""
    from gesprekken.models import Deelnemer

    namen: dict[int, set[str]] = {}
    for spiegel_pk, naam in (
        Deelnemer.objects.filter(gesprek__spiegel__in=list(spiegel_pks))
        .exclude(naam="")
        .values_list("gesprek__spiegel_id", "naam")
    ):
        namen.setdefault(spiegel_pk, set()).add(naam)
    return namen


def anonimiseer(tekst: str, *, organisatie: str, namen: set[str]) -> str:
    """The text without the organisation's name and without participants' names."""
    kort = re.sub(r"^(Gemeente|Werkbedrijf|Regio)\s+", "", organisatie, flags=re.I)
    for naam, vervanging in [
        (organisatie, _("[de organisatie]")),
        (kort, _("[de organisatie]")),
    ] + [(n, _("[naam]")) for n in sorted(namen, key=len, reverse=True)]:
        if naam and len(naam) > 1:
            tekst = re.sub(re.escape(naam), vervanging, tekst, flags=re.I)
    return tekst


def cel_details(
    *, filters: dict, bouwsteen_pk: int, soort: str, eigen: set[int], verdeling=None
) -> dict:
    """The observations and consented quotes behind one cell. Those of a Spiegel in `eigen`
    (the viewer's team) in full; all others anonymised."""
    from gesprekken.constants import Weergave

    verdeling = verdeling or selectors.verdeling()
    waarnemingen = list(selectors.waarnemingen_in_cel(filters, bouwsteen_pk, soort, verdeling))
    citaten = list(selectors.citaten_in_cel(filters, bouwsteen_pk, verdeling))
    namen = _namen_van({w.spiegel_id for w in waarnemingen} | {c.spiegel_id for c in citaten})
    regels = []
    for w in waarnemingen:
        if w.spiegel_id in eigen:
            regels.append(
                {"tekst": w.tekst, "volledig": True, "spiegel": w.spiegel, "bron": w.gesprek}
            )
        else:
            tekst = anonimiseer(
                w.tekst,
                organisatie=w.spiegel.organisatie.naam,
                namen=namen.get(w.spiegel_id, set()),
            )
            regels.append({"tekst": tekst, "volledig": False})
    quotes = []
    for c in citaten:
        if c.spiegel_id in eigen:
            bron = c.rol if c.weergave == Weergave.FUNCTIE else _("anoniem")
            quotes.append({"tekst": c.tekst, "bron": bron, "volledig": True, "spiegel": c.spiegel})
        else:
            tekst = anonimiseer(
                c.tekst,
                organisatie=c.spiegel.organisatie.naam,
                namen=namen.get(c.spiegel_id, set()),
            )
            quotes.append({"tekst": tekst, "bron": _("anoniem"), "volledig": False})
    volledig = sorted(
        {w.spiegel_id for w in waarnemingen if w.spiegel_id in eigen}
        | {c.spiegel_id for c in citaten if c.spiegel_id in eigen}
    )
    return {"waarnemingen": regels, "citaten": quotes, "volledig_van": volledig}
