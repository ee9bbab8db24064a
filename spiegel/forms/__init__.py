"""Forms of the intake app, by page: `aanvraag` (the public request form), `coordinator`
(the coordinator's actions and the inbox filter), `portaal` (the contact's upload)."""

from spiegel.forms.aanvraag import (
    LIJST_SCHEIDING,
    MAX_VRAGEN,
    TELEFOON,
    VRAAG_MAX,
    AanvraagForm,
    LijstWidget,
    VragenField,
)
from spiegel.forms.coordinator import (
    AccepterenForm,
    AfwijzenForm,
    InboxFilterForm,
    IntakeForm,
    IntrekkenForm,
    KernvragenForm,
    OrganisatieKoppelenForm,
    OrganisatieToevoegenForm,
    VerslagForm,
)
from spiegel.forms.portaal import DocumentForm

__all__ = [
    "LIJST_SCHEIDING",
    "MAX_VRAGEN",
    "TELEFOON",
    "VRAAG_MAX",
    "AanvraagForm",
    "LijstWidget",
    "VragenField",
    "AccepterenForm",
    "AfwijzenForm",
    "InboxFilterForm",
    "IntakeForm",
    "IntrekkenForm",
    "KernvragenForm",
    "OrganisatieKoppelenForm",
    "OrganisatieToevoegenForm",
    "VerslagForm",
    "DocumentForm",
]
