"""The rode draden page, the drill-down from a cell, the recurring themes and the exports.

Only team members and coordinators (`permissions.mag_rode_draden`); others get 403, which
the denial audit records. Everything shown comes from `services.overzicht`, suppression
applied; a drill-down into observations of the viewer's own team is audited."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from gesprekken.constants import WaarnemingSoort
from rapportage.rodedraden import bewaard, exports, selectors, services, themes
from rapportage.rodedraden.filters import FilterForm, als_querystring
from rapportage.rodedraden.permissions import mag_rode_draden, mag_themas_bevestigen
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.models import Bouwsteen
from spiegel.selectors import spiegels_als_teamlid


def _toegang(request) -> None:
    if not mag_rode_draden(request.user):
        raise PermissionDenied


def _filters(request):
    """(form, chosen filters, the profile table, its version): the table is read once per
    request, or reused while nothing it depends on changed (`bewaard`)."""
    versie = bewaard.versie()
    verdeling = bewaard.verdeling(versie)
    form = FilterForm(request.GET or None, jaren=verdeling.jaren())
    return form, form.gekozen(), verdeling, versie


def _eigen(user) -> set[int]:
    return set(spiegels_als_teamlid(user).values_list("pk", flat=True))


@require_GET
def overzicht(request):
    _toegang(request)
    form, filters, _verdeling, versie = _filters(request)
    data = bewaard.overzicht(filters, versie)
    qs = als_querystring(filters)
    return render(
        request,
        "rapportage/rodedraden/overzicht.html",
        {
            **data,
            "form": form,
            "querystring": qs,
            "mag_themas": mag_themas_bevestigen(request.user),
        },
    )


@require_GET
def cel(request, bouwsteen_pk, soort):
    _toegang(request)
    if soort not in selectors.SOORTEN:
        raise Http404
    bouwsteen = get_object_or_404(Bouwsteen.objects.filter(actief=True), pk=bouwsteen_pk)
    form, filters, verdeling, versie = _filters(request)
    data = bewaard.overzicht(filters, versie)
    gegevens = {"bouwsteen": bouwsteen, "soort": WaarnemingSoort(soort).label, "form": form, **data}
    gegevens["terug"] = reverse("rodedraden:overzicht") + (
        f"?{als_querystring(filters)}" if filters else ""
    )
    cellen = {(r["pk"], c["soort"]): c for r in data["rijen"] for c in r["cellen"]}
    cel = cellen.get((bouwsteen.pk, soort))
    if not data["toonbaar"] or cel is None or cel["onderdrukt"]:
        gegevens["onderdrukt"] = True
        return render(request, "rapportage/rodedraden/cel.html", gegevens)
    details = services.cel_details(
        filters=filters,
        bouwsteen_pk=bouwsteen.pk,
        soort=soort,
        eigen=_eigen(request.user),
        verdeling=verdeling,
    )
    _audit_cel(request, bouwsteen, soort, details["volledig_van"])
    gegevens.update(details)
    return render(request, "rapportage/rodedraden/cel.html", gegevens)


def _audit_cel(request, bouwsteen, soort, volledig_van) -> None:
    """One row for the (anonymised) drill-down, and one per Spiegel shown in full."""
    vastleggen(
        request=request,
        actie=AuditActie.LEZEN,
        object_soort="spiegel.bouwsteen",
        omschrijving=f"rode draden: vak {bouwsteen.pk}/{soort} (geanonimiseerd)",
    )
    _audit_volledig(
        request, volledig_van, f"rode draden: waarnemingen vak {bouwsteen.pk}/{soort} volledig"
    )


def _audit_volledig(request, spiegel_pks, omschrijving: str) -> None:
    """One row per Spiegel of the viewer's team whose content was shown in full."""
    from spiegel.models import Spiegel

    for pk in sorted(spiegel_pks):
        vastleggen(
            request=request, actie=AuditActie.LEZEN, obj=Spiegel(pk=pk), omschrijving=omschrijving
        )


@require_GET
def themas(request):
    _toegang(request)
    voorstellen = themes.voorstellen(eigen=_eigen(request.user))
    vastleggen(
        request=request,
        actie=AuditActie.LEZEN,
        object_soort="rapportage.thema",
        omschrijving="rode draden: themavoorstellen (geanonimiseerd)",
    )
    volledig = {r["volledig_van"] for v in voorstellen for r in v["waarnemingen"]} - {None}
    _audit_volledig(request, volledig, "rode draden: themavoorstellen volledig")
    bouwstenen = dict(selectors.bouwstenen())
    for v in voorstellen:
        v["bouwsteen_naam"] = bouwstenen.get(v["bouwsteen"], "")
    return render(
        request,
        "rapportage/rodedraden/themas.html",
        {
            "voorstellen": voorstellen,
            "bouwstenen": selectors.bouwstenen(),
            "bevestigd": selectors.themas({}),
            "k": selectors.k(),
        },
    )


@require_POST
def thema_bevestigen(request):
    _toegang(request)
    form = themes.ThemaForm(request.POST)
    if not form.is_valid():
        for fouten in form.errors.values():
            for fout in fouten:
                messages.error(request, fout)
        return redirect("rodedraden:themas")
    try:
        thema = themes.bevestigen(
            naam=form.cleaned_data["naam"],
            bouwsteen=form.cleaned_data["bouwsteen"],
            waarneming_pks=form.cleaned_data["waarnemingen"],
            door=request.user,
        )
    except ValidationError as e:
        for fout in e.messages:
            messages.error(request, fout)
        return redirect("rodedraden:themas")
    messages.success(request, _("Het thema ‘%(naam)s’ is bevestigd.") % {"naam": thema.naam})
    return redirect("rodedraden:themas")


@require_GET
def xlsx(request):
    _toegang(request)
    _form, filters, _verdeling, versie = _filters(request)
    data = bewaard.overzicht(filters, versie)
    vastleggen(
        request=request,
        actie=AuditActie.EXPORT,
        object_soort="rodedraden.xlsx",
        omschrijving="rode draden: XLSX (geaggregeerd, onderdrukt onder k)",
    )
    response = HttpResponse(
        exports.xlsx(data),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="rode-draden.xlsx"'
    return response


@require_POST
def pdf_maken(request):
    _toegang(request)
    form = FilterForm(request.POST or None, jaren=selectors.verdeling().jaren())
    filters = form.gekozen()
    job = exports.pdf_aanvragen(filters=filters, door=request.user)
    return redirect("rodedraden:pdf", rd_pdf_pk=job.pk)


@require_GET
def pdf(request, rd_pdf_pk):
    _toegang(request)
    job = get_object_or_404(exports.pdf_jobs_voor(request.user), pk=rd_pdf_pk)
    if job.bestand and request.GET.get("download"):
        vastleggen(
            request=request, actie=AuditActie.DOWNLOAD, obj=job, omschrijving="rode draden PDF"
        )
        with job.bestand.open("rb") as f:
            inhoud = f.read()
        response = HttpResponse(inhoud, content_type="application/pdf")
        response["Content-Disposition"] = 'attachment; filename="rode-draden.pdf"'
        return response
    return render(request, "rapportage/rodedraden/pdf.html", {"job": job})
