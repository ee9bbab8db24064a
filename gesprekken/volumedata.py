"""The fieldwork app's part of the volume data (`spiegel.volumedata`): per Spiegel its
sessions with team and participants, notes, observations, quotes and documents. Registered
in `spiegel.registry.volumedata` from `GesprekkenConfig.ready()`; texts come from the
fieldwork demo content (`gesprekken/demodata.yaml`)."""

from __future__ import annotations

from datetime import timedelta

from gesprekken import demodata
from gesprekken.models import Aantekening, Citaat, Deelnemer, Document, Gesprek, Waarneming
from spiegel.volumedata.kopie import Kopie, sequences_bijwerken, verwijderen, volgende_id
from spiegel.volumedata.namen import ACHTERNAMEN, VOORNAMEN

GESPREKKEN_PER_SPIEGEL = 20
WAARNEMINGEN_PER_GESPREK = 10
CITATEN_PER_GESPREK = 10
DOCUMENTEN_PER_AANVRAAG = 4

ROLLEN = sorted(
    {c["rol"] for s in demodata.VELDWERK.values() for g in s for c in g["citaten"]}
    | {"klantmanager", "teamleider", "beleidsmedewerker", "consulent schuldhulp", "wethouder"}
)
_AANVULLINGEN = [
    "Dat zagen we ook tijdens de meeloopronde.",
    "Klantmanagers noemen dit zelf als voorbeeld.",
    "Het team herkent dit, maar benoemt het zelden hardop.",
    "De teamleiders zien hier een kans.",
    "Dit kwam in meerdere gesprekken terug.",
    "In de beleidsnota staat het anders beschreven.",
    "Inwoners merken hier direct iets van.",
    "Wethouder en directie kijken hier verschillend naar.",
    "Het casusoverleg biedt hier ruimte voor.",
    "Collega's van het wijkteam vullen dit aan.",
    "Hier zit veel vakmanschap in.",
    "De werkdruk speelt hierbij een rol.",
]
_EXTRA_CITATEN = [
    "Als ik iemand echt wil helpen, moet ik eerst de tijd nemen om te luisteren.",
    "We doen het samen, ook als het schuurt.",
    "De regels zijn er, maar de ruimte ook. Je moet durven kijken.",
    "Mijn teamleider staat achter me als ik een keuze maak die ik kan uitleggen.",
    "Soms weet ik niet of ik de inwoner help of het systeem.",
    "Bij ons loopt niemand weg als het lastig wordt.",
    "Ik zou willen dat het beleid vaker bij ons op de vloer komt kijken.",
    "Een goed gesprek aan de keukentafel zegt meer dan tien formulieren.",
]
_DOCUMENTTITELS = [
    "Beleidsplan Participatie {jaar}", "Jaarverslag sociaal domein {jaar}",
    "Kwartaalrapportage Werk en Inkomen Q{kwartaal} {jaar}", "Werkprocesbeschrijving intake",
    "Uitvoeringsplan schuldhulpverlening {jaar}", "Raadsinformatiebrief re-integratie",
    "Evaluatie vroegsignalering {jaar}", "Organogram afdeling Werk en Inkomen",
    "Coalitieakkoord {jaar}-{jaar2}", "Handhavingsbeleid Participatiewet",
]  # fmt: skip
_GESPREKTITELS = {
    "interview": ["Interview {rol}", "Gesprek met de {rol}", "{rol} (interview)"],
    "groepsgesprek": ["Groepsgesprek {rol}s", "Teamgesprek {rol}s", "Ronde met {rol}s"],
    "meeloopronde": ["Meelopen met een {rol}", "Meeloopronde {rol}", "Spreekuur met {rol}"],
    "documentstudie": ["Documentstudie: {doc}", "Leesnotitie {doc}"],
}
_PLAATSEN = [
    "Gemeentehuis",
    "Op afstand",
    "Wijkcentrum",
    "Werkplein",
    "Stadskantoor",
    "Bibliotheek",
]


grote_tabellen = (
    "gesprekken_waarneming",
    "gesprekken_citaat",
    "gesprekken_aantekening",
    "gesprekken_document",
)


def _bronnen() -> dict:
    veldwerk = [g for s in demodata.VELDWERK.values() for g in s]
    alinea_s = [
        a.strip()
        for g in veldwerk
        for a in g["aantekeningen"].split("\n\n")
        if len(a.strip()) > 40 and not a.strip().startswith("# ")
    ]
    return {
        "waarnemingen": [w for g in veldwerk for w in g["waarnemingen"]],
        "citaten": [c["tekst"] for g in veldwerk for c in g["citaten"]] + _EXTRA_CITATEN,
        "alineas": alinea_s,
    }


