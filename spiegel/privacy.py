"""Data-subject rights: export everything the app holds about a person, and erase it.

A person is found by account, email address and/or name, because not everyone named in the
app has an account (a contact who filled in the form, a participant named in fieldwork).

`exporteren` returns a JSON-serialisable dict: the account, contact details given on
requests, the requests, Spiegels they worked on, sent email, sign-in attempts and the audit
rows about them, plus what each app registered in `spiegel.registry.privacy` adds (fieldwork:
sessions where they are named as a participant, documents they uploaded; rapportage:
wederhoor remarks; see `gesprekken/privacy.py`, `rapportage/privacy.py`).

`wissen` pseudonymises: the account keeps its row (other records point to it) but loses
name, email, phone and function, its second factor and its password, and is deactivated;
contact details on requests are replaced; participant names are cleared; email and sign-in
attempts addressed to them are deleted; each registered app erases its part (fieldwork:
participant names; rapportage: PDFs). Every PDF of a Spiegel the person was contact or
team member of, and every other PDF whose text contains the name or email address, is
invalidated: its file is deleted and the
RenderJob goes back to `wachtrij`, so it is rendered again (without the name) on the next
request. The audit trail is append-only and kept (security record); it holds the
account's email address only, never content.
"""

import logging
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from spiegel import registry
from spiegel.constants import AuditActie
from spiegel.models import Aanvraag, AuditRegel, Bericht, Gebeurtenis

logger = logging.getLogger(__name__)

PSEUDONIEM_DOMEIN = "verwijderd.invalid"


@dataclass(frozen=True)
class Persoon:
    user: object | None = None
    email: str = ""
    naam: str = ""

    @classmethod
    def van(cls, *, user=None, email: str = "", naam: str = "") -> "Persoon":
        email = (email or (user.email if user else "")).strip().lower()
        naam = (naam or (user.naam if user else "")).strip()
        if user is None and email:
            user = get_user_model().objects.filter(email__iexact=email).first()
        return cls(user=user, email=email, naam=naam)

    def __bool__(self):
        return bool(self.user or self.email or self.naam)


def _dt(value):
    return value.isoformat() if value else None


def _aanvragen(p: Persoon):
    q = Q(pk__in=[])
    if p.user is not None:
        q |= Q(contactpersoon=p.user)
    if p.email:
        q |= Q(contact_email__iexact=p.email)
    return Aanvraag.objects.filter(q).select_related("organisatie")


def _berichten(p: Persoon):
    if not p.email:
        return Bericht.objects.none()
    return Bericht.objects.filter(aan__contains=[p.email])


def _pogingen(p: Persoon):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    if not p.email:
        return []
    return [
        m.objects.filter(username__iexact=p.email)
        for m in (AccessAttempt, AccessLog, AccessFailureLog)
    ]


def exporteren(p: Persoon) -> dict:
    user = p.user
    data: dict = {
        "gemaakt_op": _dt(timezone.now()),
        "gezocht_op": {"email": p.email, "naam": p.naam},
        "account": None,
    }
    if user is not None:
        data["account"] = {
            "id": user.pk,
            "email": user.email,
            "naam": user.naam,
            "functie": user.functie,
            "telefoon": user.telefoon,
            "rol": user.rol,
            "organisatie": user.organisatie.naam if user.organisatie_id else None,
            "actief": user.is_active,
            "aangemaakt_op": _dt(user.date_joined),
            "laatst_aangemeld": _dt(user.last_login),
            "tweede_factor": [
                {"naam": d.name, "bevestigd": d.confirmed}
                for d in user.totpdevice_set.all()  # never the key
            ],
        }
        data["teamlid_van"] = [
            {"referentie": s.aanvraag.referentie, "organisatie": s.organisatie.naam}
            for s in user.spiegels.select_related("aanvraag", "organisatie")
        ]
        data["gebeurtenissen"] = Gebeurtenis.objects.filter(door=user).count()
    data["aanvragen"] = [
        {
            "referentie": a.referentie,
            "status": a.status,
            "organisatie": a.organisatie_naam,
            "contact_naam": a.contact_naam,
            "contact_functie": a.contact_functie,
            "contact_email": a.contact_email,
            "contact_telefoon": a.contact_telefoon,
            "context": a.context,
            "vragen": a.vragen,
            "delen": a.delen,
            "gesprekspartners": a.gesprekspartners,
            "periode": a.periode,
            "privacy_akkoord_op": _dt(a.privacy_akkoord_op),
            "ingediend_op": _dt(a.ingediend_op),
        }
        for a in _aanvragen(p)
    ]
    for deel in registry.privacy:
        data.update(deel.exporteren(p))
    data["emails"] = [
        {"onderwerp": b.onderwerp, "status": b.status, "op": _dt(b.aangemaakt_op)}
        for b in _berichten(p)
    ]
    data["aanmeldpogingen"] = sum(qs.count() for qs in _pogingen(p))
    audit = AuditRegel.objects.none()
    if user is not None or p.email:
        q = Q(gebruiker_email__iexact=p.email) if p.email else Q(pk__in=[])
        if user is not None:
            q |= Q(gebruiker=user)
        audit = AuditRegel.objects.filter(q).order_by("op")
    data["audittrail"] = [
        {
            "op": _dt(r.op),
            "actie": r.actie,
            "object": r.object_soort,
            "object_id": r.object_id,
            "toegestaan": r.gelukt,
            "ip_adres": r.ip_adres,
        }
        for r in audit
    ]
    return data


