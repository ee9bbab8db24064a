"""Issue 16 item 6: the demo reads like real work. Every moment of every demo object falls
on a working day between 09:00 and 17:30 (Europe/Amsterdam), sessions never at weekends,
and each request's timeline follows the order of the stages (the schets is ready before
the Spiegel is finished).

The demo is loaded at a fixed working-hours clock (a Wednesday morning) so that what the
loader writes at load time (audit rows, creation stamps) is in working hours too; every
back-dated moment must be put there by the loaders themselves."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.db import models

from spiegel.constants import Status
from spiegel.demotijd import is_werktijd, verspreid, werktijd
from spiegel.models import Aanvraag

ZONE = ZoneInfo("Europe/Amsterdam")
KLOK = dt.datetime(2026, 12, 2, 10, 40, tzinfo=ZONE)  # a Wednesday

RANG = {
    Status.INGEDIEND: 0,
    Status.INTAKE: 1,
    Status.GEACCEPTEERD: 2,
    Status.AFGEWEZEN: 2,
    Status.INGETROKKEN: 2,
    Status.VELDWERK: 3,
    Status.SCHETS: 4,
    Status.WEDERHOOR: 5,
    Status.AFGEROND: 6,
}
# Timeline entries without a status change, by the stage they belong to.
STAP = [
    ("De schets is gestart", Status.SCHETS),
    ("ter review aangeboden", Status.SCHETS),
    ("goedgekeurd door", Status.SCHETS),
    ("voorgelegd aan de organisatie voor wederhoor", Status.WEDERHOOR),
    ("Opmerking uit het wederhoor", Status.WEDERHOOR),
    ("afgehandeld", Status.WEDERHOOR),
    ("Schets definitief", Status.WEDERHOOR),
]


APPS = ("spiegel", "gesprekken", "rapportage", "otp_totp")
# Written at the real clock by another process, not by the loader: the worker stamps the
# moment it delivered a demo email.
ECHTE_KLOK = {("Bericht", "verzonden_op")}


def _modellen():
    return [m for m in apps.get_models() if m._meta.app_label in APPS]


def _demo_laden(settings, tmp_path) -> dict:
    """Loads the demo at the working-hours clock; returns the rows that were there before
    (the migrations' default capture templates, made when the test database was), which
    the demo did not write."""
    settings.DEMO_MODE, settings.MEDIA_ROOT = True, tmp_path
    al_er = {m: set(m.objects.values_list("pk", flat=True)) for m in _modellen()}
    with time_machine.travel(KLOK, tick=True):
        call_command("demodata", stdout=None)
    return al_er


@pytest.mark.django_db(transaction=True)
def test_the_demo_reads_like_real_work(settings, tmp_path):
    """One load of the demo (it takes a while), every check on it."""
    al_er = _demo_laden(settings, tmp_path)
    _every_demo_moment_is_on_a_working_day_in_working_hours(al_er)
    _every_demo_timeline_follows_the_order_of_the_stages()
    _brugwaarde_portal_shows_the_schets_ready_before_the_spiegel_finished()
    _demo_sessions_fall_within_the_fieldwork_stage()
    _a_borrowed_demo_schets_speaks_of_its_own_municipality()


def _buiten_werktijd(al_er: dict) -> list[str]:
    fout = []
    for model in _modellen():
        velden = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.DateTimeField) and (model.__name__, f.name) not in ECHTE_KLOK
        ]
        for veld in velden:
            for pk, waarde in model.objects.exclude(**{veld: None}).values_list("pk", veld):
                if pk not in al_er[model] and not is_werktijd(waarde):
                    lokaal = waarde.astimezone(ZONE)
                    fout.append(f"{model.__name__}.{veld} #{pk}: {lokaal:%a %d %b %H:%M}")
    return fout


def _every_demo_moment_is_on_a_working_day_in_working_hours(al_er: dict):
    from gesprekken.models import Gesprek
    from spiegel.models import AuditRegel, Gebeurtenis

    assert Gesprek.objects.count() > 20 and Gebeurtenis.objects.count() > 50
    # Audit rows the loader writes (none today) are checked with the rest.
    assert AuditRegel in apps.get_models()
    assert _buiten_werktijd(al_er) == []


def _rang(gebeurtenis) -> int | None:
    if gebeurtenis.naar_status:
        return RANG[gebeurtenis.naar_status]
    for stuk, status in STAP:
        if stuk in gebeurtenis.tekst:
            return RANG[status]
    return None


def _every_demo_timeline_follows_the_order_of_the_stages():
    aanvragen = Aanvraag.objects.prefetch_related("gebeurtenissen")
    assert aanvragen.filter(status=Status.AFGEROND).exists()
    fout = []
    for aanvraag in aanvragen:
        regels = sorted(aanvraag.gebeurtenissen.all(), key=lambda g: (g.op, g.pk))
        rangen = [(r, g) for g in regels if (r := _rang(g)) is not None]
        for (r1, g1), (r2, g2) in zip(rangen, rangen[1:], strict=False):
            if r2 < r1:
                fout.append(f"{aanvraag.organisatie_naam}: ‘{g2.tekst}’ na ‘{g1.tekst}’")
        if regels and regels[0].naar_status != Status.INGEDIEND:
            fout.append(f"{aanvraag.organisatie_naam}: begint niet met de indiening")
    assert fout == []


def _brugwaarde_portal_shows_the_schets_ready_before_the_spiegel_finished():
    aanvraag = Aanvraag.objects.filter(
        organisatie__naam="Gemeente Brugwaarde", status=Status.AFGEROND
    ).first()
    regels = list(aanvraag.gebeurtenissen.exclude(tekst_contact="").order_by("op", "pk"))
    teksten = [g.tekst_contact for g in regels]
    klaar = next(i for i, t in enumerate(teksten) if t.startswith("De schets staat klaar"))
    afgerond = next(i for i, t in enumerate(teksten) if t.startswith("De Spiegel is afgerond"))
    assert klaar < afgerond


def test_the_working_hours_clock_keeps_order_and_stays_in_hours():
    begin = dt.datetime(2026, 3, 26, 0, 0, tzinfo=ZONE)  # across a weekend and DST
    momenten = [werktijd(begin + dt.timedelta(minutes=13 * i)) for i in range(1500)]
    assert all(is_werktijd(m) for m in momenten)
    assert all(a < b for a, b in zip(momenten, momenten[1:], strict=False))
    a, b = (
        dt.datetime(2026, 11, 6, 16, 0, tzinfo=ZONE),
        dt.datetime(2026, 11, 9, 10, 0, tzinfo=ZONE),
    )
    tussen = verspreid(a, b, 5)
    assert all(is_werktijd(m) and a < m < b for m in tussen) and tussen == sorted(tussen)


def _a_borrowed_demo_schets_speaks_of_its_own_municipality():
    from rapportage.models import Sectie
    from spiegel.models import Kernvraag

    for naam, bron in (("Oeverwijk", "Waterlinde"), ("Dijkhoven", "Brugwaarde")):
        secties = Sectie.objects.filter(schets__spiegel__organisatie__naam=f"Gemeente {naam}")
        teksten = " ".join(s.titel + " " + s.tekst for s in secties)
        vragen = " ".join(
            Kernvraag.objects.filter(spiegel__organisatie__naam=f"Gemeente {naam}").values_list(
                "tekst", flat=True
            )
        )
        assert secties.exists()
        assert bron not in teksten and bron not in vragen, naam


def _demo_sessions_fall_within_the_fieldwork_stage():
    from gesprekken.models import Gesprek

    fout = []
    for aanvraag in Aanvraag.objects.filter(spiegel__gesprekken__isnull=False).distinct():
        stappen = {g.naar_status: g.op for g in aanvraag.gebeurtenissen.exclude(naar_status="")}
        if Status.VELDWERK not in stappen:
            continue
        for gesprek in Gesprek.objects.filter(spiegel__aanvraag=aanvraag):
            if gesprek.begin < stappen[Status.VELDWERK]:
                fout.append(f"{aanvraag.organisatie_naam}: {gesprek.titel} vóór het veldwerk")
            if Status.SCHETS in stappen and gesprek.einde > stappen[Status.SCHETS]:
                fout.append(f"{aanvraag.organisatie_naam}: {gesprek.titel} na de schets")
    assert fout == []
