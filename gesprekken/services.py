"""Writes of the fieldwork app. Views and other apps change fieldwork only through here."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from gesprekken.models import (
    Aantekening,
    AantekeningVersie,
    Citaat,
    Deelnemer,
    Document,
    Gesprek,
    Sjabloon,
    Waarneming,
)
from gesprekken.sjablonen import als_markdown
from spiegel import tekstverschil

# Autosave writes often; saves by the same person within this window update one kept
# version instead of adding a new one, so history stays readable.
VERSIE_SAMENVOEGEN_BINNEN = timedelta(minutes=2)


# --- capture templates ------------------------------------------------------------------


@transaction.atomic
def sjablonen_kopieren(*, spiegel) -> list[Sjabloon]:
    """Give a Spiegel its own editable copy of every default template it lacks."""
    bestaand = set(Sjabloon.objects.filter(spiegel=spiegel).values_list("soort", flat=True))
    kernvragen = list(spiegel.kernvragen.order_by("volgorde", "pk").values_list("tekst", flat=True))
    nieuw = [
        Sjabloon(
            spiegel=spiegel,
            soort=s.soort,
            titel=s.titel,
            inhoud=met_kernvragen(s.inhoud, kernvragen),
        )
        for s in Sjabloon.objects.filter(spiegel=None)
        if s.soort not in bestaand
    ]
    return Sjabloon.objects.bulk_create(nieuw, ignore_conflicts=True)


def met_kernvragen(inhoud: str, kernvragen: list[str]) -> str:
    """Put the Spiegel's kernvragen near the top of a template (after its heading block),
    so notes can be tied to them while writing."""
    if not kernvragen or "## Kernvragen" in inhoud:
        return inhoud
    blok = "\n".join(
        ["## Kernvragen", "", *[f"{i}. {k}" for i, k in enumerate(kernvragen, 1)], "", ""]
    )
    delen = inhoud.split("\n## ", 1)
    if len(delen) == 1:
        return inhoud.rstrip("\n") + "\n\n" + blok
    return delen[0].rstrip("\n") + "\n\n" + blok + "## " + delen[1]


@transaction.atomic
def sjabloon_opslaan(*, sjabloon: Sjabloon, titel: str, inhoud: str) -> Sjabloon:
    sjabloon.titel = titel
    sjabloon.inhoud = inhoud
    sjabloon.save(update_fields=["titel", "inhoud", "bijgewerkt_op"])
    return sjabloon


def _sjabloontekst(gesprek: Gesprek) -> str:
    sjabloon = (
        Sjabloon.objects.filter(spiegel=gesprek.spiegel, soort=gesprek.soort).first()
        or Sjabloon.objects.filter(spiegel=None, soort=gesprek.soort).first()
    )
    inhoud = sjabloon.inhoud if sjabloon else als_markdown(gesprek.soort)
    return inhoud


# --- sessions ---------------------------------------------------------------------------


@transaction.atomic
def gesprek_opslaan(
    *, spiegel, gegevens: dict, teamleden, deelnemers: list[dict], gesprek: Gesprek | None = None
) -> Gesprek:
    """Create or update a session with its participants. `deelnemers` holds dicts with
    rol, naam, toestemming_citeren and, for existing ones, pk and verwijderen."""
    nieuw = gesprek is None
    gesprek = gesprek or Gesprek(spiegel=spiegel)
    for veld in ("soort", "titel", "begin", "einde", "plaats"):
        setattr(gesprek, veld, gegevens.get(veld))
    gesprek.plaats = gesprek.plaats or ""
    gesprek.save()
    gesprek.teamleden.set(teamleden)
    bestaande = {d.pk: d for d in gesprek.deelnemers.all()}
    for rij in deelnemers:
        deelnemer = bestaande.get(rij.get("pk"))
        if deelnemer and rij.get("verwijderen"):
            deelnemer.delete()
            continue
        if rij.get("verwijderen") or not rij.get("rol"):
            continue
        deelnemer = deelnemer or Deelnemer(gesprek=gesprek)
        deelnemer.rol = rij["rol"]
        deelnemer.naam = rij.get("naam") or ""
        deelnemer.toestemming_citeren = bool(rij.get("toestemming_citeren"))
        deelnemer.save()
    if nieuw:
        Aantekening.objects.create(gesprek=gesprek, tekst=_sjabloontekst(gesprek))
    return gesprek


@transaction.atomic
def gesprek_verwijderen(*, gesprek: Gesprek) -> None:
    gesprek.delete()


# --- notes ------------------------------------------------------------------------------


@dataclass
class NotitieConflict(Exception):
    """A save based on an older version: refused, never merged silently."""

    actueel: Aantekening
    poging: str


@transaction.atomic
def aantekening_openen(*, gesprek: Gesprek) -> Aantekening:
    aantekening, _ = Aantekening.objects.get_or_create(
        gesprek=gesprek, defaults={"tekst": _sjabloontekst(gesprek)}
    )
    return aantekening


@transaction.atomic
def aantekening_opslaan(*, gesprek: Gesprek, tekst: str, basis_versie: int, door) -> Aantekening:
    """Save the notes if `basis_versie` is still the current version; otherwise raise
    `NotitieConflict` with the current notes, so the person sees both versions.

    The row is locked, so two saves at the same moment are decided one after the other."""
    aantekening_openen(gesprek=gesprek)
    aantekening = Aantekening.objects.select_for_update().get(gesprek=gesprek)
    tekst = tekst.replace("\r\n", "\n")
    if basis_versie != aantekening.versie:
        if tekst == aantekening.tekst:
            return aantekening  # the same text arrived twice (e.g. a retry after a timeout)
        raise NotitieConflict(actueel=aantekening, poging=tekst)
    if tekst == aantekening.tekst:
        return aantekening
    aantekening.tekst = tekst
    aantekening.versie += 1
    aantekening.bijgewerkt_door = door
    aantekening.save(update_fields=["tekst", "versie", "bijgewerkt_door", "bijgewerkt_op"])
    vorige = aantekening.versies.order_by("-versie").first()
    if (
        vorige is not None
        and vorige.door_id == getattr(door, "pk", None)
        and timezone.now() - vorige.op < VERSIE_SAMENVOEGEN_BINNEN
    ):
        AantekeningVersie.objects.filter(pk=vorige.pk).update(
            versie=aantekening.versie, tekst=tekst
        )
    else:
        AantekeningVersie.objects.create(
            aantekening=aantekening, versie=aantekening.versie, tekst=tekst, door=door
        )
    return aantekening


@transaction.atomic
def aantekening_samenvoegen(
    *, gesprek: Gesprek, poging: str, basis_versie: int, keuzes: dict[int, str], door
) -> Aantekening:
    """After a conflict: save the person's own unsaved text (`poging`) and the saved version
    merged per paragraph (`keuzes`: block number → "a" own, "b" saved; own by default).

    Nothing is lost: the own text is kept as a version of its own, the saved version stays
    in the history, and the merged text becomes the new current version. A save that came
    in meanwhile refuses the merge with `NotitieConflict`, as any save on an older version."""
    aantekening_openen(gesprek=gesprek)
    aantekening = Aantekening.objects.select_for_update().get(gesprek=gesprek)
    poging = poging.replace("\r\n", "\n")
    if basis_versie != aantekening.versie:
        raise NotitieConflict(actueel=aantekening, poging=poging)
    samen = tekstverschil.samenvoegen(poging, aantekening.tekst, keuzes)
    eigen = aantekening.versie + 1
    AantekeningVersie.objects.create(aantekening=aantekening, versie=eigen, tekst=poging, door=door)
    aantekening.tekst = samen
    aantekening.versie = eigen + 1
    aantekening.bijgewerkt_door = door
    aantekening.save(update_fields=["tekst", "versie", "bijgewerkt_door", "bijgewerkt_op"])
    AantekeningVersie.objects.create(
        aantekening=aantekening, versie=aantekening.versie, tekst=samen, door=door
    )
    return aantekening


# --- observations and quotes ------------------------------------------------------------


@transaction.atomic
def waarneming_vastleggen(
    *, spiegel, gesprek, tekst: str, soort: str, bouwstenen, kernvragen, door
) -> Waarneming:
    waarneming = Waarneming.objects.create(
        spiegel=spiegel, gesprek=gesprek, tekst=tekst, soort=soort, door=door
    )
    waarneming.bouwstenen.set(bouwstenen)
    waarneming.kernvragen.set(kernvragen)
    return waarneming


@transaction.atomic
def citaat_vastleggen(
    *, spiegel, gesprek, tekst: str, rol: str, toestemming: str, weergave: str, bouwstenen, door
) -> Citaat:
    citaat = Citaat.objects.create(
        spiegel=spiegel,
        gesprek=gesprek,
        tekst=tekst,
        rol=rol,
        toestemming=toestemming,
        weergave=weergave,
        door=door,
    )
    citaat.bouwstenen.set(bouwstenen)
    return citaat


# --- documents --------------------------------------------------------------------------


@transaction.atomic
def document_uploaden(*, aanvraag, titel: str, bestand, mime_type: str, door, van_contact: bool):
    """Store a checked upload privately (the default storage has no public URL)."""
    return document_opslaan(
        aanvraag=aanvraag,
        titel=titel,
        bestand=bestand,
        mime_type=mime_type,
        grootte=bestand.size,
        geupload_door=door,
        van_contact=van_contact,
    )


def document_opslaan(
    *,
    aanvraag,
    titel: str,
    bestand,
    mime_type: str,
    grootte: int,
    van_contact: bool,
    geupload_door=None,
) -> Document:
    """Store a document shared for a request; the intake app reaches this through
    `spiegel.registry.documentopslag()` (the contact's uploads, the request form's files)."""
    return Document.objects.create(
        aanvraag=aanvraag,
        titel=titel,
        bestand=bestand,
        mime_type=mime_type,
        grootte=grootte,
        geupload_door=geupload_door,
        van_contact=van_contact,
    )


@transaction.atomic
def waarneming_wijzigen(
    *, waarneming: Waarneming, tekst: str, soort: str, bouwstenen, kernvragen
) -> Waarneming:
    waarneming.tekst = tekst
    waarneming.soort = soort
    waarneming.save(update_fields=["tekst", "soort"])
    waarneming.bouwstenen.set(bouwstenen)
    waarneming.kernvragen.set(kernvragen)
    return waarneming


@transaction.atomic
def citaat_wijzigen(
    *, citaat: Citaat, tekst: str, rol: str, toestemming: str, weergave: str, bouwstenen
) -> Citaat:
    """Also how consent is recorded once it was asked: gevraagd -> gegeven / geweigerd."""
    citaat.tekst = tekst
    citaat.rol = rol
    citaat.toestemming = toestemming
    citaat.weergave = weergave
    citaat.save(update_fields=["tekst", "rol", "toestemming", "weergave"])
    citaat.bouwstenen.set(bouwstenen)
    return citaat


@transaction.atomic
def vastlegging_verwijderen(*, obj) -> None:
    obj.delete()
