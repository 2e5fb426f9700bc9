"""PostgreSQL's French full-text configuration without accents, and the first synonyms.

`french_unaccent` is PostgreSQL's `french` configuration (stemming, stop words)
with accents removed first, so « epi de soil » finds « Épi de Soil ». The settings
name it as the database backend's SEARCH_CONFIG. pg_trgm lets a search with a typo
find pages by the likeness of their words. Other databases skip both.
"""

from django.db import migrations

SYNONYMS = [
    ["PIC", "projet d’initiative citoyenne"],
    ["FTU", "fonds de travaux urbains"],
    ["subvention", "aide", "financement"],
    ["Maison du projet", "lieu d’accueil", "point relais"],
    ["QPV", "quartier prioritaire"],
    ["MEL", "Métropole européenne de Lille"],
    ["CAF", "caisse d’allocations familiales"],
]


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN "
        "CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french); "
        "ALTER TEXT SEARCH CONFIGURATION french_unaccent "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem; "
        "END IF; END $$"
    )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent")


def create_synonyms(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for terms in SYNONYMS:
        SynonymGroup.objects.get_or_create(terms="\n".join(terms))


def delete_synonyms(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    SynonymGroup.objects.filter(terms__in=["\n".join(terms) for terms in SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonyms")]

    operations = [
        migrations.RunPython(create_configuration, drop_configuration),
        migrations.RunPython(create_synonyms, delete_synonyms),
    ]
