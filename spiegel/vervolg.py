"""The follow-up Spiegel: a Spiegel may follow up an earlier Spiegel of the same
organisation (`Spiegel.vorige`). The coordinator links them on the request page; the
earlier Spiegels of the organisation are suggested."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from spiegel.constants import Status
from spiegel.models import Gebeurtenis, Spiegel
from spiegel.taal import nederlands

# An earlier Spiegel is worth following up once its findings were written down.
VOLGBAAR = (Status.SCHETS, Status.WEDERHOOR, Status.AFGEROND)


def kandidaten(spiegel) -> QuerySet[Spiegel]:
    """Earlier Spiegels of the same organisation, the most recent first."""
    return (
        Spiegel.objects.filter(
            organisatie_id=spiegel.organisatie_id,
            aangemaakt_op__lt=spiegel.aangemaakt_op,
            aanvraag__status__in=VOLGBAAR,
        )
        .exclude(pk=spiegel.pk)
        .select_related("aanvraag")
        .order_by("-aangemaakt_op", "-pk")
    )


def context(spiegel) -> dict:
    """For the request page: the current link, the candidates and the suggestion."""
    if spiegel is None:
        return {"vervolg": None}
    lijst = list(kandidaten(spiegel))
    return {
        "vervolg": {
            "vorige": spiegel.vorige,
            "kandidaten": lijst,
            "voorstel": lijst[0] if lijst and spiegel.vorige_id is None else None,
        }
    }


@transaction.atomic
def vorige_koppelen(*, spiegel, vorige_pk: int | None, door) -> Spiegel:
    """Link (or with None unlink) the earlier Spiegel; a line in the timeline."""
    spiegel = Spiegel.objects.select_for_update().get(pk=spiegel.pk)
    if vorige_pk is None:
        if spiegel.vorige_id is not None:
            spiegel.vorige = None
            spiegel.save(update_fields=["vorige"])
            with nederlands():  # stored text is Dutch, whatever the request's language
                Gebeurtenis.objects.create(
                    aanvraag_id=spiegel.aanvraag_id,
                    tekst=_("De koppeling met de vorige Spiegel is opgeheven."),
                    door=door,
                )
        return spiegel
    vorige = kandidaten(spiegel).filter(pk=vorige_pk).first()
    if vorige is None:
        raise ValidationError(
            _("Kies een eerdere Spiegel van dezelfde organisatie die de schets of verder bereikte.")
        )
    spiegel.vorige = vorige
    spiegel.save(update_fields=["vorige"])
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag_id=spiegel.aanvraag_id,
            tekst=_("Gekoppeld als vervolg op Spiegel %(ref)s.")
            % {"ref": vorige.aanvraag.referentie},
            tekst_contact=_("Deze Spiegel is een vervolg op uw eerdere Spiegel (%(ref)s).")
            % {"ref": vorige.aanvraag.referentie},
            door=door,
        )
    return spiegel
