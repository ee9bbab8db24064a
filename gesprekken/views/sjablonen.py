"""The capture templates of a Spiegel: taking over the standard ones and editing them."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from gesprekken import selectors, services
from gesprekken.forms import SjabloonForm
from gesprekken.models import Sjabloon
from gesprekken.views.scope import team_object, team_spiegel


@require_http_methods(["GET", "POST"])
def sjablonen(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
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
    sjabloon = team_object(request, Sjabloon, sjabloon_pk)
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
