"""Writes of the intake app. Other apps change a request's status only through here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from spiegel.constants import TRANSITIES, Status
from spiegel.models import Aanvraag, Gebeurtenis


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

    The row is locked so two coordinators clicking at once cannot both move it."""
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
    Gebeurtenis.objects.create(
        aanvraag=aanvraag,
        van_status=van,
        naar_status=naar,
        tekst=tekst or _("Status gewijzigd naar ‘%(naar)s’.") % {"naar": Status(naar).label},
        tekst_contact=tekst_contact,
        door=door,
    )
    return aanvraag
