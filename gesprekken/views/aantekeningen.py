"""The notes of a session: the editor, its autosave (with conflicts) and earlier versions."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from gesprekken import selectors, services
from gesprekken.forms import AantekeningForm
from gesprekken.models import AantekeningVersie
from gesprekken.rendering import notities_html
from gesprekken.views.scope import team_gesprek
from gesprekken.views.vastlegging import vastleg_context
from spiegel import tekstverschil
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie


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
        "geweigerd": _(
            "Niet opgeslagen: {fout} Uw tekst staat nog in het veld en is bewaard in deze "
            "browser; pas hem aan en het opslaan begint opnieuw."
        ),
        "conflict": _("Niet opgeslagen: iemand anders heeft de aantekeningen intussen gewijzigd."),
        "overgenomen": _("De opgeslagen versie staat nu in de editor."),
        "hersteld": _("Tekst uit deze browser teruggezet; wordt opgeslagen…"),
    }


@require_GET
def aantekeningen(request, gesprek_pk):
    gesprek = team_gesprek(request, gesprek_pk)
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
        **vastleg_context(gesprek),
    }
    return render(request, "gesprekken/aantekeningen.html", context)


def _keuzes(post) -> dict[int, str]:
    """The side taken per differing paragraph block ("a" own, "b" saved); anything else
    keeps the own text."""
    keuzes = {}
    for sleutel, waarde in post.items():
        nummer = sleutel.removeprefix("alinea-")
        if nummer != sleutel and nummer.isdigit() and len(nummer) < 6 and waarde in ("a", "b"):
            keuzes[int(nummer)] = waarde
    return keuzes


@require_POST
def aantekeningen_opslaan(request, gesprek_pk):
    """Autosave (JSON for the page's script) and the plain form post (without JavaScript).
    A save on an older version is refused with 409 and both versions."""
    gesprek = team_gesprek(request, gesprek_pk)
    wil_json = "application/json" in request.headers.get("Accept", "")
    form = AantekeningForm(request.POST)
    if not form.is_valid():
        if wil_json:
            return JsonResponse(
                {"fout": _("De aantekeningen konden niet worden gelezen.")},
                status=400,
            )
        messages.error(request, _("De aantekeningen konden niet worden gelezen."))
        return redirect("gesprekken:aantekeningen", gesprek.pk)
    try:
        if request.POST.get("samenvoegen") and not wil_json:
            services.aantekening_samenvoegen(
                gesprek=gesprek,
                poging=form.cleaned_data["tekst"],
                basis_versie=form.cleaned_data["versie"],
                keuzes=_keuzes(request.POST),
                door=request.user,
            )
            messages.success(
                request,
                _(
                    "De samengevoegde tekst is opgeslagen. Beide oorspronkelijke versies staan "
                    "bij de eerdere versies."
                ),
            )
            return redirect("gesprekken:aantekeningen", gesprek.pk)
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
            "blokken": tekstverschil.alinea_verschillen(conflict.poging, conflict.actueel.tekst),
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
