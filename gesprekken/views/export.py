"""The export of a Spiegel's observations and quotes as CSV and as an Excel workbook."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from gesprekken import selectors
from gesprekken.views.scope import team_spiegel
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie

_KOLOMMEN_W = ["soort", "waarneming", "bouwstenen", "kernvragen", "gesprek", "vastgelegd op"]
_KOLOMMEN_C = ["citaat", "rol", "toestemming", "weergave", "bouwstenen", "gesprek", "vastgelegd op"]


def _cel(waarde) -> str:
    """Text that a spreadsheet would run as a formula is prefixed with a quote."""
    tekst = str(waarde)
    return "'" + tekst if tekst[:1] in ("=", "+", "-", "@", "\t", "\r") else tekst


def _export_rijen(obj):
    w_rijen = [
        [
            w.get_soort_display(),
            w.tekst,
            "; ".join(b.naam for b in w.bouwstenen.all()),
            "; ".join(k.tekst for k in w.kernvragen.all()),
            w.gesprek.titel if w.gesprek else "",
            timezone.localtime(w.aangemaakt_op).strftime("%Y-%m-%d %H:%M"),
        ]
        for w in selectors.waarnemingen_van(obj)
    ]
    c_rijen = [
        [
            c.tekst,
            c.rol,
            c.get_toestemming_display(),
            c.get_weergave_display(),
            "; ".join(b.naam for b in c.bouwstenen.all()),
            c.gesprek.titel if c.gesprek else "",
            timezone.localtime(c.aangemaakt_op).strftime("%Y-%m-%d %H:%M"),
        ]
        for c in selectors.citaten_van(obj)
    ]
    return w_rijen, c_rijen


@require_GET
def export_csv(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
    w_rijen, c_rijen = _export_rijen(obj)
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";")
    schrijver.writerow(["type", *_KOLOMMEN_W, *_KOLOMMEN_C])
    leeg_c, leeg_w = [""] * len(_KOLOMMEN_C), [""] * len(_KOLOMMEN_W)
    for rij in w_rijen:
        schrijver.writerow(["waarneming", *map(_cel, rij), *leeg_c])
    for rij in c_rijen:
        schrijver.writerow(["citaat", *leeg_w, *map(_cel, rij)])
    vastleggen(request=request, actie=AuditActie.EXPORT, obj=obj, omschrijving="export csv")
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="spiegel-{slugify(obj.aanvraag.referentie)}.csv"'
    )
    return response


@require_GET
def export_xlsx(request, spiegel_pk):
    from openpyxl import Workbook

    obj = team_spiegel(request, spiegel_pk)
    w_rijen, c_rijen = _export_rijen(obj)
    boek = Workbook()
    blad = boek.active
    blad.title = "Waarnemingen"
    blad.append(_KOLOMMEN_W)
    for rij in w_rijen:
        blad.append([_cel(v) for v in rij])
    blad2 = boek.create_sheet("Citaten")
    blad2.append(_KOLOMMEN_C)
    for rij in c_rijen:
        blad2.append([_cel(v) for v in rij])
    buffer = io.BytesIO()
    boek.save(buffer)
    vastleggen(request=request, actie=AuditActie.EXPORT, obj=obj, omschrijving="export xlsx")
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="spiegel-{slugify(obj.aanvraag.referentie)}.xlsx"'
    )
    return response
