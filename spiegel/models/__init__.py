from .accounts import User
from .audit import AuditRegel
from .catalogus import AbcLetter, Bouwsteen
from .intake import Aanvraag, Gebeurtenis, Kernvraag, Spiegel
from .organisaties import Organisatie

__all__ = [
    "AbcLetter",
    "Aanvraag",
    "AuditRegel",
    "Bouwsteen",
    "Gebeurtenis",
    "Kernvraag",
    "Organisatie",
    "Spiegel",
    "User",
]
