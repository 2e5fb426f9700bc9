"""The relevance set (tests/search/relevance.py), answered by the search page on each backend.

It must pass whole on OpenSearch and PostgreSQL; on SQLite, without stemming or
accent folding, its share is printed and must not fall below what it reaches today.
"""

import re

from django.db import connection

from .engine import refresh_index
from .relevance import RELEVANCE_SET

RESULT = re.compile(r'class="search-result__title"><a href="([^"]+)"|class="contact-point__name">([^<]+)<')
SQLITE_FLOOR = 0.7


def ranked_results(client, expectation):
    """The results a resident sees, in order: promoted pages, contact points, then pages."""
    response = client.get(f"/{expectation.language}/recherche/", {"q": expectation.query})
    assert response.status_code == 200
    return [href or f"lieu: {name.strip()}" for href, name in RESULT.findall(response.content.decode())]


def test_residents_find_what_they_look_for(client, search_backend, translated_content, capsys):
    refresh_index()
    backend = "opensearch" if search_backend == "opensearch" else connection.vendor
    fuzzy = backend != "sqlite"
    expectations = [expectation for expectation in RELEVANCE_SET if fuzzy or not expectation.typo]
    misses = []
    for expectation in expectations:
        results = ranked_results(client, expectation)
        if expectation.expected not in results[: expectation.within]:
            misses.append(f"« {expectation.query} » ({expectation.language}): {results[:3]}")
    share = 1 - len(misses) / len(expectations)
    with capsys.disabled():
        print(f"\nRelevance on {backend}: {len(expectations) - len(misses)}/{len(expectations)} ({share:.0%})")
        for miss in misses:
            print(f"  missed {miss}")
    if backend == "sqlite":
        assert share >= SQLITE_FLOOR
    else:
        assert not misses
