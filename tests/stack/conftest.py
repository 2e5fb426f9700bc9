"""The production stack of `make serve-prod` (deploy/serve.py), started once for these tests on free ports.

It runs on a PostgreSQL database of its own (STACK_DATABASE_URL, default cdv_stack, dropped
and created again) with Redis as the cache, and sends its mail to a real SMTP server on
127.0.0.1 that can be told to refuse sessions.
"""

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from aiosmtpd.controller import Controller

from tests.utils import ROOT, Mailbox, free_port, manage

STACK_DATABASE_URL = os.environ.get("STACK_DATABASE_URL", "postgres://cdv:cdv@127.0.0.1:5432/cdv_stack")
STACK_CACHE_URL = os.environ.get("STACK_CACHE_URL", "redis://127.0.0.1:6379/3")
START_TIMEOUT = 600  # migrations and the initial content on a busy machine, then a cold start


class FlakyMailbox(Mailbox):
    """A mailbox whose server, while `refusing`, turns away every other session (421 at MAIL FROM)."""

    def __init__(self):
        super().__init__()
        self.refusing = False
        self.sessions = 0
        self.refused = 0
        self.lock = threading.Lock()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            self.sessions += 1
            refuse = self.refusing and self.sessions % 2 == 0
            self.refused += refuse
        if refuse:
            return "421 4.3.2 Service temporarily unavailable"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"


@pytest.fixture(scope="session")
def stack_mailbox():
    mailbox = FlakyMailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


def fresh_database(url):
    name = urlsplit(url).path.lstrip("/")
    admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")


def stack_environment(tmp_path, mailbox):
    """Free ports, throw-away folders, and the values the load test needs (see test_load.py)."""
    varnish_port = free_port()
    return {
        **os.environ,
        "CDV_STACK_DIR": str(tmp_path / "run"),
        "CDV_HTTP_PORT": str(free_port()),
        "CDV_GUNICORN_PORT": str(free_port()),
        "CDV_VARNISH_PORT": str(varnish_port),
        # Also what manage.py commands of the tests need to act as the stack does (the purge included).
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{varnish_port}",
        "DJANGO_SECRET_KEY": "stack-tests-only-not-a-secret",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": STACK_DATABASE_URL,
        "CACHE_URL": STACK_CACHE_URL,
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mailbox.port),
        "DEMANDES_INBOX_EMAIL": "maison-du-projet@loos.test",
        # The load test sends many demandes from one address, at once: it measures, it is no robot.
        "DEMANDES_RATE_LIMIT": "100000/h",
        "DEMANDES_MIN_FILL_SECONDS": "0",
        # A refused e-mail is tried again within seconds, often enough to outlast the refusals.
        "DEMANDES_RETRY_BASE_SECONDS": "1",
        "DEMANDES_NOTIFICATION_ATTEMPTS": "12",
        "GUNICORN_WORKERS": "3",
        "CDV_PUBLISH_INTERVAL": "3600",
    }


def wait_for(url, process, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"deploy/serve.py stopped (exit {process.returncode})")
        try:
            urllib.request.urlopen(url, timeout=30)  # noqa: S310 (our own local stack: a cold start is slow)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"the stack did not answer on {url} within {timeout} s")


def start(env, *options):
    process = subprocess.Popen(
        [sys.executable, "deploy/serve.py", *options], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
    )
    wait_for(f"http://127.0.0.1:{env['CDV_HTTP_PORT']}/fr/", process, START_TIMEOUT)
    return process


def stop(process, signum=signal.SIGTERM):
    process.send_signal(signum)
    return process.wait(timeout=60)


class Stack:
    def __init__(self, env, process):
        self.env = env
        self.process = process
        self.url = f"http://127.0.0.1:{env['CDV_HTTP_PORT']}"
        self.media_root = env["DJANGO_MEDIA_ROOT"]

    def shell(self, code):
        """Python run by manage.py in the stack's environment (as an editor's or agent's action would be)."""
        return manage(self.env, "shell", "-v0", "-c", code)


@pytest.fixture(scope="session")
def stack(tmp_path_factory, stack_mailbox):
    fresh_database(STACK_DATABASE_URL)
    env = stack_environment(tmp_path_factory.mktemp("stack"), stack_mailbox)
    process = start(env, "--prepare")
    yield Stack(env, process)
    stop(process)
