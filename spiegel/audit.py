"""Writing the audit trail. Every read of confidential content goes through `vastleggen`.

Only identifiers and a short description are stored: never the content itself.
"""

from spiegel.constants import AuditActie
from spiegel.models import AuditRegel


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def vastleggen(
    *,
    request,
    actie: str,
    obj=None,
    object_soort: str = "",
    omschrijving: str = "",
    gelukt: bool = True,
) -> AuditRegel:
    user = request.user if request.user.is_authenticated else None
    return AuditRegel.objects.create(
        gebruiker=user,
        gebruiker_email=user.email if user else "",
        actie=actie,
        object_soort=object_soort or (obj._meta.label_lower if obj is not None else ""),
        object_id=str(obj.pk) if obj is not None else "",
        omschrijving=omschrijving[:300],
        gelukt=gelukt,
        ip_adres=client_ip(request),
        pad=request.path[:300],
    )


def geweigerd(*, request, object_soort: str, object_id: str = "") -> AuditRegel:
    user = request.user if request.user.is_authenticated else None
    # The denial middleware (spiegel.weigeringen) then writes no second row for this request.
    request._spiegel_geweigerd_vastgelegd = True
    return AuditRegel.objects.create(
        gebruiker=user,
        gebruiker_email=user.email if user else "",
        actie=AuditActie.GEWEIGERD,
        object_soort=object_soort,
        object_id=object_id,
        gelukt=False,
        ip_adres=client_ip(request),
        pad=request.path[:300],
    )
