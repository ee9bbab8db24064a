"""Who may do what with a schets: small pure predicates. Views check these after fetching the
Spiegel through a scoped selector; templates receive the booleans."""

from rapportage.constants import SchetsStatus
from spiegel.permissions import is_contactpersoon, is_teamlid_van

BEWERKBAAR = (SchetsStatus.CONCEPT, SchetsStatus.WEDERHOOR)


def can_edit_schets(user, schets) -> bool:
    """Team members write in concept, and in wederhoor to take remarks on board."""
    return (
        schets is not None and schets.status in BEWERKBAAR and is_teamlid_van(user, schets.spiegel)
    )


def can_submit_schets(user, schets) -> bool:
    return schets.status == SchetsStatus.CONCEPT and is_teamlid_van(user, schets.spiegel)


def can_review_schets(user, schets) -> bool:
    """Another team member than the one who submitted: never the author."""
    return (
        schets.status == SchetsStatus.REVIEW
        and is_teamlid_van(user, schets.spiegel)
        and schets.ingediend_door_id != user.pk
    )


def can_start_wederhoor(user, schets) -> bool:
    return schets.status == SchetsStatus.GOEDGEKEURD and is_teamlid_van(user, schets.spiegel)


def can_resolve_opmerking(user, schets) -> bool:
    return schets.status == SchetsStatus.WEDERHOOR and is_teamlid_van(user, schets.spiegel)


def can_make_definitief(user, schets) -> bool:
    return schets.status == SchetsStatus.WEDERHOOR and is_teamlid_van(user, schets.spiegel)


def can_leave_opmerking(user, schets) -> bool:
    """The organisation's contact, while the schets is in wederhoor."""
    return (
        schets is not None
        and schets.status == SchetsStatus.WEDERHOOR
        and is_contactpersoon(user)
        and user.organisatie_id == schets.spiegel.organisatie_id
    )
