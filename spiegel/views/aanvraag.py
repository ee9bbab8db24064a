"""The public pages and the public request form.

Nothing the visitor typed is lost: the form is saved server-side as a draft under the
form's token on every change (htmx), on a validation error and on a blocked submit; files
that passed the upload check are kept with the draft. The same token makes a double submit
harmless. Spam is kept out by a honeypot and a per-address limit counted in PostgreSQL.
"""

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import replace_url
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from spiegel import services
from spiegel.forms import MAX_VRAGEN, AanvraagForm
from spiegel.models import Aanvraag, Concept, ConceptBestand
from spiegel.selectors import bouwstenen_actief, organisaties_suggereren
from spiegel.uploads import controleer_upload

logger = logging.getLogger(__name__)
HONEYPOT = "website"
MAX_BESTANDEN = 10
# Fields kept in a draft (files are kept separately; the honeypot never).
CONCEPT_VELDEN = tuple(AanvraagForm.base_fields) + ("token",)


@login_not_required
def over(request):
    return render(request, "spiegel/over.html", {"bouwstenen": bouwstenen_actief()})


@login_not_required
def privacy(request):
    return render(request, "spiegel/privacy.html", {"concept_dagen": settings.CONCEPT_BEWAARDAGEN})


def _token(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


def _concept_gegevens(data: QueryDict) -> dict:
    # PostgreSQL's jsonb refuses NUL characters; they are never meaningful in a form.
    return {
        k: [v[:20000].replace("\x00", "") for v in data.getlist(k)][:50]
        for k in CONCEPT_VELDEN
        if k in data
    }


def _als_querydict(gegevens: dict) -> QueryDict:
    qd = QueryDict(mutable=True)
    for key, values in gegevens.items():
        qd.setlist(key, values if isinstance(values, list) else [values])
    return qd


def _context(form, token, *, fouten_tonen: bool, extra_vragen: int = 0, bestand_fouten=()):
    vragen = form["vragen"].value() if form.is_bound else []
    vragen = [v for v in (vragen or []) if isinstance(v, str)] + [""] * extra_vragen
    vragen = (vragen + [""] * max(0, 3 - len(vragen)))[:MAX_VRAGEN]
    return {
        "form": form,
        "token": token,
        "fouten_tonen": fouten_tonen,
        "vragen": vragen,
        "meer_vragen_mogelijk": len(vragen) < MAX_VRAGEN,
        "bestanden": list(
            ConceptBestand.objects.filter(concept__token=token).values_list("pk", "naam")
        ),
        "bestand_fouten": list(bestand_fouten),
        "honeypot": HONEYPOT,
    }


@login_not_required
def aanvraag_nieuw(request):
    if request.method == "POST":
        return _aanvraag_post(request)
    token = _token(request.GET.get("concept"))
    concept = Concept.objects.filter(token=token).first() if token else None
    if concept is not None:
        if Aanvraag.objects.filter(indientoken=token).exists():
            return redirect("spiegel:aanvraag_ontvangen", token=token)
        form = AanvraagForm(data=_als_querydict(concept.gegevens))
    else:
        token = uuid.uuid4()
        form = AanvraagForm()
    context = _context(form, token, fouten_tonen=False)
    context["concept_hersteld"] = concept is not None
    return render(request, "spiegel/aanvraag_formulier.html", context)


def _bestanden_verwerken(request, token) -> list[str]:
    """Check and keep the uploaded files; remove those the visitor ticked. Returns the
    messages of files that were refused."""
    verwijderen = [int(p) for p in request.POST.getlist("bestand_verwijderen") if p.isdigit()]
    if verwijderen:
        services.concept_bestanden_verwijderen(token=token, pks=verwijderen[:MAX_BESTANDEN])
    fouten = []
    aantal = ConceptBestand.objects.filter(concept__token=token).count()
    for file in request.FILES.getlist("bestanden"):
        if aantal >= MAX_BESTANDEN:
            fouten.append(
                _("U kunt hoogstens %(max)d bestanden meesturen; ‘%(naam)s’ is niet toegevoegd.")
                % {"max": MAX_BESTANDEN, "naam": file.name}
            )
            continue
        try:
            mime = controleer_upload(file)
        except ValidationError as exc:
            fouten.extend(f"‘{file.name}’: {m}" for m in exc.messages)
            continue
        services.concept_bestand_toevoegen(token=token, file=file, mime_type=mime)
        aantal += 1
    return fouten


def _aanvraag_post(request):
    token = _token(request.POST.get("token"))
    if token is None:
        # A form without a (valid) token: start a new one, keep what was typed.
        token = uuid.uuid4()
    bestaand = Aanvraag.objects.filter(indientoken=token).first()
    if bestaand is not None:
        return redirect("spiegel:aanvraag_ontvangen", token=token)
    if request.POST.get(HONEYPOT):
        return render(
            request, "spiegel/aanvraag_geblokkeerd.html", {"reden": "honeypot"}, status=400
        )

    actie = request.POST.get("actie", "indienen")
    ip = services.adres_van(request)
    if actie != "indienen" and not services.concept_toegestaan(token=token, ip=ip):
        return render(
            request, "spiegel/aanvraag_geblokkeerd.html", {"reden": "concepten"}, status=429
        )
    services.concept_opslaan(token=token, gegevens=_concept_gegevens(request.POST))
    if actie != "indienen":
        bestand_fouten = _bestanden_verwerken(request, token)
        if actie == "vraag_toevoegen":
            form = AanvraagForm(data=request.POST)
            context = _context(form, token, fouten_tonen=False, extra_vragen=1)
            context["bestand_fouten"] = bestand_fouten
            return render(request, "spiegel/aanvraag_formulier.html", context)
        if actie == "concept_mailen":
            return _concept_mailen(request, token, ip, bestand_fouten)
        if bestand_fouten:
            form = AanvraagForm(data=request.POST)
            context = _context(form, token, fouten_tonen=False, bestand_fouten=bestand_fouten)
            return render(request, "spiegel/aanvraag_formulier.html", context)
        return redirect(f"{reverse('spiegel:aanvraag_nieuw')}?concept={token}&bewaard=1")

    if not services.indienpoging_registreren(ip=ip):
        return render(
            request,
            "spiegel/aanvraag_geblokkeerd.html",
            {"reden": "limiet", "token": token},
            status=429,
        )
    bestand_fouten = _bestanden_verwerken(request, token)
    form = AanvraagForm(data=request.POST)
    if form.is_valid() and not bestand_fouten:
        aanvraag, _created = services.aanvraag_indienen(token=token, gegevens=form.cleaned_data)
        return redirect("spiegel:aanvraag_ontvangen", token=aanvraag.indientoken)
    context = _context(form, token, fouten_tonen=True, bestand_fouten=bestand_fouten)
    return render(request, "spiegel/aanvraag_formulier.html", context)


def _concept_mailen(request, token, ip, bestand_fouten):
    """The draft is saved already; mail its link to the address typed under Contactpersoon.
    Any refusal re-renders the form with everything in it and says why."""
    email = request.POST.get("contact_email", "").strip()
    fout, status = None, 200
    try:
        validate_email(email)
    except ValidationError:
        fout = _(
            "Vul bij Contactpersoon een geldig e-mailadres in; daar sturen we de link naartoe. "
            "Uw concept is wel bewaard."
        )
    else:
        if not services.concept_link_mailen(token=token, email=email, ip=ip):
            fout, status = (
                _(
                    "De link is het afgelopen uur al vaak gemaild. Probeer het later opnieuw, "
                    "of bewaar het adres van deze pagina. Uw concept is wel bewaard."
                ),
                429,
            )
    if fout is None and not bestand_fouten:
        return redirect(f"{reverse('spiegel:aanvraag_nieuw')}?concept={token}&gemaild=1")
    form = AanvraagForm(data=request.POST)
    context = _context(form, token, fouten_tonen=False, bestand_fouten=bestand_fouten)
    context["mail_fout"] = fout
    context["gemaild"] = fout is None
    return render(request, "spiegel/aanvraag_formulier.html", context, status=status)


@login_not_required
@require_POST
def aanvraag_controleer(request):
    """Inline validation of one field (htmx): the form is checked as a whole, the answer is
    the message of the field that changed, or nothing."""
    veld = request.POST.get("_veld") or (request.htmx.trigger_name if request.htmx else "")
    form = AanvraagForm(data=request.POST)
    if veld not in form.fields:
        return HttpResponse("")
    form.is_valid()
    return render(
        request,
        "spiegel/partials/_veldfout.html",
        {"fouten": form.errors.get(veld, []), "veld": veld},
    )


def _adres_sleutel(group, request) -> str:
    return services.adres_hash(services.adres_van(request))


@login_not_required
@require_GET
def organisatie_suggesties(request):
    """The form's suggestion list (htmx, while typing the organisation's name): at most ten
    active organisations. Only a help: without it the field takes any typed name."""
    try:
        beperkt = is_ratelimited(
            request,
            group="organisatie_suggesties",
            key=_adres_sleutel,
            rate=settings.ORGANISATIE_SUGGESTIES_LIMIET,
            increment=True,
        )
    except RedisError:
        # The counters live in Redis; a list of public names is served without them.
        logger.warning("organisatie_suggesties: rate limit unavailable (Redis)")
        beperkt = False
    if beperkt:
        return HttpResponse(
            _("Even geen suggesties: typ de naam van uw organisatie gewoon verder."), status=429
        )
    namen = organisaties_suggereren(request.GET.get("organisatie_naam", ""))
    return render(
        request, "spiegel/partials/_organisatie_suggesties.html", {"namen": namen, "oob": True}
    )


@login_not_required
@require_POST
def concept_opslaan(request):
    """Autosave of the form (htmx, on every change). Replaces the address in the browser
    with one that brings the draft back after a reload."""
    token = _token(request.POST.get("token"))
    if token is None or request.POST.get(HONEYPOT):
        return HttpResponse(status=204)
    if Aanvraag.objects.filter(indientoken=token).exists():
        return HttpResponse(status=204)
    if not services.concept_toegestaan(token=token, ip=services.adres_van(request)):
        return HttpResponse(status=204)  # autosave is silent; the submit explains the limit
    services.concept_opslaan(token=token, gegevens=_concept_gegevens(request.POST))
    response = render(
        request,
        "spiegel/partials/_concept_status.html",
        {"bewaard_op": timezone.now()},
    )
    return replace_url(response, f"{reverse('spiegel:aanvraag_nieuw')}?concept={token}")


@login_not_required
def aanvraag_ontvangen(request, token):
    """The confirmation page, reachable with the form's token for a day."""
    aanvraag = get_object_or_404(
        Aanvraag.objects.select_related("organisatie"),
        indientoken=token,
        ingediend_op__gte=timezone.now() - timedelta(days=1),
    )
    return render(request, "spiegel/aanvraag_ontvangen.html", {"aanvraag": aanvraag})


@method_decorator(login_not_required, name="dispatch")
class UitnodigingView(auth_views.PasswordResetConfirmView):
    """Set a password from the invitation link; the second factor is enrolled at the first
    sign-in (RequireSecondFactorMiddleware sends a user without a device to setup)."""

    template_name = "spiegel/uitnodiging.html"
    success_url = reverse_lazy("spiegel:uitnodiging_klaar")
    post_reset_login = False


@login_not_required
def uitnodiging_klaar(request):
    return render(request, "spiegel/uitnodiging_klaar.html")
