"""Objects of the intake URLs for the permission matrix: a document Spiegel A's contact
shared, the token of the request form and an (invalid) invitation link."""

from django.core.files.base import ContentFile


def extend(world):
    from gesprekken.models import Document

    document = Document(
        aanvraag=world.aanvraag_a,
        titel="Jaarverslag.pdf",
        mime_type="application/pdf",
        grootte=20,
        van_contact=True,
    )
    document.bestand.save("jaarverslag.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    params = world.extra.setdefault("params", {})
    params.update(
        {
            "pk": world.aanvraag_a.pk,
            "document_pk": document.pk,
            "token": str(world.aanvraag_a.indientoken),
            "uidb64": "MQ",
        }
    )
    return world
