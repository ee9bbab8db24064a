"""Writes of the intake app. Other apps change a request's status only through here."""

import hashlib
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from spiegel import berichten
from spiegel.constants import TRANSITIES, Presentatievorm, Rol, Status
from spiegel.models import (
    Aanvraag,
    Concept,
    ConceptBestand,
    Gebeurtenis,
    Indienpoging,
    Kernvraag,
    Organisatie,
    Referentieteller,
    Spiegel,
    User,
)

# What the contact reads in their portal when the request reaches a status.
TEKST_VOOR_CONTACT = {
    Status.INGEDIEND: gettext_noop("We hebben uw aanvraag ontvangen."),
    Status.INTAKE: gettext_noop("We plannen een kennismakings- en intakegesprek met u."),
    Status.GEACCEPTEERD: gettext_noop("Goed nieuws: we gaan de Spiegel samen met u uitvoeren."),
    Status.VELDWERK: gettext_noop(
        "De gesprekken, meelooprondes en het lezen van uw stukken zijn begonnen."
    ),
    Status.SCHETS: gettext_noop("We schrijven de schets: wat we zagen en hoe we het duiden."),
    Status.WEDERHOOR: gettext_noop("De schets staat klaar voor uw reactie (wederhoor)."),
    Status.AFGEROND: gettext_noop("De Spiegel is afgerond. Dank voor de open samenwerking."),
    Status.AFGEWEZEN: gettext_noop("We kunnen deze aanvraag helaas niet uitvoeren."),
    Status.INGETROKKEN: gettext_noop("De aanvraag is ingetrokken."),
}


def tekst_voor_contact(status: str) -> str:
    return _(TEKST_VOOR_CONTACT[status])


@transaction.atomic
def status_wijzigen(
    *,
    aanvraag: Aanvraag,
    naar: str,
    door=None,
    tekst: str = "",
    tekst_contact: str = "",
) -> Aanvraag:
    """Move a request along its status flow; refuse an illegal move with a clear message.

    The row is locked so two coordinators clicking at once cannot both move it. Without a
    `tekst_contact` the contact reads a friendly default line for the new status."""
    aanvraag = Aanvraag.objects.select_for_update().get(pk=aanvraag.pk)
    van = aanvraag.status
    if naar not in TRANSITIES.get(van, frozenset()):
        raise ValidationError(
            _("Een aanvraag met status ‘%(van)s’ kan niet naar ‘%(naar)s’.")
            % {"van": Status(van).label, "naar": Status(naar).label}
        )
    aanvraag.status = naar
    aanvraag.save(update_fields=["status", "bijgewerkt_op"])
    if naar == Status.AFGEROND and hasattr(aanvraag, "spiegel"):
        aanvraag.spiegel.afgerond_op = timezone.now()
        aanvraag.spiegel.save(update_fields=["afgerond_op"])
    Gebeurtenis.objects.create(
        aanvraag=aanvraag,
        van_status=van,
        naar_status=naar,
        tekst=tekst or _("Status gewijzigd naar ‘%(naar)s’.") % {"naar": Status(naar).label},
        tekst_contact=tekst_contact or tekst_voor_contact(naar),
        door=door,
    )
    return aanvraag


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


