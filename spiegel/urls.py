"""Root URL configuration. Each app brings its own urls.py with an app_name."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import set_language
from two_factor.urls import urlpatterns as two_factor_urls

from spiegel.views import health

two_factor_patterns, two_factor_app = two_factor_urls

urlpatterns = [
    path("", include("spiegel.routes")),
    path("veldwerk/", include("gesprekken.urls")),
    path("schets/", include("rapportage.urls")),
    path("rode-draden/", include("rapportage.urls_rodedraden")),
    path("healthz", health.healthz, name="healthz"),
    path("healthz/ping", health.ping, name="healthz_ping"),
    path("", include((two_factor_patterns, two_factor_app), namespace="two_factor")),
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
