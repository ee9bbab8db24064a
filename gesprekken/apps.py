from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GesprekkenConfig(AppConfig):
    name = "gesprekken"
    verbose_name = _("Veldwerk")

    def ready(self):
        # This app's part of the duties the base app runs (see spiegel/registry.py).
        from gesprekken import demo, portaal, privacy, retention, services, volumedata
        from spiegel import registry

        registry.privacy.registreren("gesprekken", privacy, volgorde=10)
        registry.bewaartermijn.registreren("gesprekken", retention, volgorde=10)
        registry.volumedata.registreren("gesprekken", volumedata, volgorde=10)
        registry.demo.registreren("gesprekken", demo, volgorde=10)
        registry.portaal_panelen.registreren("gesprekken", portaal.portaal_panelen, volgorde=10)
        registry.documenten.registreren("gesprekken", services.document_opslaan, volgorde=10)
