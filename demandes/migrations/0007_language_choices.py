"""A demande's language is one of the site's, so the inbox and its exports show its name (no change in the database)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('demandes', '0006_form_field_optional_by_default'),
    ]

    operations = [
        migrations.AlterField(
            model_name='demande',
            name='language',
            field=models.CharField(choices=[('fr', 'Français'), ('en', 'English'), ('ar', 'العربية')], default='fr', max_length=10, verbose_name='langue'),
        ),
    ]
