"""The start page: public for visitors, a dashboard for staff, a portal for contacts."""

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from spiegel import startpagina
from spiegel.permissions import is_contactpersoon, is_coordinator, is_divosa
from spiegel.selectors import (
    aanvragen_voor,
    bouwstenen_actief,
    organisatie_overzicht,
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
    mijn_spiegels, meer_actief = startpagina.mijn_actieve_spiegels(user)
    pagina = startpagina.spiegels_pagina(user, request.GET.get("pagina"))
    context = {
        "mijn_spiegels": mijn_spiegels,
        "meer_actief": meer_actief,
        "pagina": pagina,
        "spiegels": pagina.regels,
        "toon_inbox": is_coordinator(user),
        "open_aanvragen": startpagina.open_aanvragen(user),
        "organisaties": organisatie_overzicht(),
        "bouwstenen": bouwstenen_actief().values_list("naam", flat=True),
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
