"""A real OpenSearch node for the tests: the launcher `make search-engine` runs, started on a free port.

`make test` builds the launcher first (search/engine/target/). A node that cannot
start fails the tests that need it, loudly: search on an engine is never skipped.
"""

import json
import subprocess
import time
import urllib.request

from tests.utils import ROOT, free_port

ENGINE = ROOT / "search" / "engine"
CLASSPATH = ENGINE / "target" / "classpath.txt"
MAIN_CLASS = "fr.loos.contratdeville.search.EmbeddedNode"
START_TIMEOUT = 120


class SearchEngineNode:
    def __init__(self, home):
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def command(self):
        if not CLASSPATH.exists():
            raise RuntimeError(
                f"The search engine is not built ({CLASSPATH} is missing): run `make search-engine-build`."
            )
        classpath = f"{ENGINE / 'target' / 'classes'}:{CLASSPATH.read_text().strip()}"
        return ["java", "-Xms512m", "-Xmx512m", "-cp", classpath, MAIN_CLASS, str(self.port), str(self.home)]

    def health(self):
        with urllib.request.urlopen(f"{self.url}/_cluster/health", timeout=2) as response:  # noqa: S310 (local node)
            return json.load(response)["status"]

    def start(self):
        log = open(self.home / "node.log", "ab")  # noqa: SIM115 (the node writes to it until it stops)
        self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if self.health() in ("green", "yellow"):
                    return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = (self.home / "node.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"The OpenSearch node did not start on {self.url}:\n{tail}")
            time.sleep(0.5)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def refresh_index():
    """Make what was just indexed searchable now, not within the engine's usual second."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if hasattr(backend, "es"):
        backend.es.indices.refresh(index=f"{backend.index_prefix}*")
