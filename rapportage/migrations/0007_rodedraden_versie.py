"""A version number of everything the rode draden read, so their figures can be kept in a
cache keyed on it (`rapportage.rodedraden.bewaard`).

A sequence, not a counter row: `nextval` takes no row lock, so concurrent writers of
observations never wait on each other, and a version is never handed out twice (a rolled
back transaction still moves it on, which only costs one recomputation). Statement-level
triggers bump it after every write to a table the figures come from."""

from django.db import migrations

# (table, the events that change the rode draden)
TABELLEN = [
    ("rapportage_bouwsteentelling", "INSERT OR UPDATE OR DELETE OR TRUNCATE"),
    ("rapportage_organisatieprofiel", "INSERT OR UPDATE OR DELETE OR TRUNCATE"),
    ("rapportage_thema", "INSERT OR UPDATE OR DELETE OR TRUNCATE"),
    ("rapportage_thema_waarnemingen", "INSERT OR UPDATE OR DELETE OR TRUNCATE"),
    # a new request has no Spiegel yet; the Spiegel's insert moves the version on
    ("spiegel_aanvraag", "UPDATE OF status OR DELETE OR TRUNCATE"),
    (
        "spiegel_spiegel",
        "INSERT OR UPDATE OF aanvraag_id, organisatie_id, aangemaakt_op OR DELETE OR TRUNCATE",
    ),
    ("spiegel_organisatie", "INSERT OR UPDATE OF soort, provincie OR DELETE OR TRUNCATE"),
    ("spiegel_organisatie_bedient", "INSERT OR UPDATE OR DELETE OR TRUNCATE"),
    ("spiegel_bouwsteen", "INSERT OR UPDATE OR DELETE OR TRUNCATE"),
    # a theme's Spiegels follow its observations' Spiegel
    ("gesprekken_waarneming", "UPDATE OF spiegel_id"),
]

VOORUIT = """
CREATE SEQUENCE IF NOT EXISTS rodedraden_versie;
CREATE FUNCTION rodedraden_versie_ophogen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('rodedraden_versie');
    RETURN NULL;
END $$;
""" + "".join(
    f"CREATE TRIGGER rodedraden_versie AFTER {events} ON {tabel} "
    "FOR EACH STATEMENT EXECUTE FUNCTION rodedraden_versie_ophogen();\n"
    for tabel, events in TABELLEN
)

TERUG = "".join(f"DROP TRIGGER IF EXISTS rodedraden_versie ON {t};\n" for t, _e in TABELLEN) + (
    "DROP FUNCTION IF EXISTS rodedraden_versie_ophogen();\n"
    "DROP SEQUENCE IF EXISTS rodedraden_versie;\n"
)


class Migration(migrations.Migration):
    dependencies = [
        ("rapportage", "0006_berichten_in_de_taal_van_de_lezer"),
        ("spiegel", "0006_spiegel_nieuwste"),
        ("gesprekken", "0005_zoekvector"),
    ]

    operations = [migrations.RunSQL(VOORUIT, TERUG)]
