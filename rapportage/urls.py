"""URLs of the schets and report app, under /schets/."""

app_name = "rapportage"

urlpatterns: list = []

from rapportage.urls_pdf import urlpatterns as _pdf  # noqa: E402

urlpatterns += _pdf
