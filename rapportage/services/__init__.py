"""Writes of the schets: sections, immutable versions, review and wederhoor.

Every save makes a new `SchetsVersie` (never changed afterwards) whose `secties` is a list of
`{"sleutel", "titel", "tekst", "kernvragen": [pk, ...]}` in reading order: the PDF reads that
shape. A section save names the section version it was based on; when someone else saved
in between, `SchetsConflict` is raised with both texts and nothing is overwritten.

- `schrijven`: starting a schets from the template, writing, adding, deleting, moving
  sections and restoring versions.
- `review`: submitting for review and the colleague's review.
- `wederhoor`: wederhoor, the organisation's remarks and making the schets final.
- `reis`: what they share: the lock on the schets, the journey status and timeline, and mail.

Callers use the names below: `from rapportage import services; services.sectie_opslaan(...)`.
"""

from rapportage.services.review import blokkades, schets_beoordelen, schets_indienen
from rapportage.services.schrijven import (
    SchetsConflict,
    schets_starten,
    sectie_opslaan,
    sectie_toevoegen,
    sectie_verplaatsen,
    sectie_verwijderen,
    sjabloon,
    snapshot,
    versie_herstellen,
    versie_maken,
)
from rapportage.services.wederhoor import (
    opmerking_afhandelen,
    opmerking_plaatsen,
    schets_definitief_maken,
    wederhoor_starten,
)

__all__ = [
    "SchetsConflict",
    "blokkades",
    "opmerking_afhandelen",
    "opmerking_plaatsen",
    "schets_beoordelen",
    "schets_definitief_maken",
    "schets_indienen",
    "schets_starten",
    "sectie_opslaan",
    "sectie_toevoegen",
    "sectie_verplaatsen",
    "sectie_verwijderen",
    "sjabloon",
    "snapshot",
    "versie_herstellen",
    "versie_maken",
    "wederhoor_starten",
]
