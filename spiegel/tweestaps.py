"""The forms of sign-in, second-factor enrolment and password reset in our own words.

django-two-factor-auth's forms label their fields "Token" and django-otp's messages have no
Dutch translation; these subclasses keep the packages' behaviour (and their signals, which
the audit trail listens to) with Dutch labels and messages in the register of the rest of
the app ("u"). Their msgids are ours, so the English catalogue translates them too.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_otp.forms import OTPAuthenticationFormMixin
from two_factor.forms import AuthenticationTokenForm, BackupTokenForm, DisableForm, TOTPDeviceForm

from spiegel import berichten

OTP_MELDINGEN = {
    **OTPAuthenticationFormMixin.otp_error_messages,
    "token_required": _("Vul de code in."),
    "invalid_token": _(
        "Deze code klopt niet. Vul de code in die de app nu toont; hij verandert elke 30 seconden."
    ),
    "n_failed_attempts": ngettext_lazy(
        "Na %(failure_count)d verkeerde code is controleren even niet mogelijk. "
        "Probeer het over een minuut opnieuw.",
        "Na %(failure_count)d verkeerde codes is controleren even niet mogelijk. "
        "Probeer het over een minuut opnieuw.",
        "failure_count",
    ),
    "verification_not_allowed": _("Controleren is nu niet mogelijk. Probeer het later opnieuw."),
    "device_required": _("Er is geen app gekoppeld aan dit account."),
    "not_interactive": _("Er is geen app gekoppeld aan dit account."),
    "challenge_exception": _("Er ging iets mis bij het aanvragen van een code."),
    "challenge_message": _("Er ging iets mis bij het aanvragen van een code."),
}

CODE_ATTRS = {
    "autofocus": "autofocus",
    "inputmode": "numeric",
    "pattern": "[0-9]*",
    "autocomplete": "one-time-code",
}


class AanmeldcodeForm(AuthenticationTokenForm):
    """The code from the authenticator app at sign-in."""

    otp_token = forms.RegexField(
        label=_("Code uit de app"),
        regex=r"^[0-9]*$",
        min_length=6,
        max_length=6,
        widget=forms.TextInput(attrs=CODE_ATTRS),
        error_messages={
            "invalid": _("Een code bestaat uit zes cijfers."),
            "min_length": _("Een code bestaat uit zes cijfers."),
            "max_length": _("Een code bestaat uit zes cijfers."),
        },
    )
    otp_error_messages = OTP_MELDINGEN


class HerstelcodeForm(BackupTokenForm):
    """One of the recovery codes, for someone without their phone."""

    otp_token = forms.CharField(
        label=_("Herstelcode"),
        max_length=64,
        widget=forms.TextInput(attrs={"autofocus": "autofocus", "autocomplete": "off"}),
    )
    otp_error_messages = {
        **OTP_MELDINGEN,
        "invalid_token": _("Deze herstelcode klopt niet of is al gebruikt."),
    }


class AppKoppelenForm(TOTPDeviceForm):
    """Enrolment: the first code the newly linked app shows."""

    token = forms.IntegerField(
        label=_("Code uit de app"),
        min_value=0,
        max_value=999999,
        widget=forms.TextInput(attrs=CODE_ATTRS),
        error_messages={
            "invalid": _("Een code bestaat uit zes cijfers."),
            "min_value": _("Een code bestaat uit zes cijfers."),
            "max_value": _("Een code bestaat uit zes cijfers."),
        },
    )
    error_messages = {
        "invalid_token": _(
            "Deze code klopt niet. Controleer of de app de juiste sleutel heeft en vul de "
            "code in die hij nu toont."
        ),
    }


class UitschakelenForm(DisableForm):
    understand = forms.BooleanField(
        label=_("Ja, ik wil de tweede stap uitschakelen"),
        error_messages={"required": _("Vink aan dat u dit zeker weet.")},
    )


class WachtwoordVergetenForm(PasswordResetForm):
    """Mails a link to set a new password through the app's own outbox (Celery, with the
    sweeper), like every other mail; an unknown address gets the same answer and no mail."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        link = settings.SITE_URL.rstrip("/") + reverse(
            "wachtwoord_nieuw", kwargs={"uidb64": context["uid"], "token": context["token"]}
        )
        berichten.versturen(
            aan=[to_email],
            template="registration/email/wachtwoord_vergeten",
            context={"naam": context["user"].naam, "link": link},
        )
