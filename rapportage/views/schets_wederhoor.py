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
from spiegel.permissions import is_contactpersoon


def _spiegel(request, spiegel_pk):
    return get_object_or_404(selectors.spiegels_voor_wederhoor(request.user), pk=spiegel_pk)


def _pagina(request, spiegel, schets, gebonden=None, status=200):
    """The page; `gebonden` is (sectie pk, bound form) to show a refused remark again."""
    zichtbaar = schets is not None and schets.status in selectors.WEDERHOOR_ZICHTBAAR
    items = []
    if zichtbaar:
        vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving="wederhoor")
        secties = list(selectors.secties_van(schets))
        citaten, waarnemingen = selectors.bewijs_van(spiegel, [s.tekst for s in secties])
        for s in secties:
            form = OpmerkingForm(prefix=f"s{s.pk}")
            if gebonden and gebonden[0] == s.pk:
                form = gebonden[1]
            items.append(
                {
                    "sectie": s,
                    "html": render_markdown(
                        s.tekst, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen
                    ),
                    "opmerkingen": list(s.opmerkingen.all()),
                    "form": form,
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
            "gebonden_tekst": gebonden[1].data.get(gebonden[1].add_prefix("tekst"), "")
            if gebonden
            else "",
        },
        status=status,
    )


@require_GET
def wederhoor(request, spiegel_pk):
    spiegel = _spiegel(request, spiegel_pk)
    return _pagina(request, spiegel, selectors.schets_van(spiegel))


@require_POST
def opmerking(request, spiegel_pk, sectie_pk):
    spiegel = _spiegel(request, spiegel_pk)
    schets = selectors.schets_van(spiegel)
    sectie = get_object_or_404(Sectie.objects.filter(schets=schets), pk=sectie_pk)
    if not is_contactpersoon(request.user):
        raise PermissionDenied  # the team answers remarks; it does not leave them
    form = OpmerkingForm(request.POST, prefix=f"s{sectie.pk}")
    if not form.is_valid():
        messages.error(request, _("Schrijf uw opmerking in het tekstvak."))
        return _pagina(request, spiegel, schets, (sectie.pk, form))
    try:
        services.opmerking_plaatsen(
            sectie=sectie, door=request.user, tekst=form.cleaned_data["tekst"]
        )
    except ValidationError as exc:
        # e.g. the wederhoor closed while the contact was typing: show the text again.
        for m in exc.messages:
            messages.error(request, m)
        return _pagina(request, spiegel, schets, (sectie.pk, form))
    messages.success(
        request, _("Dank u. Uw opmerking bij ‘%(titel)s’ is ontvangen.") % {"titel": sectie.titel}
    )
    return redirect(reverse("rapportage:wederhoor", args=[spiegel.pk]) + f"#sectie-{sectie.pk}")
