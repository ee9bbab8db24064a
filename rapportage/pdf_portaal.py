"""The contact portal's panel of released reports. The lead joins this into
`rapportage/portaal.py`'s `portaal_panelen(aanvraag, user)`."""

from datetime import datetime
from typing import NamedTuple

from rapportage import pdf_selectors
from rapportage.constants import Vorm
from spiegel.constants import Rol
from spiegel.models import User
from spiegel.permissions import is_contactpersoon
from spiegel.vaste_sql import VasteSql


class Rapportrij(NamedTuple):
    pk: int
    vorm: str
    vrijgegeven_op: datetime

    def get_vorm_display(self) -> str:
        return Vorm(self.vorm).label


def _vrijgegeven_query(*, organisatie_pk, aanvraag_pk):
    # A contact's scope (`renderjobs_downloadbaar`) reads the role and the organisation
    # only: the role is fixed here (the caller checks `is_contactpersoon`), the organisation
    # a value. Should it read more of the user, that must become a value too.
    user = User(rol=Rol.CONTACTPERSOON, organisatie_id=organisatie_pk)
    return pdf_selectors.vrijgegeven_voor_aanvraag(user, aanvraag_pk).values_list(
        "pk", "vorm", "vrijgegeven_op"
    )


# Compiled once per process (`vaste_sql`, issue 17).
_vrijgegeven_sql = VasteSql(_vrijgegeven_query)


def portaal_panelen(aanvraag, user) -> list[tuple[str, dict]]:
    """[(template, context)]: the released PDFs the contact may download, or nothing."""
    if not is_contactpersoon(user) or aanvraag.organisatie_id != user.organisatie_id:
        return []
    rapporten = [
        Rapportrij(*r)
        for r in _vrijgegeven_sql.rijen(organisatie_pk=user.organisatie_id, aanvraag_pk=aanvraag.pk)
    ]
    if not rapporten:
        return []
    return [("rapportage/pdf/_portaal.html", {"pdf_rapporten": rapporten})]
