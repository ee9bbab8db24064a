"""URLs of the fieldwork app, under /veldwerk/."""

from django.urls import path

from gesprekken import views

app_name = "gesprekken"

urlpatterns = [
    path("<int:spiegel_pk>/", views.spiegel, name="spiegel"),
    path("<int:spiegel_pk>/planning/", views.planning, name="planning"),
    path("<int:spiegel_pk>/planning.ics", views.planning_ics, name="planning_ics"),
    path("<int:spiegel_pk>/gesprekken/nieuw/", views.gesprek_nieuw, name="gesprek_nieuw"),
    path("gesprek/<int:gesprek_pk>/bewerken/", views.gesprek_bewerken, name="gesprek_bewerken"),
    path(
        "gesprek/<int:gesprek_pk>/verwijderen/",
        views.gesprek_verwijderen,
        name="gesprek_verwijderen",
    ),
    path("gesprek/<int:gesprek_pk>/", views.aantekeningen, name="aantekeningen"),
    path(
        "gesprek/<int:gesprek_pk>/opslaan/",
        views.aantekeningen_opslaan,
        name="aantekeningen_opslaan",
    ),
    path(
        "versie/<int:versie_pk>/",
        views.aantekening_versie,
        name="aantekening_versie",
    ),
    path("gesprek/<int:gesprek_pk>/waarneming/", views.waarneming_nieuw, name="waarneming_nieuw"),
    path("gesprek/<int:gesprek_pk>/citaat/", views.citaat_nieuw, name="citaat_nieuw"),
    path("waarneming/<int:waarneming_pk>/", views.waarneming_bewerken, name="waarneming_bewerken"),
    path(
        "waarneming/<int:waarneming_pk>/verwijderen/",
        views.waarneming_verwijderen,
        name="waarneming_verwijderen",
    ),
    path("citaat/<int:citaat_pk>/", views.citaat_bewerken, name="citaat_bewerken"),
    path(
        "citaat/<int:citaat_pk>/verwijderen/", views.citaat_verwijderen, name="citaat_verwijderen"
    ),
    path("<int:spiegel_pk>/waarnemingen/", views.waarnemingen, name="waarnemingen"),
    path("<int:spiegel_pk>/citaten/", views.citaten, name="citaten"),
    path("<int:spiegel_pk>/zoeken/", views.zoeken, name="zoeken"),
    path("<int:spiegel_pk>/overzicht/", views.overzicht, name="overzicht"),
    path("<int:spiegel_pk>/export.csv", views.export_csv, name="export_csv"),
    path("<int:spiegel_pk>/export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("<int:spiegel_pk>/sjablonen/", views.sjablonen, name="sjablonen"),
    path("sjabloon/<int:sjabloon_pk>/", views.sjabloon_bewerken, name="sjabloon_bewerken"),
    path("aanvraag/<int:aanvraag_pk>/documenten/", views.documenten, name="documenten"),
    path("document/<int:document_pk>/", views.document_download, name="document_download"),
]
