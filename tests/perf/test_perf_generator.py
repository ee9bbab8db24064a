"""The volume-data generator (`manage.py genereer_data`): right counts at a small scale,
the same data for the same seed, and `--leeg` removes only what it generated."""

import pytest
from django.core.management import CommandError, call_command

from gesprekken.models import Citaat, Gesprek, Waarneming
from rapportage.models import Schets, SchetsVersie
from spiegel import volumedata
from spiegel.models import Aanvraag, Organisatie, Spiegel, User

pytestmark = pytest.mark.django_db

SCHAAL = 0.004  # 1 organisation, 6 Spiegels, 120 sessions


@pytest.fixture
def bench_mode(settings):
    settings.BENCH_MODE = True


def generated():
    return Aanvraag.objects.filter(referentie__startswith=volumedata.REFERENTIE_PREFIX)


def snapshot():
    """Content that must not depend on anything but the seed (ids may differ)."""
    spiegels = Spiegel.objects.filter(aanvraag__in=generated())
    return {
        "aanvragen": sorted(
            generated().values_list("referentie", "status", "organisatie__naam", "context")
        ),
        "waarnemingen": sorted(
            Waarneming.objects.filter(spiegel__in=spiegels).values_list(
                "spiegel__aanvraag__referentie", "tekst", "soort"
            )
        ),
        "citaten": sorted(
            Citaat.objects.filter(spiegel__in=spiegels).values_list("tekst", "rol", "toestemming")
        ),
    }


def test_counts_at_a_small_scale(bench_mode):
    call_command("genereer_data", schaal=SCHAAL, seed=1, verbosity=0)
    spiegels = Spiegel.objects.filter(aanvraag__in=generated())
    assert spiegels.count() == 6
    assert generated().count() == 6 + 1  # and one request that never became a Spiegel
    assert Gesprek.objects.filter(spiegel__in=spiegels).count() == 6 * 20
    assert Waarneming.objects.filter(spiegel__in=spiegels).count() == 6 * 200
    assert Citaat.objects.filter(spiegel__in=spiegels).count() == 6 * 200
    assert Schets.objects.filter(spiegel__in=spiegels).count() == 6
    assert SchetsVersie.objects.filter(schets__spiegel__in=spiegels).count() == 6 * 10
    assert Organisatie.objects.filter(naam__in=_generated_org_names()).count() == 1
    # Every Spiegel has a team of two, and every account can pass the second factor.
    assert all(s.team.count() == 2 for s in spiegels)
    accounts = User.objects.filter(email__endswith="@" + volumedata.GEN_DOMEIN)
    assert accounts.filter(rol="teamlid").count() == 4
    assert accounts.filter(rol="contactpersoon").count() == 1
    assert all(u.totpdevice_set.filter(confirmed=True).exists() for u in accounts)
    assert accounts.first().check_password(volumedata.GEN_WACHTWOORD)


def test_same_seed_gives_the_same_data_and_another_seed_does_not(bench_mode):
    call_command("genereer_data", schaal=SCHAAL, seed=42, verbosity=0)
    first = snapshot()
    call_command("genereer_data", schaal=SCHAAL, seed=42, leeg=True, verbosity=0)
    assert snapshot() == first
    call_command("genereer_data", schaal=SCHAAL, seed=43, leeg=True, verbosity=0)
    assert snapshot() != first


def test_leeg_removes_only_generated_data(bench_mode, world):
    call_command("genereer_data", schaal=SCHAAL, seed=1, verbosity=0)
    assert generated().exists()
    call_command("genereer_data", alleen_leeg=True, verbosity=0)
    assert not generated().exists()
    assert not Organisatie.objects.filter(naam__in=_generated_org_names()).exists()
    # The world's own data is untouched.
    assert Spiegel.objects.filter(pk__in=[world.spiegel_a.pk, world.spiegel_b.pk]).count() == 2


def test_refuses_to_run_twice_without_leeg(bench_mode):
    call_command("genereer_data", schaal=SCHAAL, seed=1, verbosity=0)
    with pytest.raises(CommandError, match="--leeg"):
        call_command("genereer_data", schaal=SCHAAL, seed=1, verbosity=0)


def test_refused_outside_debug_demo_and_bench_mode(settings):
    settings.DEBUG = False
    settings.DEMO_MODE = False
    settings.BENCH_MODE = False
    with pytest.raises(CommandError, match="never in production"):
        call_command("genereer_data", schaal=SCHAAL, verbosity=0)
    assert not generated().exists()


def _generated_org_names():
    return [n for names in volumedata.organisatienamen().values() for n in names]
