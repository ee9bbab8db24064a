"""`spiegel.vaste_sql.VasteSql`: a query compiled once answers as the ORM would for every
value it is later run with, for a list of each length, for an empty scope, and refuses a
query its values do not reach."""

import pytest
from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import F, OuterRef
from django.test.utils import CaptureQueriesContext

from gesprekken.models import Citaat
from rapportage.selectors import spiegels_voor_schets
from spiegel.models import Bouwsteen, Spiegel, User
from spiegel.vaste_sql import VasteSql
from tests.factories.rapportage import CitaatFactory, WaarnemingFactory
from tests.factories.spiegel import SpiegelFactory, UserFactory

pytestmark = pytest.mark.django_db


def _citaten(*, spiegel_pk, pks=None):
    qs = Citaat.objects.filter(spiegel_id=spiegel_pk).order_by("pk")
    if pks is not None:
        qs = qs.filter(pk__in=pks)
    return qs.values_list("id", "tekst", "aangemaakt_op")


def test_each_run_answers_as_the_orm_for_its_own_values():
    a, b = SpiegelFactory(), SpiegelFactory()
    eigen_a = [CitaatFactory(spiegel=a) for _ in range(3)]
    CitaatFactory(spiegel=b)
    gebouwd = []

    def bouw(**waarden):
        gebouwd.append(waarden)
        return _citaten(**waarden)

    vast = VasteSql(bouw)
    for spiegel in (a, b, a):
        assert vast.rijen(spiegel_pk=spiegel.pk) == list(_citaten(spiegel_pk=spiegel.pk))
    assert len(gebouwd) == 1, "built and compiled once for one shape"
    # The values reach the query as parameters: the compiled SQL holds none of them.
    with CaptureQueriesContext(connection) as q:
        vast.rijen(spiegel_pk=a.pk)
    assert len(q) == 1 and str(a.pk) in q[0]["sql"]  # the debug cursor shows the real value
    assert [r[0] for r in vast.rijen(spiegel_pk=a.pk)] == [c.pk for c in eigen_a]


def test_a_list_of_each_length_and_an_empty_one_give_the_orms_rows():
    spiegel = SpiegelFactory()
    pks = [CitaatFactory(spiegel=spiegel).pk for _ in range(4)]
    vast = VasteSql(_citaten)
    for keuze in ([pks[0]], pks[1:3], pks[::-1], [pks[2], pks[2]], []):
        assert vast.rijen(spiegel_pk=spiegel.pk, pks=keuze) == list(
            _citaten(spiegel_pk=spiegel.pk, pks=keuze)
        ), keuze


def test_converters_apply_as_in_the_orm():
    spiegel = SpiegelFactory()
    w = WaarnemingFactory(spiegel=spiegel)
    w.bouwstenen.set(Bouwsteen.objects.order_by("pk")[:2])

    def bouw(*, spiegel_pk):
        slugs = Bouwsteen.objects.filter(waarnemingen=OuterRef("pk")).values("slug")
        return (
            spiegel.waarnemingen.model.objects.filter(spiegel_id=spiegel_pk)
            .annotate(slugs=ArraySubquery(slugs))
            .values_list("id", "aangemaakt_op", "slugs")
        )

    assert VasteSql(bouw).rijen(spiegel_pk=spiegel.pk) == list(bouw(spiegel_pk=spiegel.pk))
    assert VasteSql(bouw).rijen(spiegel_pk=spiegel.pk)[0][1].tzinfo is not None


def test_the_shape_keeps_each_scope_apart():
    lid = UserFactory()
    spiegel = SpiegelFactory(team=[lid])

    def bouw(rol, *, user_pk, spiegel_pk):
        user = User(pk=user_pk, rol=rol)
        return spiegels_voor_schets(user).filter(pk=spiegel_pk).values_list("id")

    vast = VasteSql(bouw)
    assert vast.rijen((lid.rol,), user_pk=lid.pk, spiegel_pk=spiegel.pk) == [(spiegel.pk,)]
    buiten = UserFactory()
    assert vast.rijen((buiten.rol,), user_pk=buiten.pk, spiegel_pk=spiegel.pk) == []
    # A role whose scope is empty: no rows and, as in the ORM, no query.
    with CaptureQueriesContext(connection) as q:
        assert vast.rijen(("contactpersoon",), user_pk=lid.pk, spiegel_pk=spiegel.pk) == []
    assert len(q) == 0
    assert not Spiegel.objects.filter(pk=spiegel.pk, team=buiten).exists()


def test_a_value_that_does_not_reach_the_query_is_refused():
    vast = VasteSql(lambda *, spiegel_pk: Citaat.objects.values_list("id"))
    with pytest.raises(ValueError, match="not every value"):
        vast.rijen(spiegel_pk=1)


def test_columns_out_of_values_list_order_are_refused():
    def bouw():
        return Citaat.objects.annotate(n=F("pk")).values_list("n", "id")

    with pytest.raises(ValueError, match="columns"):
        VasteSql(bouw).rijen()
