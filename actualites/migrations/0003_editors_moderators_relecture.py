"""The editors' workflow: « Éditeurs » write, « Modérateurs » approve and publish, through « Relecture ».

The setup is site-wide and lives in home.permissions; this migration, already applied by existing
databases, only calls it. Running it again creates what is missing and keeps what admins changed.

Reversing it changes nothing, on purpose: the groups are Wagtail's own, renamed, and by then hold
users and permissions admins tuned, and the workflow holds pages' moderation history; deleting them
would destroy that work, and leaving them does not stop earlier migrations from running again.
"""

from django.db import migrations

from home.permissions import set_up_editors_and_relecture


class Migration(migrations.Migration):
    dependencies = [
        ("actualites", "0002_projets_chiffres"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(set_up_editors_and_relecture, migrations.RunPython.noop)]
