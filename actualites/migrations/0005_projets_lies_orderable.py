"""The projects of a news item move from a many-to-many field (a Ctrl-click list) to ordered rows an editor
fills with the page chooser: the links of every news item and of its revisions (drafts included) are carried over."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def news_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="actualites", model="actualitepage").first()
    return Revision.objects.filter(content_type=content_type) if content_type else Revision.objects.none()


def to_orderables(apps, schema_editor):
    ActualitePage = apps.get_model("actualites", "ActualitePage")
    ActualiteProjet = apps.get_model("actualites", "ActualiteProjet")
    links = ActualitePage.projets.through.objects.order_by("actualitepage_id", "pk")
    rows, order = [], {}
    for link in links:
        sort_order = order[link.actualitepage_id] = order.get(link.actualitepage_id, -1) + 1
        rows.append(ActualiteProjet(page_id=link.actualitepage_id, projet_id=link.projetpage_id, sort_order=sort_order))
    ActualiteProjet.objects.bulk_create(rows)
    for revision in news_revisions(apps):
        if "projets" in revision.content:
            projets = revision.content.pop("projets") or []
            revision.content["projets_lies"] = [
                {"pk": None, "page": int(revision.object_id), "projet": projet, "sort_order": index}
                for index, projet in enumerate(projets)
            ]
            revision.save(update_fields=["content"])


def to_many_to_many(apps, schema_editor):
    ActualitePage = apps.get_model("actualites", "ActualitePage")
    ActualiteProjet = apps.get_model("actualites", "ActualiteProjet")
    Through = ActualitePage.projets.through
    Through.objects.bulk_create(
        Through(actualitepage_id=row.page_id, projetpage_id=row.projet_id)
        for row in ActualiteProjet.objects.order_by("page_id", "sort_order", "pk")
    )
    for revision in news_revisions(apps):
        if "projets_lies" in revision.content:
            rows = sorted(revision.content.pop("projets_lies") or [], key=lambda row: row.get("sort_order") or 0)
            revision.content["projets"] = [row["projet"] for row in rows]
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("actualites", "0004_projetpage_quartiers_related_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="ActualiteProjet",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="projets_lies",
                        to="actualites.actualitepage",
                    ),
                ),
                (
                    "projet",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="actualites_liees",
                        to="actualites.projetpage",
                        verbose_name="projet",
                    ),
                ),
            ],
            options={
                "verbose_name": "projet lié",
                "verbose_name_plural": "projets liés",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(to_orderables, to_many_to_many),
        migrations.RemoveField(model_name="actualitepage", name="projets"),
    ]
