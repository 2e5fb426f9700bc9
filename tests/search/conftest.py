import uuid

import pytest

from django.core.management import call_command

from wagtail.search.backends import get_search_backend

from .engine import SearchEngineNode

BACKENDS = ["database", "opensearch"]


@pytest.fixture(scope="session")
def search_engine(tmp_path_factory):
    """One OpenSearch node for the whole run; a test may stop and restart it."""
    node = SearchEngineNode(tmp_path_factory.mktemp("opensearch"))
    try:
        node.start()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    yield node
    node.stop()


@pytest.fixture
def opensearch(request, seed, settings, search_engine, django_db_blocker):
    """The site searching the real node, in indexes of this test's own, deleted afterwards.

    The seed the test asks for (see tests/conftest.py) is built first, on the database's own search,
    which the next tests of that seed may use; then it is indexed in the node."""
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.OpenSearchBackend", "URLS": [search_engine.url], "INDEX_PREFIX": prefix}
    }
    # The indexes with their French analysis, before the test saves anything in them.
    call_command("update_index", schema_only=True, verbosity=0)
    if request.getfixturevalue("seeded_database").options is not None:
        with django_db_blocker.unblock():
            call_command("update_index", verbosity=0)
    yield search_engine
    if search_engine.process.poll() is None:
        get_search_backend().es.indices.delete(index=f"{prefix}*")


@pytest.fixture(params=BACKENDS)
def search_backend(request):
    """Each test using it runs on the database's own search (SQLite or PostgreSQL) and on OpenSearch."""
    if request.param == "opensearch":
        request.getfixturevalue("opensearch")
    return request.param
