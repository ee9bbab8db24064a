"""Session lifetime, the mandatory second factor, and no-store caching for signed-in pages."""

from contextlib import suppress

from django.apps import apps
from django.conf import settings
from django.contrib.auth import logout
from django.db import router
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware
from django_otp.models import Device

from spiegel.pklezen import by_pk

SESSION_STARTED_KEY = "spiegel_session_started"

# Paths a signed-in but not yet verified user may reach: enrolment, sign-out, assets.
_SECOND_FACTOR_EXEMPT_PREFIXES = (
    "/account/",
    "/static/",
    "/healthz",
    "/i18n/",
)


class OTPApparaatMiddleware(OTPMiddleware):
    """django-otp's middleware, loading the session's device with one plain SELECT by its
    primary key (spiegel/pklezen.py) instead of a compiled `filter(id=...).first()` (about
    0.35 ms CPU on every signed-in request). Everything else is django-otp's own: the device must still belong
    to the signed-in user and be confirmed (`_finalize_device`), or the user is unverified
    and the device id leaves the session."""

    def _device_from_persistent_id(self, persistent_id: str):
        persistent_id = self._normalize_persistent_id(persistent_id)
        with suppress(ValueError, LookupError):
            model_label, device_id = persistent_id.rsplit("/", 1)
            app_label, model_name = model_label.split(".")
            device_cls = apps.get_model(app_label, model_name)
            if issubclass(device_cls, Device):
                return by_pk(device_cls, int(device_id), using=router.db_for_read(device_cls))
        return None


class SessionLifetimeMiddleware:
    """End a session 12 hours after sign-in, however active it was (idle expiry is
    SESSION_COOKIE_AGE, refreshed on every request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            started = request.session.get(SESSION_STARTED_KEY)
            now = timezone.now().timestamp()
            if started is None:
                request.session[SESSION_STARTED_KEY] = now
            elif now - started > settings.SESSION_ABSOLUTE_LIFETIME.total_seconds():
                logout(request)
                return redirect(f"{reverse(settings.LOGIN_URL)}?verlopen=1")
        return self.get_response(request)


class RequireSecondFactorMiddleware:
    """Every account signs in with TOTP. A user without a device is sent to enrolment;
    one who has a device but did not use it this session is signed out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not user.is_verified()
            and not request.path.startswith(_SECOND_FACTOR_EXEMPT_PREFIXES)
        ):
            if user_has_device(user):
                logout(request)
                return redirect(settings.LOGIN_URL)
            # On to the page they asked for once the app is linked.
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('two_factor:setup')}?{query}")
        return self.get_response(request)


class NoStoreForAuthenticatedMiddleware:
    """Pages shown to a signed-in user are never kept by a browser or proxy cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            response["Cache-Control"] = "no-store, private"
        return response
