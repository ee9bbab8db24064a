"""Pages of the fieldwork app. Every view reads through scoped selectors (404 outside scope)
and writes through services; reads of confidential content are audited."""

import csv
import io
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gesprekken import selectors, services
from gesprekken.forms import (
    AantekeningForm,
    CitaatForm,
    DeelnemerFormSet,
    DocumentForm,
    FilterForm,
    GesprekForm,
    SjabloonForm,
    WaarnemingForm,
)
from gesprekken.models import AantekeningVersie, Citaat, Sjabloon, Waarneming
from gesprekken.permissions import can_see_all_documents, can_upload_document, is_team
from gesprekken.rendering import notities_html
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


def _team_spiegel(request, spiegel_pk):
    return get_object_or_404(selectors.team_spiegels(request.user), pk=spiegel_pk)


def _team_gesprek(request, gesprek_pk):
    return get_object_or_404(selectors.gesprekken_voor(request.user), pk=gesprek_pk)


# --- the workspace ----------------------------------------------------------------------


@require_GET
def spiegel(request, spiegel_pk):
    """The team's hub for one Spiegel. A coordinator not on the team sees the outline only."""
    obj = get_object_or_404(selectors.werkruimte_spiegels(request.user), pk=spiegel_pk)
    team = is_team(request.user, obj)
    context = {
        "spiegel": obj,
        "is_team": team,
        "teamleden": obj.team.all().order_by("naam"),
        "kernvragen": selectors.kernvragen_van(obj),
    }
    if team:
        context["gesprekken"] = selectors.gesprekken_van(obj)
        context["documenten_url"] = reverse("gesprekken:documenten", args=[obj.aanvraag_id])
    else:
        context["geplande_data"] = selectors.geplande_data(obj)
    return render(request, "gesprekken/spiegel.html", context)


@require_GET
def planning(request, spiegel_pk):
    obj = _team_spiegel(request, spiegel_pk)
    gesprekken = selectors.gesprekken_van(obj)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj, omschrijving="planning")
    return render(request, "gesprekken/planning.html", {"spiegel": obj, "gesprekken": gesprekken})


@require_GET
def planning_ics(request, spiegel_pk):
    """The sessions as an iCalendar file (RFC 5545). Roles, never participants' names."""
    from icalendar import Calendar, Event

    obj = _team_spiegel(request, spiegel_pk)
    cal = Calendar()
    cal.add("prodid", "-//Divosa//Spiegel Basis op orde//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Spiegel {obj.aanvraag.referentie}")
    nu = timezone.now()
    for g in selectors.gesprekken_van(obj):
        event = Event()
        event.add("uid", f"gesprek-{g.pk}@spiegel.divosa.nl")
        event.add("dtstamp", nu)
        event.add("dtstart", g.begin)
        event.add("dtend", g.einde or g.begin + timedelta(hours=1))
        event.add("summary", f"{g.get_soort_display()}: {g.titel}")
        if g.plaats:
            event.add("location", g.plaats)
        rollen = ", ".join(d.rol for d in g.deelnemers.all())
        if rollen:
            event.add("description", _("Deelnemers (rollen): %(rollen)s") % {"rollen": rollen})
        cal.add_component(event)
    vastleggen(request=request, actie=AuditActie.EXPORT, obj=obj, omschrijving="planning.ics")
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="planning-{slugify(obj.aanvraag.referentie)}.ics"'
    )
    return response


# --- sessions ---------------------------------------------------------------------------


def _deelnemer_rijen(formset) -> list[dict]:
    return [f.cleaned_data for f in formset.forms if f.cleaned_data]


@require_http_methods(["GET", "POST"])
def gesprek_nieuw(request, spiegel_pk):
    obj = _team_spiegel(request, spiegel_pk)
    return _gesprek_formulier(request, obj, None)


@require_http_methods(["GET", "POST"])
def gesprek_bewerken(request, gesprek_pk):
    gesprek = _team_gesprek(request, gesprek_pk)
    return _gesprek_formulier(request, gesprek.spiegel, gesprek)


