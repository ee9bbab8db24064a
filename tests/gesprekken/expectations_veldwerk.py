"""Access to every fieldwork URL, per role.

Confidential fieldwork is for Spiegel A's team only (teamlid); everyone else gets 404.
A coordinator not on the team sees the workspace hub in outline (status, team, planned
dates); documents of a request are for its contact (what the organisation shared), its
team and coordinators.
"""

from tests.matrix.expectations import LOGIN, NOT_FOUND, OK, REDIRECT, Exp, org_a_and_team, team_only

NF = NOT_FOUND


def team_post(outcome, data=None) -> Exp:
    return Exp(LOGIN, NF, NF, outcome, NF, NF, NF, method="post", data=data or {})


EXPECTATIONS = {
    "gesprekken:spiegel": Exp(LOGIN, NF, NF, OK, NF, OK, NF),
    "gesprekken:planning": team_only(),
    "gesprekken:planning_ics": team_only(),
    "gesprekken:gesprek_nieuw": team_only(),
    "gesprekken:gesprek_bewerken": team_only(),
    "gesprekken:gesprek_verwijderen": team_post(REDIRECT),
    "gesprekken:aantekeningen": team_only(),
    "gesprekken:aantekening_versie": team_only(),
    "gesprekken:aantekeningen_opslaan": team_post(REDIRECT, {"tekst": "Nieuw", "versie": 0}),
    # Without a bouwsteen the observation is refused with the form again (400).
    "gesprekken:waarneming_nieuw": team_post("400", {"w-tekst": "Iets"}),
    "gesprekken:citaat_nieuw": team_post(
        REDIRECT,
        {
            "c-tekst": "Wij doen het samen.",
            "c-rol": "een klantmanager",
            "c-toestemming": "gevraagd",
            "c-weergave": "anoniem",
        },
    ),
    "gesprekken:waarneming_bewerken": team_only(),
    "gesprekken:waarneming_verwijderen": team_post(REDIRECT),
    "gesprekken:citaat_bewerken": team_only(),
    "gesprekken:citaat_verwijderen": team_post(REDIRECT),
    "gesprekken:waarnemingen": team_only(),
    "gesprekken:citaten": team_only(),
    "gesprekken:zoeken": team_only(data={"q": "wijkteam"}),
    "gesprekken:overzicht": team_only(),
    "gesprekken:export_csv": team_only(),
    "gesprekken:export_xlsx": team_only(),
    "gesprekken:sjablonen": team_only(),
    "gesprekken:sjabloon_bewerken": team_only(),
    "gesprekken:documenten": org_a_and_team(),
    "gesprekken:document_download": org_a_and_team(),
}
