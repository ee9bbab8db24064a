"""The schets (sections, immutable versions, wederhoor remarks), tone rules and PDF jobs."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rapportage.constants import OpmerkingStatus, RenderStatus, SchetsStatus, ToonSoort, Vorm
from spiegel.taal import tonen


class Schets(models.Model):
    spiegel = models.OneToOneField(
        "spiegel.Spiegel",
        verbose_name=_("Spiegel"),
        on_delete=models.CASCADE,
        related_name="schets",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SchetsStatus.choices, default=SchetsStatus.CONCEPT
    )
    versie = models.PositiveIntegerField(_("huidige versie"), default=0)
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ter review aangeboden door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    goedgekeurd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("goedgekeurd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewopmerking = models.TextField(_("opmerking van de reviewer"), blank=True)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("schets")
        verbose_name_plural = _("schetsen")

    def __str__(self):
        return f"{_('Schets')} {self.spiegel}"


class Sectie(models.Model):
    schets = models.ForeignKey(
        Schets, verbose_name=_("schets"), on_delete=models.CASCADE, related_name="secties"
    )
    sleutel = models.SlugField(_("sleutel"), max_length=40, blank=True)
    titel = models.CharField(_("titel"), max_length=200)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    tekst = models.TextField(_("tekst (Markdown)"), blank=True)
    versie = models.PositiveIntegerField(
        _("versie"),
        default=0,
        help_text=_("Voor optimistische vergrendeling bij gelijktijdig bewerken."),
    )
    kernvragen = models.ManyToManyField(
        "spiegel.Kernvraag",
        verbose_name=_("beantwoordt kernvragen"),
        blank=True,
        related_name="secties",
    )
    kernboodschap = models.TextField(
        _("kernboodschap voor de dia"),
        blank=True,
        max_length=600,
        help_text=_(
            "Eén korte boodschap (Markdown) voor de dia van deze sectie. Leeg: de dia toont "
            "het begin van de sectie, zonder een zin of lijst af te breken."
        ),
    )
    dia_citaten = models.ManyToManyField(
        "gesprekken.Citaat",
        verbose_name=_("citaten op de dia's"),
        blank=True,
        related_name="+",
        help_text=_("Leeg: het eerste citaat met toestemming dat de sectie aanhaalt."),
    )
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("sectie")
        verbose_name_plural = _("secties")
        ordering = ["schets", "volgorde", "pk"]

    def __str__(self):
        return self.titel


class SchetsVersie(models.Model):
    """An immutable snapshot of the whole schets, made on every save."""

    schets = models.ForeignKey(
        Schets, verbose_name=_("schets"), on_delete=models.CASCADE, related_name="versies"
    )
    nummer = models.PositiveIntegerField(_("versienummer"))
    secties = models.JSONField(_("secties"), help_text=_("Titel, tekst en kernvragen per sectie."))
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)
    toelichting_bericht = models.JSONField(
        _("toelichting als bericht"),
        default=dict,
        blank=True,
        help_text=_(
            "Door de app geschreven: tekst-ID en waarden, getoond in de taal van de lezer."
        ),
    )
    op = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van de schets")
        verbose_name_plural = _("versies van de schets")
        ordering = ["schets", "-nummer"]
        constraints = [
            models.UniqueConstraint(fields=["schets", "nummer"], name="schets_versie_uniek")
        ]

    def __str__(self):
        return f"{self.schets} v{self.nummer}"

    @property
    def toelichting_getoond(self) -> str:
        """The note in the reader's language when the app wrote it; as typed otherwise."""
        return tonen(self.toelichting_bericht, self.toelichting)


class Opmerking(models.Model):
    """A fact-check remark (wederhoor) by the contact on one section."""

    sectie = models.ForeignKey(
        Sectie, verbose_name=_("sectie"), on_delete=models.CASCADE, related_name="opmerkingen"
    )
    tekst = models.TextField(_("opmerking"))
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=OpmerkingStatus.choices, default=OpmerkingStatus.OPEN
    )
    antwoord = models.TextField(_("antwoord van het team"), blank=True)
    afgehandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("afgehandeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    op = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("opmerking (wederhoor)")
        verbose_name_plural = _("opmerkingen (wederhoor)")
        ordering = ["sectie", "op"]

    def __str__(self):
        return self.tekst[:80]


class ToonRegel(models.Model):
    """A word or phrase the tone check flags. Admins extend the built-in list here."""

    patroon = models.CharField(_("woord of zinsdeel"), max_length=100, unique=True)
    soort = models.CharField(_("soort"), max_length=20, choices=ToonSoort.choices)
    suggestie = models.CharField(_("suggestie"), max_length=300)
    actief = models.BooleanField(_("actief"), default=True)

    class Meta:
        verbose_name = _("toonregel")
        verbose_name_plural = _("toonregels")
        ordering = ["patroon"]

    def __str__(self):
        return self.patroon


class RenderJob(models.Model):
    """One PDF of one schets version in one form and template version. The state lives here
    so the page can show it and a sweeper can re-enqueue jobs that never reached Redis."""

    schets = models.ForeignKey(
        Schets, verbose_name=_("schets"), on_delete=models.CASCADE, related_name="renderjobs"
    )
    schets_versie = models.PositiveIntegerField(_("versie van de schets"))
    vorm = models.CharField(_("vorm"), max_length=20, choices=Vorm.choices)
    sjabloon_versie = models.CharField(_("sjabloonversie"), max_length=20)
    status = models.CharField(
        _("status"), max_length=20, choices=RenderStatus.choices, default=RenderStatus.WACHTRIJ
    )
    reden = models.TextField(_("reden van mislukken"), blank=True)
    reden_bericht = models.JSONField(
        _("reden als bericht"),
        default=dict,
        blank=True,
        help_text=_(
            "Door de app geschreven: tekst-ID en waarden, getoond in de taal van de lezer."
        ),
    )
    bestand = models.FileField(_("bestand"), upload_to="rapporten/%Y/", blank=True)
    paginas = models.PositiveSmallIntegerField(
        _("aantal pagina's"),
        default=0,
        help_text=_("Van het gemaakte bestand; zoveel voorbeeldplaatjes toont de PDF-pagina."),
    )
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    vrijgegeven_op = models.DateTimeField(
        _("vrijgegeven aan de organisatie op"), null=True, blank=True
    )
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
        verbose_name = _("PDF-opdracht")
        verbose_name_plural = _("PDF-opdrachten")
        ordering = ["-aangemaakt_op"]
        constraints = [
            models.UniqueConstraint(
                fields=["schets", "schets_versie", "vorm", "sjabloon_versie"],
                name="renderjob_uniek_per_versie_vorm_sjabloon",
            )
        ]
        indexes = [models.Index(fields=["status", "bijgewerkt_op"])]

    def __str__(self):
        return f"{self.schets} v{self.schets_versie} {self.vorm}"

    @property
    def reden_getoond(self) -> str:
        """Why it failed, in the reader's language."""
        return tonen(self.reden_bericht, self.reden)


# The rode draden's models live in their own package (app label `rapportage`).
from rapportage.rodedraden.models import (  # noqa: E402, F401
    BouwsteenTelling,
    Organisatieprofiel,
    RodeDradenPdf,
    Thema,
)
