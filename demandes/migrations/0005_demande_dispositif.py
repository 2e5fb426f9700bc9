"""A demande records the dispositif and the ceiling it was received under, instead of asking its form's parent."""

import django.db.models.deletion
from django.db import migrations, models

# Wagtail's tree: a page's parent has the page's path less its last step.
PATH_STEP = 4


def take_snapshot(apps, schema_editor):
    """The demandes received so far: the dispositif their form sits under today, and its ceiling.

    A demande whose form was already deleted has no way back to its dispositif and keeps none."""
    Demande = apps.get_model("demandes", "Demande")
    DispositifPage = apps.get_model("dispositifs", "DispositifPage")
    for demande in Demande.objects.filter(page__isnull=False).select_related("page"):
        dispositif = DispositifPage.objects.filter(path=demande.page.path[:-PATH_STEP]).first()
        if dispositif is not None:
            demande.dispositif = dispositif
            demande.grant_ceiling = dispositif.grant_ceiling
            demande.save(update_fields=["dispositif", "grant_ceiling"])


class Migration(migrations.Migration):
    dependencies = [
        ("demandes", "0004_move_demande_log_entries"),
        ("dispositifs", "0002_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="demande",
            name="dispositif",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="dispositifs.dispositifpage",
                verbose_name="page du dispositif",
            ),
        ),
        migrations.AddField(
            model_name="demande",
            name="grant_ceiling",
            field=models.PositiveIntegerField(
                blank=True, null=True, verbose_name="plafond de subvention à la réception"
            ),
        ),
        # Backwards, the columns go with their values: nothing to undo.
        migrations.RunPython(take_snapshot, migrations.RunPython.noop),
    ]
