"""`make audit`'s dependency check (scripts/audit-dependencies.sh): a known vulnerability in uv.lock fails it.

A stand-in for OSV's API on 127.0.0.1 reports an advisory against the locked Django.
"""

import json
import os
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.utils import ROOT, free_port

ADVISORY = {
    "id": "GHSA-test-0000-0000",
    "modified": "2026-01-01T00:00:00Z",
    "summary": "A vulnerability made up for this test",
    "affected": [
        {
            "package": {"name": "django", "ecosystem": "PyPI"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}],
        }
    ],
}


class OSV(BaseHTTPRequestHandler):
    def answer(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # /v1/querybatch
        queries = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["queries"]
        summary = {key: ADVISORY[key] for key in ("id", "modified")}
        self.answer({"results": [{"vulns": [summary]} if q["package"]["name"] == "django" else {} for q in queries]})

    def do_GET(self):  # /v1/vulns/<id>
        self.answer(ADVISORY)

    def log_message(self, *args):
        pass


@pytest.fixture
def osv_url():
    server = HTTPServer(("127.0.0.1", free_port()), OSV)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def audit(service_url):
    return subprocess.run(
        ["/bin/bash", "scripts/audit-dependencies.sh"],
        cwd=ROOT,
        env={**os.environ, "OSV_URL": service_url, "UV_HTTP_RETRIES": "0"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_known_vulnerability_in_the_lock_fails_the_audit(osv_url):
    result = audit(osv_url)
    assert result.returncode == 1
    assert "django" in result.stdout and ADVISORY["id"] in result.stdout


def test_an_unreachable_service_is_said_in_one_line():
    url = f"http://127.0.0.1:{free_port()}"
    result = audit(url)
    assert result.returncode == 0
    assert (
        result.stdout
        == f"audit: {url} unreachable, the locked dependencies were NOT checked for known vulnerabilities\n"
    )
