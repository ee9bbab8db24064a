"""The start page: public for visitors, a dashboard for staff, a portal for contacts."""

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from spiegel.constants import OPEN_STATUSSEN, SPIEGEL_STATUSSEN
from spiegel.permissions import is_contactpersoon, is_coordinator, is_divosa
from spiegel.selectors import (
    aanvragen_voor,
    bouwstenen_actief,
    organisatie_overzicht,
    spiegels_voor,
)


@login_not_required
def home(request):
    user = request.user
    if not user.is_authenticated:
        return render(request, "spiegel/home_public.html", {"bouwstenen": bouwstenen_actief()})
    if is_contactpersoon(user):
        return render(
            request,
            "spiegel/home_contact.html",
            {"aanvragen": aanvragen_voor(user), "organisatie": user.organisatie},
        )
    context = {
        "spiegels": spiegels_voor(user)
        .filter(aanvraag__status__in=SPIEGEL_STATUSSEN)
        .order_by("aanvraag__status", "-aangemaakt_op")[:50],
        "mijn_spiegels": spiegels_voor(user).filter(team=user)[:50],
        "toon_inbox": is_coordinator(user),
        "open_aanvragen": aanvragen_voor(user).filter(status__in=OPEN_STATUSSEN)[:20]
        if is_coordinator(user)
        else [],
        "organisaties": organisatie_overzicht(),
        "bouwstenen": bouwstenen_actief(),
        "is_divosa": is_divosa(user),
    }
    return render(request, "spiegel/home_staff.html", context)


def catalogus(request):
    from spiegel.models import AbcLetter

    return render(
        request,
        "spiegel/catalogus.html",
        {"bouwstenen": bouwstenen_actief(), "abc": AbcLetter.objects.all()},
    )
