"""The team's schets pages: the overview with checks and traceability, writing a section
(picker, preview, tone check), versions, and the review steps.

Everything is read through `spiegels_voor_schets(user)`: a Spiegel the user is not on the
team of is a 404. Actions the user may not take answer 403.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from rapportage import permissions, selectors, services
from rapportage.checks import onbeantwoorde_kernvragen, privacy_bevindingen
from rapportage.forms import AfhandelForm, BeoordelingForm, NieuweSectieForm, SectieForm
from rapportage.markdown import references
from rapportage.markdown import render as render_markdown
from rapportage.methode import methode_bevindingen, sectie_methode
from rapportage.models import Opmerking, SchetsVersie, Sectie
from rapportage.tone import check as tone_check
from rapportage.versies import vergelijken, woordverschil
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie


def _spiegel(request, spiegel_pk):
    return get_object_or_404(selectors.spiegels_voor_schets(request.user), pk=spiegel_pk)


def _schets(request, spiegel_pk):
    spiegel = _spiegel(request, spiegel_pk)
    schets = selectors.schets_van(spiegel)
    if schets is None:
        raise Http404
    return spiegel, schets


def _sectie(schets, sectie_pk):
    return get_object_or_404(Sectie.objects.filter(schets=schets), pk=sectie_pk)


def _terug(spiegel, anker: str = ""):
    url = reverse("rapportage:schets", args=[spiegel.pk])
    return redirect(f"{url}#{anker}" if anker else url)


def _fouten(request, exc: ValidationError) -> None:
    for m in exc.messages:
        messages.error(request, m)


def _toon_fragmenten(tekst: str, rules) -> list[dict]:
    """Tone findings as fragments: the matched words highlighted with the words around."""
    findings = tone_check(tekst, rules)
    fragmenten = [
        {
            "voor": ("…" if f.start > 60 else "") + tekst[max(0, f.start - 60) : f.start],
            "woord": tekst[f.start : f.end],
            "na": tekst[f.end : f.end + 60] + ("…" if f.end + 60 < len(tekst) else ""),
            "soort": f.rule.kind,
            "suggestie": f.suggestion,
        }
        for f in findings
    ]
    return fragmenten


def _bewijs(sectie, citaten, waarnemingen) -> dict:
    refs = references(sectie.tekst)
    return {
        "citaten": [citaten[pk] for pk in sorted(refs["citaat"]) if pk in citaten],
        "waarnemingen": [
            waarnemingen[pk] for pk in sorted(refs["waarneming"]) if pk in waarnemingen
        ],
    }


@require_GET
def schets(request, spiegel_pk):
    spiegel = _spiegel(request, spiegel_pk)
    schets = selectors.schets_van(spiegel)
    context = {"spiegel": spiegel, "schets": schets}
    if schets is None:
        context["mag_starten"] = True
        return render(request, "rapportage/schets/schets.html", context)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving="schets")
    secties = list(selectors.secties_van(schets))
    rules = selectors.toonregels()
    citaten, waarnemingen = selectors.bewijs_van(spiegel, [s.tekst for s in secties])
    kernvragen = list(spiegel.kernvragen.order_by("volgorde", "pk"))
    beantwoord_door = {k.pk: [] for k in kernvragen}
    items = []
    toon_totaal = 0
    for s in secties:
        findings = _toon_fragmenten(s.tekst, rules)
        toon_totaal += len(findings)
        for k in s.kernvragen.all():
            beantwoord_door.setdefault(k.pk, []).append(s)
        items.append(
            {
                "sectie": s,
                "html": render_markdown(
                    s.tekst, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen
                ),
                "toon": findings,
                "bewijs": _bewijs(s, citaten, waarnemingen),
                "opmerkingen": list(s.opmerkingen.all()),
            }
        )
    user = request.user
    context.update(
        {
            "items": items,
            "kernvragen": [(k, beantwoord_door.get(k.pk, [])) for k in kernvragen],
            "onbeantwoord": onbeantwoorde_kernvragen(schets),
            "privacy": privacy_bevindingen(schets),
            "methode": methode_bevindingen(schets),
            "toon_totaal": toon_totaal,
            "mag_bewerken": permissions.can_edit_schets(user, schets),
            "mag_indienen": permissions.can_submit_schets(user, schets),
            "mag_beoordelen": permissions.can_review_schets(user, schets),
            "is_indiener": schets.ingediend_door_id == user.pk,
            "mag_wederhoor": permissions.can_start_wederhoor(user, schets),
            "mag_afhandelen": permissions.can_resolve_opmerking(user, schets),
            "mag_definitief": permissions.can_make_definitief(user, schets),
            "open_opmerkingen": sum(
                1 for it in items for o in it["opmerkingen"] if o.status == "open"
            ),
            "nieuwe_sectie_form": NieuweSectieForm(),
            "beoordeling_form": BeoordelingForm(),
            "laatste_versie": schets.versies.select_related("auteur").order_by("-nummer").first(),
        }
    )
    return render(request, "rapportage/schets/schets.html", context)


@require_POST
def starten(request, spiegel_pk):
    spiegel = _spiegel(request, spiegel_pk)
    existed = selectors.schets_van(spiegel) is not None
    services.schets_starten(spiegel=spiegel, door=request.user)
    if not existed:
        messages.success(request, _("De schets is gestart vanuit het sjabloon."))
    return _terug(spiegel)


def _privacy_van(schets, sectie, tekst: str) -> list:
    return privacy_bevindingen(
        schets, [{"sleutel": sectie.sleutel, "titel": sectie.titel, "tekst": tekst}]
    )


def _sectie_context(request, spiegel, schets, sectie, form) -> dict:
    tekst = form.data.get("tekst", sectie.tekst) if form.is_bound else sectie.tekst
    findings = _toon_fragmenten(tekst, selectors.toonregels())
    return {
        "privacy": _privacy_van(schets, sectie, tekst),
        "methode": sectie_methode(schets, sectie, tekst),
        "spiegel": spiegel,
        "schets": schets,
        "sectie": sectie,
        "form": form,
        "toon": findings,
        "voorbeeld": render_markdown(tekst, spiegel=spiegel),
        "mag_bewerken": permissions.can_edit_schets(request.user, schets),
    }


@require_http_methods(["GET", "POST"])
def sectie(request, spiegel_pk, sectie_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    sectie = _sectie(schets, sectie_pk)
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
        _fouten(request, exc)
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
    return _terug(spiegel, f"sectie-{sectie.pk}")


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
    spiegel, schets = _schets(request, spiegel_pk)
    sectie = _sectie(schets, sectie_pk)
    tekst = request.POST.get("tekst", "")[:60000]
    findings = _toon_fragmenten(tekst, selectors.toonregels())
    context = {
        "spiegel": spiegel,
        "sectie": sectie,
        "privacy": _privacy_van(schets, sectie, tekst),
        "methode": sectie_methode(schets, sectie, tekst),
        "toon": findings,
        "voorbeeld": render_markdown(tekst, spiegel=spiegel),
    }
    return render(request, "rapportage/schets/sectie.html#voorbeeld", context)


@require_GET
def kiezer(request, spiegel_pk):
    """The searchable picker of observations and quotes (an htmx partial, or a page)."""
    from gesprekken.constants import Toestemming, Weergave

    spiegel = _spiegel(request, spiegel_pk)
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
    spiegel, schets = _schets(request, spiegel_pk)
    form = NieuweSectieForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Geef de nieuwe sectie een titel."))
        return _terug(spiegel, "nieuwe-sectie")
    try:
        nieuw = services.sectie_toevoegen(
            schets=schets, door=request.user, titel=form.cleaned_data["titel"]
        )
    except ValidationError as exc:
        _fouten(request, exc)
        return _terug(spiegel)
    messages.success(request, _("Sectie ‘%(titel)s’ toegevoegd.") % {"titel": nieuw.titel})
    return _terug(spiegel, f"sectie-{nieuw.pk}")


@require_POST
def sectie_verwijderen(request, spiegel_pk, sectie_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    sectie = _sectie(schets, sectie_pk)
    try:
        services.sectie_verwijderen(sectie=sectie, door=request.user)
    except ValidationError as exc:
        _fouten(request, exc)
        return _terug(spiegel, f"sectie-{sectie.pk}")
    messages.success(
        request,
        _("Sectie ‘%(titel)s’ verwijderd. U vindt de tekst terug onder Versies.")
        % {"titel": sectie.titel},
    )
    return _terug(spiegel)


@require_POST
def sectie_verplaatsen(request, spiegel_pk, sectie_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    sectie = _sectie(schets, sectie_pk)
    richting = request.POST.get("richting")
    if richting not in ("op", "neer"):
        return HttpResponseBadRequest(_("Kies omhoog of omlaag."))
    try:
        services.sectie_verplaatsen(sectie=sectie, door=request.user, richting=richting)
    except ValidationError as exc:
        _fouten(request, exc)
    # Keep the keyboard focus on the button that was pressed (see schets.js).
    return _terug(spiegel, f"sectie-{sectie.pk}")


@require_GET
def versies(request, spiegel_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving="versies")
    lijst = list(selectors.versies_van(schets)[:200])
    return render(
        request,
        "rapportage/schets/versies.html",
        {
            "spiegel": spiegel,
            "schets": schets,
            "versies": lijst,
            "mag_herstellen": permissions.can_edit_schets(request.user, schets),
        },
    )


@require_GET
def vergelijk(request, spiegel_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    try:
        a, b = int(request.GET.get("a", "")), int(request.GET.get("b", ""))
    except ValueError:
        messages.error(request, _("Kies twee versies om te vergelijken."))
        return redirect("rapportage:versies", spiegel_pk=spiegel.pk)
    a, b = min(a, b), max(a, b)
    versie_a = get_object_or_404(schets.versies.select_related("auteur"), nummer=a)
    versie_b = get_object_or_404(schets.versies.select_related("auteur"), nummer=b)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving=f"v{a}-v{b}")
    return render(
        request,
        "rapportage/schets/vergelijk.html",
        {
            "spiegel": spiegel,
            "schets": schets,
            "a": versie_a,
            "b": versie_b,
            "secties": vergelijken(versie_a.secties, versie_b.secties),
            "mag_herstellen": permissions.can_edit_schets(request.user, schets),
        },
    )


@require_POST
def herstellen(request, spiegel_pk, versie_nummer):
    spiegel, schets = _schets(request, spiegel_pk)
    get_object_or_404(schets.versies, nummer=versie_nummer)
    try:
        nieuw = services.versie_herstellen(schets=schets, nummer=versie_nummer, door=request.user)
    except ValidationError as exc:
        _fouten(request, exc)
        return redirect("rapportage:versies", spiegel_pk=spiegel.pk)
    messages.success(
        request,
        _("Versie %(oud)s is teruggezet als versie %(nieuw)s.")
        % {"oud": versie_nummer, "nieuw": nieuw.nummer},
    )
    return _terug(spiegel)


@require_POST
def indienen(request, spiegel_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    try:
        services.schets_indienen(schets=schets, door=request.user)
    except ValidationError as exc:
        messages.error(request, _("De schets kan nog niet ter review:"))
        _fouten(request, exc)
        return _terug(spiegel, "controles")
    messages.success(request, _("De schets ligt ter review bij uw collega."))
    return _terug(spiegel)


@require_POST
def beoordelen(request, spiegel_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    if schets.ingediend_door_id == request.user.pk:
        # Never the author: refused whatever the state.
        raise PermissionDenied(_("U beoordeelt niet uw eigen schets."))
    form = BeoordelingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies goedkeuren of terugsturen."))
        return _terug(spiegel, "review")
    try:
        services.schets_beoordelen(
            schets=schets,
            door=request.user,
            goedkeuren=form.cleaned_data["besluit"] == "goedkeuren",
            opmerking=form.cleaned_data["opmerking"],
        )
    except ValidationError as exc:
        _fouten(request, exc)
        return _terug(spiegel, "review")
    messages.success(request, _("Uw beoordeling is vastgelegd."))
    return _terug(spiegel)


@require_POST
def wederhoor_starten(request, spiegel_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    try:
        services.wederhoor_starten(schets=schets, door=request.user)
    except ValidationError as exc:
        _fouten(request, exc)
        return _terug(spiegel)
    messages.success(request, _("De schets staat voor de organisatie klaar voor wederhoor."))
    return _terug(spiegel)


@require_POST
def opmerking_afhandelen(request, spiegel_pk, opmerking_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    opmerking = get_object_or_404(
        Opmerking.objects.select_related("sectie").filter(sectie__schets=schets), pk=opmerking_pk
    )
    form = AfhandelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies of u de opmerking overneemt of beantwoordt."))
        return _terug(spiegel, f"opmerking-{opmerking.pk}")
    try:
        services.opmerking_afhandelen(
            opmerking=opmerking,
            door=request.user,
            status=form.cleaned_data["status"],
            antwoord=form.cleaned_data["antwoord"],
        )
    except ValidationError as exc:
        _fouten(request, exc)
        return _terug(spiegel, f"opmerking-{opmerking.pk}")
    messages.success(request, _("De opmerking is afgehandeld."))
    return _terug(spiegel, f"sectie-{opmerking.sectie_id}")


@require_POST
def definitief(request, spiegel_pk):
    spiegel, schets = _schets(request, spiegel_pk)
    try:
        services.schets_definitief_maken(schets=schets, door=request.user)
    except ValidationError as exc:
        _fouten(request, exc)
        return _terug(spiegel, "wederhoor")
    messages.success(request, _("De schets is definitief."))
    return _terug(spiegel)
