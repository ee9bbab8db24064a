"""Fieldwork: sessions, their participants and notes, observations, quotes and documents."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from gesprekken.constants import GesprekSoort, Toestemming, WaarnemingSoort, Weergave


class Gesprek(models.Model):
    spiegel = models.ForeignKey(
        "spiegel.Spiegel",
        verbose_name=_("Spiegel"),
        on_delete=models.CASCADE,
        related_name="gesprekken",
    )
    soort = models.CharField(_("soort"), max_length=20, choices=GesprekSoort.choices)
    titel = models.CharField(_("titel"), max_length=200)
    begin = models.DateTimeField(_("begin"))
    einde = models.DateTimeField(_("einde"), null=True, blank=True)
    plaats = models.CharField(_("plaats"), max_length=200, blank=True)
    teamleden = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aanwezige teamleden"),
        blank=True,
        related_name="+",
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("gesprek")
        verbose_name_plural = _("gesprekken")
        ordering = ["begin", "pk"]
        indexes = [models.Index(fields=["spiegel", "begin"])]

    def __str__(self):
        return self.titel


class Deelnemer(models.Model):
    """A participant by role. The name is optional and confidential: never shown to the
    contact, purged by retention, and searched for by the schets' privacy check."""

    gesprek = models.ForeignKey(
        Gesprek, verbose_name=_("gesprek"), on_delete=models.CASCADE, related_name="deelnemers"
    )
    rol = models.CharField(_("functie of rol"), max_length=200)
    naam = models.CharField(
        _("naam"), max_length=200, blank=True, help_text=_("Optioneel en vertrouwelijk.")
    )
    toestemming_citeren = models.BooleanField(_("toestemming om te citeren"), default=False)

    class Meta:
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        ordering = ["gesprek", "pk"]

    def __str__(self):
        return self.rol


