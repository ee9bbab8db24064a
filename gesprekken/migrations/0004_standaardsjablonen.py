"""Seed the default capture templates (one per kind of session) from gesprekken.sjablonen."""

from django.db import migrations

TITELS = {
    "interview": "Interviewleidraad",
    "groepsgesprek": "Ronde voor een groepsgesprek",
    "meeloopronde": "Observatieraster meeloopronde",
    "documentstudie": "Leesnotitie documentstudie",
}


def seed(apps, schema_editor):
    from gesprekken.sjablonen import als_markdown

    Sjabloon = apps.get_model("gesprekken", "Sjabloon")
    for soort, titel in TITELS.items():
        Sjabloon.objects.get_or_create(
            spiegel=None, soort=soort, defaults={"titel": titel, "inhoud": als_markdown(soort)}
        )


def unseed(apps, schema_editor):
    apps.get_model("gesprekken", "Sjabloon").objects.filter(spiegel=None).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("gesprekken", "0003_zoeken_en_sjablonen"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
