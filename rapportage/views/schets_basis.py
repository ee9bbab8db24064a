"""What the team's schets pages share: the scoped lookups, the way back to the overview,
error messages, and the tone, privacy and evidence shown beside a section.

Everything is read through `spiegels_voor_schets(user)`: a Spiegel the user is not on the
team of is a 404.
"""

from functools import lru_cache

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from rapportage import selectors, selectors_schets
from rapportage.checks import privacy_bevindingen
from rapportage.markdown import references
from rapportage.models import Sectie
from rapportage.tone import check as tone_check
from spiegel.permissions import teamlid_vastgesteld


def team_spiegel(request, spiegel_pk):
    return get_object_or_404(selectors.spiegels_voor_schets(request.user), pk=spiegel_pk)


def team_schets(request, spiegel_pk):
    """The Spiegel and its schets; 404 when it has none yet."""
    spiegel = team_spiegel(request, spiegel_pk)
    schets = selectors.schets_van(spiegel)
    if schets is None:
        raise Http404
    return spiegel, schets


def team_schets_met_controles(request, spiegel_pk):
    """As `team_schets`, with what the checks beside a section read (the request's
    bouwstenen, the participants' names) loaded in the same query (`schets_pagina`)."""
    spiegel = selectors_schets.schets_pagina(request.user, spiegel_pk)
    schets = selectors_schets.schets_van(spiegel) if spiegel is not None else None
    if schets is None:
        raise Http404
    teamlid_vastgesteld(spiegel, request.user)  # the lookup above is scoped to the team
    return spiegel, schets


def sectie_van(schets, sectie_pk):
    return get_object_or_404(Sectie.objects.filter(schets=schets), pk=sectie_pk)


def terug(spiegel, anker: str = ""):
    """Back to the schets overview, at `anker` when given."""
    url = reverse("rapportage:schets", args=[spiegel.pk])
    return redirect(f"{url}#{anker}" if anker else url)


def fouten(request, exc: ValidationError) -> None:
    for m in exc.messages:
        messages.error(request, m)


def uitvoeren(request, spiegel, actie, gelukt: str, fout_anker: str = "", fout_kop: str = ""):
    """Runs the service call `actie`; its refusal (a ValidationError) comes back as messages
    at `fout_anker` (after `fout_kop` when given), success as `gelukt` on the overview."""
    try:
        actie()
    except ValidationError as exc:
        if fout_kop:
            messages.error(request, fout_kop)
        fouten(request, exc)
        return terug(spiegel, fout_anker)
    messages.success(request, gelukt)
    return terug(spiegel)


def toon_fragmenten(tekst: str, rules) -> list[dict]:
    """Tone findings as fragments: the matched words highlighted with the words around.

    Kept per text and rule set (`selectors.toonregels` hands out the same rule set while the
    rules are unchanged): a section's text changes far less often than it is shown."""
    return [dict(f) for f in _fragmenten(tekst, rules)]


@lru_cache(maxsize=256)
def _fragmenten(tekst: str, rules) -> tuple[dict, ...]:
    findings = tone_check(tekst, rules)
    return tuple(
        {
            "voor": ("…" if f.start > 60 else "") + tekst[max(0, f.start - 60) : f.start],
            "woord": tekst[f.start : f.end],
            "na": tekst[f.end : f.end + 60] + ("…" if f.end + 60 < len(tekst) else ""),
            "soort": f.rule.kind,
            "suggestie": f.suggestion,
        }
        for f in findings
    )


def bewijs(sectie, citaten, waarnemingen) -> dict:
    refs = references(sectie.tekst)
    return {
        "citaten": [citaten[pk] for pk in sorted(refs["citaat"]) if pk in citaten],
        "waarnemingen": [
            waarnemingen[pk] for pk in sorted(refs["waarneming"]) if pk in waarnemingen
        ],
    }


def privacy_van(schets, sectie, tekst: str, **gelezen) -> list:
    """The privacy check on one section's text; `gelezen`: what the page read already
    (`bewijs`, `namen`, see `privacy_bevindingen`)."""
    return privacy_bevindingen(
        schets, [{"sleutel": sectie.sleutel, "titel": sectie.titel, "tekst": tekst}], **gelezen
    )
