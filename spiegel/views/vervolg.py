"""The coordinator links a request's Spiegel to an earlier Spiegel of the organisation."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from spiegel import vervolg
from spiegel.permissions import can_triage
from spiegel.selectors import aanvragen_voor_staf


class VorigeForm(forms.Form):
    vorige = forms.TypedChoiceField(
        label=gettext_lazy("Vorige Spiegel"), coerce=int, empty_value=None, required=False
    )

    def __init__(self, *args, kandidaten=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vorige"].choices = [("", "")] + [(s.pk, s.pk) for s in kandidaten]
        self.fields["vorige"].error_messages["invalid_choice"] = _(
            "Kies een eerdere Spiegel van dezelfde organisatie."
        )


@require_POST
def vorige_koppelen(request, pk):
    aanvraag = get_object_or_404(aanvragen_voor_staf(request.user), pk=pk)
    if not can_triage(request.user):
        raise PermissionDenied
    spiegel = getattr(aanvraag, "spiegel", None)
    if spiegel is None:
        messages.error(request, _("Deze aanvraag heeft nog geen Spiegel."))
        return redirect("spiegel:aanvraag", pk=aanvraag.pk)
    form = VorigeForm(request.POST, kandidaten=vervolg.kandidaten(spiegel))
    if not form.is_valid():
        for fout in form.errors.get("vorige", []):
            messages.error(request, fout)
        return redirect("spiegel:aanvraag", pk=aanvraag.pk)
    try:
        vervolg.vorige_koppelen(
            spiegel=spiegel, vorige_pk=form.cleaned_data["vorige"], door=request.user
        )
    except ValidationError as e:
        for fout in e.messages:
            messages.error(request, fout)
        return redirect("spiegel:aanvraag", pk=aanvraag.pk)
    messages.success(request, _("De koppeling met de vorige Spiegel is opgeslagen."))
    return redirect("spiegel:aanvraag", pk=aanvraag.pk)
