"""The PDF page of a Spiegel (render, follow, retry, release) and the stamped download."""

import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from rapportage import pdf_inhoud, pdf_selectors, pdf_services, pdf_voorbeelden
from rapportage.constants import RenderStatus, Vorm
from rapportage.models import Schets
from rapportage.pdf_permissions import can_download_pdf, can_render_pdf
from spiegel.audit import geweigerd, vastleggen
from spiegel.constants import AuditActie
from spiegel.selectors import spiegels_als_teamlid

POLL_SECONDS = 2


def _optional_url(name: str, *args) -> str:
    """Links to pages other engineers build; empty until they exist."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _team_spiegel(request, spiegel_pk: int):
    spiegel = get_object_or_404(spiegels_als_teamlid(request.user), pk=spiegel_pk)
    if not can_render_pdf(request.user, spiegel):  # pragma: no cover - scoped above
        raise Http404
    return spiegel


def _page_context(spiegel) -> dict:
    schets = Schets.objects.filter(spiegel=spiegel).first()
    versie = pdf_inhoud.definitieve_versie(schets)
    sjabloon = pdf_inhoud.sjabloon_versie()
    gevraagd = pdf_inhoud.gevraagde_vormen(spiegel.aanvraag)
    jobs = (
        list(pdf_selectors.renderjobs_van(spiegel).filter(schets_versie=versie.nummer))
        if versie
        else []
    )
    rijen = []
    for vorm in pdf_inhoud.VORMEN:
        van_vorm = [j for j in jobs if j.vorm == vorm]
        job = next((j for j in van_vorm if j.sjabloon_versie == sjabloon), None)
        ouder = next((j for j in van_vorm if j.status == RenderStatus.KLAAR), None)
        rijen.append(
            {
                "vorm": vorm,
                "label": Vorm(vorm).label,
                "gevraagd": vorm in gevraagd,
                "job": job,
                "klaar_job": job if job and job.status == RenderStatus.KLAAR else ouder,
                "kan_maken": job is None,
                "voorbeeld_paginas": (
                    pdf_voorbeelden.paginanummers(job)
                    if job and job.status == RenderStatus.KLAAR
                    else []
                ),
                "kan_opnieuw": job is not None and job.status == RenderStatus.MISLUKT,
                "bezig": job is not None
                and job.status in (RenderStatus.WACHTRIJ, RenderStatus.BEZIG),
            }
        )
    vrijgegeven = [r for r in rijen if r["klaar_job"] and r["klaar_job"].vrijgegeven_op]
    return {
        "spiegel": spiegel,
        "versie": versie,
        "rijen": rijen,
        "pollen": any(r["bezig"] for r in rijen),
        "poll_seconds": POLL_SECONDS,
        "gevraagd_labels": [Vorm(v).label for v in gevraagd],
        "kan_vrijgeven": bool(gevraagd) and all(r["klaar_job"] for r in rijen if r["gevraagd"]),
        "vrijgegeven": vrijgegeven,
        "werkruimte_url": _optional_url("gesprekken:spiegel", spiegel.pk),
        "downloads": pdf_selectors.downloads_van(spiegel),
        "schets_url": _optional_url("rapportage:schets", spiegel.pk),
    }


def _respond(request, spiegel):
    template = "rapportage/pdf/pagina.html"
    if request.htmx:
        template += "#status"
    return render(request, template, _page_context(spiegel))


@require_GET
def pdf_pagina(request, spiegel_pk: int):
    """Team page: state of the three forms, render and retry buttons, release. With htmx
    (polling while a job is queued or rendering) only the status part."""
    return _respond(request, _team_spiegel(request, spiegel_pk))


@require_POST
def pdf_maken(request, spiegel_pk: int):
    spiegel = _team_spiegel(request, spiegel_pk)
    try:
        pdf_services.pdf_aanvragen(
            spiegel=spiegel, vorm=request.POST.get("vorm", ""), door=request.user
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    if request.htmx:
        return _respond(request, spiegel)
    return redirect("rapportage:pdf", spiegel_pk=spiegel.pk)


@require_POST
def pdf_vrijgeven(request, spiegel_pk: int):
    spiegel = _team_spiegel(request, spiegel_pk)
    try:
        pdf_services.pdf_vrijgeven(spiegel=spiegel, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Vrijgegeven. De contactpersonen krijgen een e-mail."))
    if request.htmx:
        return _respond(request, spiegel)
    return redirect("rapportage:pdf", spiegel_pk=spiegel.pk)


@require_GET
def pdf_download(request, job_pk: int):
    """Stream a stored PDF with the downloader's stamp; 404 for anyone out of scope."""
    job = pdf_selectors.renderjobs_downloadbaar(request.user).filter(pk=job_pk).first()
    if job is None or not job.bestand or not can_download_pdf(request.user, job):
        geweigerd(request=request, object_soort="rapportage.renderjob", object_id=str(job_pk))
        raise Http404
    data = pdf_services.pdf_downloaden(request=request, job=job)
    return FileResponse(
        io.BytesIO(data),
        as_attachment=True,
        filename=pdf_services.downloadnaam(job),
        content_type="application/pdf",
    )


@require_GET
def pdf_voorbeeld(request, job_pk: int, pagina: int):
    """One page's thumbnail of a ready PDF, for the Spiegel's team only; audited."""
    job = pdf_selectors.renderjobs_van_team(request.user).filter(pk=job_pk).first()
    png = pdf_voorbeelden.voorbeeld(job, pagina) if job is not None else None
    if png is None:
        geweigerd(request=request, object_soort="rapportage.renderjob", object_id=str(job_pk))
        raise Http404
    vastleggen(
        request=request,
        actie=AuditActie.LEZEN,
        obj=job,
        omschrijving=f"voorbeeld pagina {pagina} ({job.vorm}, v{job.schets_versie})",
    )
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "private, no-store"
    return response
