"""The rapportage app's part of the volume data (`spiegel.volumedata`): per Spiegel a
schets with sections (citing generated observations and quotes), its versions, wederhoor
remarks and, for finished Spiegels, a released render job. Registered in
`spiegel.registry.volumedata` from `RapportageConfig.ready()`; texts come from the schets
demo content (`rapportage/demodata.yaml`)."""

from __future__ import annotations

from datetime import timedelta

from psycopg.types.json import Jsonb

from rapportage import demodata
from rapportage.models import (
    BouwsteenTelling,
    Opmerking,
    RenderJob,
    Schets,
    SchetsVersie,
    Sectie,
)
from rapportage.rodedraden.services import tellingen_herbouwen
from spiegel.constants import Status
from spiegel.volumedata.kopie import Kopie, sequences_bijwerken, volgende_id

SCHETSVERSIES = 10

grote_tabellen = ()


def _bronnen() -> dict:
    secties: dict[str, list[str]] = {}
    for lijst in demodata.SCHETSEN.values():
        for s in lijst:
            secties.setdefault(s["sleutel"], []).append(s["tekst"])
    return {
        "secties": secties,
        "sectievolgorde": [
            (s["sleutel"], s["titel"]) for s in next(iter(demodata.SCHETSEN.values()))
        ],
    }


def modellen():
    return [
        Schets,
        Sectie,
        SchetsVersie,
        Opmerking,
        RenderJob,
        Sectie.kernvragen.through,
        BouwsteenTelling,
    ]


def genereren(stand) -> None:
    """A schets per generated Spiegel, citing the fieldwork part's observations and quotes
    (`stand.gedeeld`)."""
    rng, cur, res, say = stand.rng, stand.cur, stand.res, stand.say
    spiegels, kernvragen, contact_van = stand.spiegels, stand.kernvragen, stand.contact_van
    waarneming_ids = stand.gedeeld["waarneming_ids"]
    citaat_ids = stand.gedeeld["citaat_ids"]
    bron = _bronnen()
    ids = {m: volgende_id(cur, m) for m in (Schets, Sectie, SchetsVersie, Opmerking, RenderJob)}
    # --- schetsen with sections and versions -----------------------------------------
    sectievolgorde = bron["sectievolgorde"]
    schets_id = ids[Schets]
    sectie_id = ids[Sectie]
    schetsen = []  # (schets_id, spiegel, [(sectie_id, sleutel, titel, tekst, kernvraag)])
    schets_status = {
        Status.AFGEROND: "definitief", Status.WEDERHOOR: "wederhoor",
        Status.SCHETS: "concept",
    }  # fmt: skip
    with Kopie(
        cur,
        Schets,
        [
            "id",
            "spiegel",
            "status",
            "versie",
            "reviewopmerking",
            "aangemaakt_op",
            "bijgewerkt_op",
        ],
    ) as k:
        for s in spiegels:
            k.rij(
                schets_id,
                s[0],
                schets_status.get(s[3], "concept"),
                SCHETSVERSIES,
                "",
                s[4],
                s[4] + timedelta(days=60),
            )
            secties = []
            for sleutel, titel in sectievolgorde:
                tekst = rng.choice(bron["secties"].get(sleutel) or [""])
                w = rng.sample(waarneming_ids[s[0]], 2)
                c = rng.sample(citaat_ids[s[0]], 1)
                tekst = f"{tekst}\n\n[[waarneming:{w[0]}]]\n\n> [[citaat:{c[0]}]]\n\n[[waarneming:{w[1]}]]"
                secties.append((sectie_id, sleutel, titel, tekst, rng.choice(kernvragen[s[0]])))
                sectie_id += 1
            schetsen.append((schets_id, s, secties))
            schets_id += 1
    res.aantallen["schetsen"] = k.aantal
    with Kopie(
        cur,
        Sectie,
        [
            "id",
            "schets",
            "sleutel",
            "titel",
            "volgorde",
            "tekst",
            "versie",
            "bijgewerkt_op",
        ],
    ) as k:
        for sid, s, secties in schetsen:
            for j, (sec_id, sleutel, titel, tekst, _kv) in enumerate(secties):
                k.rij(
                    sec_id,
                    sid,
                    sleutel,
                    titel,
                    j,
                    tekst,
                    SCHETSVERSIES,
                    s[4] + timedelta(days=60),
                )
    res.aantallen["secties"] = k.aantal
    with Kopie(cur, Sectie.kernvragen.through, ["sectie", "kernvraag"]) as k:
        for _sid, _s, secties in schetsen:
            for sec in secties:
                k.rij(sec[0], sec[4])
    with Kopie(
        cur, SchetsVersie, ["schets", "nummer", "secties", "auteur", "toelichting", "op"]
    ) as k:
        for sid, s, secties in schetsen:
            for nummer in range(1, SCHETSVERSIES + 1):
                inhoud = [
                    {
                        "sleutel": sl,
                        "titel": ti,
                        "tekst": te if nummer == SCHETSVERSIES else te[: 200 + nummer * 100],
                        "kernvragen": [kv],
                    }
                    for _id, sl, ti, te, kv in secties
                ]
                k.rij(
                    sid,
                    nummer,
                    Jsonb(inhoud),
                    s[5][nummer % 2],
                    f"Versie {nummer}",
                    s[4] + timedelta(days=30 + nummer * 3),
                )
    res.aantallen["schetsversies"] = k.aantal
    with Kopie(cur, Opmerking, ["sectie", "tekst", "door", "status", "antwoord", "op"]) as k:
        for _sid, s, secties in schetsen:
            if s[3] not in (Status.WEDERHOOR, Status.AFGEROND):
                continue
            for sec in rng.sample(secties, 2):
                open_ = s[3] == Status.WEDERHOOR
                k.rij(sec[0], "Klopt het jaartal in deze alinea? Wij lezen het anders.", contact_van[s[2].pk].pk,
                      "open" if open_ else "beantwoord", "" if open_ else "Aangepast, dank.", s[4] + timedelta(days=70))  # fmt: skip
    with Kopie(
        cur,
        RenderJob,
        [
            "schets",
            "schets_versie",
            "vorm",
            "sjabloon_versie",
            "status",
            "bestand",
            "vrijgegeven_op",
            "aangevraagd_door",
            "aangemaakt_op",
            "bijgewerkt_op",
        ],
    ) as k:
        for sid, s, _secties in schetsen:
            if s[3] != Status.AFGEROND:
                continue
            klaar = s[4] + timedelta(days=110)
            k.rij(
                sid,
                SCHETSVERSIES,
                "rapportage",
                "gen",
                "klaar",
                f"rapporten/gen/{sid}.pdf",
                klaar,
                s[5][0],
                klaar,
                klaar,
            )
    res.aantallen["renderjobs"] = k.aantal
    say(f"{len(schetsen)} schetsen met {SCHETSVERSIES} versies")
    sequences_bijwerken(cur, list(ids))
    # The fieldwork part loaded its rows with triggers off (replica role): the rode
    # draden's summary is rebuilt from them in one statement.
    say(f"{tellingen_herbouwen()} tellingen voor de rode draden")


def wissen(spiegels, cur, weg) -> None:
    """Remove the generated schetsen's versions by SQL; the rest goes with the Spiegels."""
    sub, params = spiegels.values("pk").query.sql_with_params()
    via = "schets_id IN (SELECT id FROM rapportage_schets WHERE spiegel_id IN ({sub}))"
    cur.execute(f"DELETE FROM {SchetsVersie._meta.db_table} WHERE " + via.format(sub=sub), params)  # noqa: S608
    weg[SchetsVersie._meta.label] = cur.rowcount
