"""Writing the schets: a section's editor (with conflicts), its live preview, the picker of
observations and quotes, and adding, deleting and moving sections."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gesprekken.constants import Toestemming, Weergave
from rapportage import permissions, selectors, selectors_schets, services
from rapportage.forms import NieuweSectieForm, SectieForm
from rapportage.markdown import render as render_markdown
from rapportage.methode import sectie_methode
from rapportage.models import SchetsVersie
from rapportage.rodedraden.vervolg import vorige_bewijs_vastleggen
from rapportage.views.schets_basis import (
    fouten,
    privacy_van,
    sectie_van,
    team_schets,
    team_schets_met_controles,
    team_spiegel,
    terug,
    toon_fragmenten,
)
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.tekstverschil import woordverschil


def _controles(request, spiegel, schets, sectie, tekst: str) -> dict:
    """The preview and the checks beside a section, on the evidence read once."""
    gelezen = selectors_schets.bewijs(spiegel, [tekst])
    citaten, waarnemingen = gelezen.citaten, gelezen.waarnemingen
    vorige_bewijs_vastleggen(request, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen)
    return {
        "privacy": privacy_van(
            schets, sectie, tekst, bewijs=gelezen, namen=spiegel.deelnemersnamen
        ),
        "methode": sectie_methode(
            schets,
            sectie,
            tekst,
            bouwstenen=selectors_schets.bouwstenen(spiegel),
            waarnemingen=waarnemingen,
        ),
        "toon": toon_fragmenten(tekst, selectors.toonregels()),
        "voorbeeld": render_markdown(
            tekst, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen
        ),
    }


def _sectie_context(request, spiegel, schets, sectie, form) -> dict:
    tekst = form.data.get("tekst", sectie.tekst) if form.is_bound else sectie.tekst
    return {
        **_controles(request, spiegel, schets, sectie, tekst),
        "spiegel": spiegel,
        "schets": schets,
        "sectie": sectie,
        "form": form,
        "mag_bewerken": permissions.can_edit_schets(request.user, schets),
    }


@require_http_methods(["GET", "POST"])
def sectie(request, spiegel_pk, sectie_pk):
    spiegel, schets = team_schets_met_controles(request, spiegel_pk)
    sectie = sectie_van(schets, sectie_pk)
    if request.method == "GET":
        vastleggen(request=request, actie=AuditActie.LEZEN, obj=sectie, omschrijving="sectie")
        form = SectieForm(
            spiegel=spiegel,
            initial={
                "titel": sectie.titel,
                "tekst": sectie.tekst,
                "kernvragen": list(sectie.kernvragen.all()),
                "basis": sectie.versie,
            },
        )
        return render(
            request,
            "rapportage/schets/sectie.html",
            _sectie_context(request, spiegel, schets, sectie, form),
        )
    # Only the team reaches this (scoped above). When the schets is no longer editable the
    # service refuses and the page comes back with the typed text, so nothing is lost.
    form = SectieForm(request.POST, spiegel=spiegel)
    if not form.is_valid():
        return render(
            request,
            "rapportage/schets/sectie.html",
            _sectie_context(request, spiegel, schets, sectie, form),
            status=200,
        )
    data = form.cleaned_data
    try:
        versie = services.sectie_opslaan(
            sectie=sectie,
            door=request.user,
            tekst=data["tekst"],
            titel=data["titel"],
            kernvragen=list(data["kernvragen"]),
            basis=data["basis"],
        )
    except services.SchetsConflict as conflict:
        return _conflict(request, spiegel, schets, conflict, data)
    except ValidationError as exc:
        fouten(request, exc)
        return render(
            request,
            "rapportage/schets/sectie.html",
            _sectie_context(request, spiegel, schets, sectie, form),
        )
    messages.success(
        request,
        _("‘%(titel)s’ is opgeslagen als versie %(nummer)s.")
        % {"titel": data["titel"], "nummer": versie.nummer},
    )
    return terug(spiegel, f"sectie-{sectie.pk}")


def _conflict(request, spiegel, schets, conflict, data):
    """Both texts side by side; the user's own text stays in the form, now based on the
    version that was saved in between, so saving again is a deliberate choice."""
    huidig = conflict.sectie
    laatste = (
        SchetsVersie.objects.filter(schets=schets)
        .select_related("auteur")
        .order_by("-nummer")
        .first()
    )
    form = SectieForm(
        spiegel=spiegel,
        initial={
            "titel": conflict.eigen_titel,
            "tekst": conflict.eigen_tekst,
            "kernvragen": list(data["kernvragen"]),
            "basis": huidig.versie,
        },
    )
    links, rechts = woordverschil(huidig.tekst, conflict.eigen_tekst)
    return render(
        request,
        "rapportage/schets/conflict.html",
        {
            "spiegel": spiegel,
            "schets": schets,
            "sectie": huidig,
            "form": form,
            "hun_tekst": huidig.tekst,
            "eigen_tekst": conflict.eigen_tekst,
            "links": links,
            "rechts": rechts,
            "laatste": laatste,
        },
        status=409,
    )


@require_POST
def voorbeeld(request, spiegel_pk, sectie_pk):
    """htmx: the rendered preview and the tone findings of the text being typed."""
    spiegel, schets = team_schets_met_controles(request, spiegel_pk)
    sectie = sectie_van(schets, sectie_pk)
    tekst = request.POST.get("tekst", "")[:60000]
    context = {
        "spiegel": spiegel,
        "sectie": sectie,
        **_controles(request, spiegel, schets, sectie, tekst),
    }
    return render(request, "rapportage/schets/sectie.html#voorbeeld", context)


@require_GET
def kiezer(request, spiegel_pk):
    """The searchable picker of observations and quotes (an htmx partial, or a page)."""

    spiegel = team_spiegel(request, spiegel_pk)
    q = request.GET.get("q", "")[:200]
    waarnemingen, citaten = selectors.kiezer_zoeken(spiegel, q)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=spiegel, omschrijving="kiezer")
    rijen = [
        {
            "citaat": c,
            "mag": c.toestemming == Toestemming.GEGEVEN,
            "met_functie": c.toestemming == Toestemming.GEGEVEN and c.weergave == Weergave.FUNCTIE,
        }
        for c in citaten
    ]
    context = {"spiegel": spiegel, "q": q, "waarnemingen": waarnemingen, "citaten": rijen}
    template = "rapportage/schets/kiezer.html"
    if request.htmx:
        template += "#resultaten"
    return render(request, template, context)


@require_POST
def sectie_toevoegen(request, spiegel_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    form = NieuweSectieForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Geef de nieuwe sectie een titel."))
        return terug(spiegel, "nieuwe-sectie")
    try:
        nieuw = services.sectie_toevoegen(
            schets=schets, door=request.user, titel=form.cleaned_data["titel"]
        )
    except ValidationError as exc:
        fouten(request, exc)
        return terug(spiegel)
    messages.success(request, _("Sectie ‘%(titel)s’ toegevoegd.") % {"titel": nieuw.titel})
    return terug(spiegel, f"sectie-{nieuw.pk}")


@require_POST
def sectie_verwijderen(request, spiegel_pk, sectie_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    sectie = sectie_van(schets, sectie_pk)
    try:
        services.sectie_verwijderen(sectie=sectie, door=request.user)
    except ValidationError as exc:
        fouten(request, exc)
        return terug(spiegel, f"sectie-{sectie.pk}")
    messages.success(
        request,
        _("Sectie ‘%(titel)s’ verwijderd. U vindt de tekst terug onder Versies.")
        % {"titel": sectie.titel},
    )
    return terug(spiegel)


@require_POST
def sectie_verplaatsen(request, spiegel_pk, sectie_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    sectie = sectie_van(schets, sectie_pk)
    richting = request.POST.get("richting")
    if richting not in ("op", "neer"):
        return HttpResponseBadRequest(_("Kies omhoog of omlaag om de sectie te verplaatsen."))
    try:
        services.sectie_verplaatsen(sectie=sectie, door=request.user, richting=richting)
    except ValidationError as exc:
        fouten(request, exc)
    # Keep the keyboard focus on the button that was pressed (see schets.js).
    return terug(spiegel, f"sectie-{sectie.pk}")