def _gesprek_formulier(request, obj, gesprek):
    initial = [
        {"pk": d.pk, "rol": d.rol, "naam": d.naam, "toestemming_citeren": d.toestemming_citeren}
        for d in (gesprek.deelnemers.all() if gesprek else [])
    ]
    if request.method == "POST":
        form = GesprekForm(request.POST, instance=gesprek, spiegel=obj)
        formset = DeelnemerFormSet(request.POST, initial=initial, prefix="deelnemers")
        if form.is_valid() and formset.is_valid():
            opgeslagen = services.gesprek_opslaan(
                spiegel=obj,
                gesprek=gesprek,
                gegevens=form.cleaned_data,
                teamleden=form.cleaned_data["teamleden"],
                deelnemers=_deelnemer_rijen(formset),
            )
            messages.success(request, _("Het gesprek is opgeslagen."))
            if gesprek is None:
                return redirect("gesprekken:aantekeningen", opgeslagen.pk)
            return redirect("gesprekken:planning", obj.pk)
    else:
        form = GesprekForm(instance=gesprek, spiegel=obj)
        formset = DeelnemerFormSet(initial=initial, prefix="deelnemers")
    return render(
        request,
        "gesprekken/gesprek_form.html",
        {"spiegel": obj, "gesprek": gesprek, "form": form, "formset": formset},
    )


@require_POST
def gesprek_verwijderen(request, gesprek_pk):
    gesprek = _team_gesprek(request, gesprek_pk)
    spiegel_pk = gesprek.spiegel_id
    services.gesprek_verwijderen(gesprek=gesprek)
    messages.success(request, _("Het gesprek is verwijderd."))
    return redirect("gesprekken:planning", spiegel_pk)


# --- notes ------------------------------------------------------------------------------


def _vastleg_context(gesprek, waarneming_form=None, citaat_form=None, gelukt=""):
    bouwstenen = selectors.bouwstenen()
    kernvragen = selectors.kernvragen_van(gesprek.spiegel)
    return {
        "gesprek": gesprek,
        "waarneming_form": waarneming_form
        or WaarnemingForm(bouwstenen=bouwstenen, kernvragen=kernvragen, prefix="w"),
        "citaat_form": citaat_form or CitaatForm(bouwstenen=bouwstenen, prefix="c"),
        "vastgelegd": {
            "waarnemingen": gesprek.waarnemingen.order_by("-pk"),
            "citaten": gesprek.citaten.order_by("-pk"),
        },
        "gelukt": gelukt,
    }


def OPSLAG_TEKSTEN() -> dict:  # noqa: N802 - a constant, translated per request
    return {
        "opgeslagen": _("Opgeslagen om {tijd} (versie {versie})"),
        "wijzigingen": _("Wijzigingen nog niet opgeslagen…"),
        "bezig": _("Bezig met opslaan…"),
        "offline": _(
            "Geen verbinding: uw tekst is bewaard in deze browser en wordt verstuurd zodra "
            "de verbinding terug is."
        ),
        "aanmelden": _(
            "Niet opgeslagen: u bent afgemeld. Uw tekst is bewaard in deze browser; meld u "
            "opnieuw aan en open deze pagina weer."
        ),
        "fout": _(
            "Opslaan lukte niet; we proberen het zo opnieuw. Uw tekst is bewaard in deze browser."
        ),
        "conflict": _("Niet opgeslagen: iemand anders heeft de aantekeningen intussen gewijzigd."),
        "overgenomen": _("De opgeslagen versie staat nu in de editor."),
        "hersteld": _("Tekst uit deze browser teruggezet; wordt opgeslagen…"),
    }


@require_GET
def aantekeningen(request, gesprek_pk):
    gesprek = _team_gesprek(request, gesprek_pk)
    aantekening = services.aantekening_openen(gesprek=gesprek)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=aantekening)
    context = {
        "spiegel": gesprek.spiegel,
        "aantekening": aantekening,
        "form": AantekeningForm(initial={"tekst": aantekening.tekst, "versie": aantekening.versie}),
        "voorbeeld": notities_html(aantekening.tekst),
        "versies": selectors.versies_van(aantekening),
        "deelnemers": gesprek.deelnemers.all(),
        "opslag_teksten": OPSLAG_TEKSTEN(),
        **_vastleg_context(gesprek),
    }
    return render(request, "gesprekken/aantekeningen.html", context)


