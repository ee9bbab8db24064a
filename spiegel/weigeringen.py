"""Denied attempts in the audit trail, and the glue the security settings need.

- `GeweigerdeToegangMiddleware` writes a `geweigerd` audit row for every 403 answered to a
  signed-in user, and for every 404 on a URL where confidential content lives (settings
  `AUDIT_GEWEIGERD_NAMESPACES` / `AUDIT_GEWEIGERD_URLS`), unless the view already wrote one.
- Failed sign-ins (Django's `user_login_failed`), wrong second-factor codes (django-otp's
  `otp_verification_failed`) and lockouts (axes' `user_locked_out`) are written too. The typed user name is stored only when it is a known account, so a
  password typed into the wrong field never lands in the trail.
- `axes_gebruikersnaam` gives axes one key for the two-step sign-in form.
- `csp_nonce` puts the CSP nonce in the template context under the name django-htmx reads.
"""

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django_otp.forms import otp_verification_failed

from spiegel.constants import AuditActie
from spiegel.models import AuditRegel

AANMELDING = "aanmelding"
AL_VASTGELEGD = "_spiegel_geweigerd_vastgelegd"


def _client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None if request is not None else None


def _bewaakte_url(match) -> bool:
    if match is None:
        return False
    if match.view_name in settings.AUDIT_GEWEIGERD_URLS:
        return True
    return bool(set(match.namespaces) & set(settings.AUDIT_GEWEIGERD_NAMESPACES))


class GeweigerdeToegangMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code not in (403, 404) or getattr(request, AL_VASTGELEGD, False):
            return response
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return response
        match = getattr(request, "resolver_match", None)
        if response.status_code == 404 and not _bewaakte_url(match):
            return response
        object_id = ""
        if match is not None and match.kwargs:
            object_id = ",".join(f"{k}={v}" for k, v in sorted(match.kwargs.items()))[:64]
        AuditRegel.objects.create(
            gebruiker=user,
            gebruiker_email=user.email,
            actie=AuditActie.GEWEIGERD,
            object_soort=(match.view_name if match is not None else "onbekend")[:60],
            object_id=object_id,
            omschrijving=f"HTTP {response.status_code} {request.method}",
            gelukt=False,
            ip_adres=_client_ip(request),
            pad=request.path[:300],
        )
        setattr(request, AL_VASTGELEGD, True)
        return response


def _bekend_account(naam: str | None):
    if not naam:
        return None
    return get_user_model().objects.filter(email__iexact=naam.strip()[:254]).first()


def aanmelding_vastleggen(*, request, gebruikersnaam: str | None, omschrijving: str) -> AuditRegel:
    user = _bekend_account(gebruikersnaam)
    return AuditRegel.objects.create(
        gebruiker=user,
        gebruiker_email=user.email if user else "",
        actie=AuditActie.GEWEIGERD,
        object_soort=AANMELDING,
        object_id=str(user.pk) if user else "",
        omschrijving=omschrijving if user else f"{omschrijving} (onbekend account)",
        gelukt=False,
        ip_adres=_client_ip(request),
        pad=request.path[:300] if request is not None else "",
    )


@receiver(user_login_failed, dispatch_uid="spiegel_aanmelden_mislukt")
def aanmelden_mislukt(sender, credentials, request=None, **kwargs):
    aanmelding_vastleggen(
        request=request,
        gebruikersnaam=axes_gebruikersnaam(request, credentials),
        omschrijving="Aanmelden mislukt",
    )


@receiver(user_locked_out, dispatch_uid="spiegel_axes_geblokkeerd")
def geblokkeerd(sender, request, username=None, ip_address=None, **kwargs):
    aanmelding_vastleggen(
        request=request, gebruikersnaam=username, omschrijving="Account tijdelijk geblokkeerd"
    )


@receiver(otp_verification_failed, dispatch_uid="spiegel_tweede_factor_mislukt")
def tweede_factor_mislukt(sender, user=None, **kwargs):
    # django-otp sends no request; the account is known (the password was right).
    aanmelding_vastleggen(
        request=None,
        gebruikersnaam=getattr(user, "email", None),
        omschrijving="Verkeerde code tweede factor",
    )


def axes_gebruikersnaam(request, credentials=None) -> str | None:
    """The account a sign-in attempt was for, lower-cased, from whichever place holds it:
    the credentials of `authenticate()` / the failure signal, or the wizard's POST."""
    for source in (credentials or {}, getattr(request, "POST", None) or {}):
        for key in ("auth-username", "username"):
            value = source.get(key)
            if value:
                return str(value).strip().lower()[:254]
    return None


def csp_nonce(request) -> dict:
    # "" rather than None when there is no CSP middleware, so templates print nothing.
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
