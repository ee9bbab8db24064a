"""Who may read the rode draden: Divosa's team members and coordinators. Contacts never;
the admin (beheerder) neither: the role manages the application, not the content."""

from spiegel.constants import Rol


def mag_rode_draden(user) -> bool:
    return user.is_authenticated and user.rol in (Rol.TEAMLID, Rol.COORDINATOR)


def mag_themas_bevestigen(user) -> bool:
    return mag_rode_draden(user)
