from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpiegelConfig(AppConfig):
    name = "spiegel"
    verbose_name = _("Spiegel: aanvragen en accounts")

    def ready(self):
        # weigeringen: signal receivers of the audit trail (failed sign-ins and lockouts).
        # privacy_admin: the audit trail CSV export and the data-subject rights pages replace
        # the plain admin of AuditRegel and User (it imports spiegel.admin itself).
        from spiegel import demo, privacy_admin, registry, weigeringen  # noqa: F401

        registry.demo.registreren("spiegel", demo, volgorde=0)
