"""The demandes' audit entries written so far to Wagtail's ModelLogEntry move to DemandeLogEntry (and back)."""

from django.db import migrations

SHARED_FIELDS = [
    "content_type_id",
    "label",
    "action",
    "data",
    "timestamp",
    "uuid",
    "user_id",
    "revision_id",
    "content_changed",
    "deleted",
]


def moving(source, target, key):
    """A migration function that moves the demandes' entries from the source log model to the target one."""

    def move(apps, schema_editor):
        content_type = (
            apps.get_model("contenttypes", "ContentType").objects.filter(app_label="demandes", model="demande").first()
        )
        if content_type is None:
            return
        source_model, target_model = apps.get_model(*source), apps.get_model(*target)
        entries = source_model.objects.filter(content_type=content_type)
        target_model.objects.bulk_create(
            [target_model(**{name: getattr(entry, name) for name in SHARED_FIELDS}, **key(entry)) for entry in entries],
            batch_size=1000,
        )
        entries.delete()

    return move


class Migration(migrations.Migration):
    dependencies = [("demandes", "0003_demandelogentry")]

    operations = [
        migrations.RunPython(
            moving(
                ("wagtailcore", "ModelLogEntry"),
                ("demandes", "DemandeLogEntry"),
                lambda entry: {"demande_id": int(entry.object_id)},
            ),
            moving(
                ("demandes", "DemandeLogEntry"),
                ("wagtailcore", "ModelLogEntry"),
                lambda entry: {"object_id": str(entry.demande_id)},
            ),
        )
    ]
