"""Objects of the schets for the permission matrix: Spiegel A's schets (in wederhoor when
this module makes it), with a section, a version and an open remark by the contact.

Another feature's world module may have made Spiegel A's schets already (in another state):
then it is left in that state, and the declared outcomes hold in any state."""

from rapportage.constants import SchetsStatus
from rapportage.models import Opmerking, Schets, SchetsVersie


def extend(world):
    from rapportage import services

    spiegel = world.spiegel_a
    teamlid = world.users["teamlid"]
    schets = Schets.objects.filter(spiegel=spiegel).first()
    if schets is None:
        schets = services.schets_starten(spiegel=spiegel, door=teamlid)
        Schets.objects.filter(pk=schets.pk).update(status=SchetsStatus.WEDERHOOR)
    sectie = schets.secties.order_by("volgorde", "pk").first()
    if sectie is None:
        sectie = schets.secties.create(sleutel="aanleiding", titel="Aanleiding", volgorde=0)
    if not SchetsVersie.objects.filter(schets=schets, nummer=1).exists():
        SchetsVersie.objects.create(
            schets=schets, nummer=1, secties=services.snapshot(schets), auteur=teamlid
        )
    opmerking = Opmerking.objects.create(
        sectie=sectie, tekst="Dit klopt niet helemaal.", door=world.users["contact_a"]
    )
    world.extra.setdefault("params", {}).update(
        {"sectie_pk": sectie.pk, "opmerking_pk": opmerking.pk, "versie_nummer": 1}
    )
    world.extra["schets_a"] = schets
    return world
