"""Access to the confidential PDF pages. Another organisation's contact, a team member not on
the Spiegel, the coordinator and the admin get 404; anonymous visitors the sign-in page."""

from tests.matrix.expectations import LOGIN, NOT_FOUND, OK, REDIRECT, Exp, team_only

EXPECTATIONS = {
    "rapportage:pdf": team_only(),
    # POSTs by the team redirect back to the page (with a message: no definitief schets).
    "rapportage:pdf_maken": Exp(
        LOGIN,
        NOT_FOUND,
        NOT_FOUND,
        REDIRECT,
        NOT_FOUND,
        NOT_FOUND,
        NOT_FOUND,
        method="post",
        data={"vorm": "rapportage"},
    ),
    "rapportage:pdf_vrijgeven": Exp(
        LOGIN, NOT_FOUND, NOT_FOUND, REDIRECT, NOT_FOUND, NOT_FOUND, NOT_FOUND, method="post"
    ),
    # A released report of Spiegel A: its contact and its team member download it.
    "rapportage:pdf_download": Exp(LOGIN, OK, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND),
    # The editable presentatie (.pptx), made on the spot: the team only, never the contact.
    "rapportage:pdf_pptx": team_only(),
    # A page's preview thumbnail: the team only, before and after release (not the contact).
    "rapportage:pdf_voorbeeld": team_only(),
}
