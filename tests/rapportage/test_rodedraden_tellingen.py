"""The per-Spiegel summary the rode draden read (`BouwsteenTelling`): kept exact by the
PostgreSQL triggers through every fieldwork write, rebuilt by the nightly beat task and
after the volume data, and the page no longer reads the observations at all."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from gesprekken import services as veldwerk
from gesprekken.models import Waarneming
from rapportage.rodedraden import services
from rapportage.rodedraden.models import BouwsteenTelling
from rapportage.rodedraden.tasks import rodedraden_tellingen
from spiegel import volumedata
from spiegel.celery import app as celery_app
from spiegel.constants import Rol
from spiegel.models import Spiegel
from tests.factories import UserFactory
from tests.rapportage.rodedraden_data import A, K, bouwstenen, spiegel

pytestmark = pytest.mark.django_db


def samenvatting() -> dict:
    return {
        (t.spiegel_id, t.bouwsteen_id, t.soort): t.n
        for t in BouwsteenTelling.objects.filter(n__gt=0)
    }


def echt() -> dict:
    """The same figures counted from the observations' bouwsteen links themselves."""
    rijen = (
        Waarneming.bouwstenen.through.objects.values_list(
            "waarneming__spiegel_id", "bouwsteen_id", "waarneming__soort"
        )
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {(s, b, soort): n for s, b, soort, n in rijen}


def test_the_summary_follows_every_fieldwork_write():
    b1, b2, b3 = bouwstenen()
    s1 = spiegel(waarnemingen=[(b1, K, "Er is een vast aanspreekpunt.")])
    s2 = spiegel()
    door = UserFactory(rol=Rol.TEAMLID)
    assert samenvatting() == echt() == {(s1.pk, b1.pk, K): 1}

    w = veldwerk.waarneming_vastleggen(
        spiegel=s1, gesprek=None, tekst="Wachttijden lopen op.", soort=A,
        bouwstenen=[b1, b2], kernvragen=[], door=door,
    )  # fmt: skip
    assert samenvatting() == echt()
    assert samenvatting()[(s1.pk, b2.pk, A)] == 1

    # Another kind and other bouwstenen: the old cells lose it, the new ones gain it.
    veldwerk.waarneming_wijzigen(
        waarneming=w, tekst=w.tekst, soort=K, bouwstenen=[b1, b3], kernvragen=[]
    )
    assert samenvatting() == echt()
    assert samenvatting()[(s1.pk, b1.pk, K)] == 2
    assert (s1.pk, b2.pk, A) not in samenvatting()

    # Only the text changes: nothing moves.
    voor = samenvatting()
    veldwerk.waarneming_wijzigen(
        waarneming=w, tekst="Anders gezegd.", soort=K, bouwstenen=[b1, b3], kernvragen=[]
    )
    assert samenvatting() == voor

    # Moved to another Spiegel by a bulk update (the admin or a script): counted there.
    Waarneming.objects.filter(pk=w.pk).update(spiegel=s2)
    assert samenvatting() == echt()
    assert samenvatting()[(s2.pk, b3.pk, K)] == 1

    veldwerk.vastlegging_verwijderen(obj=Waarneming.objects.get(pk=w.pk))
    assert samenvatting() == echt() == {(s1.pk, b1.pk, K): 1}
    # No rows of zero are left behind.
    assert not BouwsteenTelling.objects.filter(n=0).exists()

    Spiegel.objects.filter(pk=s1.pk).delete()
    assert samenvatting() == echt() == {}


def test_the_page_shows_what_the_fieldwork_wrote_a_moment_ago(client, login):
    b1, b2, _b3 = bouwstenen()
    spiegels = [spiegel(waarnemingen=[(b1, K, f"Kracht {i}.")]) for i in range(3)]
    teamlid = UserFactory(rol=Rol.TEAMLID)
    login(teamlid)
    url = reverse("rodedraden:overzicht")
    assert "3 waarnemingen in 3 Spiegels" in client.get(url).content.decode()
    for s in spiegels:
        veldwerk.waarneming_vastleggen(
            spiegel=s, gesprek=None, tekst="Nog een kracht.", soort=K,
            bouwstenen=[b1], kernvragen=[], door=teamlid,
        )  # fmt: skip
    assert "6 waarnemingen in 3 Spiegels" in client.get(url).content.decode()


def test_the_page_reads_the_summary_not_the_observations(client, login):
    b1, b2, _b3 = bouwstenen()
    for i in range(4):
        spiegel(waarnemingen=[(b1, K, f"K {i}"), (b2, A, f"A {i}")])
    login(UserFactory(rol=Rol.TEAMLID))
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(reverse("rodedraden:overzicht")).content.decode()
    assert "4 waarnemingen in 4 Spiegels" in html
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "rapportage_bouwsteentelling" in sql
    # Not the observations' bouwsteen links (300,000 rows at the reference data); the
    # themes still join the few observations a confirmed theme holds.
    assert "gesprekken_waarneming_bouwstenen" not in sql


def test_the_nightly_rebuild_repairs_drift_and_is_scheduled():
    b1, b2, _b3 = bouwstenen()
    for i in range(3):
        spiegel(waarnemingen=[(b1, K, f"K {i}"), (b2, A, f"A {i}"), (b2, A, f"A' {i}")])
    goed = echt()
    assert samenvatting() == goed
    # Drift, as a load with triggers off would leave it.
    BouwsteenTelling.objects.filter(bouwsteen=b1).update(n=99)
    BouwsteenTelling.objects.filter(bouwsteen=b2).delete()
    assert samenvatting() != goed
    assert rodedraden_tellingen.apply().get() == len(goed)
    assert samenvatting() == goed
    assert services.tellingen_herbouwen() == len(goed)  # safe to run twice
    assert samenvatting() == goed
    schema = settings.CELERY_BEAT_SCHEDULE["rodedraden-tellingen"]
    assert schema["task"] == rodedraden_tellingen.name
    assert schema["task"] in celery_app.tasks


def test_generated_volume_data_has_an_exact_summary(settings):
    """The generator loads observations with triggers off (replica role): the rapportage
    part rebuilds the summary, and removing the data empties it again."""
    settings.BENCH_MODE = True
    call_command("genereer_data", schaal=0.004, seed=3, verbosity=0)
    gegenereerd = Spiegel.objects.filter(
        aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX
    )
    assert gegenereerd.exists()
    assert samenvatting() == echt()
    assert BouwsteenTelling.objects.filter(spiegel__in=gegenereerd).count() > 0
    call_command("genereer_data", alleen_leeg=True, verbosity=0)
    assert samenvatting() == echt()
    assert not BouwsteenTelling.objects.filter(spiegel__in=gegenereerd).exists()
