"""Objects of the schets for the permission matrix: Spiegel A's schets in wederhoor, with a
section, a version and an open remark by the contact."""

from rapportage.constants import SchetsStatus
from rapportage.models import Opmerking, Schets


def extend(world):
    from rapportage import services

    spiegel = world.spiegel_a
    schets = Schets.objects.filter(spiegel=spiegel).first()
    if schets is None:
        schets = services.schets_starten(spiegel=spiegel, door=world.users["teamlid"])
    if not schets.secties.exists():
        services.sectie_toevoegen(schets=schets, door=world.users["teamlid"], titel="Aanleiding")
    Schets.objects.filter(pk=schets.pk).update(status=SchetsStatus.WEDERHOOR)
    sectie = schets.secties.order_by("volgorde").first()
    opmerking = Opmerking.objects.create(
        sectie=sectie, tekst="Dit klopt niet helemaal.", door=world.users["contact_a"]
    )
    world.extra.setdefault("params", {}).update(
        {
            "sectie_pk": sectie.pk,
            "opmerking_pk": opmerking.pk,
            "versie_nummer": schets.versies.order_by("nummer").first().nummer,
        }
    )
    world.extra["schets_a"] = schets
    return world
