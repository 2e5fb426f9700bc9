"""The production stack of `make serve-prod` under load: wrk through nginx → Varnish → gunicorn.

The stack is started as its tests start it (tests/stack/conftest.py), on a throw-away
PostgreSQL database. A page is measured cached (Varnish answers after a first request) and
uncached (a csrftoken cookie, which the VCL passes to gunicorn); nginx serving the same HTML
bytes from its static folder gives the limit each page is compared with, in alternate runs
(BENCH_ROUNDS, default 3) whose medians are kept.
"""

import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

import psycopg

from tests.stack.conftest import START_TIMEOUT, fresh_database, stack_environment, stop, wait_for
from tests.utils import ROOT, free_port, manage

CONNECTIONS = 64
THREADS = 2
DURATION = os.environ.get("BENCH_WRK_DURATION", "4s")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SETTLE_SECONDS = 3
BYPASS = "Cookie: csrftoken=bench"  # deploy/varnish/default.vcl passes any visitor with a CSRF cookie
GZIP = "Accept-Encoding: gzip"


class BenchStack:
    """The stack on free ports, its database and folders under var/bench/run/."""

    def __init__(self, database_url, workdir):
        fresh_database(database_url)
        self.workdir = workdir
        self.env = stack_environment(workdir, SimpleNamespace(port=free_port()))
        self.env.update(
            DATABASE_URL=database_url,
            CACHE_URL=os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/4"),
            GUNICORN_WORKERS=os.environ.get("GUNICORN_WORKERS", "3"),
        )
        self.database_url = database_url
        self.url = f"http://127.0.0.1:{self.env['CDV_HTTP_PORT']}"
        self.process = None

    def start(self, prepare):
        """Migrate and load the site (then `prepare`, e.g. the volume generator), then serve it."""
        log = open(self.workdir / "stack.log", "ab")  # noqa: SIM115 (the stack writes to it until it stops)
        self.process = subprocess.Popen(  # noqa: S603 (our own launcher)
            [sys.executable, "deploy/serve.py", "--prepare"], cwd=ROOT, env=self.env, stdout=log, stderr=log
        )
        wait_for(f"{self.url}/fr/", self.process, START_TIMEOUT)
        prepare(self)

    def stop(self):
        """The stack stopped, its database dropped."""
        if self.process:
            stop(self.process)
        drop_database(self.database_url)

    def manage(self, *command):
        return manage(self.env, *command)

    def python(self, module, *args):
        """A bench module's JSON answer, computed in the stack's environment (its database)."""
        result = subprocess.run(  # noqa: S603 (our own module)
            [sys.executable, "-m", module, *args], cwd=ROOT, env=self.env, capture_output=True, text=True
        )
        if result.returncode:
            raise RuntimeError(f"{module} {' '.join(args)}:\n{result.stderr[-3000:]}")
        return json.loads(result.stdout)

    def get(self, path, headers=None):
        headers = {"Accept-Encoding": "gzip", **(headers or {})}
        request = urllib.request.Request(self.url + path, headers=headers)  # noqa: S310 (our own local stack)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 (our own local stack)
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def worker_pid(self):
        """The task worker (`manage.py db_worker`), a child of deploy/serve.py."""
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                cmdline = (stat.parent / "cmdline").read_bytes()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid and b"db_worker" in cmdline:
                return int(stat.parent.name)
        raise RuntimeError("no task worker in the stack")


def drop_database(url):
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(urlunsplit(urlsplit(url)._replace(path="/postgres")), autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def wrk(url, *headers):
    """Requests per second, p50 and p99 in milliseconds, at CONNECTIONS connections."""
    command = ["wrk", "-t", str(THREADS), "-c", str(CONNECTIONS), "-d", DURATION, "--latency", "-H", GZIP]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout  # noqa: S603
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency(output, "50%"),
        "p99_ms": latency(output, "99%"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def latency(output, percentile):
    value, unit = re.search(rf"^\s*{percentile}\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE).groups()
    return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)


def static_copy(stack, name, html):
    """The same HTML bytes as a static file that nginx serves itself (its /static/ location)."""
    folder = Path(stack.env["DJANGO_STATIC_ROOT"]) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.html").write_bytes(html)
    return f"/static/bench/{name}.html"


def measure_page(stack, name, path, status=200):
    """One page type: its weight as served, then wrk cached, uncached, and on the static copy."""
    code, headers, body = stack.get(path)
    if code != status:
        raise RuntimeError(f"{path}: {code}, not {status}")
    html = decoded(headers, body)
    stack.get(path)  # the second request is the one Varnish answers
    _, again, _ = stack.get(path)
    static = static_copy(stack, name, html)
    transferred = assets_transferred(stack, path)
    uncached = wrk(stack.url + path, BYPASS)
    time.sleep(SETTLE_SECONDS)  # gunicorn finishes the requests wrk left queued before the next run
    # Cached and static in turns, ROUNDS times: wrk and the whole stack share the machine's CPUs, so a
    # single run moves by a third; each pair is compared, and the medians are kept.
    pairs = [(wrk(stack.url + path), wrk(stack.url + static)) for _ in range(ROUNDS)]
    return {
        "path": path,
        "status": code,
        "html_bytes": len(html),
        "html_transferred": len(body),
        "transferred": transferred,
        "cache": again.get("X-Cache-Status", ""),
        "uncached": uncached,
        "cached": median_run([cached for cached, _ in pairs]),
        "static": median_run([static for _, static in pairs]),
        "ratio": statistics.median(cached["rps"] / static["rps"] for cached, static in pairs),
    }


def median_run(runs):
    """Each figure's median over the runs, with the runs themselves."""
    medians = {key: statistics.median(run[key] for run in runs) for key in ("rps", "p50_ms", "p99_ms")}
    return {**medians, "non_2xx": max(run["non_2xx"] for run in runs), "runs": runs}


def decoded(headers, body):
    return gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body


def assets_transferred(stack, path):
    """HTML, CSS, JS and fonts of a page, compressed as nginx serves them."""
    _, headers, body = stack.get(path)
    total = len(body)
    for url in re.findall(rb'<(?:link rel="stylesheet" href|script src)="(/static/[^"]+)"', decoded(headers, body)):
        _, asset_headers, asset = stack.get(url.decode())
        total += len(asset)
        for font in re.findall(rb"url\(['\"]?(/static/[^'\")]+\.woff2?)", decoded(asset_headers, asset)):
            total += len(stack.get(font.decode())[2])
    return total


def purge_time(stack, path, timeout=30):
    """Seconds from an editor's publication to an anonymous visitor seeing it through the cache."""
    stack.get(path)
    stack.get(path)
    marker = f"Bench {time.time_ns()}"
    code = (
        "import time; from wagtail.models import Page; "
        "page = Page.objects.get(locale__language_code='fr', "
        f"url_path__endswith='{path.removeprefix('/fr')}').specific; "
        f"page.title = {marker!r}; start = time.time(); page.save_revision().publish(); print(start)"
    )
    published = float(stack.manage("shell", "-v0", "-c", code).strip().splitlines()[-1])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _, headers, body = stack.get(path)
        if marker.encode() in decoded(headers, body):
            return round(time.time() - published, 3)
        time.sleep(0.01)
    raise RuntimeError(f"{path}: the publication did not reach the cache within {timeout} s")


def idle_cpu(pid, seconds=10):
    """The share of one core a process used over `seconds` (utime + stime from /proc)."""

    def ticks():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    before = ticks()
    time.sleep(seconds)
    return round(100 * (ticks() - before) / os.sysconf("SC_CLK_TCK") / seconds, 2)
