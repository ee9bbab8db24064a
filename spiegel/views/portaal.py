"""The contact portal: the organisation's own requests, a friendly timeline, the documents
they shared (and can add), and panels from fieldwork and rapportage (planned dates, the
wederhoor link, released reports) when those apps provide them."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from spiegel import registry, services
from spiegel.audit import vastleggen
from spiegel.constants import SPIEGEL_STATUSSEN, AuditActie, Status
from spiegel.forms import DocumentForm
from spiegel.permissions import is_contactpersoon, is_divosa
from spiegel.selectors import (
    aanvragen_in_portaal,
    aanvragen_voor,
    documenten_portaal,
    documenten_van,
    tijdlijn_portaal,
)

# The stages the contact sees as a progress line.
FASEN = [
    (Status.INGEDIEND, gettext_lazy("Aanvraag")),
    (Status.INTAKE, gettext_lazy("Intake")),
    (Status.GEACCEPTEERD, gettext_lazy("Geaccepteerd")),
    (Status.VELDWERK, gettext_lazy("Gesprekken en meelopen")),
    (Status.SCHETS, gettext_lazy("Schets")),
    (Status.WEDERHOOR, gettext_lazy("Wederhoor")),
    (Status.AFGEROND, gettext_lazy("Afgerond")),
]


def portaal_panelen(aanvraag, user, request) -> list[str]:
    """Rendered panels of the other apps: each callable in `spiegel.registry.portaal_panelen`
    (registered from the app's `apps.py`) returns a list of (template name, context).
    Rendered with their own context only: the page's context processors ran once for the
    page and no panel reads them (a panel with a form would need `request` again)."""
    panelen = []
    for panelen_van in registry.portaal_panelen:
        for template, context in panelen_van(aanvraag, user) or []:
            panelen.append(render_to_string(template, context))
    return panelen


def portaal(request):
    if not is_contactpersoon(request.user):
        raise Http404
    return render(
        request,
        "spiegel/portaal.html",
        {"aanvragen": aanvragen_in_portaal(request.user), "organisatie": request.user.organisatie},
    )


def _fasen(status: str) -> list[dict]:
    volgorde = [s for s, _label in FASEN]
    huidig = volgorde.index(status) if status in volgorde else -1
    return [
        {
            "label": label,
            "stand": "klaar" if i < huidig else "nu" if i == huidig else "straks",
        }
        for i, (_s, label) in enumerate(FASEN)
    ]


def _portaal_pagina(request, aanvraag, form=None, status=200):
    return render(
        request,
        "spiegel/portaal_aanvraag.html",
        {
            "aanvraag": aanvraag,
            "fasen": _fasen(aanvraag.status),
            "afgesloten": aanvraag.status in (Status.AFGEWEZEN, Status.INGETROKKEN),
            "loopt": aanvraag.status in SPIEGEL_STATUSSEN,
            "tijdlijn": tijdlijn_portaal(request.user, aanvraag),
            "documenten": documenten_portaal(request.user, aanvraag),
            "form": form or DocumentForm(),
            "mag_uploaden": aanvraag.status
            not in (Status.AFGEWEZEN, Status.INGETROKKEN, Status.AFGEROND),
            "panelen": portaal_panelen(aanvraag, request.user, request),
        },
        status=status,
    )


def portaal_aanvraag(request, pk):
    # The Spiegel comes along: the panels of both other apps start from it.
    aanvraag = get_object_or_404(
        aanvragen_in_portaal(request.user).select_related("spiegel"), pk=pk
    )
    return _portaal_pagina(request, aanvraag)


def document_uploaden(request, pk):
    aanvraag = get_object_or_404(aanvragen_in_portaal(request.user), pk=pk)
    if request.method != "POST":
        return redirect("spiegel:portaal_aanvraag", pk=pk)
    form = DocumentForm(request.POST, request.FILES)
    if aanvraag.status in (Status.AFGEWEZEN, Status.INGETROKKEN, Status.AFGEROND):
        form.is_valid()
        form.add_error(None, _("Bij deze aanvraag kunt u geen documenten meer toevoegen."))
        return _portaal_pagina(request, aanvraag, form)
    if not form.is_valid():
        return _portaal_pagina(request, aanvraag, form)
    services.document_toevoegen(
        aanvraag=aanvraag,
        file=form.cleaned_data["bestand"],
        mime_type=form.cleaned_data["mime_type"],
        titel=form.cleaned_data["titel"],
        door=request.user,
    )
    messages.success(request, _("Het document is toegevoegd."))
    return redirect("spiegel:portaal_aanvraag", pk=pk)


def document_downloaden(request, pk, document_pk):
    """Stream a shared document to someone who may open the request; every download is
    written to the audit trail."""
    if not (is_contactpersoon(request.user) or is_divosa(request.user)):
        raise Http404
    aanvraag = get_object_or_404(aanvragen_voor(request.user), pk=pk)
    document = get_object_or_404(documenten_van(request.user, aanvraag), pk=document_pk)
    vastleggen(
        request=request, actie=AuditActie.DOWNLOAD, obj=document, omschrijving=document.titel
    )
    extensie = (
        "." + document.bestand.name.rsplit(".", 1)[-1] if "." in document.bestand.name else ""
    )
    naam = (
        document.titel if document.titel.lower().endswith(extensie) else document.titel + extensie
    )
    return FileResponse(
        document.bestand.open("rb"),
        as_attachment=True,
        filename=naam,
        content_type=document.mime_type,
    )
