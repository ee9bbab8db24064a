"""Reference data: the bouwstenen, the ABC van de Uitvoering, the CBS municipalities;
the cache table; and the append-only guard on the audit trail."""

from django.core.management import call_command
from django.db import migrations


def load_catalogus(apps, schema_editor):
    from spiegel.catalogus import ABC, BOUWSTENEN

    Bouwsteen = apps.get_model("spiegel", "Bouwsteen")
    AbcLetter = apps.get_model("spiegel", "AbcLetter")
    for b in BOUWSTENEN:
        Bouwsteen.objects.update_or_create(
            slug=b["slug"],
            defaults={"naam": b["naam"], "beschrijving": b["beschrijving"], "volgorde": b["volgorde"]},
        )
    for letter in ABC:
        AbcLetter.objects.update_or_create(
            letter=letter["letter"],
            defaults={"naam": letter["naam"], "beschrijving": letter["beschrijving"]},
        )


def load_gemeenten(apps, schema_editor):
    from spiegel import gemeenten

    Organisatie = apps.get_model("spiegel", "Organisatie")
    gemeenten.apply(Organisatie, gemeenten.read_csv(gemeenten.BUNDLED_CSV))


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


AUDIT_GUARD = """
CREATE OR REPLACE FUNCTION spiegel_auditregel_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER spiegel_auditregel_append_only
    BEFORE UPDATE OR DELETE ON spiegel_auditregel
    FOR EACH ROW EXECUTE FUNCTION spiegel_auditregel_append_only();
"""

AUDIT_GUARD_REVERSE = """
DROP TRIGGER IF EXISTS spiegel_auditregel_append_only ON spiegel_auditregel;
DROP FUNCTION IF EXISTS spiegel_auditregel_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("spiegel", "0001_initial")]

    operations = [
        migrations.RunPython(load_catalogus, migrations.RunPython.noop),
        migrations.RunPython(load_gemeenten, migrations.RunPython.noop),
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
        migrations.RunSQL(AUDIT_GUARD, AUDIT_GUARD_REVERSE),
    ]
