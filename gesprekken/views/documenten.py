"""A request's documents: the list, the upload and the download."""

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from gesprekken import selectors, services
from gesprekken.forms import DocumentForm
from gesprekken.permissions import can_see_all_documents, can_upload_document, is_team
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.permissions import is_contactpersoon
from spiegel.uploads import soortnaam


def _reverse_of_leeg(naam: str, *args) -> str:
    """A link to a page another app provides; empty until that page exists."""
    try:
        return reverse(naam, args=args)
    except NoReverseMatch:
        return ""


@require_http_methods(["GET", "POST"])
def documenten(request, aanvraag_pk):
    aanvraag = get_object_or_404(selectors.document_aanvragen(request.user), pk=aanvraag_pk)
    mag_uploaden = can_upload_document(request.user, aanvraag)
    form = None
    if request.method == "POST":
        if not mag_uploaden:
            return HttpResponse(status=403)
        form = DocumentForm(request.POST, request.FILES)
        if form.is_valid():
            services.document_uploaden(
                aanvraag=aanvraag,
                titel=form.cleaned_data["titel"],
                bestand=form.cleaned_data["bestand"],
                mime_type=form.mime_type,
                door=request.user,
                van_contact=is_contactpersoon(request.user),
            )
            messages.success(request, _("Het document is opgeslagen."))
            return redirect("gesprekken:documenten", aanvraag.pk)
    if form is None and mag_uploaden:
        form = DocumentForm()
    lijst = list(selectors.documenten_voor(request.user).filter(aanvraag=aanvraag))
    for document in lijst:
        document.soort_label = soortnaam(document.mime_type)
    spiegel_obj = getattr(aanvraag, "spiegel", None)
    if is_contactpersoon(request.user):
        terug = _reverse_of_leeg("spiegel:portaal_aanvraag", aanvraag.pk)
    elif spiegel_obj is not None and is_team(request.user, spiegel_obj):
        terug = reverse("gesprekken:spiegel", args=[spiegel_obj.pk])
    else:
        terug = _reverse_of_leeg("spiegel:aanvraag", aanvraag.pk)
    return render(
        request,
        "gesprekken/documenten.html",
        {
            "aanvraag": aanvraag,
            "spiegel": spiegel_obj if spiegel_obj and is_team(request.user, spiegel_obj) else None,
            "documenten": lijst,
            "form": form,
            "alle_documenten": can_see_all_documents(request.user, aanvraag),
            "max_grootte": settings.UPLOAD_MAX_BYTES,
            "terug_url": terug,
        },
        status=400 if form is not None and form.is_bound else 200,
    )


@require_GET
def document_download(request, document_pk):
    document = get_object_or_404(selectors.documenten_voor(request.user), pk=document_pk)
    vastleggen(request=request, actie=AuditActie.DOWNLOAD, obj=document)
    extensie = document.bestand.name.rsplit(".", 1)[-1] if "." in document.bestand.name else ""
    naam = f"{slugify(document.titel) or 'document'}.{extensie}".rstrip(".")
    response = FileResponse(
        document.bestand.open("rb"),
        as_attachment=True,
        filename=naam,
        content_type=document.mime_type,
    )
    return response
