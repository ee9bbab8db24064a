"""Reads of the intake app, always scoped to what the user may see."""

from datetime import datetime
from typing import NamedTuple

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import BooleanField, Case, Count, F, Func, Q, QuerySet, Value, When

from spiegel.constants import Rol
from spiegel.models import Aanvraag, Bouwsteen, Gebeurtenis, Organisatie, Spiegel
from spiegel.permissions import is_contactpersoon, is_coordinator, is_divosa
from spiegel.vaste_sql import VasteSql


def aanvragen_voor(user) -> QuerySet[Aanvraag]:
    """Requests a user may open: coordinators all, contacts their organisation's,
    team members those of the Spiegels they are on."""
    qs = Aanvraag.objects.select_related("organisatie", "contactpersoon")
    if is_coordinator(user):
        return qs
    if is_contactpersoon(user):
        return qs.filter(organisatie_id=user.organisatie_id)
    if user.is_authenticated and user.rol == Rol.TEAMLID:
        return qs.filter(spiegel__team=user)
    return qs.none()


def spiegels_voor(user) -> QuerySet[Spiegel]:
    """Spiegels whose metadata (organisation, status, planning) a user may see."""
    qs = Spiegel.objects.select_related("aanvraag", "organisatie")
    if is_coordinator(user):
        return qs
    if is_contactpersoon(user):
        return qs.filter(organisatie_id=user.organisatie_id)
    if user.is_authenticated and user.rol == Rol.TEAMLID:
        return qs.filter(team=user)
    return qs.none()


def spiegels_als_teamlid(user) -> QuerySet[Spiegel]:
    """Spiegels whose confidential content (notes, quotes, drafts) a user may read: only
    those they are on the team of, whatever their role."""
    if not user.is_authenticated or user.rol not in (Rol.TEAMLID, Rol.COORDINATOR):
        return Spiegel.objects.none()
    return Spiegel.objects.select_related("aanvraag", "organisatie").filter(team=user)


class _IsEenVan(Func):
    """`lhs = ANY(array)`: true when the value is one of the array's."""

    template = "%(expressions)s)"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def spiegels_in_team(user) -> QuerySet[Spiegel]:
    """The same Spiegels as `spiegels_als_teamlid`, for lists of them: the ids from the team
    table first (`id = ANY(ARRAY(...))`), so PostgreSQL looks up only the person's own
    Spiegels by primary key. Joined with the team table it scanned every Spiegel (or walked
    all of them newest first) once there were some thousands."""
    if not user.is_authenticated or user.rol not in (Rol.TEAMLID, Rol.COORDINATOR):
        return Spiegel.objects.none()
    ids = Spiegel.team.through.objects.filter(user_id=user.pk).values("spiegel_id")
    return Spiegel.objects.filter(_IsEenVan(F("pk"), ArraySubquery(ids)))


def tijdlijn_voor(user, aanvraag) -> QuerySet[Gebeurtenis]:
    # A contact reads the friendly text only, never who did it: no join with the users.
    if is_contactpersoon(user):
        return aanvraag.gebeurtenissen.exclude(tekst_contact="")
    return aanvraag.gebeurtenissen.select_related("door")


def bouwstenen_actief() -> QuerySet[Bouwsteen]:
    return Bouwsteen.objects.filter(actief=True)


def organisaties_kiesbaar() -> QuerySet[Organisatie]:
    return Organisatie.objects.filter(actief=True)


def organisaties_suggereren(tekst: str, *, aantal: int = 10) -> list[str]:
    """Names of active organisations containing `tekst` for the public form's suggestion
    list: those that start with it (with or without "Gemeente ") first, then by name.
    The same organisations the form accepts, never more than `aantal`."""
    tekst = " ".join(tekst.split())[:100]
    if len(tekst) < 2:
        return []
    # "Gemeente Berk" finds "Berkelland" too, as the form accepts it (CBS names are bare).
    kaal = tekst[9:] if tekst.lower().startswith("gemeente ") and len(tekst) > 10 else tekst
    voorop = Q(naam__istartswith=tekst) | Q(naam__istartswith=f"Gemeente {kaal}")
    voorop |= Q(naam__istartswith=kaal)
    return list(
        organisaties_kiesbaar()
        .filter(Q(naam__icontains=tekst) | Q(naam__icontains=kaal))
        .annotate(voorop=Case(When(voorop, then=Value(0)), default=Value(1)))
        .order_by("voorop", "naam")
        .values_list("naam", flat=True)[:aantal]
    )


def organisatie_overzicht() -> dict:
    counts = Organisatie.objects.filter(actief=True).aggregate(
        gemeenten=Count("pk", filter=Q(soort="gemeente", fictief=False)),
        overig=Count("pk", filter=~Q(soort="gemeente")),
    )
    return counts


# --- intake -------------------------------------------------------------------------------


def aanvragen_voor_staf(user) -> QuerySet[Aanvraag]:
    """Requests a member of Divosa staff may open on the staff request page: coordinators
    every request, team members those of their Spiegels. Contacts use the portal."""
    if not is_divosa(user):
        return Aanvraag.objects.none()
    return aanvragen_voor(user)


