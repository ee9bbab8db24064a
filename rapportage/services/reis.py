"""What the schets's services share: the row lock on the schets, a step in the request's
journey (status or timeline line) and the emails to the team and the contact."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from rapportage.models import Schets
from spiegel.berichten import versturen
from spiegel.constants import TRANSITIES, Status
from spiegel.models import Gebeurtenis
from spiegel.services import status_wijzigen
from spiegel.taal import nederlands


def vergrendeld(schets: Schets) -> Schets:
    """The schets again, locked for update until the transaction ends."""
    return Schets.objects.select_for_update().select_related("spiegel__aanvraag").get(pk=schets.pk)


def _tijdlijn(spiegel, tekst: str, door, tekst_contact: str = "") -> None:
    with nederlands():  # stored text is Dutch, whatever the request's language
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


def stap(spiegel, naar: str | None, door, tekst: str, tekst_contact: str = "") -> None:
    if naar is None or not _reis_naar(spiegel, naar, door, tekst, tekst_contact):
        _tijdlijn(spiegel, tekst, door, tekst_contact)


def _link(name: str, spiegel) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=[spiegel.pk])


def team_emails(spiegel, behalve=None) -> list[str]:
    return [u.email for u in spiegel.team.all() if behalve is None or u.pk != behalve.pk]


def contact_emails(spiegel) -> list[str]:
    aanvraag = spiegel.aanvraag
    if aanvraag.contactpersoon_id:
        return [aanvraag.contactpersoon.email]
    return [aanvraag.contact_email]


def mail(aan, template: str, spiegel, **extra) -> None:
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
