"""`make bench` (`python -m bench`): every measure in one run, saved to var/bench/latest.json, and a table.

Needs PostgreSQL and Redis (`make services`), Debian's nginx, Varnish (`make stack-packages`), wrk
and Chromium, and the OpenSearch launcher (`make search-engine-build`). BENCH_DATABASE_URL names the
throw-away database (dropped and created again).
"""

import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.search.engine import SearchEngineNode

from . import lighthouse
from .stack import BenchStack, idle_cpu, measure_page, purge_time
from .table import print_tables

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "var" / "bench"
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://cdv:cdv@127.0.0.1:5432/cdv_bench")
SEARCH_QUERY = "jardin"
FIXED_PAGES = {
    "home": "/fr/",
    "pic": "/fr/participer/projet-initiative-citoyenne/",
    "quartier": "/fr/quartiers/oliveaux/",
    "projets_filtre": "/fr/projets/?dispositif=projet-initiative-citoyenne&annee=2024",
    "recherche": f"/fr/recherche/?q={SEARCH_QUERY}",
    "formulaire_pic": "/fr/participer/projet-initiative-citoyenne/fiche-projet/",
    "404": "/fr/cette-page-n-existe-pas/",
}


def machine():
    lines = Path("/proc/cpuinfo").read_text().splitlines()
    model = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "")
    return {"cpus": os.cpu_count(), "cpu_model": model, "python": platform.python_version()}


def with_volume(stack):
    """The volume generator at full size (1 000 projects, 300 news, 3 locales), when this checkout has it."""
    if "demo_data" in stack.manage("help", "--commands").split():
        stack.manage("demo_data")
        stack.volume = "demo_data"
    else:
        stack.volume = "initial content only (no demo_data command)"


def search_timings(stack, home):
    """The search page's median on PostgreSQL's backend, then on an OpenSearch node."""
    timings = {"postgresql": stack.python("bench.inprocess", "search", SEARCH_QUERY)}
    node = SearchEngineNode(home)
    node.start()
    try:
        stack.env["OPENSEARCH_URL"] = node.url
        stack.manage("update_index")
        timings["opensearch"] = stack.python("bench.inprocess", "search", SEARCH_QUERY)
    finally:
        del stack.env["OPENSEARCH_URL"]
        node.stop()
    return timings


def save(results):
    """What is measured so far: a step that fails later loses nothing."""
    (OUTPUT / "latest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))


def main():
    started = time.monotonic()
    # A SIGTERM (e.g. from `timeout`) stops the stack and drops the database too.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))
    OUTPUT.mkdir(parents=True, exist_ok=True)
    results = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine()}
    print("[bench] in-process renders on SQLite…", flush=True)
    render = subprocess.run(  # noqa: S603 (our own module)
        [sys.executable, "-m", "bench.render"], cwd=ROOT, check=True, capture_output=True, text=True
    )
    results["render_sqlite"] = json.loads(render.stdout)
    workdir = OUTPUT / "run"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    stack = BenchStack(DATABASE_URL, workdir)
    print("[bench] the production stack: database, volume, start…", flush=True)
    try:
        stack.start(with_volume)
        results["volume"] = stack.volume
        pages = {**FIXED_PAGES, **stack.python("bench.inprocess", "pages")}
        queries = stack.python("bench.inprocess", "queries", *pages.values())
        print("[bench] wrk per page type…", flush=True)
        results["pages"] = {}
        for name, path in pages.items():
            page = measure_page(stack, name, path, status=404 if name == "404" else 200)
            page["queries"] = queries[path]
            results["pages"][name] = page
            save(results)
        print("[bench] Lighthouse, purge, worker, search…", flush=True)
        lighthouse.install()
        results["lighthouse"] = {name: lighthouse.scores(stack.url + pages[name]) for name in ("home", "pic", "projet")}
        save(results)
        results["purge_seconds"] = purge_time(stack, pages["pic"])
        results["worker_idle_cpu_percent"] = idle_cpu(stack.worker_pid())
        results["search"] = search_timings(stack, workdir)
    finally:
        stack.stop()
    results["seconds"] = round(time.monotonic() - started)
    save(results)
    print_tables(results)


if __name__ == "__main__":
    main()
