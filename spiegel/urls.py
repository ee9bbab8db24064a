"""Root URL configuration. Each app brings its own urls.py with an app_name."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import set_language
from two_factor.views import QRGeneratorView

from spiegel.views import account, health

# django-two-factor-auth's URL names (templates and the package refer to them), served by
# our subclasses: Dutch forms, and on to where the person was going afterwards.
two_factor_patterns = [
    path("account/login/", account.AanmeldenView.as_view(), name="login"),
    path("account/two_factor/setup/", account.InstellenView.as_view(), name="setup"),
    path("account/two_factor/qrcode/", QRGeneratorView.as_view(), name="qr"),
    path(
        "account/two_factor/setup/complete/",
        account.InstellenKlaarView.as_view(),
        name="setup_complete",
    ),
    path(
        "account/two_factor/backup/tokens/",
        account.HerstelcodesView.as_view(),
        name="backup_tokens",
    ),
    path("account/two_factor/", account.AccountView.as_view(), name="profile"),
    path("account/two_factor/disable/", account.UitschakelenView.as_view(), name="disable"),
]

urlpatterns = [
    path("", include("spiegel.routes")),
    path("veldwerk/", include("gesprekken.urls")),
    path("schets/", include("rapportage.urls")),
    path("rode-draden/", include("rapportage.urls_rodedraden")),
    path("healthz", health.healthz, name="healthz"),
    path("healthz/ping", health.ping, name="healthz_ping"),
    path("", include((two_factor_patterns, "two_factor"), namespace="two_factor")),
    path(
        "account/wachtwoord-vergeten/",
        account.WachtwoordVergetenView.as_view(),
        name="wachtwoord_vergeten",
    ),
    path(
        "account/wachtwoord-vergeten/verstuurd/",
        account.WachtwoordVerstuurdView.as_view(),
        name="wachtwoord_verstuurd",
    ),
    path(
        "account/wachtwoord/<uidb64>/<token>/",
        account.WachtwoordNieuwView.as_view(),
        name="wachtwoord_nieuw",
    ),
    path("account/logout/", login_not_required(auth_views.LogoutView.as_view()), name="logout"),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    # The admin signs in through the two-factor sign-in like everyone else.
    path(
        "admin/login/",
        login_not_required(
            RedirectView.as_view(pattern_name="two_factor:login", query_string=True)
        ),
    ),
    path("admin/", admin.site.urls),
]

handler400 = "spiegel.invoer.bad_request"
