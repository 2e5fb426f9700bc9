"""The Maison du projet group prepares, holds and validates the comité's sessions, lists its members and sets the envelopes."""

from django.db import migrations

from home.permissions import permission

GROUP_NAME = "Maison du projet"
PERMISSIONS = [
    ("demandes", model, f"{action}_{model}")
    for model, actions in (
        ("seance", ("add", "change", "view")),
        ("membre", ("add", "change", "delete", "view")),
        ("enveloppe", ("add", "change", "view")),
    )
    for action in actions
]


def grant(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).first()
    if group is not None:
        group.permissions.add(*(permission(apps, *triple) for triple in PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [("demandes", "0008_seances")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