@require_POST
def aantekeningen_opslaan(request, gesprek_pk):
    """Autosave (JSON for the page's script) and the plain form post (without JavaScript).
    A save on an older version is refused with 409 and both versions."""
    gesprek = _team_gesprek(request, gesprek_pk)
    wil_json = "application/json" in request.headers.get("Accept", "")
    form = AantekeningForm(request.POST)
    if not form.is_valid():
        if wil_json:
            return JsonResponse(
                {"fout": _("De aantekeningen konden niet worden gelezen.")}, status=400
            )
        messages.error(request, _("De aantekeningen konden niet worden gelezen."))
        return redirect("gesprekken:aantekeningen", gesprek.pk)
    try:
        aantekening = services.aantekening_opslaan(
            gesprek=gesprek,
            tekst=form.cleaned_data["tekst"],
            basis_versie=form.cleaned_data["versie"],
            door=request.user,
        )
    except services.NotitieConflict as conflict:
        context = {
            "gesprek": gesprek,
            "spiegel": gesprek.spiegel,
            "actueel": conflict.actueel,
            "poging": conflict.poging,
        }
        if wil_json:
            html = render(request, "gesprekken/_conflict.html", context).content.decode()
            return JsonResponse(
                {
                    "conflict": True,
                    "versie": conflict.actueel.versie,
                    "tekst": conflict.actueel.tekst,
                    "html": html,
                },
                status=409,
            )
        return render(request, "gesprekken/aantekeningen_conflict.html", context, status=409)
    if wil_json:
        return JsonResponse(
            {
                "versie": aantekening.versie,
                "html": notities_html(aantekening.tekst),
                "opgeslagen_op": date_format(
                    timezone.localtime(aantekening.bijgewerkt_op), "H:i:s"
                ),
            }
        )
    messages.success(request, _("De aantekeningen zijn opgeslagen."))
    return redirect("gesprekken:aantekeningen", gesprek.pk)


@require_GET
def aantekening_versie(request, versie_pk):
    """An earlier version of the notes, read-only, so text from before a conflict or a
    mistaken edit can be copied back."""
    obj = get_object_or_404(
        AantekeningVersie.objects.select_related("door", "aantekening__gesprek__spiegel").filter(
            aantekening__gesprek__in=selectors.gesprekken_voor(request.user).values("pk")
        ),
        pk=versie_pk,
    )
    gesprek = obj.aantekening.gesprek
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj)
    return render(
        request,
        "gesprekken/aantekening_versie.html",
        {"spiegel": gesprek.spiegel, "gesprek": gesprek, "versie": obj},
    )


# --- capturing observations and quotes --------------------------------------------------


def _vastleg_antwoord(request, gesprek, context, soort, gelukt):
    if request.htmx:
        return render(request, f"gesprekken/_vastleggen.html#{soort}", context)
    if gelukt:
        messages.success(request, context["gelukt"])
        return redirect("gesprekken:aantekeningen", gesprek.pk)
    return render(
        request,
        "gesprekken/vastleggen.html",
        {**context, "spiegel": gesprek.spiegel, "soort": soort},
        status=400,
    )


@require_POST
def waarneming_nieuw(request, gesprek_pk):
    gesprek = _team_gesprek(request, gesprek_pk)
    form = WaarnemingForm(
        request.POST,
        bouwstenen=selectors.bouwstenen(),
        kernvragen=selectors.kernvragen_van(gesprek.spiegel),
        prefix="w",
    )
    if not form.is_valid():
        return _vastleg_antwoord(
            request, gesprek, _vastleg_context(gesprek, waarneming_form=form), "waarneming", False
        )
    services.waarneming_vastleggen(
        spiegel=gesprek.spiegel,
        gesprek=gesprek,
        tekst=form.cleaned_data["tekst"],
        soort=form.cleaned_data["soort"],
        bouwstenen=form.cleaned_data["bouwstenen"],
        kernvragen=form.cleaned_data["kernvragen"],
        door=request.user,
    )
    context = _vastleg_context(gesprek, gelukt=_("De waarneming is vastgelegd."))
    return _vastleg_antwoord(request, gesprek, context, "waarneming", True)


