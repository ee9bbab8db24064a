"""Review of the schets: submitting it to a colleague, and the colleague's approval or
return with comments (never by the one who submitted it)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from rapportage.checks import onbeantwoorde_kernvragen, privacy_bevindingen
from rapportage.constants import SchetsStatus
from rapportage.models import Schets
from rapportage.services.reis import mail, stap, team_emails, vergrendeld
from spiegel.taal import nederlands


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
    schets = vergrendeld(schets)
    if schets.status != SchetsStatus.CONCEPT:
        raise ValidationError(_("Alleen een concept kan ter review worden aangeboden."))
    redenen = blokkades(schets)
    if redenen:
        raise ValidationError(redenen)
    schets.status = SchetsStatus.REVIEW
    schets.ingediend_door = door
    schets.goedgekeurd_door = None
    schets.save(update_fields=["status", "ingediend_door", "goedgekeurd_door", "bijgewerkt_op"])
    with nederlands():  # stored text is Dutch, whatever the request's language
        tekst = _("Schets (versie %(v)s) ter review aangeboden door %(naam)s.") % {
            "v": schets.versie,
            "naam": door,
        }
    stap(schets.spiegel, None, door, tekst)
    mail(team_emails(schets.spiegel, behalve=door), "review_gevraagd", schets.spiegel, door=door)
    return schets


@transaction.atomic
def schets_beoordelen(*, schets: Schets, door, goedkeuren: bool, opmerking: str = "") -> Schets:
    """Approve, or send back with comments. Never by the one who submitted it."""
    schets = vergrendeld(schets)
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
        tekst = gettext_noop("Schets (versie %(v)s) goedgekeurd door %(naam)s.")
    else:
        schets.status = SchetsStatus.CONCEPT
        schets.goedgekeurd_door = None
        tekst = gettext_noop("Schets (versie %(v)s) teruggestuurd door %(naam)s met opmerkingen.")
    schets.reviewopmerking = opmerking
    schets.save(update_fields=["status", "goedgekeurd_door", "reviewopmerking", "bijgewerkt_op"])
    with nederlands():  # stored text is Dutch, whatever the request's language
        tekst = _(tekst) % {"v": schets.versie, "naam": door}
    stap(schets.spiegel, None, door, tekst)
    if schets.ingediend_door_id:
        mail(
            [schets.ingediend_door.email],
            "review_afgerond",
            schets.spiegel,
            door=door,
            goedgekeurd=goedkeuren,
            opmerking=opmerking,
        )
    return schets
