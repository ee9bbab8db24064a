"""Reads of the team's schets page and section editor, merged so that a page costs a fixed
handful of queries however long the schets and however rich the fieldwork (issue 17), each
compiled once per process (`vaste_sql`: building and compiling the ORM's SQL cost more CPU
than running it) and read as plain rows where no model instance is needed.

Everything starts from `spiegels_voor_schets(user)`: a Spiegel outside the user's team is
not found. The page's checks (privacy, method) take what is read here instead of reading
it again themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import JSONObject
from django.utils.encoding import force_str

from gesprekken.models import Citaat, Deelnemer
from rapportage.markdown import binnen
from rapportage.models import Opmerking, Schets, SchetsVersie, Sectie
from rapportage.selectors import spiegels_voor_schets, verwezen_pks
from spiegel.models import Aanvraag, Bouwsteen, Kernvraag, Organisatie, Spiegel, User
from spiegel.vaste_sql import VasteSql


def _versies_namen_bouwstenen() -> dict:
    """The annotations the checks and the header read: the latest saved version's author
    and time, the request's bouwstenen, the participants' names (this Spiegel's and the
    earlier one's)."""
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
    return {
        "laatste_versie_op": Subquery(versies.values("op")[:1]),
        "laatste_versie_naam": Subquery(versies.values("auteur__naam")[:1]),
        "laatste_versie_email": Subquery(versies.values("auteur__email")[:1]),
        "bouwstenen_data": ArraySubquery(
            keuzes.order_by("bouwsteen__volgorde", "bouwsteen__naam").values(
                json=JSONObject(slug="bouwsteen__slug", naam="bouwsteen__naam")
            )
        ),
        "deelnemersnamen": ArraySubquery(namen),
    }


def schets_van(spiegel):
    """The schets read along with `schets_pagina`, or None."""
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


def _velden(model) -> tuple[str, ...]:
    return tuple(f.attname for f in model._meta.concrete_fields)


def _model(model, waarden: dict):
    """An instance as the ORM loads it (`from_db`), of the fields in `waarden` only; any
    other field would be read on access, like a field left out with `only()`."""
    return model.from_db(
        "default",
        [f.attname for f in model._meta.concrete_fields if f.attname in waarden],
        [waarden[f.attname] for f in model._meta.concrete_fields if f.attname in waarden],
    )


_SPIEGEL = _velden(Spiegel)
_SCHETS = _velden(Schets)
_PAGINA = (
    *_SPIEGEL,
    "organisatie__naam",
    "aanvraag__referentie",
    *(f"schets__{v}" for v in _SCHETS),
    "schets__goedgekeurd_door__naam",
    "schets__goedgekeurd_door__email",
)


def _pagina_query(ingelogd: bool, rol, *, user_pk, spiegel_pk) -> QuerySet:
    from django.contrib.auth.models import AnonymousUser

    # The scope (`spiegels_als_teamlid`) reads the user's role and pk only: the role is part
    # of the compiled shape, the pk a value. Should it read more of the user, that must go
    # into the shape or the values too, or one user's scope would be compiled for all.
    user = User(pk=user_pk, rol=rol) if ingelogd else AnonymousUser()
    kernvragen = (
        Kernvraag.objects.filter(spiegel_id=OuterRef("pk"))
        .order_by("volgorde", "pk")
        .values(json=JSONObject(pk="pk", tekst="tekst"))
    )
    return (
        spiegels_voor_schets(user)
        .filter(pk=spiegel_pk)
        .annotate(**_versies_namen_bouwstenen(), kernvragen_data=ArraySubquery(kernvragen))
        .values_list(*_PAGINA, *_pagina_annotaties)
    )


_pagina_sql = VasteSql(_pagina_query)


def schets_pagina(user, spiegel_pk) -> Spiegel | None:
    """The Spiegel of the schets page and the section editor, None outside the user's team
    (`spiegels_voor_schets`), with in the same query: the schets as `spiegel.schets` (and
    who approved it), the organisation's name, the request's reference, the latest saved
    version's author and time, the request's bouwstenen, the participants' names the
    privacy check looks for, and the kernvragen (`kernvragen`). The query is compiled once
    per process (`VasteSql`); other fields of the organisation and the request are read
    only on access."""
    vorm = (user.is_authenticated, getattr(user, "rol", None))
    rijen = _pagina_sql.rijen(vorm, user_pk=user.pk or 0, spiegel_pk=int(spiegel_pk))
    if not rijen:
        return None
    r = dict(zip((*_PAGINA, *_pagina_annotaties), rijen[0], strict=True))
    spiegel = _model(Spiegel, {v: r[v] for v in _SPIEGEL})
    organisatie = _model(Organisatie, {"id": r["organisatie_id"], "naam": r["organisatie__naam"]})
    Spiegel.organisatie.field.set_cached_value(spiegel, organisatie)
    aanvraag = _model(Aanvraag, {"id": r["aanvraag_id"], "referentie": r["aanvraag__referentie"]})
    Spiegel.aanvraag.field.set_cached_value(spiegel, aanvraag)
    schets = None
    if r["schets__id"] is not None:
        schets = _model(Schets, {v: r[f"schets__{v}"] for v in _SCHETS})
        Schets.spiegel.field.set_cached_value(schets, spiegel)
        door = None
        if schets.goedgekeurd_door_id is not None:
            door = _model(
                User,
                {
                    "id": schets.goedgekeurd_door_id,
                    "naam": r["schets__goedgekeurd_door__naam"],
                    "email": r["schets__goedgekeurd_door__email"],
                },
            )
        Schets.goedgekeurd_door.field.set_cached_value(schets, door)
    Schets.spiegel.field.remote_field.set_cached_value(spiegel, schets)
    for naam in _pagina_annotaties:
        setattr(spiegel, naam, r[naam])
    return spiegel


_pagina_annotaties = (
    "laatste_versie_op",
    "laatste_versie_naam",
    "laatste_versie_email",
    "bouwstenen_data",
    "deelnemersnamen",
    "kernvragen_data",
)


class Kernvraagrij(NamedTuple):
    pk: int
    tekst: str


def kernvragen(spiegel) -> list[Kernvraagrij]:
    """The Spiegel's kernvragen in order, read with `schets_pagina`; the sections that answer
    each: `Sectierij.kernvraag_pks`."""
    return [Kernvraagrij(k["pk"], k["tekst"]) for k in spiegel.kernvragen_data or []]


class Sectierij(NamedTuple):
    id: int
    sleutel: str
    titel: str
    tekst: str
    kernvraag_pks: list  # the kernvragen this section answers
    opmerkingen: list  # its wederhoor remarks (Opmerking, with `door`), oldest first

    @property
    def pk(self) -> int:
        return self.id


def _secties_query(*, schets_pk) -> QuerySet:
    antwoorden = (
        Sectie.kernvragen.through.objects.filter(sectie_id=OuterRef("pk"))
        .order_by("kernvraag_id")
        .values("kernvraag_id")
    )
    return (
        Sectie.objects.filter(schets_id=schets_pk)
        .order_by("volgorde", "pk")
        .annotate(kernvraag_pks=ArraySubquery(antwoorden))
        .values_list("id", "sleutel", "titel", "tekst", "kernvraag_pks")
    )


_OPMERKING = _velden(Opmerking)


def _opmerkingen_query(*, schets_pk) -> QuerySet:
    return (
        Opmerking.objects.filter(sectie__schets_id=schets_pk)
        .order_by("op", "pk")
        .values_list(*_OPMERKING, "door__naam", "door__email")
    )


_secties_sql = VasteSql(_secties_query)
_opmerkingen_sql = VasteSql(_opmerkingen_query)


def secties(schets) -> list[Sectierij]:
    """The sections in order, each with the kernvragen it answers and its wederhoor remarks,
    in two queries compiled once per process."""
    opmerkingen: dict[int, list] = {}
    for rij in _opmerkingen_sql.rijen(schets_pk=schets.pk):
        o = _model(Opmerking, dict(zip(_OPMERKING, rij, strict=False)))
        door = None
        if o.door_id is not None:
            door = _model(User, {"id": o.door_id, "naam": rij[-2], "email": rij[-1]})
        Opmerking.door.field.set_cached_value(o, door)
        opmerkingen.setdefault(o.sectie_id, []).append(o)
    return [
        Sectierij(*rij, opmerkingen=opmerkingen.get(rij[0], []))
        for rij in _secties_sql.rijen(schets_pk=schets.pk)
    ]


_CITAAT_VELDEN = ("id", "spiegel_id", "tekst", "rol", "toestemming", "weergave")


class Citaatrij(NamedTuple):
    """A quote as the page's checks and Markdown read it: plain values, equal when the
    values are equal (so a kept result keyed on it follows every change)."""

    id: int
    spiegel_id: int
    tekst: str
    rol: str
    toestemming: str
    weergave: str

    @property
    def pk(self) -> int:
        return self.id

    def get_toestemming_display(self) -> str:
        keuzes = dict(Citaat._meta.get_field("toestemming").flatchoices)
        return force_str(keuzes.get(self.toestemming, self.toestemming), strings_only=True)


class Waarnemingrij(NamedTuple):
    """An observation as the page reads it, with the slugs of its bouwstenen."""

    id: int
    spiegel_id: int
    tekst: str
    soort: str
    bouwsteen_slugs: tuple

    @property
    def pk(self) -> int:
        return self.id


def _spiegel_ids(spiegel) -> list[int]:
    """This Spiegel and the earlier one it follows up (`markdown.binnen`)."""
    return [spiegel.pk, spiegel.vorige_id] if spiegel.vorige_id else [spiegel.pk]


def _citaten_query(met_vorige: bool, *, spiegel_pk, vorige_pk=None, pks=()) -> QuerySet:
    citaten = Citaat.objects.filter(spiegel_id=spiegel_pk)
    if met_vorige:  # the earlier Spiegel's quotes only where referenced
        citaten = Citaat.objects.filter(spiegel_id__in=[spiegel_pk, vorige_pk]).filter(
            Q(pk__in=pks) | Q(spiegel_id=spiegel_pk)
        )
    return citaten.values_list(*_CITAAT_VELDEN)


def _waarnemingen_query(*, spiegel_pk, vorige_pk=None, pks) -> QuerySet:
    slugs = Bouwsteen.objects.filter(waarnemingen=OuterRef("pk")).values("slug")
    spiegel = Spiegel(pk=spiegel_pk, vorige_id=vorige_pk)
    return (
        binnen(spiegel, "waarnemingen")
        .filter(pk__in=pks)
        .annotate(bouwsteen_slugs=ArraySubquery(slugs))
        .values_list("id", "spiegel_id", "tekst", "soort", "bouwsteen_slugs")
    )


_citaten_sql = VasteSql(_citaten_query)
_waarnemingen_sql = VasteSql(_waarnemingen_query)


@dataclass
class Bewijs:
    citaten: dict  # pk -> Citaatrij, referenced in the sections (this and the earlier Spiegel)
    waarnemingen: dict  # pk -> Waarnemingrij, referenced, with `bouwsteen_slugs`
    eigen_citaten: list  # all quotes of this Spiegel (Citaatrij), for the pasted-words check


def bewijs(spiegel, teksten: list[str]) -> Bewijs:
    """The evidence the sections reference and the Spiegel's own quotes, in two queries
    compiled once per process."""
    citaat_pks, waarneming_pks = verwezen_pks(teksten)
    # Plain rows: a Spiegel has hundreds of quotes and the checks read five fields of each.
    if spiegel.vorige_id:
        rijen = _citaten_sql.rijen(
            (True,), spiegel_pk=spiegel.pk, vorige_pk=spiegel.vorige_id, pks=citaat_pks
        )
    else:
        rijen = _citaten_sql.rijen((False,), spiegel_pk=spiegel.pk)
    waarnemingen = {}
    if waarneming_pks:
        vorige = {"vorige_pk": spiegel.vorige_id} if spiegel.vorige_id else {}
        waarnemingen = {
            r[0]: Waarnemingrij(*r[:4], tuple(r[4] or ()))
            for r in _waarnemingen_sql.rijen(spiegel_pk=spiegel.pk, pks=waarneming_pks, **vorige)
        }
    citaten = [Citaatrij._make(r) for r in rijen]
    return Bewijs(
        citaten={c.id: c for c in citaten if c.id in citaat_pks},
        waarnemingen=waarnemingen,
        eigen_citaten=[c for c in citaten if c.spiegel_id == spiegel.pk],
    )
