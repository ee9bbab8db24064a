"""Forms of the coordinator's actions on a request, and the inbox filter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from spiegel.constants import OrganisatieSoort, Rol
from spiegel.forms.aanvraag import LIJST_SCHEIDING, AanvraagForm, VragenField, naam_sleutel
from spiegel.models import Organisatie, User


class IntakeForm(forms.Form):
    op = forms.DateTimeField(
        label=_("Datum en tijd van het intakegesprek"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d-%m-%Y %H:%M"],
        error_messages={
            "required": _("Kies een datum en tijd."),
            "invalid": _("Vul een geldige datum en tijd in."),
        },
    )


class VerslagForm(forms.Form):
    intakeverslag = forms.CharField(
        label=_("Verslag van het intakegesprek"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        required=False,
    )


class OrganisatieKoppelenForm(forms.Form):
    organisatie_naam = forms.CharField(
        label=_("Organisatie"),
        max_length=200,
        error_messages={"required": _("Kies een organisatie uit de lijst.")},
        help_text=_("Kies een organisatie uit de lijst."),
    )

    def clean_organisatie_naam(self):
        naam = " ".join(self.cleaned_data["organisatie_naam"].split())
        org = Organisatie.objects.filter(actief=True, naam__iexact=naam).first()
        if org is None:
            raise forms.ValidationError(
                _(
                    "Deze organisatie staat niet in de lijst. Kies een van de voorstellen of "
                    "voeg haar toe onder ‘Nieuwe organisatie toevoegen’."
                )
            )
        self.cleaned_data["organisatie"] = org
        return naam


class OrganisatieToevoegenForm(forms.Form):
    """A werkbedrijf, regio or gemeente that is not in the list yet, added by the
    coordinator from the request page. `cleaned_data["gemeenten"]` holds Organisatie
    objects (the municipalities it serves)."""

    naam = forms.CharField(
        label=_("Naam van de organisatie"),
        max_length=200,
        error_messages={"required": _("Vul de naam van de organisatie in.")},
    )
    soort = forms.ChoiceField(
        label=_("Soort organisatie"),
        choices=OrganisatieSoort.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies of het een gemeente, een werkbedrijf of een regio is."),
            "invalid_choice": _("Kies een van de soorten in de lijst."),
        },
    )
    gemeenten = forms.CharField(
        label=_("Gemeenten waarvoor zij werkt"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Alleen voor een werkbedrijf of regio: één gemeente per regel."),
    )

    def clean_naam(self):
        naam = " ".join(self.cleaned_data["naam"].split())
        if Organisatie.objects.filter(actief=True, naam__iexact=naam).exists():
            raise forms.ValidationError(
                _(
                    "Deze organisatie staat al in de lijst; koppel haar onder ‘Organisatie koppelen’."
                )
            )
        return naam

    def clean(self):
        data = super().clean()
        soort = data.get("soort")
        namen = [
            " ".join(n.split())
            for n in LIJST_SCHEIDING.split(data.get("gemeenten") or "")
            if n.strip()
        ]
        data["gemeenten"] = []
        if not soort or soort == OrganisatieSoort.GEMEENTE or "gemeenten" in self.errors:
            return data
        if not namen:
            self.add_error("gemeenten", _("Noem de gemeenten waarvoor deze organisatie werkt."))
            return data
        gevonden = AanvraagForm._gemeenten(namen)
        onbekend = [n for n in namen if naam_sleutel(n) not in gevonden]
        if onbekend:
            self.add_error(
                "gemeenten",
                _("Deze gemeenten kennen we niet: %(namen)s. Controleer de spelling.")
                % {"namen": ", ".join(onbekend[:5])},
            )
        else:
            data["gemeenten"] = list({g.pk: g for g in gevonden.values()}.values())
        return data


class AccepterenForm(forms.Form):
    team = forms.ModelMultipleChoiceField(
        label=_("Team"),
        queryset=User.objects.filter(rol__in=[Rol.TEAMLID, Rol.COORDINATOR], is_active=True),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies minstens één teamlid.")},
        help_text=_("Meestal twee mensen."),
    )
    kernvragen = VragenField(
        label=_("Kernvragen"),
        help_text=_(
            "De vragen uit de aanvraag; pas ze aan zoals afgesproken in het intakegesprek."
        ),
        error_messages={"required": _("Geef minstens één kernvraag op.")},
    )


class KernvragenForm(forms.Form):
    kernvragen = VragenField(
        label=_("Kernvragen"), error_messages={"required": _("Geef minstens één kernvraag op.")}
    )


class AfwijzenForm(forms.Form):
    reden = forms.CharField(
        label=_("Reden van afwijzing"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        help_text=_("Deze tekst ontvangt de contactpersoon per e-mail."),
        error_messages={
            "required": _(
                "Schrijf op waarom de aanvraag niet doorgaat; de contactpersoon ontvangt deze reden."
            )
        },
    )


class IntrekkenForm(forms.Form):
    reden = forms.CharField(
        label=_("Toelichting (optioneel)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False)
    organisatie = forms.CharField(label=_("Organisatie"), required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from spiegel.constants import Status

        self.fields["status"].choices = [
            ("", _("Nieuw en open")),
            ("alle", _("Alle")),
            *Status.choices,
        ]
