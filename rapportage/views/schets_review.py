"""The schets's review steps: submitting for review, the colleague's review, wederhoor,
handling the organisation's remarks and making the schets final."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapportage import services
from rapportage.forms import AfhandelForm, BeoordelingForm
from rapportage.models import Opmerking
from rapportage.views.schets_basis import fouten, team_schets, terug, uitvoeren


@require_POST
def indienen(request, spiegel_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    return uitvoeren(
        request,
        spiegel,
        lambda: services.schets_indienen(schets=schets, door=request.user),
        _("De schets ligt ter review bij uw collega."),
        "controles",
        fout_kop=_("De schets kan nog niet ter review:"),
    )


@require_POST
def beoordelen(request, spiegel_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    if schets.ingediend_door_id == request.user.pk:
        # Never the author: refused whatever the state.
        raise PermissionDenied(_("U beoordeelt niet uw eigen schets."))
    form = BeoordelingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies goedkeuren of terugsturen."))
        return terug(spiegel, "review")
    return uitvoeren(
        request,
        spiegel,
        lambda: services.schets_beoordelen(
            schets=schets,
            door=request.user,
            goedkeuren=form.cleaned_data["besluit"] == "goedkeuren",
            opmerking=form.cleaned_data["opmerking"],
        ),
        _("Uw beoordeling is vastgelegd."),
        "review",
    )


@require_POST
def wederhoor_starten(request, spiegel_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    return uitvoeren(
        request,
        spiegel,
        lambda: services.wederhoor_starten(schets=schets, door=request.user),
        _("De schets staat voor de organisatie klaar voor wederhoor."),
    )


@require_POST
def opmerking_afhandelen(request, spiegel_pk, opmerking_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    opmerking = get_object_or_404(
        Opmerking.objects.select_related("sectie").filter(sectie__schets=schets), pk=opmerking_pk
    )
    form = AfhandelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies of u de opmerking overneemt of beantwoordt."))
        return terug(spiegel, f"opmerking-{opmerking.pk}")
    try:
        services.opmerking_afhandelen(
            opmerking=opmerking,
            door=request.user,
            status=form.cleaned_data["status"],
            antwoord=form.cleaned_data["antwoord"],
        )
    except ValidationError as exc:
        fouten(request, exc)
        return terug(spiegel, f"opmerking-{opmerking.pk}")
    messages.success(request, _("De opmerking is afgehandeld."))
    return terug(spiegel, f"sectie-{opmerking.sectie_id}")


@require_POST
def definitief(request, spiegel_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    return uitvoeren(
        request,
        spiegel,
        lambda: services.schets_definitief_maken(schets=schets, door=request.user),
        _("De schets is definitief."),
        "wederhoor",
    )
