"""`make serve-prod`: the production stack on 127.0.0.1, in the foreground, stopped whole by Ctrl-C.

nginx (static and media files, compression, the masked access log) → Varnish (the
anonymous pages) → gunicorn (Django), with the task worker (`manage.py db_worker`) and
the scheduler (deploy/scheduler.py). It renders the same files a server uses
(deploy/nginx/, deploy/varnish/, deploy/gunicorn.conf.py) into var/stack/ with local
ports and paths. Every child runs in its own process group: when one stops, or on
SIGINT/SIGTERM, all are stopped (SIGTERM, then SIGKILL after 20 s), so nothing is left behind.
"""

import argparse
import contextlib
import getpass
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from render import BROTLI_MODULE, render_file

DEPLOY = Path(__file__).resolve().parent
ROOT = DEPLOY.parent
PYTHON = sys.executable
STOP_TIMEOUT = 20


def stack_env(run_dir):
    """The environment of every process: production settings, with local values where none are given."""
    env = dict(os.environ)
    key_file = run_dir / "secret-key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    port = env.setdefault("CDV_HTTP_PORT", "8080")
    env.setdefault("CDV_GUNICORN_PORT", "8001")
    env.setdefault("CDV_VARNISH_PORT", "6081")
    defaults = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": key_file.read_text().strip(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_BEHIND_TLS_PROXY": "true",
        # This local stack speaks plain HTTP on 127.0.0.1; on a server nginx terminates TLS
        # and production's redirect to HTTPS stays on.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": "postgres://cdv:cdv@127.0.0.1:5432/cdv_prod",
        "CACHE_URL": "redis://127.0.0.1:6379/2",
        "DJANGO_STATIC_ROOT": str(ROOT / "var" / "static"),
        "DJANGO_MEDIA_ROOT": str(ROOT / "var" / "media"),
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{env['CDV_VARNISH_PORT']}",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "GUNICORN_BIND": f"127.0.0.1:{env['CDV_GUNICORN_PORT']}",
        # Seconds between the idle task worker's looks at its queue: each look is a query.
        "TASK_WORKER_INTERVAL": "5",
    }
    for name, value in defaults.items():
        env.setdefault(name, value)
    return env


def nginx_main_conf(run_dir, env):
    """nginx's main file for a local run: our prefix under var/, this user, the site file rendered."""
    site = render_file(
        DEPLOY / "nginx" / "contrat-de-ville.conf",
        {
            **env,
            "CDV_LISTEN": f"127.0.0.1:{env['CDV_HTTP_PORT']}",
            "CDV_SERVER_NAME": "127.0.0.1 localhost",
            "CDV_ACCESS_LOG": run_dir / "nginx" / "access.log",
            "CDV_STATIC_ROOT": env["DJANGO_STATIC_ROOT"],
            "CDV_MEDIA_ROOT": env["DJANGO_MEDIA_ROOT"],
        },
    )
    (run_dir / "nginx" / "site.conf").write_text(site)
    temp = run_dir / "nginx"
    modules = "".join(
        f"load_module {module};\n"
        for module in (BROTLI_MODULE, BROTLI_MODULE.with_name("ngx_http_brotli_static_module.so"))
        if module.exists()
    )
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
    return f"""{modules}{user}worker_processes auto;
pid {temp}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 30s;
    client_body_temp_path {temp}/client_body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {DEPLOY}/nginx-access-log.conf;
    include {temp}/site.conf;
}}
"""


def commands(run_dir, env):
    """Each process of the stack, by name."""
    vcl = run_dir / "default.vcl"
    vcl.write_text(render_file(DEPLOY / "varnish" / "default.vcl", env))
    nginx_conf = run_dir / "nginx" / "nginx.conf"
    nginx_conf.write_text(nginx_main_conf(run_dir, env))
    jail = ["-j", "none"] if os.geteuid() == 0 else []
    return {
        "gunicorn": [PYTHON, "-m", "gunicorn", "-c", str(DEPLOY / "gunicorn.conf.py")],
        "varnish": ["varnishd", "-F", "-n", str(run_dir / "varnish"), "-a", f"127.0.0.1:{env['CDV_VARNISH_PORT']}"]
        + ["-T", "none", "-f", str(vcl), "-s", "malloc,128m", *jail],
        "nginx": ["nginx", "-p", str(run_dir / "nginx"), "-c", str(nginx_conf), "-g", "daemon off;"],
        "worker": [PYTHON, "manage.py", "db_worker", "--interval", env["TASK_WORKER_INTERVAL"]],
        "scheduler": [PYTHON, str(DEPLOY / "scheduler.py")],
    }


def prepare(env):
    """The database up to date, the content of a new site, the static files; Varnish is not up yet."""
    env = {**env, "FRONTEND_CACHE_PURGE_URL": ""}
    for command in (["migrate", "--noinput", "-v0"], ["load_initial_content"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)  # noqa: S603 (fixed commands)


class Stopping(Exception):
    pass


def stop(processes):
    for process in processes.values():
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    for name, process in processes.items():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            print(f"[serve] {name} did not stop: killed", file=sys.stderr)
        # Whatever is left in the group (a worker that outlived its master) goes too.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_until_up(url, processes, timeout=240):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} stopped at start (exit {process.returncode})")
        try:
            urllib.request.urlopen(url, timeout=30)  # noqa: S310 (our own local stack: a cold start is slow)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepare", action="store_true", help="migrate, load the content, collect static files")
    args = parser.parse_args()
    run_dir = Path(os.environ.get("CDV_STACK_DIR", ROOT / "var" / "stack"))
    for folder in ("nginx", "varnish"):
        (run_dir / folder).mkdir(parents=True, exist_ok=True)
    env = stack_env(run_dir)
    if args.prepare:
        prepare(env)

    def stopping(signum, frame):
        raise Stopping

    signal.signal(signal.SIGTERM, stopping)
    signal.signal(signal.SIGINT, stopping)
    processes = {}
    try:
        for name, command in commands(run_dir, env).items():
            processes[name] = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603 (fixed commands)
        url = f"http://127.0.0.1:{env['CDV_HTTP_PORT']}/fr/"
        wait_until_up(url, processes)
        print(f"[serve] {url} (gunicorn, Varnish, nginx, task worker, scheduler); Ctrl-C stops them all.", flush=True)
        while all(process.poll() is None for process in processes.values()):
            time.sleep(0.5)
        stopped = next(name for name, process in processes.items() if process.poll() is not None)
        print(f"[serve] {stopped} stopped: stopping the others.", file=sys.stderr)
        status = 1
    except Stopping:
        status = 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop(processes)
    return status


if __name__ == "__main__":
    sys.exit(main())
