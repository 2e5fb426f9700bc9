"""The "Maison du projet" group: processes the demandes of its agents' contact points, publishes no page.

Set up through home.permissions, like the editors' groups: running it again keeps what admins changed.
"""

from django.db import migrations

from home.permissions import set_up_group

GROUP_NAME = "Maison du projet"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("demandes", "demande", "view_demande"),
    ("demandes", "demande", "change_demande"),
    ("demandes", "demande", "add_demande"),
]


def create_group(apps, schema_editor):
    set_up_group(apps, GROUP_NAME, PERMISSIONS)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("demandes", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
