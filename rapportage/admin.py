from django.contrib import admin

from rapportage.models import RenderJob, Schets, ToonRegel


@admin.register(ToonRegel)
class ToonRegelAdmin(admin.ModelAdmin):
    list_display = ["patroon", "soort", "actief"]
    list_filter = ["soort", "actief"]
    search_fields = ["patroon"]


@admin.register(Schets)
class SchetsAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "versie"]
    list_filter = ["status"]
    raw_id_fields = ["spiegel"]


@admin.register(RenderJob)
class RenderJobAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "vrijgegeven_op", "bijgewerkt_op"]
    list_filter = ["status", "vorm"]
    readonly_fields = ["bestand"]
