"""The fieldwork app's part of a person's export and erasure (`spiegel.privacy`).

Registered in `spiegel.registry.privacy` from `GesprekkenConfig.ready()`. A person is found
as a participant by name (participants have no account) and as an uploader by account.
"""

from gesprekken.models import Deelnemer, Document


def _dt(value):
    return value.isoformat() if value else None


def _deelnemers(p):
    if not p.naam:
        return Deelnemer.objects.none()
    return Deelnemer.objects.filter(naam__iexact=p.naam).select_related(
        "gesprek__spiegel__aanvraag"
    )


def exporteren(p) -> dict:
    data = {}
    if p.user is not None:
        data["documenten_geupload"] = [
            {"titel": d.titel, "aanvraag": d.aanvraag.referentie, "op": _dt(d.aangemaakt_op)}
            for d in Document.objects.filter(geupload_door=p.user).select_related("aanvraag")
        ]
    data["genoemd_als_deelnemer"] = [
        {
            "spiegel": d.gesprek.spiegel.aanvraag.referentie,
            "gesprek": d.gesprek.titel,
            "soort": d.gesprek.soort,
            "datum": _dt(d.gesprek.begin),
            "rol": d.rol,
            "naam": d.naam,
            "toestemming_citeren": d.toestemming_citeren,
        }
        for d in _deelnemers(p)
    ]
    return data


def wissen(p, *, spiegel_pks) -> dict:
    """Clear the person's name wherever they are a participant (the role stays)."""
    pks = list(_deelnemers(p).values_list("pk", flat=True))
    aantal = Deelnemer.objects.filter(pk__in=pks).update(naam="") if pks else 0
    return {"deelnemers": (aantal, "{n} deelnemers")}
