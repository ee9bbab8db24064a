"""The public request form and its fields (a list of questions, organisations by name).

Every rejection is attached to the field it is about (never a form-wide error), so the
page can name the field in plain Dutch next to the message.
"""

import re

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from spiegel.constants import OrganisatieSoort, Presentatievorm
from spiegel.forms.weergave import snelle_weergave
from spiegel.models import Bouwsteen, Organisatie

MAX_VRAGEN = 10
VRAAG_MAX = 1000
LIJST_SCHEIDING = re.compile(r"[\n;,]+")
TELEFOON = re.compile(r"^\+?[0-9 ()\-.]+$")


class LijstWidget(forms.Widget):
    """Several inputs of the same name (one per question)."""

    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])


class VragenField(forms.Field):
    widget = LijstWidget
    default_error_messages = {
        "required": _("Vul minstens één vraag in die u door de Spiegel beantwoord wilt zien."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return []
        if isinstance(value, str):
            value = [value]
        return [str(v).strip() for v in value if str(v).strip()]

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(value) > MAX_VRAGEN:
            raise forms.ValidationError(
                _(
                    "U kunt hoogstens %(max)d vragen opgeven; voeg vragen samen of kies de belangrijkste."
                )
                % {"max": MAX_VRAGEN}
            )
        for i, vraag in enumerate(value, start=1):
            if len(vraag) > VRAAG_MAX:
                raise forms.ValidationError(
                    _("Vraag %(nr)d is te lang: %(lengte)d tekens, het maximum is %(max)d.")
                    % {"nr": i, "lengte": len(vraag), "max": VRAAG_MAX}
                )
            if "\x00" in vraag:
                raise forms.ValidationError(
                    _("Vraag %(nr)d bevat een teken dat niet is toegestaan.") % {"nr": i}
                )


def _tekst(label, max_length, required=True, textarea=False, **kw):
    widget = forms.Textarea(attrs={"rows": 5}) if textarea else forms.TextInput()
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        widget=widget,
        error_messages={
            "required": _("Vul dit veld in."),
            "max_length": _("Dit is te lang: maximaal %(limit_value)d tekens (nu %(show_value)d)."),
            "null_characters_not_allowed": _("Dit veld bevat een teken dat niet is toegestaan."),
        },
        **kw,
    )


def naam_sleutel(naam: str) -> str:
    return " ".join(naam.lower().split()).removeprefix("gemeente ").strip()


class AanvraagForm(forms.Form):
    """The public request form. `cleaned_data` carries `organisatie` (or None: an unknown
    name, flagged for the coordinator) and `gemeenten` (Organisatie objects)."""

    # Inputs written in Python: the widget templates were half of the page's time.
    default_renderer = snelle_weergave

    organisatie_soort = forms.ChoiceField(
        label=_("Soort organisatie"),
        choices=OrganisatieSoort.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _(
                "Kies of u een gemeente, een werkbedrijf of een regionale organisatie bent."
            ),
            "invalid_choice": _("Kies een van de soorten in de lijst."),
        },
    )
    organisatie_naam = _tekst(
        _("Naam van de organisatie"),
        200,
        help_text=_(
            "Begin te typen en kies uit de lijst. Staat uw organisatie er niet in? Vul dan de naam in; wij nemen contact met u op."
        ),
    )
    gemeenten = _tekst(
        _("Gemeenten waarvoor uw organisatie werkt"),
        4000,
        required=False,
        textarea=True,
        help_text=_(
            "Alleen voor een werkbedrijf of regionale organisatie: één gemeente per regel."
        ),
    )
    contact_naam = _tekst(_("Uw naam"), 200)
    contact_functie = _tekst(_("Uw functie"), 200)
    contact_email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."),
            "max_length": _("Dit e-mailadres is te lang: maximaal %(limit_value)d tekens."),
            "null_characters_not_allowed": _("Dit veld bevat een teken dat niet is toegestaan."),
        },
        help_text=_("Hierop ontvangt u de bevestiging en een uitnodiging voor het portaal."),
    )
    contact_telefoon = _tekst(_("Uw telefoonnummer"), 40)
    context = _tekst(
        _("Wat speelt er in uw organisatie?"),
        5000,
        textarea=True,
        help_text=_(
            "Beschrijf in uw eigen woorden de aanleiding: wat gaat goed, wat schuurt, wat is er veranderd?"
        ),
    )
    vragen = VragenField(
        label=_("Welke vragen wilt u laten onderzoeken?"),
        help_text=_(
            "Eén vraag per veld. Deze vragen worden na het intakegesprek de kernvragen van de Spiegel."
        ),
    )
    bouwstenen = forms.ModelMultipleChoiceField(
        label=_("Over welke bouwstenen bent u het meest benieuwd?"),
        queryset=Bouwsteen.objects.filter(actief=True),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={
            "invalid_choice": _("Kies bouwstenen uit de lijst."),
            "invalid_pk_value": _("Kies bouwstenen uit de lijst."),
        },
    )
    delen = _tekst(
        _("Wat wilt u met ons delen?"),
        5000,
        required=False,
        textarea=True,
        help_text=_(
            "Bijvoorbeeld casussen, cijfers, beleidsnota's of rapporten. U kunt hieronder ook bestanden meesturen."
        ),
    )
    gesprekspartners = _tekst(
        _("Met wie zouden we kunnen spreken of meelopen?"),
        2000,
        required=False,
        textarea=True,
        help_text=_(
            "Noem functies of rollen, geen namen. Bijvoorbeeld: klantmanagers, een teamleider, de wethouder."
        ),
    )
    presentatievormen = forms.MultipleChoiceField(
        label=_("Hoe wilt u de uitkomsten ontvangen?"),
        choices=Presentatievorm.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens één vorm waarin u de uitkomsten wilt ontvangen."),
            "invalid_choice": _("Kies een vorm uit de lijst."),
        },
        help_text=_("U kunt meer dan één vorm kiezen."),
    )
    periode = _tekst(
        _("Welke periode komt u het beste uit?"),
        200,
        required=False,
        help_text=_("Bijvoorbeeld: het najaar, of liever niet in de zomervakantie."),
    )
    privacy_akkoord = forms.BooleanField(
        label=_(
            "Ik heb de privacyverklaring gelezen en ga akkoord met de verwerking van deze gegevens."
        ),
        error_messages={"required": _("Geef aan dat u akkoord gaat met de privacyverklaring.")},
    )

    INLINE = (
        "organisatie_naam",
        "gemeenten",
        "contact_naam",
        "contact_functie",
        "contact_email",
        "contact_telefoon",
        "context",
        "delen",
        "gesprekspartners",
        "periode",
    )

    def __init__(self, *args, **kwargs):
        from django.urls import reverse

        super().__init__(*args, **kwargs)
        controleer = reverse("spiegel:aanvraag_controleer")
        for naam, field in self.fields.items():
            beschreven = f"fout-{naam}" + (f" hulp-{naam}" if field.help_text else "")
            field.widget.attrs["aria-describedby"] = beschreven
            if naam in self.INLINE:
                field.widget.attrs.update(
                    {
                        "hx-post": controleer,
                        "hx-trigger": "change",
                        "hx-target": f"#fout-{naam}",
                        "hx-swap": "innerHTML",
                    }
                )
        # A combobox (WAI-ARIA): the list comes from spiegel:organisatie_suggesties.
        self.fields["organisatie_naam"].widget.attrs.update(
            {
                "role": "combobox",
                "aria-autocomplete": "list",
                "aria-expanded": "false",
                "aria-controls": "organisatie-suggesties",
                "autocomplete": "off",
            }
        )
        self.fields["contact_naam"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_functie"].widget.attrs["autocomplete"] = "organization-title"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        # The input's type, not an attribute: `attrs["type"]` came after type="text".
        self.fields["contact_telefoon"].widget.input_type = "tel"
        self.fields["contact_telefoon"].widget.attrs["autocomplete"] = "tel"

    def markeer_fouten(self):
        for naam in self.errors:
            if naam in self.fields:
                self.fields[naam].widget.attrs["aria-invalid"] = "true"

    def clean_contact_telefoon(self):
        nummer = self.cleaned_data["contact_telefoon"].strip()
        cijfers = sum(c.isdigit() for c in nummer)
        if not TELEFOON.match(nummer) or not 8 <= cijfers <= 15:
            raise forms.ValidationError(
                _(
                    "Vul een telefoonnummer in met alleen cijfers, spaties of een +, zoals 030 123 45 67."
                )
            )
        return nummer

    def clean_organisatie_naam(self):
        naam = " ".join(self.cleaned_data["organisatie_naam"].split())
        if len(naam) < 2:
            raise forms.ValidationError(_("Vul de naam van uw organisatie in."))
        return naam

    def clean(self):
        data = super().clean()
        naam = data.get("organisatie_naam")
        data["organisatie"] = None
        if naam:
            kaal = naam.removeprefix("Gemeente ").removeprefix("gemeente ").strip()
            query = Q(naam__iexact=naam) | Q(naam__iexact=kaal) | Q(naam__iexact=f"Gemeente {kaal}")
            data["organisatie"] = (
                Organisatie.objects.filter(query, actief=True).order_by("pk").first()
            )
        soort = data.get("organisatie_soort")
        lijst = data.get("gemeenten") or ""
        namen = [" ".join(n.split()) for n in LIJST_SCHEIDING.split(lijst) if n.strip()]
        data["gemeenten"] = []
        if soort and soort != OrganisatieSoort.GEMEENTE and "gemeenten" not in self.errors:
            if not namen:
                self.add_error(
                    "gemeenten",
                    _("Noem de gemeenten waarvoor uw werkbedrijf of regionale organisatie werkt."),
                )
            else:
                gevonden = self._gemeenten(namen)
                onbekend = [n for n in namen if naam_sleutel(n) not in gevonden]
                if onbekend:
                    self.add_error(
                        "gemeenten",
                        _(
                            "Deze gemeenten kennen we niet: %(namen)s. Controleer de spelling, bijvoorbeeld ‘Gemeente Utrecht’ of ‘Utrecht’."
                        )
                        % {"namen": ", ".join(onbekend[:5])},
                    )
                else:
                    data["gemeenten"] = list({g.pk: g for g in gevonden.values()}.values())
        return data

    @staticmethod
    def _gemeenten(namen: list[str]) -> dict:
        """Match names with or without the word 'Gemeente'."""
        varianten = set()
        for n in namen[:100]:
            kaal = n[9:].strip() if n.lower().startswith("gemeente ") else n
            varianten |= {n, kaal, f"Gemeente {kaal}"}
        query = Q()
        for v in varianten:
            query |= Q(naam__iexact=v)
        gevonden = {}
        for org in Organisatie.objects.filter(query, soort=OrganisatieSoort.GEMEENTE, actief=True):
            gevonden[naam_sleutel(org.naam)] = org
        return gevonden
