"""Panels of the schets app on the contact's request page in the portal.

The portal calls `portaal_panelen(aanvraag, user)`; it returns a list of
`(template_name, context)` pairs. Each panel is a small function in `PANELEN` that returns
one pair or None, so another feature (released reports) adds a function to the list.
"""

from typing import NamedTuple

from django.urls import reverse

from rapportage.constants import OpmerkingStatus, SchetsStatus
from rapportage.models import Opmerking, Schets
from spiegel.permissions import is_contactpersoon
from spiegel.vaste_sql import VasteSql


class Schetsrij(NamedTuple):
    pk: int
    status: str
    spiegel_id: int


# Compiled once per process (`vaste_sql`, issue 17); the request was fetched through the
# portal's scoped selector, only its pk reaches the SQL.
_schets_sql = VasteSql(
    lambda *, aanvraag_pk: (
        Schets.objects.filter(spiegel__aanvraag_id=aanvraag_pk)
        .order_by("pk")
        .values_list("pk", "status", "spiegel_id")
    )
)


def _schets(aanvraag) -> Schetsrij | None:
    rijen = _schets_sql.rijen(aanvraag_pk=aanvraag.pk)
    return Schetsrij(*rijen[0]) if rijen else None


def wederhoor_paneel(aanvraag, user):
    """The link to the wederhoor page while the schets waits for the contact's remarks."""
    if not is_contactpersoon(user) or aanvraag.organisatie_id != user.organisatie_id:
        return None
    schets = _schets(aanvraag)
    if schets is None or schets.status != SchetsStatus.WEDERHOOR:
        return None
    opmerkingen = Opmerking.objects.filter(sectie__schets_id=schets.pk)
    return (
        "rapportage/schets/_portaal_wederhoor.html",
        {
            "wederhoor_url": reverse("rapportage:wederhoor", args=[schets.spiegel_id]),
            "aantal_opmerkingen": opmerkingen.count(),
            "open_opmerkingen": opmerkingen.filter(status=OpmerkingStatus.OPEN).count(),
        },
    )


def rapporten_paneel(aanvraag, user):
    """The released reports (PDFs) the contact may download."""
    from rapportage import pdf_portaal

    panelen = pdf_portaal.portaal_panelen(aanvraag, user)
    return panelen[0] if panelen else None


def vervolg_paneel(aanvraag, user):
    """A follow-up Spiegel: the earlier one and its released report (issue 15)."""
    from rapportage.rodedraden.portaal import vervolg_paneel as paneel

    return paneel(aanvraag, user)


PANELEN = [wederhoor_paneel, rapporten_paneel, vervolg_paneel]


def portaal_panelen(aanvraag, user) -> list[tuple[str, dict]]:
    return [p for p in (paneel(aanvraag, user) for paneel in PANELEN) if p is not None]
