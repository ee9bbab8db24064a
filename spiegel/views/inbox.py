"""The coordinator's inbox and request page, with the triage actions.

Every action is a POST to its own URL, goes through a service (status changes through
`status_wijzigen`) and lands in the request's timeline. A refused move shows the service's
Dutch message on the request page; nothing typed is lost."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spiegel import services, vervolg
from spiegel.audit import vastleggen
from spiegel.constants import OPEN_STATUSSEN, AuditActie, Presentatievorm, Status
from spiegel.forms import (
    AccepterenForm,
    AfwijzenForm,
    InboxFilterForm,
    IntakeForm,
    IntrekkenForm,
    KernvragenForm,
    OrganisatieKoppelenForm,
    OrganisatieToevoegenForm,
    VerslagForm,
)
from spiegel.permissions import can_edit_kernvragen, can_triage, is_teamlid_van
from spiegel.selectors import (
    aanvragen_voor_staf,
    documenten_tellen,
    documenten_van,
    organisatie_voorstellen,
    organisaties_kiesbaar,
    teamleden_kiesbaar,
    tijdlijn_voor,
)
from spiegel.selectors import (
    inbox as inbox_selector,
)


def inbox(request):
    if not can_triage(request.user):
        raise PermissionDenied
    filters = InboxFilterForm(request.GET or None)
    status = organisatie = ""
    if filters.is_valid():
        status = filters.cleaned_data["status"]
        organisatie = filters.cleaned_data["organisatie"]
    qs = inbox_selector(request.user, status=status, organisatie=organisatie)
    pagina = Paginator(qs, 25).get_page(request.GET.get("pagina"))
    pagina.object_list = _regels(documenten_tellen(list(pagina.object_list)))
    return render(
        request,
        "spiegel/inbox.html",
        {"filters": filters, "pagina": pagina, "aanvragen": pagina.object_list},
    )


def _regels(aanvragen: list) -> list:
    """Each row's status label and submission date as text, looked up once per distinct
    value rather than through `get_status_display` and the `date` filter per row."""
    labels = {waarde: str(label) for waarde, label in Status.choices}
    datums: dict = {}
    for a in aanvragen:
        a.status_label = labels.get(a.status, a.status)
        if a.ingediend_op is not None:
            dag = timezone.localdate(a.ingediend_op)
            if dag not in datums:
                datums[dag] = date_format(dag, "DATE_FORMAT")
            a.ingediend_tekst = datums[dag]
        else:
            a.ingediend_tekst = ""
    return aanvragen


def _aanvraag(request, pk):
    return get_object_or_404(aanvragen_voor_staf(request.user), pk=pk)


def _pagina(request, aanvraag, *, status=200, **forms):
    """The request page with every action form; a form given in `forms` (bound, with its
    errors) replaces the empty one."""
    mag_triageren = can_triage(request.user)
    spiegel = getattr(aanvraag, "spiegel", None)
    werkruimte = ""
    if spiegel is not None and is_teamlid_van(request.user, spiegel):
        try:  # the fieldwork app's workspace; absent until that app is merged
            werkruimte = reverse("gesprekken:spiegel", args=[spiegel.pk])
        except NoReverseMatch:
            werkruimte = ""
    context = {
        "aanvraag": aanvraag,
        "spiegel": spiegel,
        "werkruimte": werkruimte,
        "kernvragen": list(spiegel.kernvragen.all()) if spiegel else [],
        "team": list(spiegel.team.all()) if spiegel else [],
        "bouwstenen": list(aanvraag.bouwstenen.all()),
        "presentatievormen": [
            str(Presentatievorm(p).label)
            for p in aanvraag.presentatievormen
            if p in Presentatievorm.values
        ],
        "gemeenten": list(aanvraag.gemeenten.all()),
        "documenten": list(documenten_van(request.user, aanvraag)),
        "tijdlijn": list(tijdlijn_voor(request.user, aanvraag)),
        "mag_triageren": mag_triageren,
        "mag_kernvragen": spiegel is not None and can_edit_kernvragen(request.user, spiegel),
        "is_open": aanvraag.status in OPEN_STATUSSEN,
        "kan_intrekken": aanvraag.status
        not in (Status.AFGEROND, Status.AFGEWEZEN, Status.INGETROKKEN, Status.WEDERHOOR),
        "intake_form": forms.get("intake_form")
        or IntakeForm(initial={"op": aanvraag.intake_gepland_op}),
        "verslag_form": forms.get("verslag_form")
        or VerslagForm(initial={"intakeverslag": aanvraag.intakeverslag}),
        "accepteren_form": forms.get("accepteren_form")
        or AccepterenForm(initial={"kernvragen": aanvraag.vragen}),
        "afwijzen_form": forms.get("afwijzen_form") or AfwijzenForm(),
        "intrekken_form": forms.get("intrekken_form") or IntrekkenForm(),
        "organisatie_form": forms.get("organisatie_form") or OrganisatieKoppelenForm(),
        "toevoegen_form": forms.get("toevoegen_form") or _toevoegen_leeg(aanvraag),
        "voorstellen": organisatie_voorstellen(request.user, aanvraag.organisatie_onbekend)
        if aanvraag.organisatie_id is None
        else [],
        "kernvragen_form": forms.get("kernvragen_form"),
        "teamleden": teamleden_kiesbaar() if mag_triageren else [],
        "organisaties": organisaties_kiesbaar().only("naam").order_by("naam")
        if mag_triageren and aanvraag.organisatie_id is None
        else [],
        "fout": forms.get("fout"),
        **vervolg.context(spiegel),
        "kan_uitnodigen": mag_triageren
        and aanvraag.contactpersoon_id is not None
        and not aanvraag.contactpersoon.has_usable_password(),
    }
    af = context["accepteren_form"]
    context["accepteren_kernvragen"] = (
        af["kernvragen"].value() if af.is_bound else aanvraag.vragen
    ) or [""]
    kf = context["kernvragen_form"]
    context["kernvragen_waarden"] = (
        kf["kernvragen"].value() if kf is not None else [k.tekst for k in context["kernvragen"]]
    ) + [""]
    return render(request, "spiegel/aanvraag_staf.html", context, status=status)


def _toevoegen_leeg(aanvraag) -> OrganisatieToevoegenForm:
    """The add-organisation form, filled in with what the requester typed."""
    if aanvraag.organisatie_id is not None:
        return OrganisatieToevoegenForm()
    return OrganisatieToevoegenForm(
        initial={
            "naam": aanvraag.organisatie_onbekend,
            "soort": aanvraag.organisatie_soort,
            "gemeenten": "\n".join(g.naam for g in aanvraag.gemeenten.all()),
        }
    )


def aanvraag(request, pk):
    obj = _aanvraag(request, pk)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj)
    return _pagina(request, obj)


def _actie(request, pk):
    obj = _aanvraag(request, pk)
    if not can_triage(request.user):
        raise PermissionDenied
    return obj


def _uitvoeren(request, obj, form_naam, form, doe, gelukt: str):
    if not form.is_valid():
        return _pagina(request, obj, status=200, **{form_naam: form})
    try:
        doe(form.cleaned_data)
    except ValidationError as exc:
        return _pagina(request, obj, status=200, fout=" ".join(exc.messages), **{form_naam: form})
    messages.success(request, gelukt)
    return redirect("spiegel:aanvraag", pk=obj.pk)


@require_POST
def intake_plannen(request, pk):
    obj = _actie(request, pk)
    return _uitvoeren(
        request,
        obj,
        "intake_form",
        IntakeForm(request.POST),
        lambda d: services.intake_plannen(aanvraag=obj, op=d["op"], door=request.user),
        _("Het intakegesprek is gepland."),
    )


@require_POST
def intakeverslag(request, pk):
    obj = _actie(request, pk)
    return _uitvoeren(
        request,
        obj,
        "verslag_form",
        VerslagForm(request.POST),
        lambda d: services.intakeverslag_opslaan(
            aanvraag=obj, tekst=d["intakeverslag"], door=request.user
        ),
        _("Het verslag is opgeslagen."),
    )


@require_POST
def organisatie_koppelen(request, pk):
    obj = _actie(request, pk)
    return _uitvoeren(
        request,
        obj,
        "organisatie_form",
        OrganisatieKoppelenForm(request.POST),
        lambda d: services.organisatie_koppelen(
            aanvraag=obj, organisatie=d["organisatie"], door=request.user
        ),
        _("De organisatie is gekoppeld."),
    )


@require_POST
def organisatie_toevoegen(request, pk):
    obj = _actie(request, pk)
    return _uitvoeren(
        request,
        obj,
        "toevoegen_form",
        OrganisatieToevoegenForm(request.POST),
        lambda d: services.organisatie_toevoegen(
            aanvraag=obj,
            naam=d["naam"],
            soort=d["soort"],
            gemeenten=d["gemeenten"],
            door=request.user,
        ),
        _("De organisatie is toegevoegd en gekoppeld; de contactpersoon krijgt een uitnodiging."),
    )


@require_POST
def accepteren(request, pk):
    obj = _actie(request, pk)
    return _uitvoeren(
        request,
        obj,
        "accepteren_form",
        AccepterenForm(request.POST),
        lambda d: services.aanvraag_accepteren(
            aanvraag=obj, team=list(d["team"]), kernvragen=d["kernvragen"], door=request.user
        ),
        _("De aanvraag is geaccepteerd en de Spiegel is aangemaakt."),
    )


@require_POST
def afwijzen(request, pk):
    obj = _actie(request, pk)
    return _uitvoeren(
        request,
        obj,
        "afwijzen_form",
        AfwijzenForm(request.POST),
        lambda d: services.aanvraag_afwijzen(aanvraag=obj, reden=d["reden"], door=request.user),
        _("De aanvraag is afgewezen; de contactpersoon ontvangt de reden per e-mail."),
    )


@require_POST
def intrekken(request, pk):
    obj = _actie(request, pk)
    return _uitvoeren(
        request,
        obj,
        "intrekken_form",
        IntrekkenForm(request.POST),
        lambda d: services.aanvraag_intrekken(aanvraag=obj, reden=d["reden"], door=request.user),
        _("De aanvraag is als ingetrokken gemarkeerd."),
    )


@require_POST
def kernvragen(request, pk):
    obj = _aanvraag(request, pk)
    spiegel = getattr(obj, "spiegel", None)
    if spiegel is None:
        raise PermissionDenied
    if not can_edit_kernvragen(request.user, spiegel):
        raise PermissionDenied
    return _uitvoeren(
        request,
        obj,
        "kernvragen_form",
        KernvragenForm(request.POST),
        lambda d: services.kernvragen_opslaan(
            spiegel=spiegel, teksten=d["kernvragen"], door=request.user
        ),
        _("De kernvragen zijn opgeslagen."),
    )


@require_POST
def uitnodigen(request, pk):
    obj = _actie(request, pk)
    if services.uitnodiging_opnieuw(aanvraag=obj, door=request.user):
        messages.success(request, _("De uitnodiging is opnieuw verstuurd."))
    else:
        messages.info(
            request, _("Er is geen uitnodiging nodig: de contactpersoon heeft al een wachtwoord.")
        )
    return redirect("spiegel:aanvraag", pk=obj.pk)
