"""Choices of the fieldwork app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GesprekSoort(models.TextChoices):
    INTERVIEW = "interview", _("Interview")
    GROEPSGESPREK = "groepsgesprek", _("Groepsgesprek")
    MEELOOPRONDE = "meeloopronde", _("Meeloopronde")
    DOCUMENTSTUDIE = "documentstudie", _("Documentstudie")


class WaarnemingSoort(models.TextChoices):
    KRACHT = "kracht", _("Kracht / steunpilaar")
    AANDACHTSPUNT = "aandachtspunt", _("Aandachtspunt")
    DILEMMA = "dilemma", _("Dilemma / reflectievraag")


class Toestemming(models.TextChoices):
    GEVRAAGD = "gevraagd", _("Gevraagd")
    GEGEVEN = "gegeven", _("Gegeven")
    GEWEIGERD = "geweigerd", _("Geweigerd")


class Weergave(models.TextChoices):
    ANONIEM = "anoniem", _("Anoniem")
    FUNCTIE = "functie", _("Met functie")
