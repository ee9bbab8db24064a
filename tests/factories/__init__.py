"""factory_boy factories for every app, with traits for states."""

from .spiegel import (  # noqa: F401
    AanvraagFactory,
    KernvraagFactory,
    OrganisatieFactory,
    SpiegelFactory,
    UserFactory,
)
