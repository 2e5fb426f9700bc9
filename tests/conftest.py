from io import StringIO

import pytest

from django.core.cache import caches
from django.core.management import call_command


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads made by a test go to a folder of its own, and no rendition cached by another test is reused.

    (Databases reuse the ids of rolled-back rows, and Wagtail caches renditions by image id.)
    """
    settings.MEDIA_ROOT = tmp_path / "media"
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def initial_content(db):
    """The French site as `load_initial_content` builds it; returns what the command printed.

    Without the English and Arabic translations, which take a few seconds to publish:
    tests of the translated site ask for `translated_content`."""
    out = StringIO()
    call_command("load_initial_content", "--skip-translations", "--skip-index", stdout=out)
    return out.getvalue()


@pytest.fixture
def translated_content(db):
    """The site as `make run` builds it, English and Arabic translations included.

    The search index is built as pages are saved (tasks run at once in the tests), not again at the end."""
    out = StringIO()
    call_command("load_initial_content", "--skip-index", stdout=out)
    return out.getvalue()