def inbox(user, *, status: str = "", organisatie: str = "") -> QuerySet[Aanvraag]:
    from spiegel.constants import OPEN_STATUSSEN

    if not is_coordinator(user):
        return Aanvraag.objects.none()
    # The document count is added per page (`documenten_tellen`): counted here it joined every
    # open request's documents before the page was cut.
    qs = aanvragen_voor(user)
    if status == "alle":
        pass
    elif status:
        qs = qs.filter(status=status)
    else:
        qs = qs.filter(status__in=OPEN_STATUSSEN)
    if organisatie:
        qs = qs.filter(
            Q(organisatie__naam__icontains=organisatie)
            | Q(organisatie_onbekend__icontains=organisatie)
        )
    return qs.order_by("-ingediend_op", "-pk")


def documenten_tellen(aanvragen: list[Aanvraag]) -> list[Aanvraag]:
    """Set `aantal_documenten` on each request of one page, in one query."""
    telling = dict(
        Aanvraag.objects.filter(pk__in=[a.pk for a in aanvragen])
        .annotate(n=Count("documenten"))
        .values_list("pk", "n")
    )
    for a in aanvragen:
        a.aantal_documenten = telling.get(a.pk, 0)
    return aanvragen


def aanvragen_in_portaal(user) -> QuerySet[Aanvraag]:
    """The contact's own organisation's requests; nobody else has a portal."""
    if not is_contactpersoon(user):
        return Aanvraag.objects.none()
    return aanvragen_voor(user)


def documenten_van(user, aanvraag):
    """Documents of a request the user may download: contacts only what their organisation
    shared; staff who may open the request all of them."""
    if is_contactpersoon(user):  # the portal does not show who uploaded: no join
        return aanvraag.documenten.filter(van_contact=True)
    return aanvraag.documenten.select_related("geupload_door")


def teamleden_kiesbaar() -> QuerySet:
    from spiegel.models import User

    return User.objects.filter(rol__in=[Rol.TEAMLID, Rol.COORDINATOR], is_active=True).order_by(
        "naam"
    )


def organisatie_voorstellen(user, naam: str, *, aantal: int = 5) -> list[Organisatie]:
    """Active organisations whose name is close to `naam` (a name a requester typed in), for
    the coordinator to match a request with: names that contain a word of it, and close
    spellings. Nobody but a coordinator gets any."""
    import difflib

    if not is_coordinator(user) or not naam.strip():
        return []
    kandidaten = dict(organisaties_kiesbaar().values_list("naam", "pk"))
    sleutel = _kenmerk(naam)
    if not sleutel:
        return []
    op_kenmerk: dict[str, list[str]] = {}
    for n in kandidaten:
        op_kenmerk.setdefault(_kenmerk(n), []).append(n)
    woorden = set(sleutel.split())
    gekozen = [n for k, lijst in op_kenmerk.items() if woorden & set(k.split()) for n in lijst]
    for k in difflib.get_close_matches(sleutel, list(op_kenmerk), n=aantal, cutoff=0.75):
        gekozen += op_kenmerk[k]
    namen = list(dict.fromkeys(gekozen))[:aantal]
    pks = [kandidaten[n] for n in namen]
    gevonden = Organisatie.objects.in_bulk(pks)
    return [gevonden[pk] for pk in pks]


# Words every werkbedrijf or region shares: no ground for a suggestion on their own.
_ALGEMEEN = {"gemeente", "werkbedrijf", "regio", "regionale", "sociale", "dienst", "werk", "en"}


def _kenmerk(naam: str) -> str:
    """The distinctive words of a name, lower case: 'Werkbedrijf Duinstreek' → 'duinstreek'."""
    return " ".join(w for w in naam.lower().split() if w not in _ALGEMEEN)


class Gebeurtenisrij(NamedTuple):
    op: datetime
    tekst_contact: str


class Documentrij(NamedTuple):
    pk: int
    titel: str
    grootte: int
    aangemaakt_op: datetime


# The portal's reads, compiled once per process (`vaste_sql`, issue 17). The request was
# fetched through `aanvragen_in_portaal`; only its pk reaches the SQL.
_tijdlijn_contact_sql = VasteSql(
    lambda *, aanvraag_pk: (
        Gebeurtenis.objects.filter(aanvraag_id=aanvraag_pk)
        .exclude(tekst_contact="")
        .order_by("op", "pk")
        .values_list("op", "tekst_contact")
    )
)
_documenten_contact_sql = VasteSql(
    # The model is the fieldwork app's (`gesprekken.Document`): reached through the relation.
    lambda *, aanvraag_pk: (
        Aanvraag(pk=aanvraag_pk)
        .documenten.filter(van_contact=True)
        .order_by("-aangemaakt_op")
        .values_list("pk", "titel", "grootte", "aangemaakt_op")
    )
)


def tijdlijn_portaal(user, aanvraag) -> list[Gebeurtenisrij]:
    """The timeline as the contact reads it (`tijdlijn_voor`): the friendly texts only."""
    if not is_contactpersoon(user):
        return []
    return [Gebeurtenisrij(*r) for r in _tijdlijn_contact_sql.rijen(aanvraag_pk=aanvraag.pk)]


def documenten_portaal(user, aanvraag) -> list[Documentrij]:
    """The documents the contact's organisation shared (`documenten_van`), newest first."""
    if not is_contactpersoon(user):
        return []
    return [Documentrij(*r) for r in _documenten_contact_sql.rijen(aanvraag_pk=aanvraag.pk)]
