"""Access to the slide choices of a schets: Spiegel A's team member only."""

from tests.matrix.expectations import LOGIN, NOT_FOUND, REDIRECT, Exp, team_only

EXPECTATIONS = {
    "rapportage:dias": team_only(),
    "rapportage:dia_opslaan": Exp(
        LOGIN,
        NOT_FOUND,
        NOT_FOUND,
        REDIRECT,
        NOT_FOUND,
        NOT_FOUND,
        NOT_FOUND,
        method="post",
        data={},
    ),
}
