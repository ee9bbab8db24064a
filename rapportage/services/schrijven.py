"""Starting a schets from the template and writing it: sections saved as immutable versions,
sections added, deleted and moved, and earlier versions restored."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gesprekken.constants import GesprekSoort
from rapportage.constants import SchetsStatus
from rapportage.models import Schets, SchetsVersie, Sectie
from rapportage.services.reis import stap, vergrendeld
from spiegel.constants import Status
from spiegel.taal import bericht, in_het_nederlands, nederlands


class SchetsConflict(Exception):
    """Someone saved the section after the version this edit started from."""

    def __init__(self, sectie: Sectie, eigen_tekst: str, eigen_titel: str):
        super().__init__("conflict")
        self.sectie = sectie
        self.eigen_tekst = eigen_tekst
        self.eigen_titel = eigen_titel


def sjabloon(spiegel) -> list[tuple[str, str, str]]:
    """The sections a new schets starts with: (sleutel, titel, tekst)."""
    secties = [
        ("aanleiding", _("Aanleiding en vragen"), _aanleiding(spiegel)),
        ("werkwijze", _("Werkwijze"), _werkwijze(spiegel)),
        ("krachten", _("Wat we zagen: krachten en steunpilaren"), ""),
    ]
    bouwstenen = list(spiegel.aanvraag.bouwstenen.order_by("volgorde", "naam"))
    for b in bouwstenen:
        secties.append((f"duiding-{b.slug}"[:40], _("Duiding: %(naam)s") % {"naam": b.naam}, ""))
    if not bouwstenen:
        secties.append(("duiding", _("Per bouwsteen: duiding"), ""))
    if spiegel.vorige_id:  # a follow-up Spiegel (issue 15)
        from rapportage.rodedraden.vervolg import sinds_vorige_markdown

        secties.append(
            ("sinds-vorige", _("Sinds de vorige Spiegel"), sinds_vorige_markdown(spiegel))
        )
    secties += [
        ("vragen", _("Vragen om bij stil te staan"), ""),
        ("tot-slot", _("Tot slot: waar staan jullie, waar willen jullie naartoe?"), ""),
    ]
    return secties


def _aanleiding(spiegel) -> str:
    vragen = [k.tekst for k in spiegel.kernvragen.order_by("volgorde", "pk")]
    if not vragen:
        return ""
    regels = [_("De vragen waarmee we keken:"), ""] + [f"- {v}" for v in vragen]
    return "\n".join(regels)


def _werkwijze(spiegel) -> str:
    """Who was spoken to, how and when: by kind and role, never by name."""
    regels = []
    for g in spiegel.gesprekken.prefetch_related("deelnemers").order_by("begin"):
        rollen = ", ".join(sorted({d.rol for d in g.deelnemers.all()}))
        datum = formats.date_format(timezone.localtime(g.begin), "DATE_FORMAT")
        soort = GesprekSoort(g.soort).label if g.soort in GesprekSoort.values else g.soort
        regels.append(f"- {soort} ({datum})" + (f": {rollen}" if rollen else ""))
    return "\n".join(regels)


def snapshot(schets: Schets) -> list[dict]:
    """The shape stored in SchetsVersie.secties (and read by the PDF)."""
    return [
        {
            "sleutel": s.sleutel,
            "titel": s.titel,
            "tekst": s.tekst,
            "kernvragen": sorted(k.pk for k in s.kernvragen.all()),
        }
        for s in schets.secties.prefetch_related("kernvragen").order_by("volgorde", "pk")
    ]


def _nieuwe_versie(schets: Schets, door, toelichting: str | dict) -> SchetsVersie:
    """`toelichting`: text a person typed (kept as typed), or a `bericht` the app wrote
    (kept in Dutch and as a bericht, shown in the reader's language)."""
    schets.versie += 1
    schets.save(update_fields=["versie", "bijgewerkt_op"])
    return SchetsVersie.objects.create(
        schets=schets,
        nummer=schets.versie,
        secties=snapshot(schets),
        auteur=door,
        **versie_toelichting(toelichting),
    )


def versie_toelichting(toelichting: str | dict) -> dict:
    """The fields of a version's note (for every writer of versions)."""
    if isinstance(toelichting, dict):
        return {
            "toelichting": in_het_nederlands(toelichting)[:300],
            "toelichting_bericht": toelichting,
        }
    return {"toelichting": toelichting[:300], "toelichting_bericht": {}}


def _uniek(schets: Schets, titel: str) -> str:
    basis = (slugify(titel) or "sectie")[:32]
    bestaand = set(schets.secties.values_list("sleutel", flat=True))
    sleutel, n = basis, 2
    while sleutel in bestaand:
        sleutel, n = f"{basis}-{n}", n + 1
    return sleutel


# --- starting and writing ------------------------------------------------------------------


@transaction.atomic
def schets_starten(*, spiegel, door) -> Schets:
    """Create the schets from the template (idempotent: a second start returns the first)."""
    schets, created = Schets.objects.get_or_create(spiegel=spiegel)
    if not created:
        return schets
    # The schets is the municipality's Dutch document, whoever starts it in which language.
    with nederlands():
        secties = sjabloon(spiegel)
        gestart = _("De schets is gestart.")
    for i, (sleutel, titel, tekst) in enumerate(secties):
        Sectie.objects.create(schets=schets, sleutel=sleutel, titel=titel, tekst=tekst, volgorde=i)
    _nieuwe_versie(schets, door, bericht(gettext_noop("Schets gestart vanuit het sjabloon")))
    # The journey moves from fieldwork to schets; a request already further along keeps its
    # status and only gets the timeline line.
    naar = Status.SCHETS if spiegel.aanvraag.status == Status.VELDWERK else None
    stap(spiegel, naar, door, gestart)
    return schets


@transaction.atomic
def versie_maken(*, schets: Schets, door, toelichting: str | dict) -> SchetsVersie:
    """A version of the sections as they are now (after a bulk change, e.g. an import)."""
    return _nieuwe_versie(vergrendeld(schets), door, toelichting)


def _bewerkbaar(schets: Schets) -> None:
    if schets.status not in (SchetsStatus.CONCEPT, SchetsStatus.WEDERHOOR):
        raise ValidationError(
            _("De schets is ‘%(status)s’ en kan nu niet worden bewerkt.")
            % {"status": schets.get_status_display()}
        )


@transaction.atomic
def sectie_opslaan(
    *, sectie: Sectie, door, tekst: str, titel: str, kernvragen, basis: int
) -> SchetsVersie | None:
    """Save one section based on section version `basis`; raise SchetsConflict when someone
    else saved it since (nothing is written then). None: nothing changed, so no version
    (a save without changes would fill the version list with identical versions)."""
    schets = vergrendeld(sectie.schets)
    _bewerkbaar(schets)
    huidig = Sectie.objects.select_for_update().get(pk=sectie.pk)
    if huidig.versie != basis:
        raise SchetsConflict(huidig, tekst, titel)
    kernvragen = [k for k in kernvragen if k.spiegel_id == schets.spiegel_id]
    if (
        _regels(tekst) == _regels(huidig.tekst)
        and (titel or huidig.titel) == huidig.titel
        and {k.pk for k in kernvragen} == set(huidig.kernvragen.values_list("pk", flat=True))
    ):
        return None
    huidig.tekst = tekst
    huidig.titel = titel or huidig.titel
    huidig.versie += 1
    huidig.save(update_fields=["tekst", "titel", "versie", "bijgewerkt_op"])
    huidig.kernvragen.set(kernvragen)
    return _nieuwe_versie(
        schets, door, bericht(gettext_noop("Sectie ‘%(titel)s’ bewerkt"), titel=huidig.titel)
    )


def _regels(tekst: str) -> str:
    """Text compared without the difference between a browser's CRLF and LF."""
    return (tekst or "").replace("\r\n", "\n")


@transaction.atomic
def sectie_toevoegen(*, schets: Schets, door, titel: str) -> Sectie:
    schets = vergrendeld(schets)
    _bewerkbaar(schets)
    titel = titel.strip()
    if not titel:
        raise ValidationError(_("Geef de nieuwe sectie een titel."))
    laatste = schets.secties.aggregate(m=Max("volgorde"))["m"]
    sectie = Sectie.objects.create(
        schets=schets,
        sleutel=_uniek(schets, titel),
        titel=titel[:200],
        volgorde=0 if laatste is None else laatste + 1,
    )
    _nieuwe_versie(
        schets, door, bericht(gettext_noop("Sectie ‘%(titel)s’ toegevoegd"), titel=sectie.titel)
    )
    return sectie


@transaction.atomic
def sectie_verwijderen(*, sectie: Sectie, door) -> None:
    schets = vergrendeld(sectie.schets)
    _bewerkbaar(schets)
    if sectie.opmerkingen.exists():
        raise ValidationError(
            _("Deze sectie heeft opmerkingen uit het wederhoor en kan niet worden verwijderd.")
        )
    titel = sectie.titel
    sectie.delete()
    _hernummeren(schets)
    _nieuwe_versie(
        schets, door, bericht(gettext_noop("Sectie ‘%(titel)s’ verwijderd"), titel=titel)
    )


def _hernummeren(schets: Schets) -> None:
    for i, s in enumerate(schets.secties.order_by("volgorde", "pk")):
        if s.volgorde != i:
            Sectie.objects.filter(pk=s.pk).update(volgorde=i)


@transaction.atomic
def sectie_verplaatsen(*, sectie: Sectie, door, richting: str) -> None:
    """Move a section one place up ('op') or down ('neer')."""
    schets = vergrendeld(sectie.schets)
    _bewerkbaar(schets)
    _hernummeren(schets)
    volgorde = list(schets.secties.order_by("volgorde", "pk").values_list("pk", flat=True))
    i = volgorde.index(sectie.pk)
    j = i - 1 if richting == "op" else i + 1
    if j < 0 or j >= len(volgorde):
        return
    volgorde[i], volgorde[j] = volgorde[j], volgorde[i]
    for n, pk in enumerate(volgorde):
        Sectie.objects.filter(pk=pk).update(volgorde=n)
    _nieuwe_versie(schets, door, bericht(gettext_noop("Volgorde van de secties gewijzigd")))


@transaction.atomic
def versie_herstellen(*, schets: Schets, nummer: int, door) -> SchetsVersie:
    """Make version `nummer` the current text again, as a new version (history stays)."""
    schets = vergrendeld(schets)
    _bewerkbaar(schets)
    oud = schets.versies.get(nummer=nummer)
    bestaand = {s.sleutel: s for s in schets.secties.all()}
    gewenst = [s["sleutel"] for s in oud.secties]
    for sleutel, s in bestaand.items():
        if sleutel not in gewenst and not s.opmerkingen.exists():
            s.delete()
    kernvraag_pks = set(schets.spiegel.kernvragen.values_list("pk", flat=True))
    for i, data in enumerate(oud.secties):
        sectie = bestaand.get(data["sleutel"])
        if sectie is None:
            sectie = Sectie(schets=schets, sleutel=data["sleutel"])
        sectie.titel = data["titel"]
        sectie.tekst = data["tekst"]
        sectie.volgorde = i
        sectie.versie += 1  # an edit begun before the restore now conflicts
        sectie.save()
        sectie.kernvragen.set([pk for pk in data.get("kernvragen", []) if pk in kernvraag_pks])
    _hernummeren(schets)
    return _nieuwe_versie(
        schets, door, bericht(gettext_noop("Versie %(nummer)s teruggezet"), nummer=nummer)
    )
