"""The benchmark's plan: the generated data in place, signed-in sessions for benchmark
accounts, the URLs each simulated person visits, search timed directly, and cleaning up
what the run left behind. Django is set up by the caller."""

from __future__ import annotations

import random
import time

from benchmarks.paginas import BENCH_FORM_DOMEIN, PAGINAS, ZOEKTERMEN, Pagina
from benchmarks.verslag import log, percentielen


def data_klaarzetten(schaal: float, seed: int, forceer: bool) -> None:
    from django.core.management import call_command

    from spiegel import volumedata
    from spiegel.models import Spiegel

    verwacht = volumedata._aantal(volumedata.BASIS["spiegels"], schaal)
    aanwezig = Spiegel.objects.filter(
        aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX
    ).count()
    if aanwezig == verwacht and not forceer:
        log(f"data: {aanwezig} gegenereerde Spiegels aanwezig (schaal {schaal})")
        return
    log(f"data: genereren op schaal {schaal} (seed {seed}) ...")
    t = time.monotonic()
    call_command("genereer_data", schaal=schaal, seed=seed, leeg=True, verbosity=0)
    log(f"data: klaar in {time.monotonic() - t:.1f} s")


def sessie(user) -> str:
    """A session as after a full sign-in with the second factor."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from spiegel.middleware import SESSION_STARTED_KEY

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store[DEVICE_ID_SESSION_KEY] = device.persistent_id
    store[SESSION_STARTED_KEY] = time.time()
    store.create()
    return store.session_key


def plan_maken(n_identiteiten: int, seed: int) -> dict:
    from django.conf import settings
    from django.urls import NoReverseMatch, reverse

    from spiegel import volumedata
    from spiegel.constants import Rol
    from spiegel.models import Aanvraag, Spiegel, User

    rng = random.Random(seed)
    gen = User.objects.filter(email__endswith="@" + volumedata.GEN_DOMEIN, is_active=True)
    teamleden = list(gen.filter(rol=Rol.TEAMLID).order_by("email"))
    coordinatoren = list(gen.filter(rol=Rol.COORDINATOR).order_by("email"))
    # Contacts whose organisation has requests: the portal pages need one to show.
    met_aanvragen = Aanvraag.objects.values("organisatie_id")
    contacten = list(
        gen.filter(rol=Rol.CONTACTPERSOON, organisatie_id__in=met_aanvragen).order_by("email")
    )
    gen_spiegels = Spiegel.objects.filter(
        aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX
    )

    def url_voor(p: Pagina, obj_pk=None) -> str | None:
        for naam in p.urlnamen:
            try:
                url = reverse(naam, args=[obj_pk] if p.arg else [])
            except NoReverseMatch:
                continue
            p.gevonden = naam
            return url + (p.query(rng) if p.query else "")
        return None

    paginas = []
    for p in PAGINAS:
        probe = url_voor(p, 1)
        if probe is None:
            log(f"OVERGESLAGEN: {p.naam}: geen van de URL-namen {p.urlnamen} bestaat (nog)")
            continue
        paginas.append(p)

    identiteiten = []
    for i in range(n_identiteiten):
        teamlid = teamleden[i % len(teamleden)]
        contact = contacten[i % len(contacten)]
        coordinator = coordinatoren[i % len(coordinatoren)]
        spiegels = list(gen_spiegels.filter(team=teamlid).values_list("pk", flat=True))
        spiegels = rng.sample(spiegels, min(5, len(spiegels)))
        aanvragen = list(
            Aanvraag.objects.filter(organisatie_id=contact.organisatie_id).values_list(
                "pk", flat=True
            )
        )
        urls = {}
        for p in paginas:
            if p.arg == "spiegel":
                urls[p.naam] = [url_voor(p, pk) for pk in spiegels for _ in range(2)]
            elif p.arg == "aanvraag":
                urls[p.naam] = [url_voor(p, pk) for pk in aanvragen[:5]] or [url_voor(p, 0)]
            else:
                urls[p.naam] = [url_voor(p) for _ in range(5)]
        identiteiten.append(
            {
                "sessies": {
                    "teamlid": sessie(teamlid),
                    "coordinator": sessie(coordinator),
                    "contact": sessie(contact),
                },
                "urls": urls,
            }
        )
    return {
        "cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "form_domein": BENCH_FORM_DOMEIN,
        "paginas": [
            {"naam": p.naam, "rol": p.rol, "methode": p.methode, "verwacht": list(p.verwacht)}
            for p in paginas
        ],
        "identiteiten": identiteiten,
    }


def zoeken_direct(n: int = 200) -> dict | None:
    """p50/p95 of the search function itself (no HTTP), if the fieldwork app has one."""
    from importlib import import_module

    from spiegel import volumedata
    from spiegel.models import Spiegel

    kandidaten = [("gesprekken.selectors", "zoeken")]
    functie = None
    for mod, naam in kandidaten:
        try:
            functie = getattr(import_module(mod), naam)
            break
        except (ImportError, AttributeError):
            continue
    if functie is None:
        log("OVERGESLAGEN: zoeken direct: geen zoekfunctie gevonden (gesprekken.*.zoeken)")
        return None
    rng = random.Random(1)
    spiegels = list(
        Spiegel.objects.filter(
            aanvraag__referentie__startswith=volumedata.REFERENTIE_PREFIX
        ).order_by("pk")[:100]
    )
    tijden = []
    for i in range(n):
        s = spiegels[i % len(spiegels)]
        term = rng.choice(ZOEKTERMEN)
        t = time.perf_counter()
        list(functie(s, term))
        tijden.append((time.perf_counter() - t) * 1000)
    return percentielen(tijden)


def opruimen(plan: dict) -> None:
    """Requests the form POSTs created, their emails, and the benchmark's sessions."""
    from django.contrib.sessions.models import Session

    from spiegel.models import Aanvraag, Bericht

    _, per_model = Aanvraag.objects.filter(contact_email__endswith="@" + BENCH_FORM_DOMEIN).delete()
    n = per_model.get("spiegel.Aanvraag", 0)
    Bericht.objects.filter(aan__icontains=BENCH_FORM_DOMEIN).delete()
    sleutels = [k for i in plan["identiteiten"] for k in i["sessies"].values()]
    Session.objects.filter(session_key__in=sleutels).delete()
    if n:
        log(f"opgeruimd: {n} aanvragen van het formulier")
