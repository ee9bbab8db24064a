"""Writes of the intake app, by concern. Other apps change a request's status only through
`status_wijzigen`.

- `status`: the status flow (`status_wijzigen`, the contact's line per status);
- `formulier`: the public form (rate limit, drafts, reference numbers, submitting);
- `contact`: the contact's portal access (invitations) and the documents they add;
- `coordinator`: the coordinator's actions (intake, accept, decline, kernvragen).
"""

from spiegel.services.contact import (
    contact_uitnodigen,
    document_toevoegen,
    uitnodiging_opnieuw,
)
from spiegel.services.coordinator import (
    aanvraag_accepteren,
    aanvraag_afwijzen,
    aanvraag_intrekken,
    intake_plannen,
    intakeverslag_opslaan,
    kernvragen_opslaan,
    organisatie_koppelen,
    organisatie_toevoegen,
)
from spiegel.services.formulier import (
    CONCEPT_FACTOR,
    aanvraag_indienen,
    adres_hash,
    adres_van,
    concept_bestand_toevoegen,
    concept_bestanden_verwijderen,
    concept_link_mailen,
    concept_opslaan,
    concept_toegestaan,
    concepten_opruimen,
    indienpoging_registreren,
    referentie_toekennen,
)
from spiegel.services.status import (
    TEKST_VOOR_CONTACT,
    status_wijzigen,
    tekst_voor_contact,
)

__all__ = [
    "TEKST_VOOR_CONTACT",
    "tekst_voor_contact",
    "status_wijzigen",
    "adres_hash",
    "adres_van",
    "CONCEPT_FACTOR",
    "indienpoging_registreren",
    "concept_toegestaan",
    "concept_opslaan",
    "concept_bestand_toevoegen",
    "concept_bestanden_verwijderen",
    "concept_link_mailen",
    "concepten_opruimen",
    "referentie_toekennen",
    "aanvraag_indienen",
    "contact_uitnodigen",
    "uitnodiging_opnieuw",
    "document_toevoegen",
    "intake_plannen",
    "intakeverslag_opslaan",
    "organisatie_koppelen",
    "organisatie_toevoegen",
    "aanvraag_accepteren",
    "aanvraag_afwijzen",
    "aanvraag_intrekken",
    "kernvragen_opslaan",
]
