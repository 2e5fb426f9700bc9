"""A served copy of the site, built from a fresh database as `make run` builds it, and Debian's Chromium.

The server runs in its own process on its own database (a temporary SQLite
file, or a throw-away PostgreSQL database when DATABASE_URL points at
PostgreSQL), so the browser sees exactly what a resident would.
"""

import os
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit, urlunsplit

import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import sync_playwright

from tests.utils import ROOT, Mailbox, free_port, manage

CHROMIUM = "/usr/bin/chromium"
# Chromium as root in a sandbox-less container, with no call home: this machine's network is closed.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ADMIN_PASSWORD = "navigateur-de-test"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def postgres_admin(url):
    import psycopg

    return psycopg.connect(url, autocommit=True)


@pytest.fixture(scope="session")
def server_database(tmp_path_factory):
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path_factory.mktemp('browser') / 'site.sqlite3'}"
        return
    # Named after the test database, so two checkouts testing at once keep apart.
    name = f"{urlsplit(url).path.lstrip('/')}_browser"
    with postgres_admin(url) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(url)
    yield urlunsplit(parts._replace(path=f"/{name}"))
    with postgres_admin(url) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def mailbox():
    """A real SMTP server on 127.0.0.1 that the served site sends its mail to."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


@pytest.fixture(scope="session")
def server_env(server_database, mailbox):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": server_database,
        "CDV_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mailbox.port),
        # A person at a keyboard; the robots' threshold is tested without a browser.
        "DEMANDES_MIN_FILL_SECONDS": "1",
        # Every journey sends its demandes from 127.0.0.1 to one server: the per-address limit (5 an hour)
        # would refuse the sixth. It is tested without a browser (tests/demandes/test_form.py).
        "DEMANDES_RATE_LIMIT": "1000/h",
    }


@pytest.fixture(scope="session")
def site_url(server_env):
    port = free_port()
    env = {**server_env, "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}"}
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_initial_content")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/fr/", timeout=2)  # noqa: S310 (our own local server)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the site did not start for the browser tests") from None
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def showcase(site_url, server_env):
    """Adds a news item and a project with every optional value to the served site (see showcase.py)."""
    manage(server_env, "shell", "-c", "from tests.browser.showcase import create; create()")


def stored_demande(env, reference, expression):
    """What ``expression`` (Python, on ``demande``) prints for the served site's demande of that reference."""
    return manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        f"from demandes.models import Demande; demande = Demande.objects.get(reference='{reference}'); "
        f"print({expression})",
    )


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR")
    yield context.new_page()
    context.close()
