"""In-process median render of the main page types on a fresh SQLite copy of the site, DEBUG off.

Each URL is requested through Django's full stack (middleware, Wagtail routing,
templates) on a scratch database built by load_initial_content, like `make run`.
Run as `python -m bench.render`; prints one JSON object {url: {median_ms, p95_ms, queries}}.
"""

import contextlib
import json
import os
import statistics
import sys
import tempfile
import time

URLS = [
    "/fr/",
    "/fr/participer/projet-initiative-citoyenne/",
    "/fr/projets/sortie-hortillonnages-amiens/",
    "/fr/projets/",
]


def main():
    requests = int(os.environ.get("BENCH_REQUESTS", "200"))
    with tempfile.TemporaryDirectory(prefix="cdv-bench-") as workdir:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
        os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"  # DEBUG off
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        call_command("migrate", verbosity=0, interactive=False)
        with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
            call_command("load_initial_content", stdout=devnull)
        client = Client()
        results = {}
        for url in URLS:
            for _ in range(5):
                client.get(url)
            timings = []
            for _ in range(requests):
                start = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{url}: {response.status_code}")
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            results[url] = {
                "median_ms": round(statistics.median(timings), 2),
                "p95_ms": round(statistics.quantiles(timings, n=20)[-1], 2),
                "queries": len(queries),
            }
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
