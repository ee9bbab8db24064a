"""The contact's document upload in the portal."""

from django import forms
from django.utils.translation import gettext_lazy as _

from spiegel.uploads import controleer_upload


class DocumentForm(forms.Form):
    titel = forms.CharField(label=_("Titel (optioneel)"), max_length=200, required=False)
    bestand = forms.FileField(
        label=_("Bestand"),
        help_text=_("PDF, Word (.docx), Excel (.xlsx), OpenDocument-tekst (.odt) of CSV."),
        error_messages={
            "required": _("Kies een bestand om te uploaden."),
            "empty": _("Het gekozen bestand is leeg."),
        },
    )

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        self.cleaned_data["mime_type"] = controleer_upload(bestand)
        return bestand
