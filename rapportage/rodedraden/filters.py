"""The filters of the rode draden: year, kind of organisation, size class and province.

Every Spiegel has exactly one value per dimension (a size class may be unknown), so the
values of one dimension partition the Spiegels; the suppression in `suppressie.py` relies
on that."""

from django import forms
from django.utils.translation import gettext_lazy as _

from spiegel.constants import OrganisatieSoort

DIMENSIES = ("jaar", "soort", "grootteklasse", "provincie")

# (key, label, lowest number of inhabitants): the classes CBS publications use, coarsened.
GROOTTEKLASSEN = [
    ("klein", _("tot 20.000 inwoners"), 0),
    ("middel", _("20.000 tot 50.000 inwoners"), 20_000),
    ("groot", _("50.000 tot 100.000 inwoners"), 50_000),
    ("zeer-groot", _("100.000 inwoners of meer"), 100_000),
]
ONBEKEND = "onbekend"

PROVINCIES = [
    "Drenthe",
    "Flevoland",
    "Fryslân",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
]


def grootteklasse(inwoners: int | None) -> str:
    if inwoners is None:
        return ONBEKEND
    klasse = GROOTTEKLASSEN[0][0]
    for sleutel, _label, vanaf in GROOTTEKLASSEN:
        if inwoners >= vanaf:
            klasse = sleutel
    return klasse


class FilterForm(forms.Form):
    """GET filters; an unknown value is a Dutch error and the page shows the unfiltered
    view (never a 500)."""

    jaar = forms.TypedChoiceField(label=_("Jaar"), required=False, coerce=int, empty_value=None)
    soort = forms.ChoiceField(
        label=_("Soort organisatie"),
        required=False,
        choices=[("", _("Alle soorten"))] + list(OrganisatieSoort.choices),
    )
    grootteklasse = forms.ChoiceField(
        label=_("Grootteklasse"),
        required=False,
        choices=[("", _("Alle grootteklassen"))] + [(k, v) for k, v, _n in GROOTTEKLASSEN],
    )
    provincie = forms.ChoiceField(
        label=_("Provincie"),
        required=False,
        choices=[("", _("Alle provincies"))] + [(p, p) for p in PROVINCIES],
    )

    def __init__(self, *args, jaren=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jaar"].choices = [("", _("Alle jaren"))] + [(j, str(j)) for j in jaren]

    def gekozen(self) -> dict:
        """The chosen filters ({dimension: value}), empty ones left out."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {d: self.cleaned_data[d] for d in DIMENSIES if self.cleaned_data.get(d)}


def als_querystring(filters: dict) -> str:
    from urllib.parse import urlencode

    return urlencode({d: filters[d] for d in DIMENSIES if filters.get(d)})
