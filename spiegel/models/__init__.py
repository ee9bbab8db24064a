from .accounts import User
from .audit import AuditRegel
from .berichten import Bericht
from .catalogus import AbcLetter, Bouwsteen
from .formulier import Concept, ConceptBestand, Indienpoging, Referentieteller
from .intake import Aanvraag, Gebeurtenis, Kernvraag, Spiegel
from .organisaties import Organisatie

__all__ = [
    "AbcLetter",
    "Aanvraag",
    "AuditRegel",
    "Bericht",
    "Bouwsteen",
    "Concept",
    "ConceptBestand",
    "Indienpoging",
    "Referentieteller",
    "Gebeurtenis",
    "Kernvraag",
    "Organisatie",
    "Spiegel",
    "User",
]
