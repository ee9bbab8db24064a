"""Reference catalogues: the bouwstenen and the ABC van de Uitvoering. Editable by admins."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Bouwsteen(models.Model):
    slug = models.SlugField(_("code"), unique=True)
    naam = models.CharField(_("naam"), max_length=120)
    beschrijving = models.TextField(_("beschrijving"))
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    actief = models.BooleanField(_("actief"), default=True)

    class Meta:
        verbose_name = _("bouwsteen")
        verbose_name_plural = _("bouwstenen")
        ordering = ["volgorde", "naam"]

    def __str__(self):
        return self.naam


class AbcLetter(models.Model):
    letter = models.CharField(_("letter"), max_length=1, unique=True)
    naam = models.CharField(_("naam"), max_length=120)
    beschrijving = models.TextField(_("beschrijving"), blank=True)

    class Meta:
        verbose_name = _("ABC-letter")
        verbose_name_plural = _("ABC van de Uitvoering")
        ordering = ["letter"]

    def __str__(self):
        return f"{self.letter} {self.naam}"
