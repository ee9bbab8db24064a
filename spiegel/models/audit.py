"""The audit trail: who read or tried to read confidential content, and when.

Rows are append-only: the database refuses UPDATE and DELETE on this table (a trigger,
see the migration), and the admin shows them read-only.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from spiegel.constants import AuditActie


class AuditRegel(models.Model):
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        null=True,
        blank=True,
        # The trail is append-only (a trigger refuses UPDATE), so an account with audit rows
        # cannot be deleted: it is deactivated or pseudonymised (spiegel/privacy.py) instead.
        on_delete=models.PROTECT,
        related_name="+",
        db_constraint=False,
    )
    gebruiker_email = models.CharField(_("e-mailadres gebruiker"), max_length=254, blank=True)
    actie = models.CharField(_("actie"), max_length=20, choices=AuditActie.choices)
    object_soort = models.CharField(_("soort object"), max_length=60)
    object_id = models.CharField(_("object-id"), max_length=64, blank=True)
    omschrijving = models.CharField(_("omschrijving"), max_length=300, blank=True)
    gelukt = models.BooleanField(_("toegestaan"), default=True)
    ip_adres = models.GenericIPAddressField(_("IP-adres"), null=True, blank=True)
    pad = models.CharField(_("adres"), max_length=300, blank=True)
    op = models.DateTimeField(_("op"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("auditregel")
        verbose_name_plural = _("audittrail")
        ordering = ["-op"]
        indexes = [models.Index(fields=["object_soort", "object_id"])]

    def __str__(self):
        return f"{self.op:%Y-%m-%d %H:%M} {self.gebruiker_email} {self.actie} {self.object_soort}"
