from django.contrib import admin

from rapportage.models import Opmerking, RenderJob, Schets, SchetsVersie, ToonRegel


@admin.register(ToonRegel)
class ToonRegelAdmin(admin.ModelAdmin):
    """Admins extend the tone check's word list here. A single word ending in -en is read as a
    verb (all its forms match), another single word as an adjective (slecht, slechte,
    slechter, ...); a phrase matches literally. A row with the pattern of a built-in rule
    replaces it; switching such a row off switches the built-in rule off."""

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


@admin.register(SchetsVersie)
class SchetsVersieAdmin(admin.ModelAdmin):
    """Versions are immutable: readable here, never changed or deleted."""

    list_display = ["__str__", "auteur", "op", "toelichting"]
    list_select_related = ["schets__spiegel__aanvraag", "schets__spiegel__organisatie", "auteur"]
    readonly_fields = ["schets", "nummer", "secties", "auteur", "toelichting", "op"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Opmerking)
class OpmerkingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "op"]
    list_filter = ["status"]
    raw_id_fields = ["sectie", "door", "afgehandeld_door"]
