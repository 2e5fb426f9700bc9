"""Measures run in a Django process on the stack's own database (its environment): `python -m bench.inprocess`.

`pages` prints the URL of each page type; `queries URL…` the queries each URL costs on a
warm process; `search QUERY` the median time of a search request with the configured backend
(PostgreSQL's, or OpenSearch's when OPENSEARCH_URL is set). Each prints one JSON object.
"""

import json
import statistics
import sys
import time

import django

SEARCHES = 50
WARM_SEARCHES = 100
WARMING_QUERIES = ["quartier", "fête", "aide", "vélo", "projet"]


def client():
    """A client as the proxy forwards visitors: over HTTPS (else the production settings redirect)."""
    from django.test import Client

    return Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")


def pages():
    from actualites.models import ActualiteIndexPage, ActualitePage, ProjetPage

    french = {"locale__language_code": "fr"}
    actualite = ActualitePage.objects.live().filter(**french).order_by("-date").first()
    return {
        "projet": ProjetPage.objects.live().filter(**french).order_by("-first_published_at").first().url,
        # Without the volume generator there is no news item: its list stands in.
        "actualite": (actualite or ActualiteIndexPage.objects.live().filter(**french).get()).url,
    }


def queries(urls):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    browser = client()
    counts = {}
    for url in urls:
        browser.get(url)  # a warm process: its per-process caches filled
        with CaptureQueriesContext(connection) as captured:
            status = browser.get(url).status_code
        if status not in (200, 404):
            raise RuntimeError(f"{url} answered {status}")
        counts[url] = len(captured)
    return counts


def search(query):
    from django.conf import settings

    from actualites.models import ProjetPage

    browser = client()
    url = f"/fr/recherche/?q={query}"
    # Warm, as a site's engine is: a node just started compiles its search code over its first queries.
    for number in range(WARM_SEARCHES):
        warming = f"/fr/recherche/?q={WARMING_QUERIES[number % len(WARMING_QUERIES)]}"
        if browser.get(warming).status_code != 200:
            raise RuntimeError(f"{warming} failed")
    timings = []
    for _ in range(SEARCHES):
        start = time.perf_counter()
        browser.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return {
        "backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
        "projets": ProjetPage.objects.live().count(),
        "median_ms": round(statistics.median(timings), 2),
    }


def main():
    django.setup()
    command, *args = sys.argv[1:]
    result = {"pages": lambda: pages(), "queries": lambda: queries(args), "search": lambda: search(args[0])}[command]()
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
