"""Time to render each page type, measured on a fresh copy of the site: `make bench`.

Speed is measured here, never asserted in a timed test. Each URL is requested
through Django's full stack (middleware, Wagtail routing, templates) on its own
database built by load_initial_content, like `make run`.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

URLS = [
    "/fr/",
    "/fr/contrat-de-ville/",
    "/fr/quartiers/",
    "/fr/quartiers/oliveaux/",
    "/fr/participer/",
    "/fr/participer/projet-initiative-citoyenne/",
    "/fr/actualites/",
    "/fr/actualites/flux/",
    "/fr/projets/",
    "/fr/projets/?dispositif=projet-initiative-citoyenne&annee=2024",
    "/fr/projets/sortie-hortillonnages-amiens/",
    "/fr/chiffres/",
    "/fr/recherche/?q=quartier",
]


def main():
    requests = int(os.environ.get("BENCH_REQUESTS", "200"))
    workdir = tempfile.TemporaryDirectory(prefix="cdv-bench-")
    # A scratch database only: the benchmark migrates it and loads the initial content into it.
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir.name}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    print(f"{requests} requests per page on {connection.vendor}; times in milliseconds")
    print(f"{'page':48} {'median':>8} {'p95':>8} {'queries':>8}")
    for url in URLS:
        for _ in range(5):
            client.get(url)
        timings = []
        for _ in range(requests):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(f"{url:48} {statistics.median(timings):8.1f} {p95:8.1f} {len(queries):8d}")
    workdir.cleanup()


if __name__ == "__main__":
    main()
