"""Admin pages of the trust features (imported at the end of spiegel/admin.py):

- the audit trail: read-only, filterable, with a CSV export of exactly the filtered rows;
- data-subject rights: find a person by account, email address or name, download everything
  the app holds about them as JSON, and erase (pseudonymise) it.
"""

import csv
import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from spiegel import privacy
from spiegel.admin import AuditRegelAdmin, UserAdmin
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.models import AuditRegel, User

CSV_KOLOMMEN = [
    ("op", _("op")),
    ("gebruiker_email", _("e-mailadres gebruiker")),
    ("actie", _("actie")),
    ("object_soort", _("soort object")),
    ("object_id", _("object-id")),
    ("gelukt", _("toegestaan")),
    ("ip_adres", _("IP-adres")),
    ("pad", _("adres")),
    ("omschrijving", _("omschrijving")),
]


class _Echo:
    def write(self, value):
        return value


def _csv_veilig(value) -> str:
    """No spreadsheet formulas from data (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class AuditTrailAdmin(AuditRegelAdmin):
    change_list_template = "admin/spiegel/auditregel/change_list.html"
    list_filter = ["actie", "gelukt", "object_soort", ("op", admin.DateFieldListFilter)]
    search_fields = ["gebruiker_email", "object_id", "omschrijving", "pad", "ip_adres"]
    actions = None

    def get_urls(self):
        urls = [
            path(
                "export/",
                self.admin_site.admin_view(self.export_csv),
                name="spiegel_auditregel_export",
            )
        ]
        return urls + super().get_urls()

    def export_csv(self, request):
        """The rows the change list shows with the same filters and search, as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        changelist = self.get_changelist_instance(request)
        rows = changelist.queryset.order_by("op", "pk")
        vastleggen(
            request=request,
            actie=AuditActie.EXPORT,
            object_soort="spiegel.auditregel",
            omschrijving=f"Audittrail geëxporteerd ({rows.count()} regels)",
        )
        writer = csv.writer(_Echo())

        def lines():
            yield writer.writerow([str(label) for _, label in CSV_KOLOMMEN])
            for regel in rows.iterator(chunk_size=2000):
                yield writer.writerow([_csv_veilig(getattr(regel, k)) for k, _ in CSV_KOLOMMEN])

        response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="audittrail-{stamp}.csv"'
        return response


class PersoonForm(forms.Form):
    email = forms.EmailField(label=_("E-mailadres"), required=False)
    naam = forms.CharField(
        label=_("Naam"),
        required=False,
        max_length=200,
        help_text=_("Ook gebruikt om de persoon als deelnemer van gesprekken te vinden."),
    )

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("naam"):
            raise forms.ValidationError(_("Vul een e-mailadres of een naam in."))
        return data


class PrivacyUserAdmin(UserAdmin):
    actions = ["persoonsgegevens_exporteren"]

    def get_urls(self):
        urls = [
            path(
                "privacy/",
                self.admin_site.admin_view(self.privacy_view),
                name="spiegel_user_privacy",
            )
        ]
        return urls + super().get_urls()

    def _mag(self, request) -> bool:
        return request.user.is_superuser or request.user.has_perm("spiegel.change_user")

    @admin.action(description=_("Persoonsgegevens exporteren (JSON)"))
    def persoonsgegevens_exporteren(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Kies precies één gebruiker."), messages.WARNING)
            return None
        return self._export(request, privacy.Persoon.van(user=queryset.get()))

    def _export(self, request, persoon):
        data = privacy.exporteren(persoon)
        vastleggen(
            request=request,
            actie=AuditActie.EXPORT,
            obj=persoon.user,
            object_soort="persoon",
            omschrijving="Persoonsgegevens geëxporteerd (inzageverzoek)",
        )
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        label = persoon.user.pk if persoon.user else "persoon"
        response["Content-Disposition"] = f'attachment; filename="persoonsgegevens-{label}.json"'
        return response

    def privacy_view(self, request):
        if not self._mag(request):
            raise PermissionDenied
        initial = {}
        if request.GET.get("gebruiker"):
            user = User.objects.filter(pk=request.GET["gebruiker"]).first()
            if user is not None:
                initial = {"email": user.email, "naam": user.naam}
        form = PersoonForm(request.POST or None, initial=initial)
        overzicht = None
        if request.method == "POST" and form.is_valid():
            persoon = privacy.Persoon.van(
                email=form.cleaned_data["email"], naam=form.cleaned_data["naam"]
            )
            if "exporteren" in request.POST:
                return self._export(request, persoon)
            if "wissen" in request.POST:
                if request.POST.get("bevestigd") != "ja":
                    form.add_error(None, _("Bevestig dat u deze gegevens wilt wissen."))
                else:
                    gewist = privacy.wissen(persoon, door=request.user, request=request)
                    self.message_user(request, gewist.omschrijving(), messages.SUCCESS)
                    return redirect(reverse("admin:spiegel_user_privacy"))
            data = privacy.exporteren(persoon)
            overzicht = {
                "account": data["account"],
                "aanvragen": len(data["aanvragen"]),
                "deelnemer": len(data["genoemd_als_deelnemer"]),
                "teamlid": len(data.get("teamlid_van", [])),
                "emails": len(data["emails"]),
                "audittrail": len(data["audittrail"]),
            }
        context = {
            **self.admin_site.each_context(request),
            "title": _("Persoonsgegevens: inzage en wissen"),
            "form": form,
            "overzicht": overzicht,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/spiegel/privacy.html", context)


admin.site.unregister(AuditRegel)
admin.site.register(AuditRegel, AuditTrailAdmin)
admin.site.unregister(User)
admin.site.register(User, PrivacyUserAdmin)
