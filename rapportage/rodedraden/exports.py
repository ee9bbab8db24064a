"""Exports of the rode draden: XLSX (openpyxl) at once, PDF through Celery and WeasyPrint
(`rapportage.pdf.render_pdf`, with its static-only URL fetcher). Both render the result of
`services.overzicht`, so the same suppression applies as on the page."""

from __future__ import annotations

import io
import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from rapportage.constants import RenderStatus
from rapportage.rodedraden import services
from rapportage.rodedraden.models import RodeDradenPdf

logger = logging.getLogger(__name__)

TAAK = "rapportage.rodedraden_pdf"


def _waarde(cel: dict, sleutel: str, minder_dan: str):
    return minder_dan if cel["onderdrukt"] else cel[sleutel]


def xlsx(data: dict) -> bytes:
    """A workbook with the heat map, the trends and the themes: numbers as numbers,
    suppressed cells as the text "minder dan k", a frozen bold header, set widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    vet = Font(bold=True)
    md = data["minder_dan"]

    def blad(ws, kop: list[str], rijen: list[list], breedtes: list[int]):
        ws.append(kop)
        for cell in ws[1]:
            cell.font = vet
        for rij in rijen:
            ws.append(rij)
        ws.freeze_panes = "A2"
        for i, breedte in enumerate(breedtes):
            ws.column_dimensions[chr(ord("A") + i)].width = breedte

    ws = wb.active
    ws.title = _("Heatmap")
    if not data["toonbaar"]:
        blad(
            ws,
            [_("Bouwsteen"), _("Opmerking")],
            [["", _("Rust op %(md)s Spiegels: niet getoond.") % {"md": md}]],
            [40, 60],
        )
    else:
        kop = [_("Bouwsteen")]
        for _soort, label in data["kolommen"]:
            kop += [str(label), _("%(soort)s: Spiegels") % {"soort": label}]
        rijen = []
        for rij in data["rijen"]:
            waarden = [rij["naam"]]
            for cel in rij["cellen"]:
                waarden += [_waarde(cel, "n", md), _waarde(cel, "spiegels", md)]
            rijen.append(waarden)
        blad(ws, kop, rijen, [40] + [18] * (len(kop) - 1))
    ws = wb.create_sheet(_("Trends"))
    rijen = []
    for jaar in data["trends"]:
        if jaar["onderdrukt"]:
            rijen.append([jaar["jaar"], "", md, md])
            continue
        for r in jaar["rijen"]:
            rijen.append(
                [
                    jaar["jaar"],
                    r["naam"],
                    _waarde(r, "krachten", md),
                    _waarde(r, "aandachtspunten", md),
                ]
            )
    blad(
        ws,
        [_("Jaar"), _("Bouwsteen"), _("Krachten (%)"), _("Aandachtspunten (%)")],
        rijen,
        [8, 40, 16, 22],
    )
    ws = wb.create_sheet(_("Thema's"))
    rijen = [
        [t["naam"], t["bouwsteen"], md if t["onderdrukt"] else t["spiegels"]]
        for t in data["themas"]
    ]
    blad(ws, [_("Thema"), _("Bouwsteen"), _("Aantal Spiegels")], rijen, [40, 40, 16])
    ws = wb.create_sheet(_("Toelichting"))
    blad(
        ws,
        [_("Onderdeel"), _("Waarde")],
        [
            [_("Filters"), services.filter_omschrijving(data["filters"])],
            [_("Aantal Spiegels"), data["aantal_spiegels"] if data["toonbaar"] else md],
            [
                _("Onderdrukking"),
                _("Een getal dat op minder dan %(k)s Spiegels rust, wordt niet getoond.")
                % {"k": data["k"]},
            ],
            [_("Gemaakt op"), timezone.localtime().replace(tzinfo=None, microsecond=0)],
        ],
        [24, 80],
    )
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()


def html(filters: dict) -> tuple[str, str]:
    from rapportage.pdf import static_url

    with translation.override("nl"):
        data = services.overzicht(filters)
        titel = _("Rode draden: %(filters)s") % {"filters": services.filter_omschrijving(filters)}
        context = {
            **data,
            "titel": titel,
            "datum": timezone.localdate(),
            "basis_css_url": static_url("css/pdf.css"),
            "css_url": static_url("css/pdf_rodedraden.css"),
        }
        return render_to_string("rapportage/rodedraden/pdf_document.html", context), titel


def pdf_jobs_voor(user):
    """A PDF job is its requester's own."""
    return RodeDradenPdf.objects.filter(aangevraagd_door=user)


def _enqueue(pk: int) -> None:
    from spiegel.celery import app

    app.send_task(TAAK, args=[pk])


def pdf_aanvragen(*, filters: dict, door) -> RodeDradenPdf:
    job = RodeDradenPdf.objects.create(filters=filters, aangevraagd_door=door)
    # Redis being down must not break the request: the job waits and the page says so.
    transaction.on_commit(lambda: _enqueue(job.pk), robust=True)
    return job


def pdf_renderen(pk: int) -> str:
    """Render one job (in the worker). Safe to run twice: a finished job is left alone."""
    from rapportage.pdf import render_pdf

    job = RodeDradenPdf.objects.filter(pk=pk).first()
    if job is None or job.status == RenderStatus.KLAAR:
        return "overgeslagen"
    RodeDradenPdf.objects.filter(pk=pk).update(status=RenderStatus.BEZIG)
    try:
        inhoud, titel = html(job.filters or {})
        pdf = render_pdf(inhoud, title=titel)
    except Exception as e:  # noqa: BLE001 - the job records the failure; the worker goes on
        logger.warning("rode draden PDF %s failed: %s", pk, type(e).__name__)
        RodeDradenPdf.objects.filter(pk=pk).update(
            status=RenderStatus.MISLUKT, reden=type(e).__name__
        )
        return "mislukt"
    job.bestand.save(f"rode-draden-{pk}.pdf", ContentFile(pdf), save=False)
    RodeDradenPdf.objects.filter(pk=pk).update(status=RenderStatus.KLAAR, bestand=job.bestand.name)
    return "klaar"