@require_POST
def citaat_nieuw(request, gesprek_pk):
    gesprek = _team_gesprek(request, gesprek_pk)
    form = CitaatForm(request.POST, bouwstenen=selectors.bouwstenen(), prefix="c")
    if not form.is_valid():
        return _vastleg_antwoord(
            request, gesprek, _vastleg_context(gesprek, citaat_form=form), "citaat", False
        )
    services.citaat_vastleggen(
        spiegel=gesprek.spiegel,
        gesprek=gesprek,
        tekst=form.cleaned_data["tekst"],
        rol=form.cleaned_data["rol"],
        toestemming=form.cleaned_data["toestemming"],
        weergave=form.cleaned_data["weergave"],
        bouwstenen=form.cleaned_data["bouwstenen"],
        door=request.user,
    )
    context = _vastleg_context(gesprek, gelukt=_("Het citaat is vastgelegd."))
    return _vastleg_antwoord(request, gesprek, context, "citaat", True)


# --- correcting observations and quotes -------------------------------------------------


def _team_waarneming(request, pk):
    return get_object_or_404(
        Waarneming.objects.select_related("spiegel", "gesprek").filter(
            spiegel__in=selectors.team_spiegels(request.user).values("pk")
        ),
        pk=pk,
    )


def _team_citaat(request, pk):
    return get_object_or_404(
        Citaat.objects.select_related("spiegel", "gesprek").filter(
            spiegel__in=selectors.team_spiegels(request.user).values("pk")
        ),
        pk=pk,
    )


@require_http_methods(["GET", "POST"])
def waarneming_bewerken(request, waarneming_pk):
    obj = _team_waarneming(request, waarneming_pk)
    kwargs = {
        "bouwstenen": selectors.bouwstenen(),
        "kernvragen": selectors.kernvragen_van(obj.spiegel),
    }
    if request.method == "POST":
        form = WaarnemingForm(request.POST, **kwargs)
        if form.is_valid():
            services.waarneming_wijzigen(waarneming=obj, **form.cleaned_data)
            messages.success(request, _("De waarneming is gewijzigd."))
            return redirect("gesprekken:waarnemingen", obj.spiegel_id)
    else:
        form = WaarnemingForm(
            initial={
                "tekst": obj.tekst,
                "soort": obj.soort,
                "bouwstenen": list(obj.bouwstenen.all()),
                "kernvragen": list(obj.kernvragen.all()),
            },
            **kwargs,
        )
    return render(
        request,
        "gesprekken/vastlegging_form.html",
        {
            "spiegel": obj.spiegel,
            "obj": obj,
            "form": form,
            "titel": _("Waarneming wijzigen"),
            "verwijder_url": reverse("gesprekken:waarneming_verwijderen", args=[obj.pk]),
        },
    )


@require_http_methods(["GET", "POST"])
def citaat_bewerken(request, citaat_pk):
    obj = _team_citaat(request, citaat_pk)
    if request.method == "POST":
        form = CitaatForm(request.POST, bouwstenen=selectors.bouwstenen())
        if form.is_valid():
            services.citaat_wijzigen(citaat=obj, **form.cleaned_data)
            messages.success(request, _("Het citaat is gewijzigd."))
            return redirect("gesprekken:citaten", obj.spiegel_id)
    else:
        form = CitaatForm(
            initial={
                "tekst": obj.tekst,
                "rol": obj.rol,
                "toestemming": obj.toestemming,
                "weergave": obj.weergave,
                "bouwstenen": list(obj.bouwstenen.all()),
            },
            bouwstenen=selectors.bouwstenen(),
        )
    return render(
        request,
        "gesprekken/vastlegging_form.html",
        {
            "spiegel": obj.spiegel,
            "obj": obj,
            "form": form,
            "titel": _("Citaat wijzigen"),
            "verwijder_url": reverse("gesprekken:citaat_verwijderen", args=[obj.pk]),
        },
    )


@require_POST
def waarneming_verwijderen(request, waarneming_pk):
    obj = _team_waarneming(request, waarneming_pk)
    services.vastlegging_verwijderen(obj=obj)
    messages.success(request, _("De waarneming is verwijderd."))
    return redirect("gesprekken:waarnemingen", obj.spiegel_id)


@require_POST
def citaat_verwijderen(request, citaat_pk):
    obj = _team_citaat(request, citaat_pk)
    services.vastlegging_verwijderen(obj=obj)
    messages.success(request, _("Het citaat is verwijderd."))
    return redirect("gesprekken:citaten", obj.spiegel_id)


# --- lists ------------------------------------------------------------------------------


PER_PAGINA = 50


