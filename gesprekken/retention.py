"""The fieldwork app's part of retention (`spiegel.retention`): raw notes with their
versions (period "notities"), participants' names (the role stays; "deelnemers") and the
documents shared for the Spiegel, file and row ("documenten").

Registered in `spiegel.registry.bewaartermijn` from `GesprekkenConfig.ready()`.
"""

from gesprekken.models import Aantekening, AantekeningVersie, Deelnemer, Document


def verlopen(aanvraag, *, verlopen: set[str]) -> dict:
    """The pks of what has passed its period for this closed request."""
    deel = {"aantekeningen": [], "versies": 0, "deelnemers": [], "documenten": []}
    if "notities" in verlopen:
        deel["aantekeningen"] = list(
            Aantekening.objects.filter(gesprek__spiegel__aanvraag=aanvraag).values_list(
                "pk", flat=True
            )
        )
        deel["versies"] = AantekeningVersie.objects.filter(
            aantekening__in=deel["aantekeningen"]
        ).count()
    if "deelnemers" in verlopen:
        deel["deelnemers"] = list(
            Deelnemer.objects.filter(gesprek__spiegel__aanvraag=aanvraag)
            .exclude(naam="")
            .values_list("pk", flat=True)
        )
    if "documenten" in verlopen:
        deel["documenten"] = list(
            Document.objects.filter(aanvraag=aanvraag).values_list("pk", flat=True)
        )
    return deel


def leeg(deel: dict) -> bool:
    return not (
        deel["aantekeningen"] or deel["versies"] or deel["deelnemers"] or deel["documenten"]
    )


def omschrijving(deel: dict) -> str:
    return (
        f"{len(deel['aantekeningen'])} aantekeningen ({deel['versies']} versies), "
        f"{len(deel['deelnemers'])} namen van deelnemers, "
        f"{len(deel['documenten'])} documenten"
    )


def _verwijder_bestanden(documenten) -> None:
    for document in documenten:
        if document.bestand:
            document.bestand.storage.delete(document.bestand.name)


def verwijderen(deel: dict):
    """Purge inside the caller's transaction; returns what to do after commit (the files)."""
    Aantekening.objects.filter(pk__in=deel["aantekeningen"]).delete()  # versions cascade
    Deelnemer.objects.filter(pk__in=deel["deelnemers"]).update(naam="")
    documenten = list(Document.objects.filter(pk__in=deel["documenten"]))
    Document.objects.filter(pk__in=deel["documenten"]).delete()
    return lambda: _verwijder_bestanden(documenten)
