"""The editable presentatie (.pptx) of the definitief schets: for the Spiegel's team only,
built on the spot with the downloader's stamp in every slide's footer, and audited."""

import io

from django.contrib import messages
from django.http import FileResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from rapportage import dias_pptx, pdf_inhoud
from rapportage.models import Schets
from rapportage.pdf_services import stempeltekst
from rapportage.views.pdf import _team_spiegel
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie

PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@require_GET
def pdf_pptx(request, spiegel_pk: int):
    spiegel = _team_spiegel(request, spiegel_pk)  # 404 for anyone not on the team
    schets = Schets.objects.filter(spiegel=spiegel).first()
    versie = pdf_inhoud.definitieve_versie(schets)
    if versie is None:
        messages.error(
            request,
            _("Er is nog geen definitieve schets; de presentatie kan nog niet worden gemaakt."),
        )
        return redirect("rapportage:pdf", spiegel_pk=spiegel.pk)
    data = dias_pptx.presentatie_pptx(
        spiegel=spiegel, versie=versie, stempel=stempeltekst(request.user)
    )
    vastleggen(
        request=request,
        actie=AuditActie.DOWNLOAD,
        obj=schets,
        omschrijving=f"presentatie.pptx (v{versie.nummer})",
    )
    naam = f"Spiegel-{spiegel.aanvraag.referentie}-presentatie-v{versie.nummer}.pptx"
    response = FileResponse(io.BytesIO(data), as_attachment=True, filename=naam)
    response["Content-Type"] = PPTX_TYPE
    response["Cache-Control"] = "private, no-store"
    return response
