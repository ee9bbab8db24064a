"""URLs of the fieldwork app, under /veldwerk/."""

from django.urls import path

from gesprekken.views import (
    aantekeningen,
    documenten,
    export,
    gesprek,
    lijsten,
    sjablonen,
    vastlegging,
    werkruimte,
)

app_name = "gesprekken"

urlpatterns = [
    path("<int:spiegel_pk>/", werkruimte.spiegel, name="spiegel"),
    path("<int:spiegel_pk>/planning/", werkruimte.planning, name="planning"),
    path("<int:spiegel_pk>/planning.ics", werkruimte.planning_ics, name="planning_ics"),
    path("<int:spiegel_pk>/gesprekken/nieuw/", gesprek.gesprek_nieuw, name="gesprek_nieuw"),
    path("gesprek/<int:gesprek_pk>/bewerken/", gesprek.gesprek_bewerken, name="gesprek_bewerken"),
    path(
        "gesprek/<int:gesprek_pk>/verwijderen/",
        gesprek.gesprek_verwijderen,
        name="gesprek_verwijderen",
    ),
    path("gesprek/<int:gesprek_pk>/", aantekeningen.aantekeningen, name="aantekeningen"),
    path(
        "gesprek/<int:gesprek_pk>/opslaan/",
        aantekeningen.aantekeningen_opslaan,
        name="aantekeningen_opslaan",
    ),
    path(
        "versie/<int:versie_pk>/",
        aantekeningen.aantekening_versie,
        name="aantekening_versie",
    ),
    path(
        "gesprek/<int:gesprek_pk>/waarneming/",
        vastlegging.waarneming_nieuw,
        name="waarneming_nieuw",
    ),
    path("gesprek/<int:gesprek_pk>/citaat/", vastlegging.citaat_nieuw, name="citaat_nieuw"),
    path(
        "waarneming/<int:waarneming_pk>/",
        vastlegging.waarneming_bewerken,
        name="waarneming_bewerken",
    ),
    path(
        "waarneming/<int:waarneming_pk>/verwijderen/",
        vastlegging.waarneming_verwijderen,
        name="waarneming_verwijderen",
    ),
    path("citaat/<int:citaat_pk>/", vastlegging.citaat_bewerken, name="citaat_bewerken"),
    path(
        "citaat/<int:citaat_pk>/verwijderen/",
        vastlegging.citaat_verwijderen,
        name="citaat_verwijderen",
    ),
    path("<int:spiegel_pk>/waarnemingen/", lijsten.waarnemingen, name="waarnemingen"),
    path("<int:spiegel_pk>/citaten/", lijsten.citaten, name="citaten"),
    path("<int:spiegel_pk>/zoeken/", lijsten.zoeken, name="zoeken"),
    path("<int:spiegel_pk>/overzicht/", lijsten.overzicht, name="overzicht"),
    path("<int:spiegel_pk>/export.csv", export.export_csv, name="export_csv"),
    path("<int:spiegel_pk>/export.xlsx", export.export_xlsx, name="export_xlsx"),
    path("<int:spiegel_pk>/sjablonen/", sjablonen.sjablonen, name="sjablonen"),
    path("sjabloon/<int:sjabloon_pk>/", sjablonen.sjabloon_bewerken, name="sjabloon_bewerken"),
    path("aanvraag/<int:aanvraag_pk>/documenten/", documenten.documenten, name="documenten"),
    path("document/<int:document_pk>/", documenten.document_download, name="document_download"),
]
