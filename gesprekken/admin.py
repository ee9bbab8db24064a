from django.contrib import admin

from gesprekken.models import Citaat, Gesprek, Sjabloon, Waarneming


@admin.register(Gesprek)
class GesprekAdmin(admin.ModelAdmin):
    list_display = ["titel", "soort", "spiegel", "begin"]
    list_filter = ["soort"]
    raw_id_fields = ["spiegel"]


@admin.register(Waarneming)
class WaarnemingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "soort", "spiegel"]
    list_filter = ["soort"]
    raw_id_fields = ["spiegel", "gesprek"]


@admin.register(Citaat)
class CitaatAdmin(admin.ModelAdmin):
    list_display = ["__str__", "rol", "toestemming", "weergave"]
    list_filter = ["toestemming", "weergave"]
    raw_id_fields = ["spiegel", "gesprek"]


@admin.register(Sjabloon)
class SjabloonAdmin(admin.ModelAdmin):
    """Admins keep the default capture templates (rows without a Spiegel); each Spiegel's
    team edits its own copies in the workspace."""

    list_display = ["titel", "soort", "spiegel", "bijgewerkt_op"]
    list_filter = ["soort", ("spiegel", admin.EmptyFieldListFilter)]
    raw_id_fields = ["spiegel"]
