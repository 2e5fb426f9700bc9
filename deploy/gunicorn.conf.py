"""Gunicorn's settings, for `make serve-prod` and the servers (deploy/systemd/cdv-web.service).

Threaded workers (gthread): pages wait mostly on PostgreSQL, Redis and the search engine,
so a few processes per core with a few threads each use the CPUs without a process per
request. Every value can be changed from the environment.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# A request that takes longer is stuck: its worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 20
# Restarted now and then, so a slow leak never grows.
max_requests = 2000
max_requests_jitter = 200
wsgi_app = "config.wsgi:application"
# No access log here: it would write the demandes' follow-up links whole (nginx writes a masked one).
accesslog = None
errorlog = "-"
# No control socket (gunicornc): one per user by default, so two instances on a machine would share it.
control_socket_disable = True
# Only the local reverse proxy talks to gunicorn; it sets X-Forwarded-For and X-Forwarded-Proto.
forwarded_allow_ips = "127.0.0.1"
