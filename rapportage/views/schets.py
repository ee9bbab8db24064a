"""The team's schets overview (sections with checks and traceability) and starting a schets.

The other schets pages: `schets_editor` (writing a section), `schets_versies` (versions and
comparing them), `schets_review` (review, wederhoor and making it final); what they share is
in `schets_basis`. A Spiegel the user is not on the team of is a 404; actions the user may
not take answer 403.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from rapportage import controles_bewaard, permissions, selectors, selectors_schets, services
from rapportage.forms import NieuweSectieForm
from rapportage.markdown import render as render_markdown
from rapportage.rodedraden.vervolg import vorige_bewijs_vastleggen
from rapportage.views.schets_basis import bewijs, team_spiegel, terug, toon_fragmenten
from spiegel.audit import vastleggen
from spiegel.constants import AuditActie
from spiegel.permissions import teamlid_vastgesteld


@require_GET
def schets(request, spiegel_pk):
    spiegel = selectors_schets.schets_pagina(request.user, spiegel_pk)
    if spiegel is None:
        raise Http404
    teamlid_vastgesteld(spiegel, request.user)  # the lookup above is scoped to the team
    schets = selectors_schets.schets_van(spiegel)
    context = {"spiegel": spiegel, "schets": schets}
    if schets is None:
        context["mag_starten"] = True
        return render(request, "rapportage/schets/schets.html", context)
    vastleggen(request=request, actie=AuditActie.LEZEN, obj=schets, omschrijving="schets")
    secties = selectors_schets.secties(schets)
    # The checks read the sections as dicts; hand them the ones loaded here.
    sectie_dicts = [{"sleutel": s.sleutel, "titel": s.titel, "tekst": s.tekst} for s in secties]
    rules = selectors.toonregels()
    gelezen = selectors_schets.bewijs(spiegel, [s.tekst for s in secties])
    citaten, waarnemingen = gelezen.citaten, gelezen.waarnemingen
    vorige_bewijs_vastleggen(request, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen)
    kernvragen = selectors_schets.kernvragen(spiegel)
    beantwoord_door = {k.pk: [] for k in kernvragen}
    user = request.user
    mag_bewerken = permissions.can_edit_schets(user, schets)
    items = []
    toon_totaal = 0
    for s in secties:
        findings = toon_fragmenten(s.tekst, rules)
        toon_totaal += len(findings)
        eigen_kernvragen = [k for k in kernvragen if k.pk in s.kernvraag_pks]
        for k in eigen_kernvragen:
            beantwoord_door[k.pk].append(s)
        items.append(
            {
                "sectie": s,
                "html": render_markdown(
                    s.tekst, spiegel=spiegel, citaten=citaten, waarnemingen=waarnemingen
                ),
                "toon": findings,
                "bewijs": bewijs(s, citaten, waarnemingen),
                "kernvragen": eigen_kernvragen,
                "opmerkingen": s.opmerkingen,
                "urls": _sectie_urls(spiegel.pk, s.pk) if mag_bewerken else None,
            }
        )
    context.update(
        {
            "items": items,
            "kernvragen": [(k, beantwoord_door.get(k.pk, [])) for k in kernvragen],
            "onbeantwoord": [k for k in kernvragen if not beantwoord_door.get(k.pk)],
            "privacy": controles_bewaard.privacy(
                sectie_dicts, bewijs=gelezen, namen=spiegel.deelnemersnamen
            ),
            "methode": controles_bewaard.methode(
                sectie_dicts,
                spiegel_id=spiegel.pk,
                bouwstenen=selectors_schets.bouwstenen(spiegel),
                waarnemingen=waarnemingen,
            ),
            "toon_totaal": toon_totaal,
            "mag_bewerken": mag_bewerken,
            "mag_indienen": permissions.can_submit_schets(user, schets),
            "mag_beoordelen": permissions.can_review_schets(user, schets),
            "is_indiener": schets.ingediend_door_id == user.pk,
            "mag_wederhoor": permissions.can_start_wederhoor(user, schets),
            "mag_afhandelen": permissions.can_resolve_opmerking(user, schets),
            "mag_definitief": permissions.can_make_definitief(user, schets),
            "open_opmerkingen": sum(
                1 for it in items for o in it["opmerkingen"] if o.status == "open"
            ),
            # Only the label is shown (the input is written out in the template).
            "nieuwe_sectie_titel": NieuweSectieForm.base_fields["titel"].label,
            "goedkeuring": _goedkeuring(schets),
            "laatste_versie": selectors_schets.laatste_versie(spiegel),
        }
    )
    return render(request, "rapportage/schets/schets.html", context)


def _sectie_urls(spiegel_pk, sectie_pk) -> dict:
    """A section's action URLs, reversed here once each rather than per form in the template
    (the move URL serves two forms)."""
    args = (spiegel_pk, sectie_pk)
    return {
        "bewerken": reverse("rapportage:sectie", args=args),
        "verplaatsen": reverse("rapportage:sectie_verplaatsen", args=args),
        "verwijderen": reverse("rapportage:sectie_verwijderen", args=args),
    }


def _goedkeuring(schets) -> dict | None:
    """The reviewer's comment on an approved schets, for the author (and the team) to read
    until the schets is sent back or approved again."""
    if not schets.goedgekeurd_door_id or not schets.reviewopmerking.strip():
        return None
    return {"door": schets.goedgekeurd_door, "tekst": schets.reviewopmerking}


@require_POST
def starten(request, spiegel_pk):
    spiegel = team_spiegel(request, spiegel_pk)
    existed = selectors.schets_van(spiegel) is not None
    services.schets_starten(spiegel=spiegel, door=request.user)
    if not existed:
        messages.success(request, _("De schets is gestart vanuit het sjabloon."))
    return terug(spiegel)
