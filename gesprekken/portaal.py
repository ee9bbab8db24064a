"""The fieldwork panel on the contact's request page: the planned dates and kinds of
sessions, and a link to share documents. Never titles, places, participants or notes."""

from django.urls import NoReverseMatch, reverse

from gesprekken.selectors import geplande_data


def portaal_panelen(aanvraag, user) -> list[tuple[str, dict]]:
    spiegel = getattr(aanvraag, "spiegel", None)
    try:
        documenten_url = reverse("gesprekken:documenten", args=[aanvraag.pk])
    except NoReverseMatch:  # pragma: no cover - the URL exists in this app
        documenten_url = ""
    return [
        (
            "gesprekken/_portaal_planning.html",
            {
                "geplande_data": geplande_data(spiegel) if spiegel is not None else [],
                "heeft_spiegel": spiegel is not None,
                "documenten_url": documenten_url,
            },
        )
    ]
