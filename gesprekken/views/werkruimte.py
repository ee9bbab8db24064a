"""The team's hub for one Spiegel, the planning and the planning as an iCalendar file."""

from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from gesprekken import selectors, selectors_werkruimte
from gesprekken.permissions import is_team
from gesprekken.views.scope import team_spiegel
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie


@require_GET
def spiegel(request, spiegel_pk):
    """The team's hub for one Spiegel. A coordinator not on the team sees the outline only."""
    obj = get_object_or_404(selectors.werkruimte_spiegels(request.user), pk=spiegel_pk)
    teamleden = selectors_werkruimte.teamleden(obj)
    team = is_team(request.user, obj, team=teamleden)
    context = {
        "spiegel": obj,
        "is_team": team,
        "teamleden": teamleden,
        "kernvragen": selectors_werkruimte.kernvragen(obj),
    }
    if team:
        context["gesprekken"] = selectors_werkruimte.gesprekken_werkruimte(obj)
        context["documenten_url"] = reverse("gesprekken:documenten", args=[obj.aanvraag_id])
    else:
        context["geplande_data"] = selectors_werkruimte.geplande_data(obj)
    return render(request, "gesprekken/spiegel.html", context)


@require_GET
def planning(request, spiegel_pk):
    obj = team_spiegel(request, spiegel_pk)
    gesprekken = selectors.gesprekken_van(obj)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=obj, omschrijving="planning")
    return render(request, "gesprekken/planning.html", {"spiegel": obj, "gesprekken": gesprekken})


@require_GET
def planning_ics(request, spiegel_pk):
    """The sessions as an iCalendar file (RFC 5545). Roles, never participants' names."""
    from icalendar import Calendar, Event

    obj = team_spiegel(request, spiegel_pk)
    cal = Calendar()
    cal.add("prodid", "-//Divosa//Spiegel Basis op orde//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Spiegel {obj.aanvraag.referentie}")
    nu = timezone.now()
    for g in selectors.gesprekken_van(obj):
        event = Event()
        event.add("uid", f"gesprek-{g.pk}@spiegel.divosa.nl")
        event.add("dtstamp", nu)
        event.add("dtstart", g.begin)
        event.add("dtend", g.einde or g.begin + timedelta(hours=1))
        event.add("summary", f"{g.get_soort_display()}: {g.titel}")
        if g.plaats:
            event.add("location", g.plaats)
        rollen = ", ".join(d.rol for d in g.deelnemers.all())
        if rollen:
            event.add("description", _("Deelnemers (rollen): %(rollen)s") % {"rollen": rollen})
        cal.add_component(event)
    vastleggen(request=request, actie=AuditActie.EXPORT, obj=obj, omschrijving="planning.ics")
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="planning-{slugify(obj.aanvraag.referentie)}.ics"'
    )
    return response
