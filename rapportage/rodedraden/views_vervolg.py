"""The follow-up comparison: the team of a new Spiegel beside the earlier one."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from rapportage.rodedraden import vervolg
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.selectors import spiegels_als_teamlid


@require_GET
def vergelijking(request, spiegel_pk):
    """Only the team of the new Spiegel: they read the earlier Spiegel's definitief schets
    (audited on the earlier Spiegel) beside their own fieldwork."""
    spiegel = get_object_or_404(
        spiegels_als_teamlid(request.user).select_related(
            "vorige__aanvraag", "vorige__organisatie"
        ),
        pk=spiegel_pk,
    )
    data = vervolg.vergelijking(spiegel)
    if data is not None:
        vastleggen(
            request=request,
            actie=AuditActie.LEZEN,
            obj=spiegel.vorige,
            omschrijving=f"vergelijking: vorige Spiegel gelezen door het team van {spiegel.pk}",
        )
    return render(
        request, "rapportage/rodedraden/vergelijking.html", {"spiegel": spiegel, "data": data}
    )
