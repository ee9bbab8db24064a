"""Retention (bewaartermijn): personal data of a closed Spiegel is purged after a period.

A request is closed when it is afgerond, afgewezen or ingetrokken; its closing moment is the
Spiegel's `afgerond_op`, else the timeline entry that closed it. Per data class a period in
days (settings, from the environment):

- `BEWAARTERMIJN_NOTITIES_DAGEN`: raw notes of the sessions (Aantekening with its versions);
- `BEWAARTERMIJN_DEELNEMERS_DAGEN`: participants' names (the role stays);
- `BEWAARTERMIJN_DOCUMENTEN_DAGEN`: documents shared for the Spiegel (file and row).

Kept: final reports (RenderJob files), observations, quotes (by role), the schets.
`toepassen()` is idempotent: a second run finds nothing left. Each purge of a Spiegel's data
writes one audit row (no content, only counts). `overzicht()` is the dry run.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from spiegel.constants import AuditActie, Status
from spiegel.models import Aanvraag, AuditRegel, Gebeurtenis

GESLOTEN = (Status.AFGEROND, Status.AFGEWEZEN, Status.INGETROKKEN)


@dataclass
class Verval:
    """What retention removes (or would remove) for one request."""

    aanvraag_pk: int
    referentie: str
    gesloten_op: datetime
    aantekeningen: list[int] = field(default_factory=list)
    versies: int = 0
    deelnemers: list[int] = field(default_factory=list)
    documenten: list[int] = field(default_factory=list)

    @property
    def leeg(self) -> bool:
        return not (self.aantekeningen or self.versies or self.deelnemers or self.documenten)

    def omschrijving(self) -> str:
        return (
            f"Bewaartermijn verstreken: {len(self.aantekeningen)} aantekeningen "
            f"({self.versies} versies), {len(self.deelnemers)} namen van deelnemers, "
            f"{len(self.documenten)} documenten verwijderd"
        )


def termijnen() -> dict[str, timedelta]:
    return {
        "notities": timedelta(days=settings.BEWAARTERMIJN_NOTITIES_DAGEN),
        "deelnemers": timedelta(days=settings.BEWAARTERMIJN_DEELNEMERS_DAGEN),
        "documenten": timedelta(days=settings.BEWAARTERMIJN_DOCUMENTEN_DAGEN),
    }


def gesloten_aanvragen():
    """Closed requests annotated with `gesloten_op`, the moment they were closed."""
    sluiting = (
        Gebeurtenis.objects.filter(aanvraag=OuterRef("pk"), naar_status=OuterRef("status"))
        .order_by("-op")
        .values("op")[:1]
    )
    return (
        Aanvraag.objects.filter(status__in=GESLOTEN)
        .annotate(gesloten_op=Coalesce(F("spiegel__afgerond_op"), Subquery(sluiting)))
        .filter(gesloten_op__isnull=False)
        .order_by("gesloten_op", "pk")
    )


def overzicht(nu: datetime | None = None) -> list[Verval]:
    """Everything whose period has passed, per request (read-only: the dry run)."""
    from gesprekken.models import Aantekening, AantekeningVersie, Deelnemer, Document

    nu = nu or timezone.now()
    t = termijnen()
    oudste = nu - min(t.values())
    result = []
    for aanvraag in gesloten_aanvragen().filter(gesloten_op__lte=oudste):
        v = Verval(aanvraag.pk, aanvraag.referentie, aanvraag.gesloten_op)
        if aanvraag.gesloten_op <= nu - t["notities"]:
            v.aantekeningen = list(
                Aantekening.objects.filter(gesprek__spiegel__aanvraag=aanvraag).values_list(
                    "pk", flat=True
                )
            )
            v.versies = AantekeningVersie.objects.filter(aantekening__in=v.aantekeningen).count()
        if aanvraag.gesloten_op <= nu - t["deelnemers"]:
            v.deelnemers = list(
                Deelnemer.objects.filter(gesprek__spiegel__aanvraag=aanvraag)
                .exclude(naam="")
                .values_list("pk", flat=True)
            )
        if aanvraag.gesloten_op <= nu - t["documenten"]:
            v.documenten = list(
                Document.objects.filter(aanvraag=aanvraag).values_list("pk", flat=True)
            )
        if not v.leeg:
            result.append(v)
    return result


def _verwijder_bestanden(documenten) -> None:
    for document in documenten:
        if document.bestand:
            document.bestand.storage.delete(document.bestand.name)


def toepassen(nu: datetime | None = None) -> list[Verval]:
    """Purge what `overzicht` lists; one transaction and one audit row per request."""
    from gesprekken.models import Aantekening, Deelnemer, Document

    gedaan = []
    for v in overzicht(nu):
        with transaction.atomic():
            Aantekening.objects.filter(pk__in=v.aantekeningen).delete()  # versions cascade
            Deelnemer.objects.filter(pk__in=v.deelnemers).update(naam="")
            documenten = list(Document.objects.filter(pk__in=v.documenten))
            Document.objects.filter(pk__in=v.documenten).delete()
            AuditRegel.objects.create(
                actie=AuditActie.VERWIJDEREN,
                object_soort="spiegel.aanvraag",
                object_id=str(v.aanvraag_pk),
                omschrijving=v.omschrijving()[:300],
                gelukt=True,
                pad="bewaartermijn",
            )
            # Files go once the rows are gone for good: a rollback keeps both.
            transaction.on_commit(lambda d=documenten: _verwijder_bestanden(d))
        gedaan.append(v)
    return gedaan


def lopende_zonder_einde() -> int:
    """How many closed requests have no closing moment (and so are never purged)."""
    return (
        Aanvraag.objects.filter(status__in=GESLOTEN)
        .filter(Q(spiegel__isnull=True) | Q(spiegel__afgerond_op__isnull=True))
        .exclude(gebeurtenissen__naar_status__in=GESLOTEN)
        .count()
    )
