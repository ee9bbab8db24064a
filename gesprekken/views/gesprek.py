"""Creating, editing and deleting sessions with their participants."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gesprekken import services
from gesprekken.forms import DeelnemerFormSet, GesprekForm
from gesprekken.views.scope import team_gesprek, team_spiegel


def _deelnemer_rijen(formset) -> list[dict]:
    return [f.cleaned_data for f in formset.forms if f.cleaned_data]


@require_http_methods(["GET", "POST"])
def gesprek_nieuw(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
    return _gesprek_formulier(request, obj, None)


@require_http_methods(["GET", "POST"])
def gesprek_bewerken(request, gesprek_pk):
    gesprek = team_gesprek(request, gesprek_pk)
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
    gesprek = team_gesprek(request, gesprek_pk)
    spiegel_pk = gesprek.spiegel_id
    services.gesprek_verwijderen(gesprek=gesprek)
    messages.success(request, _("Het gesprek is verwijderd."))
    return redirect("gesprekken:planning", spiegel_pk)
