"""Editors link a news item to projects with the page chooser (several at once, in order), not a Ctrl-click list."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Page

from actualites.models import ActualitePage, ActualiteProjet, ProjetPage
from tests.actualites.factories import publish_actualite
from tests.utils import page_text

BEFORE = ("actualites", "0004_projetpage_quartiers_related_name")


def test_the_editor_chooses_related_projects_with_the_page_chooser(admin_client, initial_content):
    jardin = ProjetPage.objects.get(slug="jardin-partage-olivettes")
    news = publish_actualite("Le jardin est ouvert", projets=[jardin])
    page = BeautifulSoup(admin_client.get(f"/admin/pages/{news.pk}/edit/").content, "html.parser")
    assert not page.select('select[name="projets"]')  # the Ctrl-click list is gone
    panel = page.select_one('[data-multiple-chooser-panel], [id*="projets_lies"]')
    assert panel is not None
    assert page.select_one('input[name="projets_lies-0-projet"]')["value"] == str(jardin.pk)
    assert page.select_one('input[name="projets_lies-TOTAL_FORMS"]')["value"] == "1"
    body = str(page)
    assert "MultipleChooserPanel" in body and "Projets liés" in body


def test_the_news_page_lists_its_projects_in_the_editors_order_and_the_project_links_back(client, initial_content):
    jardin = ProjetPage.objects.get(slug="jardin-partage-olivettes")
    other = ProjetPage.objects.live().exclude(pk=jardin.pk).first()
    news = publish_actualite("Deux projets", projets=[other, jardin])
    text = page_text(client.get(news.url))
    assert text.index(other.title) < text.index(jardin.title)
    assert "Deux projets" in page_text(client.get(jardin.url))


def migrate_to_latest():
    """Every app back to its last migration, for the tests that follow."""
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state(target).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_carries_the_related_projects_of_news_and_their_drafts_over_and_back():
    root = Page.get_first_root_node()
    first = root.add_child(instance=ProjetPage(title="Premier projet", slug="premier"))
    second = root.add_child(instance=ProjetPage(title="Second projet", slug="second"))
    news = root.add_child(instance=ActualitePage(title="Une actualité", slug="actualite"))
    news.projets_lies = [ActualiteProjet(projet=second), ActualiteProjet(projet=first)]
    news.save_revision().publish()
    news.projets_lies = [ActualiteProjet(projet=first)]
    draft = news.save_revision()  # a draft that chooses otherwise
    try:
        apps = migrate(BEFORE)
        old_news = apps.get_model("actualites", "ActualitePage").objects.get(pk=news.pk)
        assert sorted(old_news.projets.values_list("pk", flat=True)) == sorted([first.pk, second.pk])
        Revision = apps.get_model("wagtailcore", "Revision")
        assert Revision.objects.get(pk=draft.pk).content["projets"] == [first.pk]
        assert "projets_lies" not in Revision.objects.get(pk=draft.pk).content
    finally:
        migrate_to_latest()
    assert [row.projet_id for row in ActualitePage.objects.get(pk=news.pk).projets_lies.all()] == [second.pk, first.pk]
    draft.refresh_from_db()
    assert [row["projet"] for row in draft.content["projets_lies"]] == [first.pk]
    assert "projets" not in draft.content
    # The draft, once published, keeps its choice.
    draft.publish()
    assert [row.projet_id for row in ActualitePage.objects.get(pk=news.pk).projets_lies.all()] == [first.pk]


def translate_with_localize(page, language_code):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=locale).save_target()
    translated = page.get_translation(locale).specific
    translated.save_revision().publish()  # as the translator does once it is reviewed
    return translated


def test_a_news_item_with_related_projects_is_translated_with_wagtail_localize(client, translated_content):
    jardin = ProjetPage.objects.get(slug="jardin-partage-olivettes", locale__language_code="fr")
    news = publish_actualite("Le jardin est ouvert", projets=[jardin])
    translate_with_localize(news.get_parent().specific, "en")
    english = translate_with_localize(news, "en")
    assert [row.projet_id for row in english.projets_lies.all()] == [jardin.pk]
    # The project has no English version yet: the English news links to the French one, marked as such.
    link = BeautifulSoup(client.get(english.url).content, "html.parser").find("a", href=jardin.url)
    assert link["lang"] == link["hreflang"] == "fr"
    assert link.select_one(".in-french").get_text() == "(in French)"
