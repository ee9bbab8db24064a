"""Linking a request's Spiegel to an earlier one: the coordinator's action (POST). The
team member may see the request but not act (403); outsiders 404."""

from tests.matrix.expectations import REDIRECT
from tests.spiegel.expectations_intake import actie

EXPECTATIONS = {
    # An empty choice unlinks (nothing linked in the world): back to the request page.
    "spiegel:vorige_koppelen": actie(REDIRECT),
}
