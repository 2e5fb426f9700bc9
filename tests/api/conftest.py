"""The API as an anonymous caller sees it."""

import pytest


@pytest.fixture
def api(client):
    """GET a path under /api/v1/ anonymously; returns the response (its JSON in ``.json()``)."""

    def get(path, **params):
        return client.get(f"/api/v1/{path}", params, HTTP_ACCEPT="application/json")

    return get


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    """The sweeps send hundreds of requests; the test of the limit sets its own."""
    settings.API_RATE_LIMIT = "100000/m"
