from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from spiegel.models import (
    Aanvraag,
    AbcLetter,
    AuditRegel,
    Bericht,
    Bouwsteen,
    Gebeurtenis,
    Kernvraag,
    Organisatie,
    Spiegel,
    User,
)

admin.site.site_header = _("Spiegel: beheer")
admin.site.site_title = _("Spiegel beheer")


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["naam"]
    list_display = ["naam", "email", "rol", "organisatie", "is_active"]
    list_filter = ["rol", "is_active", "is_staff"]
    search_fields = ["naam", "email"]
    autocomplete_fields = ["organisatie"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Persoon"), {"fields": ("naam", "functie", "telefoon", "rol", "organisatie")}),
        (_("Rechten"), {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        (_("Data"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "naam", "rol", "organisatie", "password1", "password2"),
            },
        ),
    )


@admin.register(Organisatie)
class OrganisatieAdmin(admin.ModelAdmin):
    list_display = ["naam", "soort", "cbs_code", "provincie", "actief"]
    list_filter = ["soort", "actief", "provincie"]
    search_fields = ["naam", "cbs_code"]
    filter_horizontal = ["bedient"]


@admin.register(Bouwsteen)
class BouwsteenAdmin(admin.ModelAdmin):
    list_display = ["naam", "volgorde", "actief"]
    list_editable = ["volgorde", "actief"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(AbcLetter)
class AbcLetterAdmin(admin.ModelAdmin):
    list_display = ["letter", "naam"]


class KernvraagInline(admin.TabularInline):
    model = Kernvraag
    extra = 0


@admin.register(Spiegel)
class SpiegelAdmin(admin.ModelAdmin):
    list_display = ["__str__", "organisatie", "aangemaakt_op", "afgerond_op"]
    filter_horizontal = ["team"]
    inlines = [KernvraagInline]
    raw_id_fields = ["aanvraag", "vorige"]


class GebeurtenisInline(admin.TabularInline):
    model = Gebeurtenis
    extra = 0
    readonly_fields = ["van_status", "naar_status", "tekst", "tekst_contact", "door", "op"]
    can_delete = False


@admin.register(Aanvraag)
class AanvraagAdmin(admin.ModelAdmin):
    list_display = ["referentie", "organisatie_naam", "status", "ingediend_op"]
    list_filter = ["status"]
    search_fields = ["referentie", "organisatie__naam", "organisatie_onbekend", "contact_naam"]
    inlines = [GebeurtenisInline]
    raw_id_fields = ["organisatie", "contactpersoon"]


@admin.register(AuditRegel)
class AuditRegelAdmin(admin.ModelAdmin):
    """Read-only: nobody edits or deletes the audit trail through the app."""

    list_display = [
        "op",
        "gebruiker_email",
        "actie",
        "object_soort",
        "object_id",
        "gelukt",
        "ip_adres",
    ]
    list_filter = ["actie", "gelukt", "object_soort"]
    search_fields = ["gebruiker_email", "object_id", "omschrijving"]
    date_hierarchy = "op"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# django-otp's own TOTP admin shows the secret key and answers a 500 for the config page of
# a confirmed device; admins need only to see and remove devices (e.g. a lost phone).
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

admin.site.unregister(TOTPDevice)


@admin.register(TOTPDevice)
class TOTPDeviceAdmin(admin.ModelAdmin):
    list_display = ["user", "name", "confirmed", "last_used_at"]
    fields = ["user", "name", "confirmed", "last_used_at"]
    readonly_fields = ["user", "last_used_at"]
    search_fields = ["user__email", "user__naam"]

    def has_add_permission(self, request):
        return False


@admin.register(Bericht)
class BerichtAdmin(admin.ModelAdmin):
    list_display = ["onderwerp", "status", "pogingen", "aangemaakt_op", "verzonden_op"]
    list_filter = ["status"]
    readonly_fields = [
        "aan",
        "onderwerp",
        "tekst",
        "html",
        "status",
        "pogingen",
        "fout",
        "verzonden_op",
    ]


# The audit trail CSV export and the data-subject rights pages (spiegel/privacy_admin.py)
# build on these classes; SpiegelConfig.ready() loads them, so the two modules form no circle.
