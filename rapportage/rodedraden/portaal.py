"""The contact's portal panel of a follow-up Spiegel: that the request follows up the
earlier one, and the earlier Spiegel's released reports (downloads as usual, stamped)."""

from rapportage import pdf_selectors
from spiegel.models import Spiegel
from spiegel.permissions import is_contactpersoon


def vervolg_paneel(aanvraag, user):
    if not is_contactpersoon(user) or aanvraag.organisatie_id != user.organisatie_id:
        return None
    huidige = getattr(aanvraag, "spiegel", None)  # usually fetched with the request
    if huidige is None or huidige.vorige_id is None:
        return None
    spiegel = (
        Spiegel.objects.filter(aanvraag=aanvraag, vorige__organisatie_id=user.organisatie_id)
        .select_related("vorige__aanvraag")
        .first()
    )
    if spiegel is None:
        return None
    vorige = spiegel.vorige
    rapporten = list(pdf_selectors.vrijgegeven_voor_aanvraag(user, vorige.aanvraag))
    return (
        "rapportage/rodedraden/_portaal_vervolg.html",
        {"vorige": vorige, "vorige_rapporten": rapporten},
    )
