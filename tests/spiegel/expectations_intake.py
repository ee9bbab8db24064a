"""Access to the intake URLs (public form, coordinator inbox and actions, contact portal).

Request URLs use Spiegel A's request; contact_b (another organisation) gets 404 on every
one of them, as do staff who are not on its team (except the coordinator)."""

from tests.matrix.expectations import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Exp, everyone

D = NOT_FOUND
# The coordinator's request page: its team member may read, only the coordinator acts.
STAF_LEZEN = Exp(LOGIN, D, D, OK, D, OK, D)


def actie(coordinator=OK, **kw) -> Exp:
    """A coordinator's action (POST): outsiders 404, the team member 403 (may see the
    request, may not triage)."""
    return Exp(LOGIN, D, D, FORBIDDEN, D, coordinator, D, method="post", **kw)


EXPECTATIONS = {
    # Public
    "spiegel:over": everyone(OK),
    "spiegel:privacy": everyone(OK),
    "spiegel:aanvraag_nieuw": everyone(OK),
    "spiegel:aanvraag_controleer": everyone(OK, method="post"),
    "spiegel:concept_opslaan": everyone(OK, method="post"),
    "spiegel:organisatie_suggesties": everyone(OK),
    "spiegel:aanvraag_ontvangen": everyone(OK),
    "spiegel:uitnodiging": everyone(OK),
    "spiegel:uitnodiging_klaar": everyone(OK),
    # Coordinator
    "spiegel:inbox": Exp(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
    "spiegel:aanvraag": STAF_LEZEN,
    # Empty POSTs: the form answers with its errors (200) or, where nothing is required,
    # the action is carried out and redirects.
    "spiegel:intake_plannen": actie(),
    "spiegel:intakeverslag": actie(REDIRECT),
    "spiegel:organisatie_koppelen": actie(),
    "spiegel:organisatie_toevoegen": actie(),
    "spiegel:accepteren": actie(),
    "spiegel:afwijzen": actie(),
    "spiegel:intrekken": actie(REDIRECT),
    # World A's contact has a password already: nothing to send, back to the page.
    "spiegel:uitnodigen": actie(REDIRECT),
    "spiegel:kernvragen": Exp(LOGIN, D, D, OK, D, OK, D, method="post"),
    "spiegel:document": Exp(LOGIN, OK, D, OK, D, OK, D),
    # Contact portal
    "spiegel:portaal": Exp(LOGIN, OK, OK, D, D, D, D),
    "spiegel:portaal_aanvraag": Exp(LOGIN, OK, D, D, D, D, D),
    "spiegel:document_uploaden": Exp(LOGIN, OK, D, D, D, D, D, method="post"),
}
