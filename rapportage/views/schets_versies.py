"""The schets's versions: the list, comparing two versions and restoring one."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from rapportage import permissions, selectors, services
from rapportage.versies import vergelijken
from rapportage.views.schets_basis import fouten, team_schets, terug
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie


@require_GET
def versies(request, spiegel_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving="versies")
    lijst = list(selectors.versies_van(schets)[:200])
    return render(
        request,
        "rapportage/schets/versies.html",
        {
            "spiegel": spiegel,
            "schets": schets,
            "versies": lijst,
            "mag_herstellen": permissions.can_edit_schets(request.user, schets),
        },
    )


@require_GET
def vergelijk(request, spiegel_pk):
    spiegel, schets = team_schets(request, spiegel_pk)
    try:
        a, b = int(request.GET.get("a", "")), int(request.GET.get("b", ""))
    except ValueError:
        messages.error(request, _("Kies twee versies om te vergelijken."))
        return redirect("rapportage:versies", spiegel_pk=spiegel.pk)
    a, b = min(a, b), max(a, b)
    versie_a = get_object_or_404(schets.versies.select_related("auteur"), nummer=a)
    versie_b = get_object_or_404(schets.versies.select_related("auteur"), nummer=b)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving=f"v{a}-v{b}")
    return render(
        request,
        "rapportage/schets/vergelijk.html",
        {
            "spiegel": spiegel,
            "schets": schets,
            "a": versie_a,
            "b": versie_b,
            "secties": vergelijken(versie_a.secties, versie_b.secties),
            "mag_herstellen": permissions.can_edit_schets(request.user, schets),
        },
    )


@require_POST
def herstellen(request, spiegel_pk, versie_nummer):
    spiegel, schets = team_schets(request, spiegel_pk)
    get_object_or_404(schets.versies, nummer=versie_nummer)
    try:
        nieuw = services.versie_herstellen(schets=schets, nummer=versie_nummer, door=request.user)
    except ValidationError as exc:
        fouten(request, exc)
        return redirect("rapportage:versies", spiegel_pk=spiegel.pk)
    messages.success(
        request,
        _("Versie %(oud)s is teruggezet als versie %(nieuw)s.")
        % {"oud": versie_nummer, "nieuw": nieuw.nummer},
    )
    return terug(spiegel)