def _pagina(request, rijen):
    """One page of a list; the other filters stay in the page links."""
    pagina = Paginator(rijen, PER_PAGINA).get_page(request.GET.get("pagina"))
    rest = request.GET.copy()
    rest.pop("pagina", None)
    pagina.querystring = rest.urlencode()
    return pagina


def _filterform(request, obj):
    return FilterForm(
        request.GET or None,
        spiegel=obj,
        bouwstenen=selectors.bouwstenen(),
        kernvragen=selectors.kernvragen_van(obj),
    )


def _lijst(request, spiegel_pk, soort: str, selector):
    """A filtered, paged, audited list of a Spiegel's observations or quotes."""
    obj = _team_spiegel(request, spiegel_pk)
    form = _filterform(request, obj)
    rijen = selector(obj, filters=form.filters() if form.is_bound else {})
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj, omschrijving=soort)
    pagina = _pagina(request, rijen)
    return render(
        request,
        f"gesprekken/{soort}.html",
        {"spiegel": obj, "form": form, soort: pagina, "pagina": pagina},
    )


@require_GET
def waarnemingen(request, spiegel_pk):
    return _lijst(request, spiegel_pk, "waarnemingen", selectors.waarnemingen_van)


@require_GET
def citaten(request, spiegel_pk):
    return _lijst(request, spiegel_pk, "citaten", selectors.citaten_van)


@require_GET
def zoeken(request, spiegel_pk):
    obj = _team_spiegel(request, spiegel_pk)
    zoekterm = request.GET.get("q", "")[:200]
    resultaten = selectors.zoeken(obj, zoekterm) if zoekterm.strip() else []
    if zoekterm.strip():
        vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj, omschrijving="zoeken")
    return render(
        request,
        "gesprekken/zoeken.html",
        {"spiegel": obj, "zoekterm": zoekterm, "resultaten": resultaten},
    )


@require_GET
def overzicht(request, spiegel_pk):
    obj = _team_spiegel(request, spiegel_pk)
    basis = reverse("gesprekken:waarnemingen", args=[obj.pk])
    svg = selectors.heatmap_voor(
        obj, link=lambda b, s: f"{basis}?{urlencode({'bouwsteen': b, 'soort': s})}"
    )
    return render(
        request,
        "gesprekken/overzicht.html",
        {"spiegel": obj, "heatmap": svg, "dekking": selectors.dekking(obj)},
    )


# --- export -----------------------------------------------------------------------------

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
    obj = _team_spiegel(request, spiegel_pk)
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

    obj = _team_spiegel(request, spiegel_pk)
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


# --- capture templates ------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def sjablonen(request, spiegel_pk):
    obj = _team_spiegel(request, spiegel_pk)
    if request.method == "POST":
        services.sjablonen_kopieren(spiegel=obj)
        messages.success(request, _("De sjablonen zijn overgenomen; u kunt ze nu aanpassen."))
        return redirect("gesprekken:sjablonen", obj.pk)
    eigen = list(selectors.sjablonen_van(obj))
    eigen_soorten = {s.soort for s in eigen}
    ontbrekend = [s for s in selectors.standaardsjablonen() if s.soort not in eigen_soorten]
    return render(
        request,
        "gesprekken/sjablonen.html",
        {"spiegel": obj, "eigen": eigen, "standaard": ontbrekend},
    )


@require_http_methods(["GET", "POST"])
def sjabloon_bewerken(request, sjabloon_pk):
    sjabloon = get_object_or_404(
        Sjabloon.objects.select_related("spiegel").filter(
            spiegel__in=selectors.team_spiegels(request.user).values("pk")
        ),
        pk=sjabloon_pk,
    )
    if request.method == "POST":
        form = SjabloonForm(request.POST)
        if form.is_valid():
            services.sjabloon_opslaan(sjabloon=sjabloon, **form.cleaned_data)
            messages.success(request, _("Het sjabloon is opgeslagen."))
            return redirect("gesprekken:sjablonen", sjabloon.spiegel_id)
    else:
        form = SjabloonForm(initial={"titel": sjabloon.titel, "inhoud": sjabloon.inhoud})
    return render(
        request,
        "gesprekken/sjabloon_form.html",
        {"spiegel": sjabloon.spiegel, "sjabloon": sjabloon, "form": form},
    )


# --- documents --------------------------------------------------------------------------


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
