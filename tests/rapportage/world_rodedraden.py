"""Objects of the rode draden for the permission matrix: a bouwsteen and kind for the
drill-down, a PDF job requested by Spiegel A's team member."""

from rapportage.rodedraden.models import RodeDradenPdf
from spiegel.models import Bouwsteen


def extend(world):
    job = RodeDradenPdf.objects.create(filters={}, aangevraagd_door=world.users["teamlid"])
    world.extra.setdefault("params", {}).update(
        {
            "bouwsteen_pk": Bouwsteen.objects.filter(actief=True).order_by("pk").first().pk,
            "soort": "kracht",
            "rd_pdf_pk": job.pk,
        }
    )
    return world