# --- erasure --------------------------------------------------------------------------


@dataclass
class Gewist:
    account: bool = False
    aanvragen: int = 0
    emails: int = 0
    aanmeldpogingen: int = 0
    # What the registered apps erased: key -> (count, phrase with {n}), e.g.
    # "deelnemers" -> (2, "{n} deelnemers").
    delen: dict = field(default_factory=dict)

    def __getattr__(self, naam):
        delen = self.__dict__.get("delen", {})
        if naam in delen:
            return delen[naam][0]
        raise AttributeError(naam)

    def omschrijving(self) -> str:
        tekst = (
            f"Persoonsgegevens gewist: account {'ja' if self.account else 'nee'}, "
            f"{self.aanvragen} aanvragen, {self.emails} e-mails, "
            f"{self.aanmeldpogingen} aanmeldpogingen"
        )
        for aantal, zin in self.delen.values():
            tekst += ", " + zin.format(n=aantal)
        return tekst


def wissen(p: Persoon, *, door=None, request=None) -> Gewist:
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    if not p:
        raise ValueError("Nobody to erase: give an account, an email address or a name")
    result = Gewist()
    with transaction.atomic():
        aanvragen = list(_aanvragen(p))
        # Spiegels where the person may be printed by role (contact on the cover, team member
        # in the werkwijze): the apps erase (or invalidate) what they hold of those.
        spiegel_pks = set(
            Aanvraag.objects.filter(pk__in=[a.pk for a in aanvragen])
            .exclude(spiegel=None)
            .values_list("spiegel", flat=True)
        )
        if p.user is not None:
            spiegel_pks |= set(p.user.spiegels.values_list("pk", flat=True))
        for deel in registry.privacy:
            result.delen.update(deel.wissen(p, spiegel_pks=spiegel_pks))

        pseudo_email = f"verwijderd-{p.user.pk if p.user else 'contact'}@{PSEUDONIEM_DOMEIN}"
        result.aanvragen = Aanvraag.objects.filter(pk__in=[a.pk for a in aanvragen]).update(
            contact_naam="Verwijderd",
            contact_email=pseudo_email,
            contact_telefoon="",
        )
        result.emails = _berichten(p).delete()[0]
        result.aanmeldpogingen = sum(qs.delete()[0] for qs in _pogingen(p))

        user = p.user
        if user is not None:
            TOTPDevice.objects.filter(user=user).delete()
            StaticDevice.objects.filter(user=user).delete()
            user.naam = f"Verwijderde gebruiker {user.pk}"
            user.email = f"verwijderd-{user.pk}@{PSEUDONIEM_DOMEIN}"
            user.functie = ""
            user.telefoon = ""
            user.is_active = False
            user.is_staff = False
            user.is_superuser = False
            user.set_unusable_password()  # also ends every session (auth hash changes)
            user.save()
            result.account = True

        AuditRegel.objects.create(
            gebruiker=door,
            gebruiker_email=getattr(door, "email", ""),
            actie=AuditActie.VERWIJDEREN,
            object_soort="persoon",
            object_id=str(user.pk) if user is not None else "",
            omschrijving=result.omschrijving()[:300],
            gelukt=True,
            ip_adres=request.META.get("REMOTE_ADDR") if request is not None else None,
            pad=request.path[:300] if request is not None else "",
        )
    return result
