"""Outgoing email, kept in the database first so nothing is lost when Redis is down.

A row is written in the same transaction as the change that causes it; a Celery task sends
it; a beat sweeper re-enqueues rows that never reached the broker.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Bericht(models.Model):
    class Status(models.TextChoices):
        WACHTRIJ = "wachtrij", _("In de wachtrij")
        VERZONDEN = "verzonden", _("Verzonden")
        MISLUKT = "mislukt", _("Mislukt")

    aan = models.JSONField(_("aan"), help_text=_("Lijst van e-mailadressen."))
    onderwerp = models.CharField(_("onderwerp"), max_length=300)
    tekst = models.TextField(_("tekst"))
    html = models.TextField(_("HTML"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.WACHTRIJ
    )
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    fout = models.CharField(_("laatste fout"), max_length=300, blank=True)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    verzonden_op = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mailbericht")
        verbose_name_plural = _("e-mailberichten")
        ordering = ["-aangemaakt_op"]
        indexes = [models.Index(fields=["status", "aangemaakt_op"])]

    def __str__(self):
        return self.onderwerp
