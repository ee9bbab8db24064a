"""The fieldwork panel on the contact's request page: the planned dates and kinds of
sessions. Never titles, places, participants or notes. (Sharing documents has its own place
on the portal page, built by the intake app.)"""

from gesprekken.selectors_werkruimte import geplande_data


def portaal_panelen(aanvraag, user) -> list[tuple[str, dict]]:
    spiegel = getattr(aanvraag, "spiegel", None)
    return [
        (
            "gesprekken/_portaal_planning.html",
            {
                "geplande_data": geplande_data(spiegel) if spiegel is not None else [],
                "heeft_spiegel": spiegel is not None,
            },
        )
    ]
