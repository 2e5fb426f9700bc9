"""What empties the proxy cache: pages published, unpublished, moved or deleted; snippets and settings changed."""

from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Site

from home.models import Quartier, SiteSettings

BANS = []


class RecordingBackend(BaseBackend):
    def purge_all(self):
        BANS.append("ban")


@pytest.fixture
def bans(settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    BANS.clear()
    return BANS


def test_publishing_a_page_bans_after_the_commit(initial_content, bans, django_capture_on_commit_callbacks):
    page = Site.objects.get(is_default_site=True).root_page.specific
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
        assert bans == []
    assert bans


def test_saving_a_page_draft_bans_nothing(initial_content, bans, django_capture_on_commit_callbacks):
    page = Site.objects.get(is_default_site=True).root_page.specific
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Brouillon"
        page.save_revision()
    assert bans == []


def test_unpublishing_moving_and_deleting_pages_ban(initial_content, bans, django_capture_on_commit_callbacks):
    home = Site.objects.get(is_default_site=True).root_page
    child, other = home.get_children()[:2]
    for change in (child.specific.unpublish, lambda: child.move(other, pos="last-child"), child.delete):
        bans.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        assert bans


def test_an_alias_created_live_bans(initial_content, bans, django_capture_on_commit_callbacks):
    home = Site.objects.get(is_default_site=True).root_page
    child, other = home.get_children()[:2]
    with django_capture_on_commit_callbacks(execute=True):
        child.specific.create_alias(parent=other, update_slug="alias")
    assert bans


def test_commands_that_write_in_bulk_ban(translated_content, bans, settings, django_capture_on_commit_callbacks):
    """demo_data's bulk inserts and set_site_address's update send no signal of their own."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo_data", projects=2, news=1, no_index=True, verbosity=0)
    assert bans
    bans.clear()
    settings.WAGTAILADMIN_BASE_URL = "https://contrat-de-ville.loos.fr"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("set_site_address", stdout=StringIO())
    assert bans


def test_snippets_and_settings_ban_when_saved_or_deleted(initial_content, bans, django_capture_on_commit_callbacks):
    quartier = Quartier.objects.first()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for change in (quartier.save, site_settings.save, site_settings.delete):
        bans.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        assert bans
