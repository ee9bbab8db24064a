"""URLs of the rode draden (patterns across Spiegels) and the follow-up comparison, under
/rode-draden/."""

from django.urls import path

from rapportage.rodedraden import views, views_vervolg

app_name = "rodedraden"

urlpatterns = [
    path("", views.overzicht, name="overzicht"),
    path("vak/<int:bouwsteen_pk>/<slug:soort>/", views.cel, name="cel"),
    path("themas/", views.themas, name="themas"),
    path("themas/bevestigen/", views.thema_bevestigen, name="thema_bevestigen"),
    path("export.xlsx", views.xlsx, name="xlsx"),
    path("pdf/", views.pdf_maken, name="pdf_maken"),
    path("pdf/<int:rd_pdf_pk>/", views.pdf, name="pdf"),
    path("vervolg/<int:spiegel_pk>/", views_vervolg.vergelijking, name="vergelijking"),
]
