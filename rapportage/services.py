"""Writes of the schets: sections, immutable versions, review and wederhoor.

Every save makes a new `SchetsVersie` (never changed afterwards) whose `secties` is a list of
`{"sleutel", "titel", "tekst", "kernvragen": [pk, ...]}` in reading order: the PDF reads that
shape. A section save names the section version it was based on; when someone else saved
in between, `SchetsConflict` is raised with both texts and nothing is overwritten.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from rapportage.checks import onbeantwoorde_kernvragen, privacy_bevindingen
from rapportage.constants import OpmerkingStatus, SchetsStatus
from rapportage.models import Opmerking, Schets, SchetsVersie, Sectie
from spiegel.berichten import versturen
from spiegel.constants import TRANSITIES, Status
from spiegel.models import Gebeurtenis
from spiegel.services import status_wijzigen


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
    from gesprekken.constants import GesprekSoort

    regels = []
    for g in spiegel.gesprekken.prefetch_related("deelnemers").order_by("begin"):
        rollen = ", ".join(sorted({d.rol for d in g.deelnemers.all()}))
        datum = timezone.localtime(g.begin).strftime("%d-%m-%Y")
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


def _nieuwe_versie(schets: Schets, door, toelichting: str) -> SchetsVersie:
    schets.versie += 1
    schets.save(update_fields=["versie", "bijgewerkt_op"])
    return SchetsVersie.objects.create(
        schets=schets,
        nummer=schets.versie,
        secties=snapshot(schets),
        auteur=door,
        toelichting=toelichting[:300],
    )


def _locked(schets: Schets) -> Schets:
    return Schets.objects.select_for_update().select_related("spiegel__aanvraag").get(pk=schets.pk)


def _uniek(schets: Schets, titel: str) -> str:
    basis = (slugify(titel) or "sectie")[:32]
    bestaand = set(schets.secties.values_list("sleutel", flat=True))
    sleutel, n = basis, 2
    while sleutel in bestaand:
        sleutel, n = f"{basis}-{n}", n + 1
    return sleutel


def _tijdlijn(spiegel, tekst: str, door, tekst_contact: str = "") -> None:
    Gebeurtenis.objects.create(
        aanvraag=spiegel.aanvraag, tekst=tekst, tekst_contact=tekst_contact, door=door
    )


def _reis_naar(spiegel, naar: str, door, tekst: str, tekst_contact: str = "") -> bool:
    """Move the request's journey status to `naar` through `status_wijzigen` when that is a
    legal step (via `schets` when it is still in fieldwork). False: it was not moved and the
    caller logs the step in the timeline itself."""
    aanvraag = spiegel.aanvraag
    aanvraag.refresh_from_db(fields=["status"])
    if aanvraag.status == naar:
        return False
    if naar == Status.WEDERHOOR and aanvraag.status == Status.VELDWERK:
        status_wijzigen(aanvraag=aanvraag, naar=Status.SCHETS, door=door)
        aanvraag.refresh_from_db(fields=["status"])
    if naar not in TRANSITIES.get(aanvraag.status, frozenset()):
        return False
    status_wijzigen(
        aanvraag=aanvraag, naar=naar, door=door, tekst=tekst, tekst_contact=tekst_contact
    )
    aanvraag.refresh_from_db()
    return True


def _stap(spiegel, naar: str | None, door, tekst: str, tekst_contact: str = "") -> None:
    if naar is None or not _reis_naar(spiegel, naar, door, tekst, tekst_contact):
        _tijdlijn(spiegel, tekst, door, tekst_contact)


def _link(name: str, spiegel) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=[spiegel.pk])


def _team_emails(spiegel, behalve=None) -> list[str]:
    return [u.email for u in spiegel.team.all() if behalve is None or u.pk != behalve.pk]


def _contact_emails(spiegel) -> list[str]:
    aanvraag = spiegel.aanvraag
    if aanvraag.contactpersoon_id:
        return [aanvraag.contactpersoon.email]
    return [aanvraag.contact_email]


def _mail(aan, template: str, spiegel, **extra) -> None:
    versturen(
        aan=aan,
        template=f"rapportage/email/{template}",
        context={
            "spiegel": spiegel,
            "organisatie": spiegel.organisatie.naam,
            "referentie": spiegel.aanvraag.referentie,
            "schets_url": _link("rapportage:schets", spiegel),
            "wederhoor_url": _link("rapportage:wederhoor", spiegel),
            **extra,
        },
    )


# --- starting and writing ------------------------------------------------------------------


@transaction.atomic
def schets_starten(*, spiegel, door) -> Schets:
    """Create the schets from the template (idempotent: a second start returns the first)."""
    schets, created = Schets.objects.get_or_create(spiegel=spiegel)
    if not created:
        return schets
    for i, (sleutel, titel, tekst) in enumerate(sjabloon(spiegel)):
        Sectie.objects.create(schets=schets, sleutel=sleutel, titel=titel, tekst=tekst, volgorde=i)
    _nieuwe_versie(schets, door, _("Schets gestart vanuit het sjabloon"))
    # The journey moves from fieldwork to schets; a request already further along keeps its
    # status and only gets the timeline line.
    naar = Status.SCHETS if spiegel.aanvraag.status == Status.VELDWERK else None
    _stap(spiegel, naar, door, _("De schets is gestart."))
    return schets


@transaction.atomic
def versie_maken(*, schets: Schets, door, toelichting: str) -> SchetsVersie:
    """A version of the sections as they are now (after a bulk change, e.g. an import)."""
    return _nieuwe_versie(_locked(schets), door, toelichting)


def _bewerkbaar(schets: Schets) -> None:
    if schets.status not in (SchetsStatus.CONCEPT, SchetsStatus.WEDERHOOR):
        raise ValidationError(
            _("De schets is ‘%(status)s’ en kan nu niet worden bewerkt.")
            % {"status": schets.get_status_display()}
        )


@transaction.atomic
def sectie_opslaan(
    *, sectie: Sectie, door, tekst: str, titel: str, kernvragen, basis: int
) -> SchetsVersie:
    """Save one section based on section version `basis`; raise SchetsConflict when someone
    else saved it since (nothing is written then)."""
    schets = _locked(sectie.schets)
    _bewerkbaar(schets)
    huidig = Sectie.objects.select_for_update().get(pk=sectie.pk)
    if huidig.versie != basis:
        raise SchetsConflict(huidig, tekst, titel)
    huidig.tekst = tekst
    huidig.titel = titel or huidig.titel
    huidig.versie += 1
    huidig.save(update_fields=["tekst", "titel", "versie", "bijgewerkt_op"])
    huidig.kernvragen.set([k for k in kernvragen if k.spiegel_id == schets.spiegel_id])
    return _nieuwe_versie(schets, door, _("Sectie ‘%(titel)s’ bewerkt") % {"titel": huidig.titel})


@transaction.atomic
def sectie_toevoegen(*, schets: Schets, door, titel: str) -> Sectie:
    schets = _locked(schets)
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
    _nieuwe_versie(schets, door, _("Sectie ‘%(titel)s’ toegevoegd") % {"titel": sectie.titel})
    return sectie


@transaction.atomic
def sectie_verwijderen(*, sectie: Sectie, door) -> None:
    schets = _locked(sectie.schets)
    _bewerkbaar(schets)
    if sectie.opmerkingen.exists():
        raise ValidationError(
            _("Deze sectie heeft opmerkingen uit het wederhoor en kan niet worden verwijderd.")
        )
    titel = sectie.titel
    sectie.delete()
    _hernummeren(schets)
    _nieuwe_versie(schets, door, _("Sectie ‘%(titel)s’ verwijderd") % {"titel": titel})


def _hernummeren(schets: Schets) -> None:
    for i, s in enumerate(schets.secties.order_by("volgorde", "pk")):
        if s.volgorde != i:
            Sectie.objects.filter(pk=s.pk).update(volgorde=i)


@transaction.atomic
def sectie_verplaatsen(*, sectie: Sectie, door, richting: str) -> None:
    """Move a section one place up ('op') or down ('neer')."""
    schets = _locked(sectie.schets)
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
    _nieuwe_versie(schets, door, _("Volgorde van de secties gewijzigd"))


@transaction.atomic
def versie_herstellen(*, schets: Schets, nummer: int, door) -> SchetsVersie:
    """Make version `nummer` the current text again, as a new version (history stays)."""
    schets = _locked(schets)
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
    return _nieuwe_versie(schets, door, _("Versie %(nummer)s teruggezet") % {"nummer": nummer})


# --- review --------------------------------------------------------------------------------


def blokkades(schets: Schets) -> list[str]:
    """Why the schets cannot go to review now (empty: it can)."""
    redenen = [str(b) for b in privacy_bevindingen(schets)]
    for k in onbeantwoorde_kernvragen(schets):
        redenen.append(
            _("Kernvraag ‘%(vraag)s’ wordt door geen enkele sectie beantwoord.") % {"vraag": k}
        )
    return redenen


@transaction.atomic
def schets_indienen(*, schets: Schets, door) -> Schets:
    schets = _locked(schets)
    if schets.status != SchetsStatus.CONCEPT:
        raise ValidationError(_("Alleen een concept kan ter review worden aangeboden."))
    redenen = blokkades(schets)
    if redenen:
        raise ValidationError(redenen)
    schets.status = SchetsStatus.REVIEW
    schets.ingediend_door = door
    schets.goedgekeurd_door = None
    schets.save(update_fields=["status", "ingediend_door", "goedgekeurd_door", "bijgewerkt_op"])
    _stap(
        schets.spiegel,
        None,
        door,
        _("Schets (versie %(v)s) ter review aangeboden door %(naam)s.")
        % {"v": schets.versie, "naam": door},
    )
    _mail(_team_emails(schets.spiegel, behalve=door), "review_gevraagd", schets.spiegel, door=door)
    return schets


@transaction.atomic
def schets_beoordelen(*, schets: Schets, door, goedkeuren: bool, opmerking: str = "") -> Schets:
    """Approve, or send back with comments. Never by the one who submitted it."""
    schets = _locked(schets)
    if schets.status != SchetsStatus.REVIEW:
        raise ValidationError(_("Deze schets ligt niet ter review."))
    if schets.ingediend_door_id == door.pk:
        raise ValidationError(
            _("U heeft deze schets zelf aangeboden; een ander teamlid beoordeelt hem.")
        )
    opmerking = (opmerking or "").strip()
    if not goedkeuren and not opmerking:
        raise ValidationError(_("Schrijf op wat er nog moet gebeuren voordat u terugstuurt."))
    if goedkeuren:
        redenen = blokkades(schets)
        if redenen:
            raise ValidationError(redenen)
        schets.status = SchetsStatus.GOEDGEKEURD
        schets.goedgekeurd_door = door
        tekst = _("Schets (versie %(v)s) goedgekeurd door %(naam)s.")
    else:
        schets.status = SchetsStatus.CONCEPT
        schets.goedgekeurd_door = None
        tekst = _("Schets (versie %(v)s) teruggestuurd door %(naam)s met opmerkingen.")
    schets.reviewopmerking = opmerking
    schets.save(update_fields=["status", "goedgekeurd_door", "reviewopmerking", "bijgewerkt_op"])
    _stap(schets.spiegel, None, door, tekst % {"v": schets.versie, "naam": door})
    if schets.ingediend_door_id:
        _mail(
            [schets.ingediend_door.email],
            "review_afgerond",
            schets.spiegel,
            door=door,
            goedgekeurd=goedkeuren,
            opmerking=opmerking,
        )
    return schets


# --- wederhoor ------------------------------------------------------------------------------


@transaction.atomic
def wederhoor_starten(*, schets: Schets, door) -> Schets:
    schets = _locked(schets)
    if schets.status != SchetsStatus.GOEDGEKEURD:
        raise ValidationError(_("Alleen een goedgekeurde schets gaat naar wederhoor."))
    schets.status = SchetsStatus.WEDERHOOR
    schets.save(update_fields=["status", "bijgewerkt_op"])
    _stap(
        schets.spiegel,
        Status.WEDERHOOR,
        door,
        _("Schets (versie %(v)s) voorgelegd aan de organisatie voor wederhoor.")
        % {"v": schets.versie},
        _("De schets staat klaar: u kunt hem lezen en per onderdeel opmerkingen geven."),
    )
    _mail(_contact_emails(schets.spiegel), "wederhoor_gestart", schets.spiegel)
    return schets


@transaction.atomic
def opmerking_plaatsen(*, sectie: Sectie, door, tekst: str) -> Opmerking:
    schets = _locked(sectie.schets)
    if schets.status != SchetsStatus.WEDERHOOR:
        raise ValidationError(
            _("U kunt alleen opmerkingen geven zolang de schets in wederhoor is.")
        )
    tekst = (tekst or "").strip()
    if not tekst:
        raise ValidationError(_("Schrijf uw opmerking in het tekstvak."))
    opmerking = Opmerking.objects.create(sectie=sectie, tekst=tekst[:5000], door=door)
    _stap(
        schets.spiegel,
        None,
        door,
        _("Opmerking uit het wederhoor bij ‘%(titel)s’.") % {"titel": sectie.titel},
        _("U gaf een opmerking bij ‘%(titel)s’.") % {"titel": sectie.titel},
    )
    _mail(_team_emails(schets.spiegel), "opmerking_ontvangen", schets.spiegel, sectie=sectie)
    return opmerking


@transaction.atomic
def opmerking_afhandelen(*, opmerking: Opmerking, door, status: str, antwoord: str) -> Opmerking:
    """Accept a remark, or answer it with a reason (the reason is required then)."""
    schets = _locked(opmerking.sectie.schets)
    if schets.status != SchetsStatus.WEDERHOOR:
        raise ValidationError(_("Opmerkingen worden afgehandeld zolang de schets in wederhoor is."))
    antwoord = (antwoord or "").strip()
    if status not in (OpmerkingStatus.OVERGENOMEN, OpmerkingStatus.BEANTWOORD):
        raise ValidationError(_("Kies: overnemen of beantwoorden."))
    if status == OpmerkingStatus.BEANTWOORD and not antwoord:
        raise ValidationError(
            _("Geef een reden als u de opmerking niet overneemt: de organisatie leest die.")
        )
    opmerking = Opmerking.objects.select_for_update().get(pk=opmerking.pk)
    opmerking.status = status
    opmerking.antwoord = antwoord[:5000]
    opmerking.afgehandeld_door = door
    opmerking.save(update_fields=["status", "antwoord", "afgehandeld_door"])
    _stap(
        schets.spiegel,
        None,
        door,
        _("Opmerking bij ‘%(titel)s’ afgehandeld: %(status)s.")
        % {"titel": opmerking.sectie.titel, "status": opmerking.get_status_display().lower()},
    )
    return opmerking


@transaction.atomic
def schets_definitief_maken(*, schets: Schets, door) -> Schets:
    schets = _locked(schets)
    if schets.status != SchetsStatus.WEDERHOOR:
        raise ValidationError(_("Alleen een schets in wederhoor kan definitief worden."))
    open_ = Opmerking.objects.filter(sectie__schets=schets, status=OpmerkingStatus.OPEN).count()
    if open_:
        raise ValidationError(
            _("Er staan nog %(n)s opmerkingen open; handel die eerst af.") % {"n": open_}
        )
    redenen = [str(b) for b in privacy_bevindingen(schets)]
    if redenen:
        raise ValidationError(redenen)
    schets.status = SchetsStatus.DEFINITIEF
    schets.save(update_fields=["status", "bijgewerkt_op"])
    _stap(
        schets.spiegel,
        Status.AFGEROND,
        door,
        _("Schets definitief (versie %(v)s).") % {"v": schets.versie},
        _("Het wederhoor is afgerond en de schets is definitief."),
    )
    _mail(
        _contact_emails(schets.spiegel) + _team_emails(schets.spiegel),
        "schets_definitief",
        schets.spiegel,
    )
    return schets
