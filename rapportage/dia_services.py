"""Writes of the slide choices: per section a short `kernboodschap` for its slide and the
quotes picked for quote slides. Each change makes a new schets version (the PDFs are keyed
on the version, so the deck is made again), also of a definitief schets: these are choices
of presentation, not of content, so review and wederhoor are not reopened.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gesprekken.constants import Toestemming
from rapportage.models import Schets, SchetsVersie, Sectie
from rapportage.services import snapshot
from rapportage.services.schrijven import versie_toelichting
from spiegel.taal import bericht

MAX_KERNBOODSCHAP = 600
MAX_DIA_CITATEN = 3


def dia_velden(schets: Schets) -> dict[int, dict]:
    """Per section pk: its slide choices, as stored in a version's snapshot."""
    return {
        s.pk: {
            "kernboodschap": s.kernboodschap,
            "dia_citaten": [c.pk for c in s.dia_citaten.order_by("pk")],
        }
        for s in schets.secties.prefetch_related("dia_citaten")
    }


def snapshot_met_dias(schets: Schets) -> list[dict]:
    """The version snapshot of the sections with their slide choices added."""
    secties = list(schets.secties.order_by("volgorde", "pk"))
    velden = dia_velden(schets)
    return [{**raw, **velden[s.pk]} for s, raw in zip(secties, snapshot(schets), strict=True)]


@transaction.atomic
def dia_instellen(*, sectie: Sectie, door, kernboodschap: str, citaten) -> SchetsVersie:
    """Save one section's slide choices and make a version that carries them."""
    schets = Schets.objects.select_for_update().get(pk=sectie.schets_id)
    kernboodschap = (kernboodschap or "").replace("\r\n", "\n").strip()
    if len(kernboodschap) > MAX_KERNBOODSCHAP:
        raise ValidationError(
            _("Een kernboodschap is kort: hooguit %(n)s tekens.") % {"n": MAX_KERNBOODSCHAP}
        )
    citaten = list(citaten)
    if len(citaten) > MAX_DIA_CITATEN:
        raise ValidationError(_("Kies hooguit %(n)s citaten per sectie.") % {"n": MAX_DIA_CITATEN})
    for citaat in citaten:
        if citaat.spiegel_id != schets.spiegel_id or citaat.toestemming != Toestemming.GEGEVEN:
            raise ValidationError(_("Alleen citaten van deze Spiegel met toestemming."))
    sectie.kernboodschap = kernboodschap
    sectie.save(update_fields=["kernboodschap", "bijgewerkt_op"])
    sectie.dia_citaten.set(citaten)
    schets.versie += 1
    schets.save(update_fields=["versie", "bijgewerkt_op"])
    return SchetsVersie.objects.create(
        schets=schets,
        nummer=schets.versie,
        secties=snapshot_met_dias(schets),
        auteur=door,
        **versie_toelichting(
            bericht(gettext_noop("Dia-keuzes van ‘%(titel)s’ gewijzigd"), titel=sectie.titel)
        ),
    )
