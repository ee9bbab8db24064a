"""The slide choices of a schets: per section a short kernboodschap and the quotes for its
quote slides. The Spiegel's team only; every read of the page is audited."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from gesprekken.constants import Toestemming
from rapportage import dia_services, pdf_dias
from rapportage.markdown import references
from rapportage.models import Schets
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.selectors import spiegels_als_teamlid


class DiaForm(forms.Form):
    kernboodschap = forms.CharField(
        label=gettext_lazy("Kernboodschap voor de dia"),
        required=False,
        max_length=dia_services.MAX_KERNBOODSCHAP,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Eén of twee zinnen (Markdown mag). Leeg: de dia toont het begin van de sectie."
        ),
    )
    citaten = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Citaten op een eigen dia"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Niets gekozen: het eerste citaat dat de sectie aanhaalt."),
    )

    def __init__(self, *args, spiegel, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["citaten"].queryset = spiegel.citaten.filter(
            toestemming=Toestemming.GEGEVEN
        ).order_by("pk")
        self.fields["citaten"].label_from_instance = lambda c: f"“{c.tekst[:140]}”"


def _schets(request, spiegel_pk: int):
    spiegel = get_object_or_404(spiegels_als_teamlid(request.user), pk=spiegel_pk)
    return spiegel, get_object_or_404(Schets, spiegel=spiegel)


def _items(spiegel, schets, gebonden=None):
    items = []
    for sectie in schets.secties.order_by("volgorde", "pk").prefetch_related("dia_citaten"):
        form = DiaForm(
            prefix=f"d{sectie.pk}",
            spiegel=spiegel,
            initial={
                "kernboodschap": sectie.kernboodschap,
                "citaten": list(sectie.dia_citaten.all()),
            },
        )
        if gebonden and gebonden[0] == sectie.pk:
            form = gebonden[1]
        aangehaald = references(sectie.tekst)["citaat"]
        items.append(
            {
                "sectie": sectie,
                "form": form,
                "aangehaald": aangehaald,
                "begin": pdf_dias.platte_tekst(
                    pdf_dias.dia_inhoud(
                        sectie.tekst, "", spiegel=spiegel, citaten={}, waarnemingen={}
                    )["html"]
                )[:300],
            }
        )
    return items


def _page(request, spiegel, schets, gebonden=None, status=200):
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving="dia-keuzes")
    return render(
        request,
        "rapportage/schets/dias.html",
        {"spiegel": spiegel, "schets": schets, "items": _items(spiegel, schets, gebonden)},
        status=status,
    )


@require_GET
def dias(request, spiegel_pk: int):
    spiegel, schets = _schets(request, spiegel_pk)
    return _page(request, spiegel, schets)


@require_POST
def dia_opslaan(request, spiegel_pk: int, sectie_pk: int):
    spiegel, schets = _schets(request, spiegel_pk)
    sectie = get_object_or_404(schets.secties, pk=sectie_pk)
    form = DiaForm(request.POST, prefix=f"d{sectie.pk}", spiegel=spiegel)
    if not form.is_valid():
        return _page(request, spiegel, schets, gebonden=(sectie.pk, form), status=400)
    try:
        dia_services.dia_instellen(
            sectie=sectie,
            door=request.user,
            kernboodschap=form.cleaned_data["kernboodschap"],
            citaten=form.cleaned_data["citaten"],
        )
    except ValidationError as exc:
        form.add_error(None, exc)
        return _page(request, spiegel, schets, gebonden=(sectie.pk, form), status=400)
    messages.success(request, _("Dia-keuzes van ‘%(titel)s’ opgeslagen.") % {"titel": sectie.titel})
    return redirect(reverse("rapportage:dias", args=[spiegel.pk]) + f"#dia-{sectie.pk}")
