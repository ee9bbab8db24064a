"""Status changes of a request or Spiegel: the one way other apps move the journey on."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from spiegel.constants import TRANSITIES, Status
from spiegel.models import (
    Aanvraag,
    Gebeurtenis,
)
from spiegel.taal import nederlands

TEKST_VOOR_CONTACT = {
    Status.INGEDIEND: gettext_noop("We hebben uw aanvraag ontvangen."),
    Status.INTAKE: gettext_noop("We plannen een kennismakings- en intakegesprek met u."),
    Status.GEACCEPTEERD: gettext_noop("Goed nieuws: we gaan de Spiegel samen met u uitvoeren."),
    Status.VELDWERK: gettext_noop(
        "De gesprekken, meelooprondes en het lezen van uw stukken zijn begonnen."
    ),
    Status.SCHETS: gettext_noop("We schrijven de schets: wat we zagen en hoe we het duiden."),
    Status.WEDERHOOR: gettext_noop("De schets staat klaar voor uw reactie (wederhoor)."),
    Status.AFGEROND: gettext_noop("De Spiegel is afgerond. Dank voor de open samenwerking."),
    Status.AFGEWEZEN: gettext_noop("We kunnen deze aanvraag helaas niet uitvoeren."),
    Status.INGETROKKEN: gettext_noop("De aanvraag is ingetrokken."),
}


def tekst_voor_contact(status: str) -> str:
    return _(TEKST_VOOR_CONTACT[status])


@transaction.atomic
def status_wijzigen(
    *,
    aanvraag: Aanvraag,
    naar: str,
    door=None,
    tekst: str = "",
    tekst_contact: str = "",
) -> Aanvraag:
    """Move a request along its status flow; refuse an illegal move with a clear message.

    The row is locked so two coordinators clicking at once cannot both move it. Without a
    `tekst_contact` the contact reads a friendly default line for the new status."""
    aanvraag = Aanvraag.objects.select_for_update().get(pk=aanvraag.pk)
    van = aanvraag.status
    if naar not in TRANSITIES.get(van, frozenset()):
        raise ValidationError(
            _("Een aanvraag met status ‘%(van)s’ kan niet naar ‘%(naar)s’.")
            % {"van": Status(van).label, "naar": Status(naar).label}
        )
    aanvraag.status = naar
    aanvraag.save(update_fields=["status", "bijgewerkt_op"])
    if naar == Status.AFGEROND and hasattr(aanvraag, "spiegel"):
        aanvraag.spiegel.afgerond_op = timezone.now()
        aanvraag.spiegel.save(update_fields=["afgerond_op"])
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag=aanvraag,
            van_status=van,
            naar_status=naar,
            tekst=tekst or _("Status gewijzigd naar ‘%(naar)s’.") % {"naar": Status(naar).label},
            tekst_contact=tekst_contact or tekst_voor_contact(naar),
            door=door,
        )
    return aanvraag
