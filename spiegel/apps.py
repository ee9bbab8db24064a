from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpiegelConfig(AppConfig):
    name = "spiegel"
    verbose_name = _("Spiegel: aanvragen en accounts")

    def ready(self):
        # Signal receivers of the audit trail: failed sign-ins and lockouts.
        from spiegel import demo, registry, weigeringen  # noqa: F401

        registry.demo.registreren("spiegel", demo, volgorde=0)
