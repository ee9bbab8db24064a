"""Reads of the team's schets page, merged so that the page costs a fixed handful of
queries however long the schets and however rich the fieldwork (issue 17).

Everything starts from `spiegels_voor_schets(user)`: a Spiegel outside the user's team is
not found. The page's checks (privacy, method) take what is read here instead of reading
it again themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import JSONObject

from gesprekken.models import Citaat, Deelnemer
from rapportage.markdown import binnen
from rapportage.models import Opmerking, SchetsVersie, Sectie
from rapportage.selectors import spiegels_voor_schets, verwezen_pks
from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Spiegel


def spiegels_met_schets(user) -> QuerySet[Spiegel]:
    """The user's Spiegels with, in the same query, the schets (and who approved it), the
    latest saved version's author and time, the request's bouwstenen and the participants'
    names the privacy check looks for."""
    versies = SchetsVersie.objects.filter(schets__spiegel_id=OuterRef("pk")).order_by("-nummer")
    keuzes = Aanvraag.bouwstenen.through.objects.filter(aanvraag_id=OuterRef("aanvraag_id"))
    namen = (
        Deelnemer.objects.filter(
            Q(gesprek__spiegel_id=OuterRef("pk")) | Q(gesprek__spiegel_id=OuterRef("vorige_id"))
        )
        .exclude(naam="")
        .order_by()
        .values("naam")
        .distinct()
    )
    return (
        spiegels_voor_schets(user)
        .select_related("schets__goedgekeurd_door")
        .annotate(
            laatste_versie_op=Subquery(versies.values("op")[:1]),
            laatste_versie_naam=Subquery(versies.values("auteur__naam")[:1]),
            laatste_versie_email=Subquery(versies.values("auteur__email")[:1]),
            bouwstenen_data=ArraySubquery(
                keuzes.order_by("bouwsteen__volgorde", "bouwsteen__naam").values(
                    json=JSONObject(slug="bouwsteen__slug", naam="bouwsteen__naam")
                )
            ),
            deelnemersnamen=ArraySubquery(namen),
        )
    )


def schets_van(spiegel):
    """The schets read along with `spiegels_met_schets`, or None."""
    try:
        return spiegel.schets
    except Spiegel.schets.RelatedObjectDoesNotExist:
        return None


def laatste_versie(spiegel) -> dict | None:
    """Who saved the latest version and when, as the page shows it."""
    if spiegel.laatste_versie_op is None:
        return None
    wie = spiegel.laatste_versie_naam or spiegel.laatste_versie_email or ""
    return {"auteur": wie, "op": spiegel.laatste_versie_op}


def bouwstenen(spiegel) -> list[Bouwsteen]:
    """The request's bouwstenen (slug and name, what the method check reads)."""
    return [Bouwsteen(slug=b["slug"], naam=b["naam"]) for b in spiegel.bouwstenen_data or []]


def secties(schets) -> list[Sectie]:
    """The sections in order, with their wederhoor remarks (kernvragen: `kernvragen`)."""
    opmerkingen = Prefetch("opmerkingen", queryset=Opmerking.objects.select_related("door"))
    return list(schets.secties.prefetch_related(opmerkingen).order_by("volgorde", "pk"))


def kernvragen(spiegel, schets) -> list[Kernvraag]:
    """The Spiegel's kernvragen in order, each with `sectie_pks`: the sections of this
    schets that answer it."""
    antwoorden = Sectie.kernvragen.through.objects.filter(
        kernvraag_id=OuterRef("pk"), sectie__schets_id=schets.pk
    ).values("sectie_id")
    return list(
        spiegel.kernvragen.order_by("volgorde", "pk").annotate(sectie_pks=ArraySubquery(antwoorden))
    )


_CITAAT_VELDEN = ("id", "spiegel_id", "tekst", "rol", "toestemming", "weergave")


class _Citaatrij(NamedTuple):
    id: int
    spiegel_id: int
    tekst: str
    rol: str
    toestemming: str
    weergave: str

    @property
    def pk(self) -> int:
        return self.id


def _spiegel_ids(spiegel) -> list[int]:
    """This Spiegel and the earlier one it follows up (`markdown.binnen`)."""
    return [spiegel.pk, spiegel.vorige_id] if spiegel.vorige_id else [spiegel.pk]


@dataclass
class Bewijs:
    citaten: dict  # pk -> Citaat, referenced in the sections (this and the earlier Spiegel)
    waarnemingen: dict  # pk -> Waarneming, referenced, with `bouwsteen_slugs`
    eigen_citaten: list  # all quotes of this Spiegel, for the pasted-words check


def bewijs(spiegel, teksten: list[str]) -> Bewijs:
    """The evidence the sections reference and the Spiegel's own quotes, in two queries."""
    citaat_pks, waarneming_pks = verwezen_pks(teksten)
    # Plain rows: a Spiegel has hundreds of quotes and the checks read five fields of each.
    rijen = list(
        Citaat.objects.filter(spiegel_id__in=_spiegel_ids(spiegel))
        .filter(Q(pk__in=citaat_pks) | Q(spiegel_id=spiegel.pk))
        .values(*_CITAAT_VELDEN)
    )
    waarnemingen = {}
    if waarneming_pks:
        slugs = Bouwsteen.objects.filter(waarnemingen=OuterRef("pk")).values("slug")
        waarnemingen = {
            w.pk: w
            for w in binnen(spiegel, "waarnemingen")
            .filter(pk__in=waarneming_pks)
            .defer("zoekvector")
            .annotate(bouwsteen_slugs=ArraySubquery(slugs))
        }
    return Bewijs(
        citaten={r["id"]: Citaat(**r) for r in rijen if r["id"] in citaat_pks},
        waarnemingen=waarnemingen,
        eigen_citaten=[_Citaatrij(**r) for r in rijen if r["spiegel_id"] == spiegel.pk],
    )
