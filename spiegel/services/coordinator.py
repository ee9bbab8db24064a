"""The coordinator's actions on a request: intake, organisation, accept, decline, kernvragen."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from spiegel import berichten
from spiegel.constants import OrganisatieSoort, Status
from spiegel.models import (
    Aanvraag,
    Gebeurtenis,
    Kernvraag,
    Organisatie,
    Spiegel,
)
from spiegel.services.contact import contact_uitnodigen
from spiegel.services.status import status_wijzigen
from spiegel.taal import nederlands

# --- the coordinator's actions ----------------------------------------------------------


@transaction.atomic
def intake_plannen(*, aanvraag: Aanvraag, op, door) -> Aanvraag:
    with nederlands():  # the date in the stored lines is written the Dutch way too
        datum = formats.date_format(timezone.localtime(op), "DATETIME_FORMAT")
    if aanvraag.status == Status.INTAKE:
        with nederlands():  # stored text is Dutch, whatever the request's language
            Gebeurtenis.objects.create(
                aanvraag=aanvraag,
                tekst=_("Intakegesprek verzet naar %(datum)s.") % {"datum": datum},
                tekst_contact=_("Het intakegesprek is verzet naar %(datum)s.") % {"datum": datum},
                door=door,
            )
    else:
        with nederlands():  # stored text is Dutch, whatever the request's language
            tekst = _("Intakegesprek gepland op %(datum)s.") % {"datum": datum}
            tekst_contact = _("We hebben een intakegesprek met u gepland op %(datum)s.") % {
                "datum": datum
            }
        aanvraag = status_wijzigen(
            aanvraag=aanvraag,
            naar=Status.INTAKE,
            door=door,
            tekst=tekst,
            tekst_contact=tekst_contact,
        )
    aanvraag.intake_gepland_op = op
    aanvraag.save(update_fields=["intake_gepland_op", "bijgewerkt_op"])
    return aanvraag


@transaction.atomic
def intakeverslag_opslaan(*, aanvraag: Aanvraag, tekst: str, door) -> Aanvraag:
    aanvraag.intakeverslag = tekst
    aanvraag.save(update_fields=["intakeverslag", "bijgewerkt_op"])
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag=aanvraag, tekst=_("Verslag van het intakegesprek bijgewerkt."), door=door
        )
    return aanvraag


@transaction.atomic
def organisatie_koppelen(*, aanvraag: Aanvraag, organisatie: Organisatie, door) -> Aanvraag:
    if aanvraag.organisatie_id is not None and aanvraag.organisatie_id != organisatie.pk:
        raise ValidationError(_("Aan deze aanvraag is al een organisatie gekoppeld."))
    aanvraag.organisatie = organisatie
    aanvraag.save(update_fields=["organisatie", "bijgewerkt_op"])
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag=aanvraag,
            tekst=_("Organisatie gekoppeld: %(naam)s.") % {"naam": organisatie.naam},
            door=door,
        )
    contact_uitnodigen(aanvraag=aanvraag)
    return aanvraag


@transaction.atomic
def organisatie_toevoegen(
    *, aanvraag: Aanvraag, naam: str, soort: str, gemeenten: list, door
) -> Organisatie:
    """Add an organisation that is not in the list (typed in by the requester) with the
    municipalities it serves, and link the request to it: the contact is invited as after
    any link."""
    aanvraag = Aanvraag.objects.select_for_update().get(pk=aanvraag.pk)
    if aanvraag.organisatie_id is not None:
        raise ValidationError(_("Aan deze aanvraag is al een organisatie gekoppeld."))
    naam = " ".join(naam.split())
    if Organisatie.objects.filter(actief=True, naam__iexact=naam).exists():
        raise ValidationError(
            _("Deze organisatie staat al in de lijst; koppel haar onder ‘Organisatie koppelen’.")
        )
    organisatie = Organisatie.objects.create(naam=naam, soort=soort)
    if soort != OrganisatieSoort.GEMEENTE and gemeenten:
        organisatie.bedient.set(gemeenten)
        aanvraag.gemeenten.set(gemeenten)
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag=aanvraag,
            tekst=_("Organisatie toegevoegd aan de lijst: %(naam)s (%(soort)s).")
            % {"naam": naam, "soort": OrganisatieSoort(soort).label},
            door=door,
        )
    organisatie_koppelen(aanvraag=aanvraag, organisatie=organisatie, door=door)
    return organisatie


@transaction.atomic
def aanvraag_accepteren(*, aanvraag: Aanvraag, team: list, kernvragen: list[str], door) -> Spiegel:
    """Accept: the Spiegel is created with its team and the questions as kernvragen."""
    if aanvraag.organisatie_id is None:
        raise ValidationError(
            _("Koppel eerst een organisatie aan deze aanvraag; daarna kunt u accepteren.")
        )
    if not team:
        raise ValidationError(_("Kies minstens één teamlid."))
    with nederlands():  # stored text is Dutch, whatever the request's language
        tekst = _("Aanvraag geaccepteerd; team: %(team)s.") % {
            "team": ", ".join(str(u) for u in team)
        }
    aanvraag = status_wijzigen(aanvraag=aanvraag, naar=Status.GEACCEPTEERD, door=door, tekst=tekst)
    spiegel = Spiegel.objects.create(aanvraag=aanvraag, organisatie=aanvraag.organisatie)
    spiegel.team.set(team)
    Kernvraag.objects.bulk_create(
        Kernvraag(spiegel=spiegel, tekst=tekst, volgorde=i) for i, tekst in enumerate(kernvragen)
    )
    berichten.versturen(
        aan=[aanvraag.contact_email],
        template="spiegel/email/aanvraag_geaccepteerd",
        context={"aanvraag": aanvraag, "team": team, "kernvragen": kernvragen},
    )
    berichten.versturen(
        aan=[u.email for u in team],
        template="spiegel/email/team_toegewezen",
        context={"aanvraag": aanvraag, "kernvragen": kernvragen},
    )
    return spiegel


@transaction.atomic
def aanvraag_afwijzen(*, aanvraag: Aanvraag, reden: str, door) -> Aanvraag:
    with nederlands():  # stored text is Dutch, whatever the request's language
        tekst = _("Aanvraag afgewezen.")
    aanvraag = status_wijzigen(aanvraag=aanvraag, naar=Status.AFGEWEZEN, door=door, tekst=tekst)
    aanvraag.afwijsreden = reden
    aanvraag.save(update_fields=["afwijsreden", "bijgewerkt_op"])
    berichten.versturen(
        aan=[aanvraag.contact_email],
        template="spiegel/email/aanvraag_afgewezen",
        context={"aanvraag": aanvraag, "reden": reden},
    )
    return aanvraag


@transaction.atomic
def aanvraag_intrekken(*, aanvraag: Aanvraag, reden: str, door) -> Aanvraag:
    with nederlands():  # stored text is Dutch, whatever the request's language
        tekst = _("Aanvraag ingetrokken.")
        if reden:
            tekst = _("Aanvraag ingetrokken: %(reden)s") % {"reden": reden}
    return status_wijzigen(aanvraag=aanvraag, naar=Status.INGETROKKEN, door=door, tekst=tekst)


@transaction.atomic
def kernvragen_opslaan(*, spiegel: Spiegel, teksten: list[str], door) -> None:
    bestaand = list(spiegel.kernvragen.order_by("volgorde", "pk"))
    for i, tekst in enumerate(teksten):
        if i < len(bestaand):
            kv = bestaand[i]
            if kv.tekst != tekst or kv.volgorde != i:
                kv.tekst, kv.volgorde = tekst, i
                kv.save(update_fields=["tekst", "volgorde"])
        else:
            Kernvraag.objects.create(spiegel=spiegel, tekst=tekst, volgorde=i)
    for kv in bestaand[len(teksten) :]:
        kv.delete()
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag=spiegel.aanvraag, tekst=_("Kernvragen bijgewerkt."), door=door
        )
