"""URLs of the schets and report app, under /schets/."""

from django.urls import path

from rapportage.views import schets, schets_wederhoor

app_name = "rapportage"

urlpatterns: list = [
    path("<int:spiegel_pk>/", schets.schets, name="schets"),
    path("<int:spiegel_pk>/starten/", schets.starten, name="schets_starten"),
    path("<int:spiegel_pk>/sectie/<int:sectie_pk>/", schets.sectie, name="sectie"),
    path("<int:spiegel_pk>/sectie/<int:sectie_pk>/voorbeeld/", schets.voorbeeld, name="voorbeeld"),
    path("<int:spiegel_pk>/sectie/nieuw/", schets.sectie_toevoegen, name="sectie_toevoegen"),
    path(
        "<int:spiegel_pk>/sectie/<int:sectie_pk>/verwijderen/",
        schets.sectie_verwijderen,
        name="sectie_verwijderen",
    ),
    path(
        "<int:spiegel_pk>/sectie/<int:sectie_pk>/verplaatsen/",
        schets.sectie_verplaatsen,
        name="sectie_verplaatsen",
    ),
    path("<int:spiegel_pk>/kiezer/", schets.kiezer, name="kiezer"),
    path("<int:spiegel_pk>/versies/", schets.versies, name="versies"),
    path("<int:spiegel_pk>/versies/vergelijk/", schets.vergelijk, name="vergelijk"),
    path(
        "<int:spiegel_pk>/versies/<int:versie_nummer>/herstellen/",
        schets.herstellen,
        name="herstellen",
    ),
    path("<int:spiegel_pk>/indienen/", schets.indienen, name="indienen"),
    path("<int:spiegel_pk>/beoordelen/", schets.beoordelen, name="beoordelen"),
    path("<int:spiegel_pk>/wederhoor/starten/", schets.wederhoor_starten, name="wederhoor_starten"),
    path(
        "<int:spiegel_pk>/opmerking/<int:opmerking_pk>/afhandelen/",
        schets.opmerking_afhandelen,
        name="opmerking_afhandelen",
    ),
    path("<int:spiegel_pk>/definitief/", schets.definitief, name="definitief"),
    path("<int:spiegel_pk>/wederhoor/", schets_wederhoor.wederhoor, name="wederhoor"),
    path(
        "<int:spiegel_pk>/wederhoor/sectie/<int:sectie_pk>/",
        schets_wederhoor.opmerking,
        name="wederhoor_opmerking",
    ),
]

from rapportage.urls_pdf import urlpatterns as _pdf  # noqa: E402

urlpatterns += _pdf
