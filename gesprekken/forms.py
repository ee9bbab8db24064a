"""Forms of the fieldwork app: they validate; views hand cleaned_data to services."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from gesprekken.constants import GesprekSoort, Toestemming, WaarnemingSoort, Weergave
from gesprekken.models import Gesprek
from spiegel.uploads import controleer_upload

DATUMTIJD = "%Y-%m-%dT%H:%M"


class DatumTijdInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format=DATUMTIJD, **kwargs)


class GesprekForm(forms.ModelForm):
    teamleden = forms.ModelMultipleChoiceField(
        label=_("Aanwezige teamleden"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Gesprek
        fields = ["soort", "titel", "begin", "einde", "plaats"]
        widgets = {"begin": DatumTijdInput(), "einde": DatumTijdInput()}
        help_texts = {
            "titel": _("Bijvoorbeeld: Interview teamleider Werk. Zonder namen van deelnemers."),
        }

    def __init__(self, *args, spiegel, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["teamleden"].queryset = spiegel.team.all().order_by("naam")
        self.fields["soort"].choices = [("", _("Kies de soort gesprek")), *GesprekSoort.choices]
        # Rendered field by field (spiegel/partials/_veld.html), like the request form:
        # the error and help text are named by the field.
        for naam, field in self.fields.items():
            beschreven = f"fout-{naam}" + (f" hulp-{naam}" if field.help_text else "")
            field.widget.attrs["aria-describedby"] = beschreven
        self.fields["begin"].input_formats = [DATUMTIJD, "%Y-%m-%d %H:%M"]
        self.fields["einde"].input_formats = [DATUMTIJD, "%Y-%m-%d %H:%M"]
        if self.instance.pk:
            self.fields["teamleden"].initial = list(self.instance.teamleden.all())

    def clean(self):
        data = super().clean()
        begin, einde = data.get("begin"), data.get("einde")
        if begin and einde and einde <= begin:
            self.add_error("einde", _("Het einde moet na het begin liggen."))
        return data


class DeelnemerForm(forms.Form):
    pk = forms.IntegerField(required=False, widget=forms.HiddenInput)
    rol = forms.CharField(label=_("Functie of rol"), max_length=200, required=False)
    naam = forms.CharField(
        label=_("Naam (optioneel, vertrouwelijk)"), max_length=200, required=False
    )
    toestemming_citeren = forms.BooleanField(label=_("Toestemming om te citeren"), required=False)
    verwijderen = forms.BooleanField(label=_("Verwijderen"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_suffix = ""

    def clean(self):
        data = super().clean()
        if data.get("naam") and not data.get("rol") and not data.get("verwijderen"):
            self.add_error("rol", _("Vul de functie of rol in; de naam alleen is niet genoeg."))
        return data


DeelnemerFormSet = forms.formset_factory(DeelnemerForm, extra=2, max_num=40)


class AantekeningForm(forms.Form):
    tekst = forms.CharField(
        label=_("Aantekeningen"), required=False, strip=False, widget=forms.Textarea
    )
    versie = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class _Vastleggen(forms.Form):
    bouwstenen = forms.ModelMultipleChoiceField(
        label=_("Bouwstenen"), queryset=None, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, bouwstenen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bouwstenen"].queryset = bouwstenen


class WaarnemingForm(_Vastleggen):
    tekst = forms.CharField(
        label=_("Waarneming"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Een korte uitspraak: wat zag of hoorde u?"),
    )
    soort = forms.ChoiceField(label=_("Soort"), choices=WaarnemingSoort.choices)
    kernvragen = forms.ModelMultipleChoiceField(
        label=_("Kernvragen (optioneel)"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    field_order = ["tekst", "soort", "bouwstenen", "kernvragen"]

    def __init__(self, *args, kernvragen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kernvragen"].queryset = kernvragen
        self.fields["bouwstenen"].error_messages["required"] = _("Kies ten minste één bouwsteen.")


class CitaatForm(_Vastleggen):
    tekst = forms.CharField(
        label=_("Citaat"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    rol = forms.CharField(
        label=_("Rol van de spreker"),
        max_length=200,
        help_text=_("Bijvoorbeeld: een teamleider. Geen naam."),
    )
    toestemming = forms.ChoiceField(
        label=_("Toestemming"), choices=Toestemming.choices, initial=Toestemming.GEVRAAGD
    )
    weergave = forms.ChoiceField(
        label=_("Weergave"), choices=Weergave.choices, initial=Weergave.ANONIEM
    )
    field_order = ["tekst", "rol", "toestemming", "weergave", "bouwstenen"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bouwstenen"].required = False


class PlainSelect(forms.Select):
    """A <select> built in Python. Django renders every <option> through two template
    includes; the list filters' forty options cost about 6 ms of each list request."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        opties = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (optie["value"], " selected" if optie["selected"] else "", optie["label"])
                for _groep, groep_opties, _index in widget["optgroups"]
                for optie in groep_opties
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', widget["name"], flatatt(widget["attrs"]), opties
        )


def _keuzeveld(label):
    return forms.TypedChoiceField(
        label=label, coerce=int, empty_value=None, required=False, widget=PlainSelect
    )


class FilterForm(forms.Form):
    """The list filters. The choices are (pk, label) pairs from `selectors.filterkeuzes`: no
    model instance per option, and checking a choice needs no query."""

    bouwsteen = _keuzeveld(_("Bouwsteen"))
    soort = forms.ChoiceField(
        label=_("Soort"),
        choices=[("", _("Alle soorten")), *WaarnemingSoort.choices],
        required=False,
        widget=PlainSelect,
    )
    gesprek = _keuzeveld(_("Gesprek"))
    kernvraag = _keuzeveld(_("Kernvraag"))

    def __init__(self, *args, bouwstenen, gesprekken, kernvragen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bouwsteen"].choices = [("", _("Alle bouwstenen")), *bouwstenen]
        self.fields["gesprek"].choices = [("", _("Alle gesprekken")), *gesprekken]
        self.fields["kernvraag"].choices = [("", _("Alle kernvragen")), *kernvragen]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {k: v for k, v in self.cleaned_data.items() if v}


class SjabloonForm(forms.Form):
    titel = forms.CharField(label=_("Titel"), max_length=200)
    inhoud = forms.CharField(
        label=_("Inhoud (Markdown)"), strip=False, widget=forms.Textarea(attrs={"rows": 24})
    )


class DocumentForm(forms.Form):
    titel = forms.CharField(label=_("Titel"), max_length=200)
    bestand = forms.FileField(
        label=_("Bestand"),
        help_text=_("PDF, Word (DOCX), Excel (XLSX), ODT of CSV."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.xlsx,.odt,.csv"}),
    )

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        self.mime_type = controleer_upload(bestand)
        return bestand


def gesprek_soort_label(soort: str) -> str:
    return GesprekSoort(soort).label
