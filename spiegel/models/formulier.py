"""State of the public request form that must not depend on Redis: drafts kept under a token,
files uploaded before the form was complete, submission attempts for the rate limit, and the
yearly counter behind the reference numbers."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Concept(models.Model):
    """A draft of the request form, saved server-side under the token of the form. The same
    token becomes the request's `indientoken`, so a replayed submit finds its request."""

    token = models.UUIDField(_("token"), unique=True, default=uuid.uuid4)
    gegevens = models.JSONField(_("ingevulde gegevens"), default=dict, blank=True)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("concept van een aanvraag")
        verbose_name_plural = _("concepten van aanvragen")
        indexes = [models.Index(fields=["bijgewerkt_op"])]

    def __str__(self):
        return str(self.token)


class ConceptBestand(models.Model):
    """A file uploaded with a draft: kept when the rest of the form was rejected, moved to
    the request's documents on submit. Private storage, like every upload."""

    concept = models.ForeignKey(
        Concept, verbose_name=_("concept"), on_delete=models.CASCADE, related_name="bestanden"
    )
    naam = models.CharField(_("bestandsnaam"), max_length=200)
    bestand = models.FileField(_("bestand"), upload_to="concepten/%Y/%m/")
    mime_type = models.CharField(_("bestandstype"), max_length=100)
    grootte = models.PositiveBigIntegerField(_("grootte in bytes"))
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("bestand bij een concept")
        verbose_name_plural = _("bestanden bij concepten")
        ordering = ["aangemaakt_op", "pk"]

    def __str__(self):
        return self.naam


class Indienpoging(models.Model):
    """One submit (or one new draft) of the public form, by a hashed address: the rate
    limit counts these rows. The address itself is never stored; rows go after a day."""

    class Soort(models.TextChoices):
        INDIENEN = "indienen", _("Indienen")
        CONCEPT = "concept", _("Nieuw concept")

    adres = models.CharField(_("adres (gehasht)"), max_length=64)
    soort = models.CharField(
        _("soort"), max_length=10, choices=Soort.choices, default=Soort.INDIENEN
    )
    op = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("indienpoging")
        verbose_name_plural = _("indienpogingen")
        indexes = [models.Index(fields=["adres", "soort", "op"])]

    def __str__(self):
        return f"{self.adres[:8]} {self.op:%Y-%m-%d %H:%M}"


class Referentieteller(models.Model):
    """The last reference number handed out per year (SP-2026-0042)."""

    jaar = models.PositiveSmallIntegerField(_("jaar"), primary_key=True)
    laatste = models.PositiveIntegerField(_("laatste nummer"), default=0)

    class Meta:
        verbose_name = _("referentieteller")
        verbose_name_plural = _("referentietellers")

    def __str__(self):
        return f"{self.jaar}: {self.laatste}"
