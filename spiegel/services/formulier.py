"""The public request form: rate limit, drafts with their files, reference numbers and
submitting a request."""

import hashlib
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from spiegel import berichten, registry
from spiegel.constants import Presentatievorm, Rol, Status
from spiegel.models import (
    Aanvraag,
    Bericht,
    Concept,
    ConceptBestand,
    Gebeurtenis,
    Indienpoging,
    Referentieteller,
    User,
)
from spiegel.services.contact import contact_uitnodigen
from spiegel.services.status import tekst_voor_contact
from spiegel.taal import nederlands

# --- the public form ---------------------------------------------------------------------


def adres_hash(ip: str | None) -> str:
    """The rate limit counts per address without storing the address itself."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip or '-'}".encode()).hexdigest()


def adres_van(request) -> str | None:
    """The visitor's address: REMOTE_ADDR, or the entry of X-Forwarded-For that the last of
    AANVRAAG_PROXIES trusted proxies added (entries further left can be forged)."""
    hops = settings.AANVRAAG_PROXIES
    if hops > 0:
        keten = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        keten = [a for a in keten if a]
        if len(keten) >= hops:
            return keten[-hops]
    return request.META.get("REMOTE_ADDR") or None


# New drafts per address per hour, as a multiple of the submit limit: autosave makes a
# draft before anyone submits, and a bot must not fill the table with them.
CONCEPT_FACTOR = 5


def indienpoging_registreren(*, ip: str | None, soort: str = Indienpoging.Soort.INDIENEN) -> bool:
    """Count one submit (or new draft) of this address; False when it went over the limit
    (AANVRAAG_RATELIMIT per hour). Lives in PostgreSQL, so it works with Redis down."""
    adres = adres_hash(ip)
    grens = timezone.now() - timedelta(hours=1)
    limiet = settings.AANVRAAG_RATELIMIT
    if soort == Indienpoging.Soort.CONCEPT:
        limiet *= CONCEPT_FACTOR
    recent = Indienpoging.objects.filter(adres=adres, soort=soort, op__gte=grens).count()
    if recent >= limiet:
        return False
    Indienpoging.objects.create(adres=adres, soort=soort)
    return True


def concept_toegestaan(*, token: uuid.UUID, ip: str | None) -> bool:
    """An existing draft may always be saved; a new one counts against the address."""
    if Concept.objects.filter(token=token).exists():
        return True
    return indienpoging_registreren(ip=ip, soort=Indienpoging.Soort.CONCEPT)


def concept_opslaan(*, token: uuid.UUID, gegevens: dict) -> Concept:
    concept, _created = Concept.objects.update_or_create(
        token=token, defaults={"gegevens": gegevens}
    )
    return concept


# Mails with a draft's link per recipient per hour: enough for a typo, not for a mail bomb.
CONCEPT_MAILS_PER_UUR = 3


def concept_link(token: uuid.UUID) -> str:
    """The address that brings a draft back (from SITE_URL, never from the Host header)."""
    return settings.SITE_URL.rstrip("/") + reverse("spiegel:aanvraag_nieuw") + f"?concept={token}"


@transaction.atomic
def concept_link_mailen(*, token: uuid.UUID, email: str, ip: str | None) -> bool:
    """Mail the link to a draft to the address typed in the form. False when the limit
    is reached: per recipient, and per visitor's address on the drafts' own limit."""
    grens = timezone.now() - timedelta(hours=1)
    recent = Bericht.objects.filter(
        aan__contains=[email], tekst__contains="?concept=", aangemaakt_op__gte=grens
    ).count()
    if recent >= CONCEPT_MAILS_PER_UUR:
        return False
    if not indienpoging_registreren(ip=ip, soort=Indienpoging.Soort.CONCEPT):
        return False
    berichten.versturen(
        aan=[email],
        template="spiegel/email/concept_link",
        context={"link": concept_link(token), "dagen": settings.CONCEPT_BEWAARDAGEN},
    )
    return True


def concept_bestand_toevoegen(*, token: uuid.UUID, file, mime_type: str) -> ConceptBestand:
    concept, _created = Concept.objects.get_or_create(token=token)
    return ConceptBestand.objects.create(
        concept=concept,
        naam=file.name[:200],
        bestand=file,
        mime_type=mime_type,
        grootte=file.size,
    )


def concept_bestanden_verwijderen(*, token: uuid.UUID, pks: list[int]) -> None:
    for bestand in ConceptBestand.objects.filter(concept__token=token, pk__in=pks):
        bestand.bestand.delete(save=False)
        bestand.delete()


def concepten_opruimen(*, ouder_dan: timedelta | None = None) -> int:
    """Delete drafts (and their files) not touched for CONCEPT_BEWAARDAGEN days, and
    submit attempts older than a day. Called by beat."""
    ouder_dan = ouder_dan or timedelta(days=settings.CONCEPT_BEWAARDAGEN)
    grens = timezone.now() - ouder_dan
    oud = Concept.objects.filter(bijgewerkt_op__lt=grens)
    for bestand in ConceptBestand.objects.filter(concept__in=oud):
        bestand.bestand.delete(save=False)
    aantal, _detail = oud.delete()
    Indienpoging.objects.filter(op__lt=timezone.now() - timedelta(days=1)).delete()
    return aantal


def referentie_toekennen(jaar: int | None = None) -> str:
    """The next free reference number of the year, e.g. SP-2026-0042. The counter row is
    locked until the transaction ends, so numbers are handed out one at a time and a
    rolled-back submit gives its number back."""
    jaar = jaar or timezone.localdate().year
    prefix = f"SP-{jaar}-"
    with connection.cursor() as cursor:
        while True:
            cursor.execute(
                f"INSERT INTO {Referentieteller._meta.db_table} (jaar, laatste) VALUES (%s, 1) "  # noqa: S608
                f"ON CONFLICT (jaar) DO UPDATE SET laatste = {Referentieteller._meta.db_table}.laatste + 1 "
                "RETURNING laatste",
                [jaar],
            )
            nummer = cursor.fetchone()[0]
            referentie = f"{prefix}{nummer:04d}"
            if not Aanvraag.objects.filter(referentie=referentie).exists():
                return referentie


def _organisatie_en_gemeenten(gegevens: dict):
    organisatie = gegevens.get("organisatie")
    return organisatie, gegevens.get("gemeenten") or []


def aanvraag_indienen(*, token: uuid.UUID, gegevens: dict) -> tuple[Aanvraag, bool]:
    """Save a request from the form's cleaned data. Returns (request, created).

    The form's token is the request's `indientoken`: a second submit of the same token (a
    double click, a replayed POST, two tabs) returns the first request and creates nothing.
    The emails are written to the outbox in the same transaction; if Redis is down they
    wait for the sweeper, and the request is saved all the same."""
    bestaand = Aanvraag.objects.filter(indientoken=token).first()
    if bestaand is not None:
        return bestaand, False
    try:
        with transaction.atomic():
            organisatie, gemeenten = _organisatie_en_gemeenten(gegevens)
            aanvraag = Aanvraag.objects.create(
                referentie=referentie_toekennen(),
                indientoken=token,
                organisatie=organisatie,
                organisatie_onbekend="" if organisatie else gegevens["organisatie_naam"],
                organisatie_soort=gegevens.get("organisatie_soort", ""),
                contact_naam=gegevens["contact_naam"],
                contact_functie=gegevens["contact_functie"],
                contact_email=gegevens["contact_email"],
                contact_telefoon=gegevens["contact_telefoon"],
                context=gegevens["context"],
                vragen=gegevens["vragen"],
                delen=gegevens.get("delen", ""),
                gesprekspartners=gegevens.get("gesprekspartners", ""),
                presentatievormen=gegevens["presentatievormen"],
                periode=gegevens.get("periode", ""),
                privacy_akkoord_op=timezone.now(),
            )
            if gemeenten:
                aanvraag.gemeenten.set(gemeenten)
            if gegevens.get("bouwstenen"):
                aanvraag.bouwstenen.set(gegevens["bouwstenen"])
            _bestanden_overnemen(aanvraag=aanvraag, token=token)
            with nederlands():  # stored text is Dutch, whatever the request's language
                Gebeurtenis.objects.create(
                    aanvraag=aanvraag,
                    naar_status=Status.INGEDIEND,
                    tekst=_("Aanvraag ingediend via het formulier."),
                    tekst_contact=tekst_voor_contact(Status.INGEDIEND),
                )
            if not organisatie:
                with nederlands():  # stored text is Dutch, whatever the request's language
                    Gebeurtenis.objects.create(
                        aanvraag=aanvraag,
                        tekst=_(
                            "De organisatie ‘%(naam)s’ staat niet in de lijst: koppel een "
                            "organisatie voordat u de aanvraag accepteert."
                        )
                        % {"naam": aanvraag.organisatie_onbekend},
                    )
            _mails_na_indienen(aanvraag)
            contact_uitnodigen(aanvraag=aanvraag)
            Concept.objects.filter(token=token).delete()
    except IntegrityError:
        # The same token committed by a concurrent submit in the meantime.
        bestaand = Aanvraag.objects.filter(indientoken=token).first()
        if bestaand is None:
            raise
        return bestaand, False
    return aanvraag, True


def _bestanden_overnemen(*, aanvraag: Aanvraag, token: uuid.UUID) -> None:
    opslaan = registry.documentopslag()  # the fieldwork app owns the Document model
    for bestand in ConceptBestand.objects.filter(concept__token=token):
        opslaan(
            aanvraag=aanvraag,
            titel=bestand.naam,
            bestand=bestand.bestand.name,
            mime_type=bestand.mime_type,
            grootte=bestand.grootte,
            van_contact=True,
        )
        bestand.delete()  # the row only: the file now belongs to the Document


def _mails_na_indienen(aanvraag: Aanvraag) -> None:
    context = {
        "aanvraag": aanvraag,
        "bouwstenen": list(aanvraag.bouwstenen.all()),
        "gemeenten": list(aanvraag.gemeenten.all()),
        "documenten": list(aanvraag.documenten.all()),
        "presentatievormen": [
            str(Presentatievorm(p).label)
            for p in aanvraag.presentatievormen
            if p in Presentatievorm.values
        ],
        "link": settings.SITE_URL.rstrip("/")
        + reverse("spiegel:aanvraag", kwargs={"pk": aanvraag.pk}),
    }
    berichten.versturen(
        aan=[aanvraag.contact_email], template="spiegel/email/aanvraag_bevestiging", context=context
    )
    coordinatoren = list(settings.COORDINATOR_EMAILS) + list(
        User.objects.filter(rol=Rol.COORDINATOR, is_active=True).values_list("email", flat=True)
    )
    berichten.versturen(
        aan=sorted(set(coordinatoren)), template="spiegel/email/aanvraag_nieuw", context=context
    )
