from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RapportageConfig(AppConfig):
    name = "rapportage"
    verbose_name = _("Schets en rapportage")

    def ready(self):
        # This app's part of the duties the base app runs (see spiegel/registry.py).
        from rapportage import demo, demo_pdf, demo_rodedraden, portaal, privacy, volumedata
        from spiegel import registry

        registry.privacy.registreren("rapportage", privacy, volgorde=20)
        registry.volumedata.registreren("rapportage", volumedata, volgorde=20)
        registry.demo.registreren("rapportage", demo, volgorde=20)
        registry.demo.registreren("rapportage.pdf", demo_pdf, volgorde=21)
        registry.demo.registreren("rapportage.rodedraden", demo_rodedraden, volgorde=22)
        registry.portaal_panelen.registreren("rapportage", portaal.portaal_panelen, volgorde=20)
