"""Choices of the intake app and the status flow of a Spiegel."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Rol(models.TextChoices):
    COORDINATOR = "coordinator", _("Coördinator")
    TEAMLID = "teamlid", _("Teamlid")
    CONTACTPERSOON = "contactpersoon", _("Contactpersoon organisatie")
    BEHEERDER = "beheerder", _("Beheerder")


class OrganisatieSoort(models.TextChoices):
    GEMEENTE = "gemeente", _("Gemeente")
    WERKBEDRIJF = "werkbedrijf", _("Werkbedrijf")
    REGIO = "regio", _("Regionale organisatie")


class Status(models.TextChoices):
    INGEDIEND = "ingediend", _("Ingediend")
    INTAKE = "intake", _("Intake")
    GEACCEPTEERD = "geaccepteerd", _("Geaccepteerd")
    VELDWERK = "veldwerk", _("Veldwerk")
    SCHETS = "schets", _("Schets")
    WEDERHOOR = "wederhoor", _("Wederhoor")
    AFGEROND = "afgerond", _("Afgerond")
    AFGEWEZEN = "afgewezen", _("Afgewezen")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")


# The only moves the status flow allows; services refuse anything else.
TRANSITIES: dict[str, frozenset[str]] = {
    Status.INGEDIEND: frozenset({Status.INTAKE, Status.AFGEWEZEN, Status.INGETROKKEN}),
    Status.INTAKE: frozenset({Status.GEACCEPTEERD, Status.AFGEWEZEN, Status.INGETROKKEN}),
    Status.GEACCEPTEERD: frozenset({Status.VELDWERK, Status.INGETROKKEN}),
    Status.VELDWERK: frozenset({Status.SCHETS, Status.INGETROKKEN}),
    Status.SCHETS: frozenset({Status.WEDERHOOR, Status.VELDWERK, Status.INGETROKKEN}),
    Status.WEDERHOOR: frozenset({Status.AFGEROND, Status.SCHETS}),
    Status.AFGEROND: frozenset(),
    Status.AFGEWEZEN: frozenset(),
    Status.INGETROKKEN: frozenset(),
}

OPEN_STATUSSEN = (Status.INGEDIEND, Status.INTAKE)
SPIEGEL_STATUSSEN = (
    Status.GEACCEPTEERD,
    Status.VELDWERK,
    Status.SCHETS,
    Status.WEDERHOOR,
    Status.AFGEROND,
)


class Presentatievorm(models.TextChoices):
    GROEP = "groep", _("Presentatie aan de groep")
    GESPREK = "gesprek", _("Vertrouwelijk gesprek")
    RAPPORT = "rapport", _("Rapportage")


class AuditActie(models.TextChoices):
    LEZEN = "lezen", _("Gelezen")
    DOWNLOAD = "download", _("Gedownload")
    EXPORT = "export", _("Geëxporteerd")
    WIJZIGEN = "wijzigen", _("Gewijzigd")
    VERWIJDEREN = "verwijderen", _("Verwijderd")
    GEWEIGERD = "geweigerd", _("Toegang geweigerd")
