"""Access to the rode draden and the follow-up comparison.

Rode draden: team members and coordinators (on any Spiegel or none); contacts and the
admin get 403 (a page, not an object: nothing to hide the existence of). A PDF job is its
requester's own (404 for others). The comparison is confidential content of Spiegel A
(and its earlier Spiegel): only A's team."""

from tests.matrix.expectations import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Exp, team_only

F = FORBIDDEN


def staf(uitkomst=OK, **kw) -> Exp:
    return Exp(LOGIN, F, F, uitkomst, uitkomst, uitkomst, F, **kw)


EXPECTATIONS = {
    "rodedraden:overzicht": staf(),
    "rodedraden:cel": staf(),
    "rodedraden:themas": staf(),
    # An empty POST: the form's Dutch errors as messages, back to the themes page.
    "rodedraden:thema_bevestigen": staf(REDIRECT, method="post"),
    "rodedraden:xlsx": staf(),
    "rodedraden:pdf_maken": staf(REDIRECT, method="post"),
    "rodedraden:pdf": Exp(LOGIN, F, F, OK, NOT_FOUND, NOT_FOUND, F),
    "rodedraden:vergelijking": team_only(),
}
