"""Declared access per URL and role, for the permission-matrix test.

Each app declares its own URLs in `tests/<app>/expectations.py` as EXPECTATIONS: a dict of
URL name to `Exp`. A URL of the project without a declaration fails the matrix test.

Outcomes: OK (2xx), LOGIN (sent to the sign-in page), NOT_FOUND (404: no existence leak),
FORBIDDEN (403: a denied action), NOT_ALLOWED (405: the method is wrong but access passed),
REDIRECT (3xx elsewhere).
"""

from dataclasses import dataclass, field

OK = "ok"
LOGIN = "login"
NOT_FOUND = "404"
FORBIDDEN = "403"
NOT_ALLOWED = "405"
REDIRECT = "redirect"

ROLES = (
    "anoniem",
    "contact_a",
    "contact_b",
    "teamlid",
    "teamlid_ander",
    "coordinator",
    "beheerder",
)


@dataclass(frozen=True)
class Exp:
    anoniem: str
    contact_a: str
    contact_b: str
    teamlid: str
    teamlid_ander: str
    coordinator: str
    beheerder: str
    method: str = "get"
    data: dict = field(default_factory=dict)

    def for_role(self, role: str) -> str:
        return getattr(self, role)


def everyone(outcome=OK, **kw) -> Exp:
    return Exp(outcome, outcome, outcome, outcome, outcome, outcome, outcome, **kw)


def signed_in(outcome=OK, **kw) -> Exp:
    return Exp(LOGIN, outcome, outcome, outcome, outcome, outcome, outcome, **kw)


def divosa_only(denied=NOT_FOUND, **kw) -> Exp:
    """Staff of Divosa (any role) yes; contacts get `denied`."""
    return Exp(LOGIN, denied, denied, OK, OK, OK, OK, **kw)


def coordinator_only(denied=NOT_FOUND, **kw) -> Exp:
    return Exp(LOGIN, denied, denied, denied, denied, OK, denied, **kw)


def team_only(**kw) -> Exp:
    """Confidential content of Spiegel A: only its team member."""
    return Exp(LOGIN, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, **kw)


def org_a_and_team(**kw) -> Exp:
    """Spiegel A's non-confidential pages: its contact, its team, the coordinator."""
    return Exp(LOGIN, OK, NOT_FOUND, OK, NOT_FOUND, OK, NOT_FOUND, **kw)
