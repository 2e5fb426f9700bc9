"""`manage.py demo_data`: a realistic volume in every locale, in a valid page tree, that the site serves."""

import pytest

from django.core.management import CommandError, call_command
from django.db import transaction

from wagtail.models import Locale, Page

from actualites.models import ActualitePage, ActualiteProjet, Financement, ProjetPage


def test_demo_data_fills_every_locale_with_pages_the_site_serves(translated_content, client):
    call_command("demo_data", projects=20, news=6, no_index=True, verbosity=0)

    for locale in Locale.objects.all():
        projets = ProjetPage.objects.live().filter(locale=locale)
        assert projets.count() >= 20
        assert ActualitePage.objects.live().filter(locale=locale).count() == 6
        projet = projets.filter(financements__isnull=False).last()
        assert client.get(projet.url).status_code == 200
        assert client.get(projet.get_parent().url).status_code == 200
        assert client.get(ActualitePage.objects.filter(locale=locale).first().url).status_code == 200
    # The bulk paths, depths and numchild are what treebeard would have written.
    assert Page.find_problems() == ([], [], [], [], [])
    assert Financement.objects.filter(page__in=ProjetPage.objects.filter(year__isnull=False)).exists()
    assert ActualiteProjet.objects.exists()
    # A project and its translations share a translation key, as wagtail-localize's would.
    french = ProjetPage.objects.filter(locale=Locale.get_default()).last()
    assert ProjetPage.objects.filter(translation_key=french.translation_key).count() == 3


def demo_projets():
    with transaction.atomic():
        call_command("demo_data", projects=5, news=2, no_index=True, verbosity=0)
        made = list(
            ProjetPage.objects.order_by("-pk").values_list("title", "year", "amount_requested", "translation_key")
        )
        transaction.set_rollback(True)
    return made[:15]


def test_demo_data_is_the_same_every_time_and_not_loaded_twice(translated_content):
    assert demo_projets() == demo_projets()

    call_command("demo_data", projects=5, news=2, no_index=True, verbosity=0)
    with pytest.raises(CommandError, match="déjà chargées"):
        call_command("demo_data", projects=5, news=2, no_index=True, verbosity=0)


@pytest.mark.django_db
def test_demo_data_needs_the_seeded_site():
    with pytest.raises(CommandError, match="load_initial_content"):
        call_command("demo_data", projects=1, news=1, no_index=True)
