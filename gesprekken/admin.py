from django.contrib import admin

from gesprekken.models import Citaat, Gesprek, Waarneming


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
