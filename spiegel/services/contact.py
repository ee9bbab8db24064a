"""The contact's access to the portal (invitations) and the documents they add there."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from spiegel import berichten, registry
from spiegel.constants import Rol
from spiegel.models import (
    Aanvraag,
    Gebeurtenis,
    User,
)
from spiegel.taal import nederlands


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
        with nederlands():  # stored text is Dutch, whatever the request's language
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
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag=aanvraag, tekst=_("Uitnodiging voor het portaal opnieuw verstuurd."), door=door
        )
    return True


# --- the contact's documents ------------------------------------------------------------


@transaction.atomic
def document_toevoegen(*, aanvraag: Aanvraag, file, mime_type: str, titel: str, door):
    # The Document model belongs to the fieldwork app, which registers how to store one.
    document = registry.documentopslag()(
        aanvraag=aanvraag,
        titel=(titel or file.name)[:200],
        bestand=file,
        mime_type=mime_type,
        grootte=file.size,
        geupload_door=door,
        van_contact=True,
    )
    with nederlands():  # stored text is Dutch, whatever the request's language
        Gebeurtenis.objects.create(
            aanvraag=aanvraag,
            tekst=_("Document toegevoegd door de contactpersoon: %(titel)s.")
            % {"titel": document.titel},
            tekst_contact=_("U heeft een document toegevoegd: %(titel)s.")
            % {"titel": document.titel},
            door=door,
        )
    return document