def _uitnodigingslink(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return settings.SITE_URL.rstrip("/") + reverse(
        "spiegel:uitnodiging", kwargs={"uidb64": uid, "token": token}
    )


def contact_uitnodigen(*, aanvraag: Aanvraag) -> User | None:
    """Give the request's contact access to the portal: a new account gets an invitation to
    set a password (TOTP enrolment follows at the first sign-in); an existing contact of the
    same organisation is linked. An address that belongs to someone else is not linked and
    is flagged for the coordinator."""
    if aanvraag.organisatie_id is None or aanvraag.contactpersoon_id:
        return aanvraag.contactpersoon
    email = aanvraag.contact_email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    nieuw = False
    if user is None:
        try:
            with transaction.atomic():  # two requests with one new address at once
                user = User.objects.create_user(
                    email,
                    None,
                    naam=aanvraag.contact_naam,
                    rol=Rol.CONTACTPERSOON,
                    organisatie=aanvraag.organisatie,
                    functie=aanvraag.contact_functie,
                    telefoon=aanvraag.contact_telefoon,
                )
                nieuw = True
        except IntegrityError:
            user = User.objects.get(email__iexact=email)
    if nieuw:
        berichten.versturen(
            aan=[user.email],
            template="spiegel/email/uitnodiging",
            context={"aanvraag": aanvraag, "naam": user.naam, "link": _uitnodigingslink(user)},
        )
    elif user.rol == Rol.CONTACTPERSOON and user.organisatie_id == aanvraag.organisatie_id:
        berichten.versturen(
            aan=[user.email],
            template="spiegel/email/portaal_toegang",
            context={
                "aanvraag": aanvraag,
                "naam": user.naam,
                "link": settings.SITE_URL.rstrip("/") + reverse("spiegel:portaal"),
            },
        )
    else:
        Gebeurtenis.objects.create(
            aanvraag=aanvraag,
            tekst=_(
                "Het e-mailadres van de contactpersoon hoort bij een ander account; er is geen "
                "toegang tot het portaal gegeven. Neem contact op met de aanvrager."
            ),
        )
        return None
    aanvraag.contactpersoon = user
    aanvraag.save(update_fields=["contactpersoon", "bijgewerkt_op"])
    return user


@transaction.atomic
def uitnodiging_opnieuw(*, aanvraag: Aanvraag, door) -> bool:
    """Send the contact a fresh set-password link, as long as they have not set one yet
    (an invitation link is valid for PASSWORD_RESET_TIMEOUT and works once)."""
    user = aanvraag.contactpersoon
    if user is None or user.has_usable_password():
        return False
    berichten.versturen(
        aan=[user.email],
        template="spiegel/email/uitnodiging",
        context={"aanvraag": aanvraag, "naam": user.naam, "link": _uitnodigingslink(user)},
    )
    Gebeurtenis.objects.create(
        aanvraag=aanvraag, tekst=_("Uitnodiging voor het portaal opnieuw verstuurd."), door=door
    )
    return True


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
            Gebeurtenis.objects.create(
                aanvraag=aanvraag,
                naar_status=Status.INGEDIEND,
                tekst=_("Aanvraag ingediend via het formulier."),
                tekst_contact=tekst_voor_contact(Status.INGEDIEND),
            )
            if not organisatie:
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
    from gesprekken.models import Document

    for bestand in ConceptBestand.objects.filter(concept__token=token):
        Document.objects.create(
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


# --- the coordinator's actions ----------------------------------------------------------


@transaction.atomic
def intake_plannen(*, aanvraag: Aanvraag, op, door) -> Aanvraag:
    datum = timezone.localtime(op).strftime("%d-%m-%Y %H:%M")
    if aanvraag.status == Status.INTAKE:
        Gebeurtenis.objects.create(
            aanvraag=aanvraag,
            tekst=_("Intakegesprek verzet naar %(datum)s.") % {"datum": datum},
            tekst_contact=_("Het intakegesprek is verzet naar %(datum)s.") % {"datum": datum},
            door=door,
        )
    else:
        aanvraag = status_wijzigen(
            aanvraag=aanvraag,
            naar=Status.INTAKE,
            door=door,
            tekst=_("Intakegesprek gepland op %(datum)s.") % {"datum": datum},
            tekst_contact=_("We hebben een intakegesprek met u gepland op %(datum)s.")
            % {"datum": datum},
        )
    aanvraag.intake_gepland_op = op
    aanvraag.save(update_fields=["intake_gepland_op", "bijgewerkt_op"])
    return aanvraag


@transaction.atomic
def intakeverslag_opslaan(*, aanvraag: Aanvraag, tekst: str, door) -> Aanvraag:
    aanvraag.intakeverslag = tekst
    aanvraag.save(update_fields=["intakeverslag", "bijgewerkt_op"])
    Gebeurtenis.objects.create(
        aanvraag=aanvraag, tekst=_("Verslag van het intakegesprek bijgewerkt."), door=door
    )
    return aanvraag


@transaction.atomic
def organisatie_koppelen(*, aanvraag: Aanvraag, organisatie: Organisatie, door) -> Aanvraag:
    aanvraag.organisatie = organisatie
    aanvraag.save(update_fields=["organisatie", "bijgewerkt_op"])
    Gebeurtenis.objects.create(
        aanvraag=aanvraag,
        tekst=_("Organisatie gekoppeld: %(naam)s.") % {"naam": organisatie.naam},
        door=door,
    )
    contact_uitnodigen(aanvraag=aanvraag)
    return aanvraag


@transaction.atomic
def aanvraag_accepteren(*, aanvraag: Aanvraag, team: list, kernvragen: list[str], door) -> Spiegel:
    """Accept: the Spiegel is created with its team and the questions as kernvragen."""
    if aanvraag.organisatie_id is None:
        raise ValidationError(
            _("Koppel eerst een organisatie aan deze aanvraag; daarna kunt u accepteren.")
        )
    if not team:
        raise ValidationError(_("Kies minstens één teamlid."))
    aanvraag = status_wijzigen(
        aanvraag=aanvraag,
        naar=Status.GEACCEPTEERD,
        door=door,
        tekst=_("Aanvraag geaccepteerd; team: %(team)s.")
        % {"team": ", ".join(str(u) for u in team)},
    )
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
    aanvraag = status_wijzigen(
        aanvraag=aanvraag,
        naar=Status.AFGEWEZEN,
        door=door,
        tekst=_("Aanvraag afgewezen."),
    )
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
    Gebeurtenis.objects.create(
        aanvraag=spiegel.aanvraag, tekst=_("Kernvragen bijgewerkt."), door=door
    )


# --- the contact's documents ------------------------------------------------------------


@transaction.atomic
def document_toevoegen(*, aanvraag: Aanvraag, file, mime_type: str, titel: str, door):
    from gesprekken.models import Document

    document = Document.objects.create(
        aanvraag=aanvraag,
        titel=(titel or file.name)[:200],
        bestand=file,
        mime_type=mime_type,
        grootte=file.size,
        geupload_door=door,
        van_contact=True,
    )
    Gebeurtenis.objects.create(
        aanvraag=aanvraag,
        tekst=_("Document toegevoegd door de contactpersoon: %(titel)s.")
        % {"titel": document.titel},
        tekst_contact=_("U heeft een document toegevoegd: %(titel)s.") % {"titel": document.titel},
        door=door,
    )
    return document
