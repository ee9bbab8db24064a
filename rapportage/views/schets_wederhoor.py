"""The contact's wederhoor page in the portal: read the schets, leave remarks per section.

The organisation's contacts open it for their own Spiegels; the team opens it to see what
the contact sees. Before the schets is in wederhoor there is nothing to read yet.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from rapportage import permissions, selectors, services
from rapportage.forms import OpmerkingForm
from rapportage.markdown import render as render_markdown
from rapportage.models import Sectie
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie


def _spiegel(request, spiegel_pk):
    return get_object_or_404(selectors.spiegels_voor_wederhoor(request.user), pk=spiegel_pk)


@require_GET
def wederhoor(request, spiegel_pk):
    spiegel = _spiegel(request, spiegel_pk)
    schets = selectors.schets_van(spiegel)
    zichtbaar = schets is not None and schets.status in selectors.WEDERHOOR_ZICHTBAAR
    items = []
    if zichtbaar:
        vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving="wederhoor")
        secties = list(selectors.secties_van(schets))
        citaten, waarnemingen = selectors.bewijs_van(spiegel, [s.tekst for s in secties])
        for s in secties:
            items.append(
                {
                    "sectie": s,
                    "html": render_markdown(
                        s.tekst, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen
                    ),
                    "opmerkingen": list(s.opmerkingen.all()),
                    "form": OpmerkingForm(prefix=f"s{s.pk}"),
                }
            )
    return render(
        request,
        "rapportage/schets/wederhoor.html",
        {
            "spiegel": spiegel,
            "schets": schets if zichtbaar else None,
            "items": items,
            "mag_opmerken": permissions.can_leave_opmerking(request.user, schets),
        },
    )


@require_POST
def opmerking(request, spiegel_pk, sectie_pk):
    spiegel = _spiegel(request, spiegel_pk)
    schets = selectors.schets_van(spiegel)
    sectie = get_object_or_404(Sectie.objects.filter(schets=schets), pk=sectie_pk)
    if not permissions.can_leave_opmerking(request.user, schets):
        raise PermissionDenied
    form = OpmerkingForm(request.POST, prefix=f"s{sectie.pk}")
    url = reverse("rapportage:wederhoor", args=[spiegel.pk]) + f"#sectie-{sectie.pk}"
    if not form.is_valid():
        # Nothing typed is lost: an empty remark is the only invalid one.
        messages.error(request, _("Schrijf uw opmerking in het tekstvak."))
        return redirect(url)
    try:
        services.opmerking_plaatsen(
            sectie=sectie, door=request.user, tekst=form.cleaned_data["tekst"]
        )
    except ValidationError as exc:
        for m in exc.messages:
            messages.error(request, m)
        return redirect(url)
    messages.success(
        request, _("Dank u. Uw opmerking bij ‘%(titel)s’ is ontvangen.") % {"titel": sectie.titel}
    )
    return redirect(url)
