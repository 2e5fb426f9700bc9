from io import StringIO

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import Client

# What `load_initial_content` is asked to build for each kind of seeded test.
FRENCH = ("--skip-translations", "--skip-index")
TRANSLATED = ("--skip-index",)
# The translated site with `demo_data`'s realistic volume (1 000 projects and 300 news items per locale).
VOLUME = (*TRANSLATED, "+demo_data")


def wants_own_transactions(item):
    marker = item.get_closest_marker("django_db")
    names = item.fixturenames
    return bool(marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))) or any(
        name in names for name in ("transactional_db", "live_server")
    )


def wanted_seed(item):
    if wants_own_transactions(item):
        return None
    if "volume_content" in item.fixturenames:
        return VOLUME
    if "translated_content" in item.fixturenames:
        return TRANSLATED
    if "initial_content" in item.fixturenames:
        return FRENCH
    return None


def pytest_collection_modifyitems(items):
    """Django's order (tests in a rolled-back transaction, then tests that commit, then the rest),
    with the seeded tests grouped after the others of the first kind: each seed is built once."""

    def rank(item):
        if wants_own_transactions(item):
            # Without a serialized rollback, Django's flush after the test re-creates content types
            # and permissions, which the next serialized test would insert twice: those go last.
            marker = item.get_closest_marker("django_db")
            return 3 if marker and marker.kwargs.get("serialized_rollback") else 3.5
        seed = wanted_seed(item)
        if seed is not None:
            return {FRENCH: 1, TRANSLATED: 2, VOLUME: 2.5}[seed]
        return 0 if "db" in item.fixturenames or item.get_closest_marker("django_db") else 4

    items.sort(key=rank)


class SeededDatabase:
    """The initial content, built once in a transaction that stays open across tests.

    Each test's own transaction is a savepoint inside it (pytest-django's `db`), so whatever a test
    changes is rolled back and the next one finds the seed as the command built it. Tests that
    commit (transaction=True) run with the seed rolled back and build it themselves.
    """

    def __init__(self, blocker):
        self.blocker = blocker
        self.options = None
        self.output = ""
        self.atomic = None

    def ensure(self, options):
        if options == self.options:
            return
        self.release()
        if options is None:
            return
        with self.blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            out = StringIO()
            build(options, out)
        self.options, self.output = options, out.getvalue()

    def release(self):
        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic, self.options, self.output = None, None, ""


@pytest.fixture(scope="session")
def seeded_database(django_db_setup, django_db_blocker):
    seeded = SeededDatabase(django_db_blocker)
    yield seeded
    seeded.release()


@pytest.fixture
def seed(request, seeded_database):
    seeded_database.ensure(wanted_seed(request.node))


@pytest.fixture
def _django_db_helper(seed, _django_db_helper):
    """pytest-django's per-test transaction (behind `db` and `django_db`), opened once the seed
    the test asks for is in place, so that it nests inside the seed's transaction."""
    return _django_db_helper


@pytest.fixture
def volume_content(seeded_database, db):
    """The translated site with a realistic volume: `demo_data`'s 1 000 projects and 300 news items in each language."""
    return built_site(seeded_database, VOLUME)


@pytest.fixture(autouse=True)
def media_root(request, settings, tmp_path, tmp_path_factory):
    """Uploads made by a test go to a folder of its own, and no rendition cached by another test is reused.

    (Databases reuse the ids of rolled-back rows, and Wagtail caches renditions by image id.) The tests on
    the realistic volume share the seed's images, built once: they share its folder.
    """
    if "volume_content" in request.fixturenames:
        settings.MEDIA_ROOT = tmp_path_factory.getbasetemp() / "volume-media"
    else:
        settings.MEDIA_ROOT = tmp_path / "media"
    for cache in caches.all():
        cache.clear()


def build(options, out):
    call_command("load_initial_content", *[option for option in options if option != "+demo_data"], stdout=out)
    if "+demo_data" in options:
        call_command("demo_data", projects=1000, news=300, no_index=True, verbosity=0)


def built_site(seeded_database, options):
    if seeded_database.options == options:
        return seeded_database.output
    # A test that commits builds the seed itself, inside what it commits.
    out = StringIO()
    build(options, out)
    return out.getvalue()


@pytest.fixture
def initial_content(seeded_database, db):
    """The French site as `load_initial_content` builds it; returns what the command printed.

    Without the English and Arabic translations, which take a few seconds to publish:
    tests of the translated site ask for `translated_content`."""
    return built_site(seeded_database, FRENCH)


@pytest.fixture
def translated_content(seeded_database, db):
    """The site as `make run` builds it, English and Arabic translations included.

    The search index is built as pages are saved (tasks run at once in the tests), not again at the end."""
    return built_site(seeded_database, TRANSLATED)


@pytest.fixture(autouse=True)
def second_factor_given(monkeypatch):
    """Staff that a test logs in with `force_login` have given their second factor, as on the admin's code page.

    Two factors stay enforced: the tests of tests/security/test_two_factors.py log in through the form.
    """
    force_login = Client.force_login

    def force_login_with_second_factor(client, user, backend=None):
        force_login(client, user, backend)
        device, _ = TOTPDevice.objects.get_or_create(user=user, defaults={"name": "tests"})
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login_with_second_factor)
