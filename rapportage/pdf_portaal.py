"""The contact portal's panel of released reports. The lead joins this into
`rapportage/portaal.py`'s `portaal_panelen(aanvraag, user)`."""

from rapportage import pdf_selectors
from spiegel.permissions import is_contactpersoon


def portaal_panelen(aanvraag, user) -> list[tuple[str, dict]]:
    """[(template, context)]: the released PDFs the contact may download, or nothing."""
    if not is_contactpersoon(user) or aanvraag.organisatie_id != user.organisatie_id:
        return []
    rapporten = list(pdf_selectors.vrijgegeven_voor_aanvraag(user, aanvraag))
    if not rapporten:
        return []
    return [("rapportage/pdf/_portaal.html", {"pdf_rapporten": rapporten})]
