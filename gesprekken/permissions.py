"""Who may do what in fieldwork: small pure predicates.

Decision on coordinators (SPEC section 1): a coordinator who is not on a Spiegel's team sees
its workspace only in outline (status, team, the planned dates and kinds of sessions), like
the contact does; never its notes, participants, observations, quotes, search or exports.
A coordinator who is on the team is a team member like any other. Documents belong to the
request, which coordinators handle: they may read them (each download is audited).
"""

from spiegel.permissions import is_contactpersoon, is_coordinator, is_teamlid_van


def is_team(user, spiegel, team=None) -> bool:
    """Confidential fieldwork (notes, participants, observations, quotes): the team only.
    `team`: the team members when the caller has read them already."""
    return is_teamlid_van(user, spiegel, team=team)


def can_see_outline(user, spiegel) -> bool:
    return is_team(user, spiegel) or is_coordinator(user)


def can_upload_document(user, aanvraag) -> bool:
    if is_contactpersoon(user):
        return aanvraag.organisatie_id == user.organisatie_id
    spiegel = getattr(aanvraag, "spiegel", None)
    return spiegel is not None and is_team(user, spiegel)


def can_see_all_documents(user, aanvraag) -> bool:
    """Team and coordinators see every document of a request; a contact only those the
    organisation shared."""
    if is_coordinator(user):
        return True
    spiegel = getattr(aanvraag, "spiegel", None)
    return spiegel is not None and is_team(user, spiegel)
