"""A request (aanvraag), the Spiegel it becomes, its kernvragen and its timeline.

The status of the whole journey lives on the Aanvraag; a Spiegel exists from acceptance on
and reads its status from there, so there is one status flow and one timeline.
"""

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _

from spiegel.constants import (
    OPEN_STATUSSEN,
    SPIEGEL_STATUSSEN,
    OrganisatieSoort,
    Presentatievorm,
    Status,
)


class Aanvraag(models.Model):
    referentie = models.CharField(_("referentienummer"), max_length=20, unique=True)
    indientoken = models.UUIDField(
        _("indientoken"),
        unique=True,
        default=uuid.uuid4,
        help_text=_("Maakt dubbel indienen onschadelijk: één token, één aanvraag."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.INGEDIEND
    )
    organisatie = models.ForeignKey(
        "spiegel.Organisatie",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="aanvragen",
    )
    organisatie_onbekend = models.CharField(
        _("organisatie (niet in de lijst)"),
        max_length=200,
        blank=True,
        help_text=_("Door de aanvrager ingevuld; de coördinator koppelt een organisatie."),
    )
    organisatie_soort = models.CharField(
        _("soort organisatie (opgegeven)"),
        max_length=20,
        choices=OrganisatieSoort.choices,
        blank=True,
    )
    gemeenten = models.ManyToManyField(
        "spiegel.Organisatie",
        verbose_name=_("gemeenten waarvoor de organisatie werkt"),
        blank=True,
        related_name="+",
    )
    contact_naam = models.CharField(_("naam contactpersoon"), max_length=200)
    contact_functie = models.CharField(_("functie contactpersoon"), max_length=200)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"))
    contact_telefoon = models.CharField(_("telefoonnummer contactpersoon"), max_length=40)
    contactpersoon = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account contactpersoon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="aanvragen",
    )
    context = models.TextField(_("wat speelt er"))
    vragen = ArrayField(models.TextField(), verbose_name=_("vragen"), default=list, blank=True)
    bouwstenen = models.ManyToManyField(
        "spiegel.Bouwsteen", verbose_name=_("bouwstenen"), blank=True, related_name="+"
    )
    delen = models.TextField(_("wat wilt u delen"), blank=True)
    gesprekspartners = models.TextField(_("gesprekspartners (functies)"), blank=True)
    presentatievormen = ArrayField(
        models.CharField(max_length=20, choices=Presentatievorm.choices),
        verbose_name=_("presentatievormen"),
        default=list,
    )
    periode = models.CharField(_("gewenste periode"), max_length=200, blank=True)
    privacy_akkoord_op = models.DateTimeField(_("akkoord privacyverklaring op"))
    intakeverslag = models.TextField(_("verslag intakegesprek"), blank=True)
    intake_gepland_op = models.DateTimeField(_("intakegesprek gepland op"), null=True, blank=True)
    afwijsreden = models.TextField(_("reden van afwijzing"), blank=True)
    ingediend_op = models.DateTimeField(_("ingediend op"), auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("aanvraag")
        verbose_name_plural = _("aanvragen")
        ordering = ["-ingediend_op"]
        # The inbox and the coordinator's home list the open requests newest first, the
        # inbox's "alle" every request: walked in index order, PostgreSQL stops at the page
        # instead of joining and sorting every (open) request (at 10x: 10 and 55 ms).
        indexes = [
            models.Index(fields=["status", "-ingediend_op"]),
            models.Index(
                fields=["-ingediend_op", "-id"],
                name="aanvraag_open_idx",
                condition=models.Q(status__in=OPEN_STATUSSEN),
            ),
            models.Index(fields=["-ingediend_op", "-id"], name="aanvraag_nieuwste_idx"),
        ]

    def __str__(self):
        return f"{self.referentie} {self.organisatie_naam}"

    @property
    def organisatie_naam(self) -> str:
        return self.organisatie.naam if self.organisatie_id else self.organisatie_onbekend


class Spiegel(models.Model):
    aanvraag = models.OneToOneField(
        Aanvraag, verbose_name=_("aanvraag"), on_delete=models.PROTECT, related_name="spiegel"
    )
    organisatie = models.ForeignKey(
        "spiegel.Organisatie",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="spiegels",
    )
    team = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("team"),
        related_name="spiegels",
        help_text=_("De Divosa-medewerkers die deze Spiegel uitvoeren; meestal twee."),
    )
    vorige = models.ForeignKey(
        "self",
        verbose_name=_("vorige Spiegel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="vervolgen",
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    afgerond_op = models.DateTimeField(_("afgerond op"), null=True, blank=True)

    class Meta:
        verbose_name = _("Spiegel")
        verbose_name_plural = _("Spiegels")
        ordering = ["-aangemaakt_op"]
        # The staff home pages every Spiegel newest first: at 10x a sort of all of them.
        indexes = [models.Index(fields=["-aangemaakt_op", "-id"], name="spiegel_nieuwste_idx")]

    def __str__(self):
        return f"{self.aanvraag.referentie} {self.organisatie.naam}"

    @property
    def status(self) -> str:
        return self.aanvraag.status

    @property
    def is_lopend(self) -> bool:
        return self.aanvraag.status in SPIEGEL_STATUSSEN and self.aanvraag.status != Status.AFGEROND


class Kernvraag(models.Model):
    spiegel = models.ForeignKey(
        Spiegel, verbose_name=_("Spiegel"), on_delete=models.CASCADE, related_name="kernvragen"
    )
    tekst = models.TextField(_("kernvraag"))
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("kernvraag")
        verbose_name_plural = _("kernvragen")
        ordering = ["spiegel", "volgorde", "pk"]

    def __str__(self):
        return self.tekst


class Gebeurtenis(models.Model):
    """One line in the timeline of a request. Staff see `tekst`; the contact sees
    `tekst_contact` (friendly wording) and only when it is set."""

    aanvraag = models.ForeignKey(
        Aanvraag,
        verbose_name=_("aanvraag"),
        on_delete=models.CASCADE,
        related_name="gebeurtenissen",
    )
    van_status = models.CharField(
        _("van status"), max_length=20, choices=Status.choices, blank=True
    )
    naar_status = models.CharField(
        _("naar status"), max_length=20, choices=Status.choices, blank=True
    )
    tekst = models.TextField(_("omschrijving"))
    tekst_contact = models.TextField(_("omschrijving voor de contactpersoon"), blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    op = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("tijdlijn")
        ordering = ["op", "pk"]

    def __str__(self):
        return self.tekst
