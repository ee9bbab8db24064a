"""Wederhoor: the organisation reads the approved schets and leaves remarks per section, the
team handles them, and the schets becomes final (which closes the request's journey)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from rapportage.checks import privacy_bevindingen
from rapportage.constants import OpmerkingStatus, SchetsStatus
from rapportage.models import Opmerking, Schets, Sectie
from rapportage.services.reis import contact_emails, mail, stap, team_emails, vergrendeld
from spiegel.constants import Status
from spiegel.taal import nederlands


@transaction.atomic
def wederhoor_starten(*, schets: Schets, door) -> Schets:
    schets = vergrendeld(schets)
    if schets.status != SchetsStatus.GOEDGEKEURD:
        raise ValidationError(_("Alleen een goedgekeurde schets gaat naar wederhoor."))
    schets.status = SchetsStatus.WEDERHOOR
    schets.save(update_fields=["status", "bijgewerkt_op"])
    with nederlands():  # stored text is Dutch, whatever the request's language
        teksten = (
            _("Schets (versie %(v)s) voorgelegd aan de organisatie voor wederhoor.")
            % {"v": schets.versie},
            _("De schets staat klaar: u kunt hem lezen en per onderdeel opmerkingen geven."),
        )
    stap(schets.spiegel, Status.WEDERHOOR, door, *teksten)
    mail(contact_emails(schets.spiegel), "wederhoor_gestart", schets.spiegel)
    return schets


@transaction.atomic
def opmerking_plaatsen(*, sectie: Sectie, door, tekst: str) -> Opmerking:
    schets = vergrendeld(sectie.schets)
    if schets.status != SchetsStatus.WEDERHOOR:
        raise ValidationError(
            _("U kunt alleen opmerkingen geven zolang de schets in wederhoor is.")
        )
    tekst = (tekst or "").strip()
    if not tekst:
        raise ValidationError(_("Schrijf uw opmerking in het tekstvak."))
    opmerking = Opmerking.objects.create(sectie=sectie, tekst=tekst[:5000], door=door)
    with nederlands():  # stored text is Dutch, whatever the request's language
        teksten = (
            _("Opmerking uit het wederhoor bij ‘%(titel)s’.") % {"titel": sectie.titel},
            _("U gaf een opmerking bij ‘%(titel)s’.") % {"titel": sectie.titel},
        )
    stap(schets.spiegel, None, door, *teksten)
    mail(team_emails(schets.spiegel), "opmerking_ontvangen", schets.spiegel, sectie=sectie)
    return opmerking


@transaction.atomic
def opmerking_afhandelen(*, opmerking: Opmerking, door, status: str, antwoord: str) -> Opmerking:
    """Accept a remark, or answer it with a reason (the reason is required then)."""
    schets = vergrendeld(opmerking.sectie.schets)
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
    with nederlands():  # stored text is Dutch, whatever the request's language
        tekst = _("Opmerking bij ‘%(titel)s’ afgehandeld: %(status)s.") % {
            "titel": opmerking.sectie.titel,
            "status": opmerking.get_status_display().lower(),
        }
    stap(schets.spiegel, None, door, tekst)
    return opmerking


@transaction.atomic
def schets_definitief_maken(*, schets: Schets, door) -> Schets:
    schets = vergrendeld(schets)
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
    with nederlands():  # stored text is Dutch, whatever the request's language
        teksten = (
            _("Schets definitief (versie %(v)s).") % {"v": schets.versie},
            _("Het wederhoor is afgerond en de schets is definitief."),
        )
    stap(schets.spiegel, Status.AFGEROND, door, *teksten)
    mail(
        contact_emails(schets.spiegel) + team_emails(schets.spiegel),
        "schets_definitief",
        schets.spiegel,
    )
    return schets
