"""Who may see and do what: small pure predicates. Views and selectors use these; templates
get booleans computed from them."""

from spiegel.constants import Rol


def is_divosa(user) -> bool:
    return user.is_authenticated and user.rol in (Rol.COORDINATOR, Rol.TEAMLID, Rol.BEHEERDER)


def is_coordinator(user) -> bool:
    return user.is_authenticated and user.rol == Rol.COORDINATOR


def is_beheerder(user) -> bool:
    return user.is_authenticated and (user.rol == Rol.BEHEERDER or user.is_superuser)


def is_contactpersoon(user) -> bool:
    return (
        user.is_authenticated and user.rol == Rol.CONTACTPERSOON and user.organisatie_id is not None
    )


_TEAMLID_BEKEND = "_teamlid_bekend"


def is_teamlid_van(user, spiegel, team=None) -> bool:
    """On the team of this Spiegel: the only staff who may read its field notes and drafts.
    `team`: the team members when the caller has read them already."""
    if not user.is_authenticated or user.rol not in (Rol.TEAMLID, Rol.COORDINATOR):
        return False
    if team is not None:
        return any(lid.pk == user.pk for lid in team)
    # Asked once per loaded Spiegel: a page checks several permissions on the same one.
    bekend = spiegel.__dict__.setdefault(_TEAMLID_BEKEND, {})
    if user.pk not in bekend:
        bekend[user.pk] = spiegel.team.filter(pk=user.pk).exists()
    return bekend[user.pk]


def teamlid_vastgesteld(spiegel, user) -> None:
    """Records on this loaded `spiegel` that `user` is on its team, as a lookup through
    `spiegel.selectors.spiegels_als_teamlid(user)` has just shown, so the predicates need
    not ask the database again."""
    spiegel.__dict__.setdefault(_TEAMLID_BEKEND, {})[user.pk] = True


def can_triage(user) -> bool:
    return is_coordinator(user)


def can_see_aanvraag(user, aanvraag) -> bool:
    if is_coordinator(user):
        return True
    if is_contactpersoon(user):
        return aanvraag.organisatie_id == user.organisatie_id
    return False


def can_edit_kernvragen(user, spiegel) -> bool:
    return is_coordinator(user) or is_teamlid_van(user, spiegel)