class Aantekening(models.Model):
    """The notes of one session. `versie` increases on every save; a save based on an older
    version is refused (optimistic locking)."""

    gesprek = models.OneToOneField(
        Gesprek, verbose_name=_("gesprek"), on_delete=models.CASCADE, related_name="aantekening"
    )
    tekst = models.TextField(_("aantekeningen"), blank=True)
    versie = models.PositiveIntegerField(_("versie"), default=0)
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bijgewerkt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    zoekvector = models.GeneratedField(
        verbose_name=_("zoekvector"),
        expression=SearchVector("tekst", config="dutch"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        verbose_name = _("aantekening")
        verbose_name_plural = _("aantekeningen")
        indexes = [GinIndex(fields=["zoekvector"], name="aantekening_tekst_fts")]

    def __str__(self):
        return str(self.gesprek)


class AantekeningVersie(models.Model):
    aantekening = models.ForeignKey(
        Aantekening, verbose_name=_("aantekening"), on_delete=models.CASCADE, related_name="versies"
    )
    versie = models.PositiveIntegerField(_("versie"))
    tekst = models.TextField(_("tekst"))
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    op = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van aantekening")
        verbose_name_plural = _("versies van aantekeningen")
        ordering = ["aantekening", "-versie"]
        constraints = [
            models.UniqueConstraint(
                fields=["aantekening", "versie"], name="aantekening_versie_uniek"
            )
        ]

    def __str__(self):
        return f"{self.aantekening} v{self.versie}"


class Waarneming(models.Model):
    spiegel = models.ForeignKey(
        "spiegel.Spiegel",
        verbose_name=_("Spiegel"),
        on_delete=models.CASCADE,
        related_name="waarnemingen",
    )
    gesprek = models.ForeignKey(
        Gesprek,
        verbose_name=_("bron"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="waarnemingen",
    )
    tekst = models.TextField(_("waarneming"))
    soort = models.CharField(_("soort"), max_length=20, choices=WaarnemingSoort.choices)
    bouwstenen = models.ManyToManyField(
        "spiegel.Bouwsteen", verbose_name=_("bouwstenen"), related_name="waarnemingen"
    )
    kernvragen = models.ManyToManyField(
        "spiegel.Kernvraag", verbose_name=_("kernvragen"), blank=True, related_name="waarnemingen"
    )
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastgelegd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    zoekvector = models.GeneratedField(
        verbose_name=_("zoekvector"),
        expression=SearchVector("tekst", config="dutch"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        verbose_name = _("waarneming")
        verbose_name_plural = _("waarnemingen")
        ordering = ["-aangemaakt_op", "-pk"]
        indexes = [
            models.Index(fields=["spiegel", "soort"]),
            GinIndex(fields=["zoekvector"], name="waarneming_tekst_fts"),
        ]

    def __str__(self):
        return self.tekst[:80]


class Citaat(models.Model):
    spiegel = models.ForeignKey(
        "spiegel.Spiegel",
        verbose_name=_("Spiegel"),
        on_delete=models.CASCADE,
        related_name="citaten",
    )
    gesprek = models.ForeignKey(
        Gesprek,
        verbose_name=_("bron"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="citaten",
    )
    tekst = models.TextField(_("citaat"))
    rol = models.CharField(
        _("rol van de spreker"), max_length=200, help_text=_("Bijvoorbeeld: een teamleider.")
    )
    toestemming = models.CharField(
        _("toestemming"), max_length=20, choices=Toestemming.choices, default=Toestemming.GEVRAAGD
    )
    weergave = models.CharField(
        _("weergave"), max_length=20, choices=Weergave.choices, default=Weergave.ANONIEM
    )
    bouwstenen = models.ManyToManyField(
        "spiegel.Bouwsteen", verbose_name=_("bouwstenen"), blank=True, related_name="citaten"
    )
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastgelegd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    zoekvector = models.GeneratedField(
        verbose_name=_("zoekvector"),
        expression=SearchVector("tekst", config="dutch"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        verbose_name = _("citaat")
        verbose_name_plural = _("citaten")
        ordering = ["-aangemaakt_op", "-pk"]
        indexes = [GinIndex(fields=["zoekvector"], name="citaat_tekst_fts")]

    def __str__(self):
        return self.tekst[:80]


class Document(models.Model):
    """A file shared by the contact or the team. Stored privately; served only through a
    permission-checked view that writes an audit row."""

    aanvraag = models.ForeignKey(
        "spiegel.Aanvraag",
        verbose_name=_("aanvraag"),
        on_delete=models.CASCADE,
        related_name="documenten",
    )
    titel = models.CharField(_("titel"), max_length=200)
    bestand = models.FileField(_("bestand"), upload_to="documenten/%Y/%m/")
    mime_type = models.CharField(_("bestandstype"), max_length=100)
    grootte = models.PositiveBigIntegerField(_("grootte in bytes"))
    geupload_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geüpload door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    van_contact = models.BooleanField(_("gedeeld door de organisatie"), default=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        ordering = ["-aangemaakt_op"]
        indexes = [GinIndex(SearchVector("titel", config="dutch"), name="document_titel_fts")]

    def __str__(self):
        return self.titel


class Sjabloon(models.Model):
    """A capture template for one kind of session, in Markdown. Rows without a Spiegel are
    the catalogue's defaults (edited by admins); a Spiegel gets its own editable copies."""

    spiegel = models.ForeignKey(
        "spiegel.Spiegel",
        verbose_name=_("Spiegel"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sjablonen",
        help_text=_("Leeg: het standaardsjabloon waarvan elke Spiegel een kopie krijgt."),
    )
    soort = models.CharField(_("soort gesprek"), max_length=20, choices=GesprekSoort.choices)
    titel = models.CharField(_("titel"), max_length=200)
    inhoud = models.TextField(
        _("inhoud"), help_text=_("Markdown; vult de aantekeningen van een nieuw gesprek.")
    )
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("vastlegsjabloon")
        verbose_name_plural = _("vastlegsjablonen")
        ordering = ["spiegel", "soort"]
        constraints = [
            models.UniqueConstraint(
                fields=["spiegel", "soort"],
                condition=models.Q(spiegel__isnull=False),
                name="sjabloon_per_spiegel_en_soort",
            ),
            models.UniqueConstraint(
                fields=["soort"],
                condition=models.Q(spiegel__isnull=True),
                name="standaardsjabloon_per_soort",
            ),
        ]

    def __str__(self):
        return self.titel