def modellen():
    return [
        Gesprek, Deelnemer, Aantekening, Waarneming, Citaat, Document,
        Gesprek.teamleden.through, Waarneming.bouwstenen.through,
        Waarneming.kernvragen.through, Citaat.bouwstenen.through,
    ]  # fmt: skip


def genereren(stand) -> None:
    """Sessions for every generated Spiegel, with all under them (one random stream: the
    base part's, in the same order as ever)."""
    rng, cur, nu, res, say = stand.rng, stand.cur, stand.nu, stand.res, stand.say
    spiegels, kernvragen, bouwstenen = stand.spiegels, stand.kernvragen, stand.bouwstenen
    contact_van = stand.contact_van
    per_spiegel = stand.opties.get("gesprekken_per_spiegel", GESPREKKEN_PER_SPIEGEL)
    bron = _bronnen()
    ids = {m: volgende_id(cur, m) for m in (Gesprek, Deelnemer, Aantekening, Waarneming, Citaat)}
    # --- sessions, participants and notes ---------------------------------------
    soorten = (
        ["interview"] * 10 + ["groepsgesprek"] * 4 + ["meeloopronde"] * 3 + ["documentstudie"] * 3
    )
    gesprekken = []  # (gesprek_id, spiegel_id, team)
    gid = ids[Gesprek]
    with Kopie(
        cur,
        Gesprek,
        ["id", "spiegel", "soort", "titel", "begin", "einde", "plaats", "aangemaakt_op"],
    ) as k:
        for s in spiegels:
            for j in range(per_spiegel):
                soort = rng.choice(soorten)
                titel = rng.choice(_GESPREKTITELS[soort]).format(
                    rol=rng.choice(ROLLEN),
                    doc=rng.choice(_DOCUMENTTITELS).format(jaar=2024, jaar2=2026, kwartaal=2),
                )
                begin_ = s[4] + timedelta(days=2 + j * 3, hours=rng.randint(8, 15) - 12)
                k.rij(gid, s[0], soort, titel[:200], begin_, begin_ + timedelta(minutes=rng.choice([60, 90, 120])),
                      rng.choice(_PLAATSEN), s[4])  # fmt: skip
                gesprekken.append((gid, s[0], s[5]))
                gid += 1
    res.aantallen["gesprekken"] = k.aantal

    Aanwezig = Gesprek.teamleden.through
    with Kopie(cur, Aanwezig, ["gesprek", "user"]) as k:
        for g in gesprekken:
            for u in g[2][: rng.randint(1, 2)]:
                k.rij(g[0], u)
    with Kopie(cur, Deelnemer, ["gesprek", "rol", "naam", "toestemming_citeren"]) as k:
        for g in gesprekken:
            for _ in range(rng.randint(1, 3)):
                naam = (
                    f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}"
                    if rng.random() < 0.3
                    else ""
                )
                k.rij(g[0], rng.choice(ROLLEN), naam, rng.random() < 0.8)
    res.aantallen["deelnemers"] = k.aantal
    with Kopie(
        cur, Aantekening, ["gesprek", "tekst", "versie", "bijgewerkt_door", "bijgewerkt_op"]
    ) as k:
        for g in gesprekken:
            tekst = "\n\n".join(rng.sample(bron["alineas"], rng.randint(3, 7)))
            k.rij(
                g[0],
                tekst,
                rng.randint(1, 30),
                g[2][0],
                nu - timedelta(days=rng.randint(1, 900)),
            )
    say(f"{len(gesprekken)} gesprekken met aantekeningen")

    # --- observations and quotes ---------------------------------------------------
    waarneming_ids: dict[int, list[int]] = {}
    wid0 = wid = ids[Waarneming]
    w_bouw, w_kern = [], []
    with Kopie(
        cur,
        Waarneming,
        ["id", "spiegel", "gesprek", "tekst", "soort", "door", "aangemaakt_op"],
    ) as k:
        for g in gesprekken:
            lijst = waarneming_ids.setdefault(g[1], [])
            for _ in range(WAARNEMINGEN_PER_GESPREK):
                w = rng.choice(bron["waarnemingen"])
                tekst = w["tekst"]
                if rng.random() < 0.6:
                    tekst = f"{tekst} {rng.choice(_AANVULLINGEN)}"
                k.rij(
                    wid,
                    g[1],
                    g[0],
                    tekst,
                    w["soort"],
                    g[2][0],
                    nu - timedelta(seconds=rng.randint(0, 5 * 365 * 86400)),
                )
                bs = rng.sample(bouwstenen, rng.randint(1, 2))
                w_bouw.append((wid, bs))
                if rng.random() < 0.5:
                    w_kern.append((wid, rng.choice(kernvragen[g[1]])))
                lijst.append(wid)
                wid += 1
    res.aantallen["waarnemingen"] = wid - wid0
    with Kopie(cur, Waarneming.bouwstenen.through, ["waarneming", "bouwsteen"]) as k:
        for w, bs in w_bouw:
            for b in bs:
                k.rij(w, b)
    with Kopie(cur, Waarneming.kernvragen.through, ["waarneming", "kernvraag"]) as k:
        for w, kv in w_kern:
            k.rij(w, kv)
    del w_bouw, w_kern
    say(f"{res.aantallen['waarnemingen']} waarnemingen")

    citaat_ids: dict[int, list[int]] = {}
    cid0 = cid = ids[Citaat]
    c_bouw = []
    toestemmingen = ["gegeven"] * 7 + ["gevraagd"] * 2 + ["geweigerd"]
    with Kopie(
        cur,
        Citaat,
        [
            "id",
            "spiegel",
            "gesprek",
            "tekst",
            "rol",
            "toestemming",
            "weergave",
            "door",
            "aangemaakt_op",
        ],
    ) as k:
        for g in gesprekken:
            lijst = citaat_ids.setdefault(g[1], [])
            for _ in range(CITATEN_PER_GESPREK):
                k.rij(cid, g[1], g[0], rng.choice(bron["citaten"]), rng.choice(ROLLEN),
                      rng.choice(toestemmingen), rng.choice(["anoniem", "functie"]), g[2][0],
                      nu - timedelta(seconds=rng.randint(0, 5 * 365 * 86400)))  # fmt: skip
                if rng.random() < 0.7:
                    c_bouw.append((cid, rng.choice(bouwstenen)))
                lijst.append(cid)
                cid += 1
    res.aantallen["citaten"] = cid - cid0
    with Kopie(cur, Citaat.bouwstenen.through, ["citaat", "bouwsteen"]) as k:
        for c, b in c_bouw:
            k.rij(c, b)
    del c_bouw
    say(f"{res.aantallen['citaten']} citaten")

    # --- documents -------------------------------------------------------------------
    with Kopie(
        cur,
        Document,
        [
            "aanvraag",
            "titel",
            "bestand",
            "mime_type",
            "grootte",
            "geupload_door",
            "van_contact",
            "aangemaakt_op",
        ],
    ) as k:
        for s in spiegels:
            for j in range(DOCUMENTEN_PER_AANVRAAG):
                jaar = s[4].year
                titel = rng.choice(_DOCUMENTTITELS).format(
                    jaar=jaar - 1, jaar2=jaar + 3, kwartaal=rng.randint(1, 4)
                )
                k.rij(s[1], titel, f"documenten/gen/{s[1]}-{j}.pdf", "application/pdf",
                      rng.randint(40_000, 4_000_000), contact_van[s[2].pk].pk, True, s[4])  # fmt: skip
    res.aantallen["documenten"] = k.aantal
    stand.gedeeld["waarneming_ids"] = waarneming_ids
    stand.gedeeld["citaat_ids"] = citaat_ids
    sequences_bijwerken(cur, [*ids, Document])


def wissen(spiegels, cur, weg) -> None:
    """Remove the generated Spiegels' observations and quotes (their m2m rows by SQL);
    sessions and documents go with the Spiegels and requests."""
    sub, params = spiegels.values("pk").query.sql_with_params()
    for model, via in (
        (Waarneming.bouwstenen.through, "waarneming_id IN (SELECT id FROM gesprekken_waarneming WHERE spiegel_id IN ({sub}))"),
        (Waarneming.kernvragen.through, "waarneming_id IN (SELECT id FROM gesprekken_waarneming WHERE spiegel_id IN ({sub}))"),
        (Citaat.bouwstenen.through, "citaat_id IN (SELECT id FROM gesprekken_citaat WHERE spiegel_id IN ({sub}))"),
    ):  # fmt: skip
        cur.execute(f"DELETE FROM {model._meta.db_table} WHERE " + via.format(sub=sub), params)  # noqa: S608
        weg[model._meta.label] = cur.rowcount
    # Observations and quotes may be referenced by tables added later: ORM for those.
    for model in (Waarneming, Citaat):
        weg[model._meta.label] = verwijderen(model.objects.filter(spiegel__in=spiegels))
