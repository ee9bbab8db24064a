"""Organisations that request a Spiegel: municipalities, werkbedrijven and regions."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from spiegel.constants import OrganisatieSoort


class Organisatie(models.Model):
    naam = models.CharField(_("naam"), max_length=200)
    soort = models.CharField(_("soort"), max_length=20, choices=OrganisatieSoort.choices)
    cbs_code = models.CharField(
        _("CBS-code"),
        max_length=6,
        blank=True,
        help_text=_("Gemeentecode van het CBS, bijvoorbeeld GM0363. Alleen voor gemeenten."),
    )
    provincie = models.CharField(_("provincie"), max_length=40, blank=True)
    bedient = models.ManyToManyField(
        "self",
        verbose_name=_("bedient gemeenten"),
        symmetrical=False,
        blank=True,
        related_name="bediend_door",
        help_text=_("Voor een werkbedrijf of regio: de gemeenten waarvoor zij werken."),
    )
    actief = models.BooleanField(
        _("actief"),
        default=True,
        help_text=_(
            "Een opgeheven gemeente blijft bestaan voor oude aanvragen, maar is niet meer te kiezen."
        ),
    )
    fictief = models.BooleanField(
        _("fictief"), default=False, help_text=_("Demo-organisatie; bestaat niet echt.")
    )

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["cbs_code"],
                condition=~models.Q(cbs_code=""),
                name="organisatie_cbs_code_uniek",
            )
        ]
        indexes = [models.Index(fields=["soort", "actief"])]

    def __str__(self):
        return self.naam
