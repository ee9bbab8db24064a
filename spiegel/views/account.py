"""Sign-in, second-factor enrolment, recovery codes and password reset.

django-two-factor-auth's views with our forms (Dutch labels and messages) and one rule for
where a person goes afterwards: where they were going (`next`, if it is a safe address of
this site), otherwise a contact's portal or the staff home, never an account page.
"""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import redirect, resolve_url
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from two_factor import views as tf
from two_factor.forms import MethodForm

from spiegel.permissions import is_contactpersoon
from spiegel.tweestaps import (
    AanmeldcodeForm,
    AppKoppelenForm,
    HerstelcodeForm,
    UitschakelenForm,
    WachtwoordVergetenForm,
)

REDIRECT_FIELD = "next"


def veilige_volgende(request) -> str:
    """The `next` of the request (POST before GET) if it points into this site, else ''."""
    url = request.POST.get(REDIRECT_FIELD) or request.GET.get(REDIRECT_FIELD) or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


def startpagina(user) -> str:
    """Where a signed-in person starts: the portal for a contact, the home for staff."""
    if is_contactpersoon(user):
        return reverse("spiegel:portaal")
    return resolve_url("spiegel:home")


def bestemming(request, user=None) -> str:
    return veilige_volgende(request) or startpagina(user or request.user)


class AanmeldenView(tf.LoginView):
    # The wizard's form prefix comes from the class name; keep the package's, so the posted
    # step field stays `login_view-current_step` whatever we call the class.
    def get_prefix(self, request, *args, **kwargs):
        return "login_view"

    form_list = (
        (tf.LoginView.AUTH_STEP, AuthenticationForm),
        (tf.LoginView.TOKEN_STEP, AanmeldcodeForm),
        (tf.LoginView.BACKUP_STEP, HerstelcodeForm),
    )

    def get_form(self, step=None, **kwargs):
        # The package's get_form swaps in its own token form (labelled "Token") and adds an
        # English time-out message; we keep our form and say it in our words.
        step = step or self.steps.current
        if step == self.TOKEN_STEP:
            self.form_list[self.TOKEN_STEP] = AanmeldcodeForm
        form = super(tf.LoginView, self).get_form(step=step, **kwargs)
        if self.show_timeout_error:
            form.cleaned_data = getattr(form, "cleaned_data", {})
            form.add_error(None, _("Het aanmelden duurde te lang. Begin opnieuw."))
        return form

    def get_success_url(self):
        return bestemming(self.request, self.get_user())

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form, **kwargs)
        context["next"] = veilige_volgende(self.request)
        return context


class InstellenView(tf.SetupView):
    def get_prefix(self, request, *args, **kwargs):
        return "setup_view"

    """Enrolment of the authenticator app: straight to the QR code (one method, so no
    welcome or choice step), then on to where the person was going."""

    form_list = (("method", MethodForm),)

    def get_form_list(self):
        form_list = super().get_form_list()
        if "generator" in form_list:
            form_list["generator"] = AppKoppelenForm
        return form_list

    def get_success_url(self):
        return bestemming(self.request)

    def get_redirect_url(self):
        return veilige_volgende(self.request)

    def done(self, form_list, **kwargs):
        response = super().done(form_list, **kwargs)
        messages.success(
            self.request,
            _(
                "De tweede stap is ingesteld. Maak onder Mijn account ook herstelcodes aan, "
                "voor als u uw telefoon een keer niet bij de hand heeft."
            ),
        )
        return response

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form, **kwargs)
        context["cancel_url"] = None  # enrolment is required: there is nowhere to cancel to
        return context


class InstellenKlaarView(tf.SetupCompleteView):
    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "verder_url": startpagina(self.request.user)}


class HerstelcodesView(tf.BackupTokensView):
    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "verder_url": startpagina(self.request.user)}


class AccountView(tf.ProfileView):
    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "verder_url": startpagina(self.request.user)}


class UitschakelenView(tf.DisableView):
    form_class = UitschakelenForm


@method_decorator(login_not_required, name="dispatch")
class WachtwoordVergetenView(auth_views.PasswordResetView):
    form_class = WachtwoordVergetenForm
    template_name = "registration/wachtwoord_vergeten.html"
    success_url = reverse_lazy("wachtwoord_verstuurd")


@method_decorator(login_not_required, name="dispatch")
class WachtwoordVerstuurdView(auth_views.PasswordResetDoneView):
    template_name = "registration/wachtwoord_verstuurd.html"


@method_decorator([login_not_required, sensitive_post_parameters(), never_cache], name="dispatch")
class WachtwoordNieuwView(auth_views.PasswordResetConfirmView):
    """A new password from the mailed link; then sign in (password and code) and go on."""

    template_name = "registration/wachtwoord_nieuw.html"
    post_reset_login = False

    def form_valid(self, form):
        super().form_valid(form)
        messages.success(self.request, _("Uw nieuwe wachtwoord is opgeslagen. Meld u ermee aan."))
        return redirect("two_factor:login")
