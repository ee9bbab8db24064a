"""Reads of the intake app, always scoped to what the user may see."""

from django.db.models import Count, Q, QuerySet

from spiegel.constants import Rol
from spiegel.models import Aanvraag, Bouwsteen, Gebeurtenis, Organisatie, Spiegel
from spiegel.permissions import is_contactpersoon, is_coordinator


def aanvragen_voor(user) -> QuerySet[Aanvraag]:
    """Requests a user may open: coordinators all, contacts their organisation's,
    team members those of the Spiegels they are on."""
    qs = Aanvraag.objects.select_related("organisatie", "contactpersoon")
    if is_coordinator(user):
        return qs
    if is_contactpersoon(user):
        return qs.filter(organisatie_id=user.organisatie_id)
    if user.is_authenticated and user.rol == Rol.TEAMLID:
        return qs.filter(spiegel__team=user)
    return qs.none()


def spiegels_voor(user) -> QuerySet[Spiegel]:
    """Spiegels whose metadata (organisation, status, planning) a user may see."""
    qs = Spiegel.objects.select_related("aanvraag", "organisatie")
    if is_coordinator(user):
        return qs
    if is_contactpersoon(user):
        return qs.filter(organisatie_id=user.organisatie_id)
    if user.is_authenticated and user.rol == Rol.TEAMLID:
        return qs.filter(team=user)
    return qs.none()


def spiegels_als_teamlid(user) -> QuerySet[Spiegel]:
    """Spiegels whose confidential content (notes, quotes, drafts) a user may read: only
    those they are on the team of, whatever their role."""
    if not user.is_authenticated or user.rol not in (Rol.TEAMLID, Rol.COORDINATOR):
        return Spiegel.objects.none()
    return Spiegel.objects.select_related("aanvraag", "organisatie").filter(team=user)


def tijdlijn_voor(user, aanvraag) -> QuerySet[Gebeurtenis]:
    qs = aanvraag.gebeurtenissen.select_related("door")
    if is_contactpersoon(user):
        return qs.exclude(tekst_contact="")
    return qs


def bouwstenen_actief() -> QuerySet[Bouwsteen]:
    return Bouwsteen.objects.filter(actief=True)


def organisaties_kiesbaar() -> QuerySet[Organisatie]:
    return Organisatie.objects.filter(actief=True)


def organisatie_overzicht() -> dict:
    counts = Organisatie.objects.filter(actief=True).aggregate(
        gemeenten=Count("pk", filter=Q(soort="gemeente", fictief=False)),
        overig=Count("pk", filter=~Q(soort="gemeente")),
    )
    return counts
