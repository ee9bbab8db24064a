"""Choices of the schets and report app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SchetsStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    REVIEW = "review", _("Ter review")
    GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd")
    WEDERHOOR = "wederhoor", _("In wederhoor")
    DEFINITIEF = "definitief", _("Definitief")


class Vorm(models.TextChoices):
    RAPPORTAGE = "rapportage", _("Rapportage (A4)")
    PRESENTATIE = "presentatie", _("Presentatie (dia's)")
    GESPREK = "gesprek", _("Gesprek (handout)")


class RenderStatus(models.TextChoices):
    WACHTRIJ = "wachtrij", _("In de wachtrij")
    BEZIG = "bezig", _("Wordt gemaakt")
    KLAAR = "klaar", _("Klaar")
    MISLUKT = "mislukt", _("Mislukt")


class OpmerkingStatus(models.TextChoices):
    OPEN = "open", _("Open")
    OVERGENOMEN = "overgenomen", _("Overgenomen")
    BEANTWOORD = "beantwoord", _("Beantwoord")


class ToonSoort(models.TextChoices):
    OORDEEL = "oordeel", _("Oordeel")
    VOORSCHRIFT = "voorschrift", _("Voorschrift")
    ABSOLUUT = "absoluut", _("Absoluut")
