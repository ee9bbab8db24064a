"""Forms of the schets pages. They validate; the views pass cleaned data to the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from rapportage.constants import OpmerkingStatus
from spiegel.models import Kernvraag


class SectieForm(forms.Form):
    titel = forms.CharField(label=_("Titel van de sectie"), max_length=200)
    tekst = forms.CharField(
        label=_("Tekst (Markdown)"),
        required=False,
        max_length=60000,
        widget=forms.Textarea(attrs={"rows": 18, "class": "schets-tekst"}),
        help_text=_(
            "Opmaak met Markdown: **vet**, *cursief*, - opsomming, ## tussenkop. Voeg waarnemingen "
            "en citaten in met de zoeker; ze verschijnen als [[citaat:12]] of [[waarneming:7]]."
        ),
    )
    kernvragen = forms.ModelMultipleChoiceField(
        label=_("Deze sectie beantwoordt de kernvragen"),
        queryset=Kernvraag.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    basis = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, spiegel, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kernvragen"].queryset = spiegel.kernvragen.order_by("volgorde", "pk")

    def clean_tekst(self):
        # Browsers send CRLF; store LF so versions compare by content only.
        return self.cleaned_data["tekst"].replace("\r\n", "\n").replace("\r", "\n")


class NieuweSectieForm(forms.Form):
    titel = forms.CharField(label=_("Titel van de nieuwe sectie"), max_length=200)


class BeoordelingForm(forms.Form):
    besluit = forms.ChoiceField(
        label=_("Besluit"),
        choices=[("goedkeuren", _("Goedkeuren")), ("terugsturen", _("Terugsturen"))],
    )
    opmerking = forms.CharField(
        label=_("Opmerkingen voor de schrijver"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class OpmerkingForm(forms.Form):
    tekst = forms.CharField(
        label=_("Uw opmerking bij dit onderdeel"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Schrijf uw opmerking in het tekstvak.")},
    )


class AfhandelForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Afhandeling"),
        choices=[
            (OpmerkingStatus.OVERGENOMEN, _("Overgenomen")),
            (OpmerkingStatus.BEANTWOORD, _("Niet overgenomen, met reden")),
        ],
        widget=forms.RadioSelect,
    )
    antwoord = forms.CharField(
        label=_("Antwoord aan de organisatie"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
