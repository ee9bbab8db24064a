"""Shared data for the intake tests: a complete, valid request form."""

import uuid

from spiegel.models import Bouwsteen


def formulier(token=None, **overrides) -> dict:
    bouwsteen = Bouwsteen.objects.order_by("volgorde").first()
    data = {
        "token": str(token or uuid.uuid4()),
        "actie": "indienen",
        "organisatie_soort": "gemeente",
        "organisatie_naam": "Aalsmeer",
        "gemeenten": "",
        "contact_naam": "Marieke Jansen",
        "contact_functie": "Teamleider Werk en Inkomen",
        "contact_email": "marieke@aalsmeer.example.nl",
        "contact_telefoon": "0297 123 456",
        "context": "Ons team is gegroeid en we willen weten of de basis nog staat.",
        "vragen": ["Hoe ervaren klantmanagers hun ruimte?", "Werken we goed samen?"],
        "bouwstenen": [str(bouwsteen.pk)] if bouwsteen else [],
        "delen": "Het jaarverslag en cijfers over instroom.",
        "gesprekspartners": "Klantmanagers, de teamleider, de wethouder.",
        "presentatievormen": ["groep", "rapport"],
        "periode": "Het najaar",
        "privacy_akkoord": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
