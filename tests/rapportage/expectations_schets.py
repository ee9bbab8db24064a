"""Declared access of the schets URLs. Drafts are confidential: only Spiegel A's team member
reads and writes them (others 404). The wederhoor page is for A's contact (and the team);
the contact of B and staff not on the team get 404. Actions answer with a redirect back to
the page (with a message); an action the role may not take answers 403."""

from tests.matrix.expectations import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Exp, team_only

N = NOT_FOUND


def team_post(outcome=REDIRECT, **kw) -> Exp:
    return Exp(LOGIN, N, N, outcome, N, N, N, method="post", **kw)


EXPECTATIONS = {
    "rapportage:schets": team_only(),
    "rapportage:sectie": team_only(),
    "rapportage:kiezer": team_only(data={"q": "klant"}),
    "rapportage:versies": team_only(),
    "rapportage:vergelijk": team_only(data={"a": 1, "b": 1}),
    "rapportage:voorbeeld": team_post(OK, data={"tekst": "De gemeente faalt."}),
    "rapportage:schets_starten": team_post(),
    "rapportage:sectie_toevoegen": team_post(data={"titel": "Extra"}),
    "rapportage:sectie_verwijderen": team_post(),
    "rapportage:sectie_verplaatsen": team_post(data={"richting": "neer"}),
    "rapportage:herstellen": team_post(),
    "rapportage:indienen": team_post(),
    "rapportage:beoordelen": team_post(data={"besluit": "goedkeuren"}),
    "rapportage:wederhoor_starten": team_post(),
    "rapportage:opmerking_afhandelen": team_post(
        data={"status": "beantwoord", "antwoord": "Wij zagen het anders."}
    ),
    "rapportage:definitief": team_post(),
    "rapportage:wederhoor": Exp(LOGIN, OK, N, OK, N, N, N),
    # An empty remark (the data names no section) comes back as the page with a message.
    "rapportage:wederhoor_opmerking": Exp(
        LOGIN, OK, N, FORBIDDEN, N, N, N, method="post", data={"s0-tekst": "x"}
    ),
}
