"""Retention (bewaartermijn): personal data of a closed Spiegel is purged after a period.

A request is closed when it is afgerond, afgewezen or ingetrokken; its closing moment is the
Spiegel's `afgerond_op`, else the timeline entry that closed it. Per data class a period in
days (settings, from the environment):

- `BEWAARTERMIJN_NOTITIES_DAGEN`: raw notes of the sessions (Aantekening with its versions);
- `BEWAARTERMIJN_DEELNEMERS_DAGEN`: participants' names (the role stays);
- `BEWAARTERMIJN_DOCUMENTEN_DAGEN`: documents shared for the Spiegel (file and row).

What each class means is up to the app that holds it: each registers its part in
`spiegel.registry.bewaartermijn` (fieldwork: `gesprekken/retention.py`).
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

from spiegel import registry
from spiegel.constants import AuditActie, Status
from spiegel.models import Aanvraag, AuditRegel, Gebeurtenis

GESLOTEN = (Status.AFGEROND, Status.AFGEWEZEN, Status.INGETROKKEN)


@dataclass
class Verval:
    """What retention removes (or would remove) for one request: per registered app
    (`spiegel.registry.bewaartermijn`) the part that app found."""

    aanvraag_pk: int
    referentie: str
    gesloten_op: datetime
    delen: dict = field(default_factory=dict)  # app name -> what that app's part found

    @property
    def leeg(self) -> bool:
        return all(deel.leeg(self.delen[naam]) for naam, deel in delen() if naam in self.delen)

    def omschrijving(self) -> str:
        stukken = [deel.omschrijving(self.delen[naam]) for naam, deel in delen()]
        return f"Bewaartermijn verstreken: {', '.join(stukken)} verwijderd"


def delen():
    return list(zip(registry.bewaartermijn.namen(), registry.bewaartermijn, strict=True))


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
    nu = nu or timezone.now()
    t = termijnen()
    oudste = nu - min(t.values())
    result = []
    for aanvraag in gesloten_aanvragen().filter(gesloten_op__lte=oudste):
        v = Verval(aanvraag.pk, aanvraag.referentie, aanvraag.gesloten_op)
        verlopen = {naam for naam, termijn in t.items() if aanvraag.gesloten_op <= nu - termijn}
        for naam, deel in delen():
            v.delen[naam] = deel.verlopen(aanvraag, verlopen=verlopen)
        if not v.leeg:
            result.append(v)
    return result


def toepassen(nu: datetime | None = None) -> list[Verval]:
    """Purge what `overzicht` lists; one transaction and one audit row per request."""
    gedaan = []
    for v in overzicht(nu):
        with transaction.atomic():
            na_commit = [deel.verwijderen(v.delen[naam]) for naam, deel in delen()]
            AuditRegel.objects.create(
                actie=AuditActie.VERWIJDEREN,
                object_soort="spiegel.aanvraag",
                object_id=str(v.aanvraag_pk),
                omschrijving=v.omschrijving()[:300],
                gelukt=True,
                pad="bewaartermijn",
            )
            # Files go once the rows are gone for good: a rollback keeps both.
            for stap in na_commit:
                if stap is not None:
                    transaction.on_commit(stap)
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
