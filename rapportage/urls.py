"""URLs of the schets and report app, under /schets/."""

from django.urls import path

from rapportage.views import schets, schets_editor, schets_review, schets_versies, schets_wederhoor

app_name = "rapportage"

urlpatterns: list = [
    path("<int:spiegel_pk>/", schets.schets, name="schets"),
    path("<int:spiegel_pk>/starten/", schets.starten, name="schets_starten"),
    path("<int:spiegel_pk>/sectie/<int:sectie_pk>/", schets_editor.sectie, name="sectie"),
    path(
        "<int:spiegel_pk>/sectie/<int:sectie_pk>/voorbeeld/",
        schets_editor.voorbeeld,
        name="voorbeeld",
    ),
    path("<int:spiegel_pk>/sectie/nieuw/", schets_editor.sectie_toevoegen, name="sectie_toevoegen"),
    path(
        "<int:spiegel_pk>/sectie/<int:sectie_pk>/verwijderen/",
        schets_editor.sectie_verwijderen,
        name="sectie_verwijderen",
    ),
    path(
        "<int:spiegel_pk>/sectie/<int:sectie_pk>/verplaatsen/",
        schets_editor.sectie_verplaatsen,
        name="sectie_verplaatsen",
    ),
    path("<int:spiegel_pk>/kiezer/", schets_editor.kiezer, name="kiezer"),
    path("<int:spiegel_pk>/versies/", schets_versies.versies, name="versies"),
    path("<int:spiegel_pk>/versies/vergelijk/", schets_versies.vergelijk, name="vergelijk"),
    path(
        "<int:spiegel_pk>/versies/<int:versie_nummer>/herstellen/",
        schets_versies.herstellen,
        name="herstellen",
    ),
    path("<int:spiegel_pk>/indienen/", schets_review.indienen, name="indienen"),
    path("<int:spiegel_pk>/beoordelen/", schets_review.beoordelen, name="beoordelen"),
    path(
        "<int:spiegel_pk>/wederhoor/starten/",
        schets_review.wederhoor_starten,
        name="wederhoor_starten",
    ),
    path(
        "<int:spiegel_pk>/opmerking/<int:opmerking_pk>/afhandelen/",
        schets_review.opmerking_afhandelen,
        name="opmerking_afhandelen",
    ),
    path("<int:spiegel_pk>/definitief/", schets_review.definitief, name="definitief"),
    path("<int:spiegel_pk>/wederhoor/", schets_wederhoor.wederhoor, name="wederhoor"),
    path(
        "<int:spiegel_pk>/wederhoor/sectie/<int:sectie_pk>/",
        schets_wederhoor.opmerking,
        name="wederhoor_opmerking",
    ),
]

from rapportage.urls_pdf import urlpatterns as _pdf  # noqa: E402

urlpatterns += _pdf
