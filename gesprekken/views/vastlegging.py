"""Capturing observations and quotes during a session, and correcting or deleting them."""

from django.contrib import messages
from django.forms.models import model_to_dict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gesprekken import selectors, services
from gesprekken.forms import CitaatForm, WaarnemingForm
from gesprekken.models import Citaat, Waarneming
from gesprekken.views.scope import team_gesprek, team_object


def vastleg_context(gesprek, waarneming_form=None, citaat_form=None, gelukt=""):
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


def _nieuw(request, gesprek, soort: str, form, vastleggen, gelukt: str):
    """Captures a `soort` ("waarneming" or "citaat") from `form` with the service `vastleggen`;
    the form's fields are the service's arguments."""
    if not form.is_valid():
        context = vastleg_context(gesprek, **{f"{soort}_form": form})
        return _vastleg_antwoord(request, gesprek, context, soort, False)
    vastleggen(spiegel=gesprek.spiegel, gesprek=gesprek, door=request.user, **form.cleaned_data)
    context = vastleg_context(gesprek, gelukt=gelukt)
    return _vastleg_antwoord(request, gesprek, context, soort, True)


@require_POST
def waarneming_nieuw(request, gesprek_pk):
    gesprek = team_gesprek(request, gesprek_pk)
    form = WaarnemingForm(
        request.POST,
        bouwstenen=selectors.bouwstenen(),
        kernvragen=selectors.kernvragen_van(gesprek.spiegel),
        prefix="w",
    )
    gelukt = _("De waarneming is vastgelegd.")
    return _nieuw(request, gesprek, "waarneming", form, services.waarneming_vastleggen, gelukt)


@require_POST
def citaat_nieuw(request, gesprek_pk):
    gesprek = team_gesprek(request, gesprek_pk)
    form = CitaatForm(request.POST, bouwstenen=selectors.bouwstenen(), prefix="c")
    gelukt = _("Het citaat is vastgelegd.")
    return _nieuw(request, gesprek, "citaat", form, services.citaat_vastleggen, gelukt)


# --- correcting observations and quotes -------------------------------------------------


def _wijzigen(request, obj, form_class, form_kwargs, wijzigen, gelukt: str, lijst: str, **pagina):
    """The correction form of an observation or quote: `wijzigen(obj, **cleaned_data)` on a
    valid post, then back to the `lijst`; the form starts from the object's values."""
    if request.method == "POST":
        form = form_class(request.POST, **form_kwargs)
        if form.is_valid():
            wijzigen(obj, **form.cleaned_data)
            messages.success(request, gelukt)
            return redirect(lijst, obj.spiegel_id)
    else:
        initial = model_to_dict(obj, fields=list(form_class.base_fields))
        form = form_class(initial=initial, **form_kwargs)
    return render(
        request,
        "gesprekken/vastlegging_form.html",
        {
            "spiegel": obj.spiegel,
            "obj": obj,
            "form": form,
            "titel": pagina["titel"],
            "verwijder_url": reverse(pagina["verwijder_url"], args=[obj.pk]),
        },
    )


def _verwijderen(request, obj, gelukt: str, lijst: str):
    services.vastlegging_verwijderen(obj=obj)
    messages.success(request, gelukt)
    return redirect(lijst, obj.spiegel_id)


@require_http_methods(["GET", "POST"])
def waarneming_bewerken(request, waarneming_pk):
    obj = team_object(request, Waarneming, waarneming_pk, "gesprek")
    return _wijzigen(
        request,
        obj,
        WaarnemingForm,
        {"bouwstenen": selectors.bouwstenen(), "kernvragen": selectors.kernvragen_van(obj.spiegel)},
        lambda w, **data: services.waarneming_wijzigen(waarneming=w, **data),
        _("De waarneming is gewijzigd."),
        "gesprekken:waarnemingen",
        titel=_("Waarneming wijzigen"),
        verwijder_url="gesprekken:waarneming_verwijderen",
    )


@require_http_methods(["GET", "POST"])
def citaat_bewerken(request, citaat_pk):
    obj = team_object(request, Citaat, citaat_pk, "gesprek")
    return _wijzigen(
        request,
        obj,
        CitaatForm,
        {"bouwstenen": selectors.bouwstenen()},
        lambda c, **data: services.citaat_wijzigen(citaat=c, **data),
        _("Het citaat is gewijzigd."),
        "gesprekken:citaten",
        titel=_("Citaat wijzigen"),
        verwijder_url="gesprekken:citaat_verwijderen",
    )


@require_POST
def waarneming_verwijderen(request, waarneming_pk):
    obj = team_object(request, Waarneming, waarneming_pk, "gesprek")
    return _verwijderen(request, obj, _("De waarneming is verwijderd."), "gesprekken:waarnemingen")


@require_POST
def citaat_verwijderen(request, citaat_pk):
    obj = team_object(request, Citaat, citaat_pk, "gesprek")
    return _verwijderen(request, obj, _("Het citaat is verwijderd."), "gesprekken:citaten")
