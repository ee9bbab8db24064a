"""The export of a Spiegel's observations and quotes: one CSV file per kind
(`?soort=waarnemingen` or `?soort=citaten`) and an Excel workbook with a sheet per kind.
Team members of the Spiegel only; every export is audited."""

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from gesprekken.export import als_csv, als_xlsx, tabellen
from gesprekken.views.scope import team_spiegel
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(inhoud: bytes, content_type: str, naam: str) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response


@require_GET
def export_csv(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
    soort = request.GET.get("soort", "waarnemingen")
    gekozen = [t for t in tabellen(obj) if t.naam == soort]
    if not gekozen:
        return HttpResponse(
            _("Kies welke export u wilt: waarnemingen of citaten."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    tabel = gekozen[0]
    vastleggen(
        request=request, actie=AuditActie.EXPORT, obj=obj, omschrijving=f"export csv {tabel.naam}"
    )
    naam = f"spiegel-{slugify(obj.aanvraag.referentie)}-{tabel.naam}.csv"
    return _download(als_csv(tabel), "text/csv; charset=utf-8", naam)


@require_GET
def export_xlsx(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
    inhoud = als_xlsx(tabellen(obj))
    vastleggen(request=request, actie=AuditActie.EXPORT, obj=obj, omschrijving="export xlsx")
    return _download(inhoud, XLSX, f"spiegel-{slugify(obj.aanvraag.referentie)}.xlsx")
