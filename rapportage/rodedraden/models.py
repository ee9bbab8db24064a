"""Models of the rode draden: an organisation's size, recurring themes, PDF exports.

Defined here and imported by `rapportage.models`, so their app label is `rapportage`."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rapportage.constants import RenderStatus


class Organisatieprofiel(models.Model):
    """What the rode draden filter on beyond the organisation itself: its number of
    inhabitants (CBS), from which the size class is derived. A werkbedrijf or region without
    a figure of its own counts the inhabitants of the municipalities it serves."""

    organisatie = models.OneToOneField(
        "spiegel.Organisatie",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="profiel",
    )
    inwoners = models.PositiveIntegerField(_("aantal inwoners"), null=True, blank=True)

    class Meta:
        verbose_name = _("organisatieprofiel")
        verbose_name_plural = _("organisatieprofielen")

    def __str__(self):
        return str(self.organisatie)


class Thema(models.Model):
    """A recurring theme across Spiegels: a group of similar observations that the team
    confirmed, named and linked to a bouwsteen."""

    naam = models.CharField(_("naam"), max_length=200)
    bouwsteen = models.ForeignKey(
        "spiegel.Bouwsteen",
        verbose_name=_("bouwsteen"),
        on_delete=models.PROTECT,
        related_name="themas",
    )
    waarnemingen = models.ManyToManyField(
        "gesprekken.Waarneming", verbose_name=_("waarnemingen"), related_name="themas"
    )
    bevestigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bevestigd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bevestigd_op = models.DateTimeField(_("bevestigd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["naam", "pk"]

    def __str__(self):
        return self.naam


class RodeDradenPdf(models.Model):
    """One PDF of the rode draden for one set of filters, rendered by Celery."""

    filters = models.JSONField(_("filters"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=RenderStatus.choices, default=RenderStatus.WACHTRIJ
    )
    reden = models.TextField(_("reden van mislukken"), blank=True)
    bestand = models.FileField(_("bestand"), upload_to="rodedraden/%Y/", blank=True)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangevraagd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("PDF van de rode draden")
        verbose_name_plural = _("PDF's van de rode draden")
        ordering = ["-aangemaakt_op"]

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"


class BouwsteenTelling(models.Model):
    """How many observations of one kind one Spiegel has under one bouwsteen: the rode
    draden read these (tens of thousands of rows) instead of every observation's bouwsteen
    links (hundreds of thousands).

    Kept by PostgreSQL triggers (migration 0005) on the observations' bouwsteen links and on
    a change of an observation's kind or Spiegel, so every write path (the fieldwork
    services, the admin, the demo and volume loaders) keeps it exact in the same
    transaction. `services.tellingen_herbouwen` rebuilds it (nightly by beat, and after a
    bulk load that bypasses triggers). Rows reaching 0 are removed."""

    spiegel = models.ForeignKey(
        "spiegel.Spiegel", verbose_name=_("Spiegel"), on_delete=models.CASCADE, related_name="+"
    )
    bouwsteen = models.ForeignKey(
        "spiegel.Bouwsteen",
        verbose_name=_("bouwsteen"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    soort = models.CharField(_("soort"), max_length=20)
    n = models.PositiveIntegerField(_("aantal waarnemingen"))

    class Meta:
        verbose_name = _("telling per bouwsteen")
        verbose_name_plural = _("tellingen per bouwsteen")
        constraints = [
            models.UniqueConstraint(
                fields=["spiegel", "bouwsteen", "soort"], name="rodedraden_telling_uniek"
            )
        ]

    def __str__(self):
        return f"{self.spiegel_id}/{self.bouwsteen_id}/{self.soort}: {self.n}"
