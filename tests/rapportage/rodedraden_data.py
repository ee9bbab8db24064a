"""Spiegels with a profile (year, kind, size, province) and observations, for the tests of
the rode draden."""

import datetime as dt

from django.utils import timezone

from gesprekken.constants import WaarnemingSoort
from rapportage.rodedraden.models import Organisatieprofiel
from spiegel.constants import OrganisatieSoort, Status
from spiegel.models import Bouwsteen, Spiegel
from tests.factories import AanvraagFactory, OrganisatieFactory, SpiegelFactory
from tests.factories.rapportage import WaarnemingFactory

K, A = WaarnemingSoort.KRACHT, WaarnemingSoort.AANDACHTSPUNT


def bouwstenen(n=3) -> list[Bouwsteen]:
    return list(Bouwsteen.objects.filter(actief=True).order_by("volgorde", "naam")[:n])


def spiegel(
    *,
    jaar=2025,
    soort=OrganisatieSoort.GEMEENTE,
    inwoners=30_000,
    provincie="Utrecht",
    status=Status.AFGEROND,
    naam=None,
    waarnemingen=(),
    team=(),
):
    """One Spiegel; `waarnemingen` are (bouwsteen, kind, text) triples."""
    org = OrganisatieFactory(soort=soort, provincie=provincie, **({"naam": naam} if naam else {}))
    if inwoners is not None:
        Organisatieprofiel.objects.create(organisatie=org, inwoners=inwoners)
    s = SpiegelFactory(aanvraag=AanvraagFactory(organisatie=org, status=status), team=list(team))
    moment = timezone.make_aware(dt.datetime(jaar, 3, 1, 12, 0))
    Spiegel.objects.filter(pk=s.pk).update(aangemaakt_op=moment)
    s.refresh_from_db()
    for bouwsteen, kind, tekst in waarnemingen:
        w = WaarnemingFactory(spiegel=s, soort=kind, tekst=tekst)
        w.bouwstenen.add(bouwsteen)
    return s
