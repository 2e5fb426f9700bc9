"""The scheduled jobs of a local stack (deploy/serve.py): a small loop, since django-tasks has none.

`publish_scheduled` every few minutes (CDV_PUBLISH_INTERVAL, 300 s) and `purge_demandes`
once a day at CDV_PURGE_HOUR (3 h). A job that fails is reported and runs again at its
next time. Servers use the systemd timers in deploy/systemd/ instead.
"""

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLISH_INTERVAL = int(os.environ.get("CDV_PUBLISH_INTERVAL", 300))
PURGE_HOUR = int(os.environ.get("CDV_PURGE_HOUR", 3))


def run(*command):
    result = subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, check=False)  # noqa: S603 (fixed commands)
    if result.returncode:
        print(f"[scheduler] {' '.join(command)} failed (exit {result.returncode})", file=sys.stderr, flush=True)


def next_purge(now):
    today = now.replace(hour=PURGE_HOUR, minute=15, second=0, microsecond=0)
    return today if today > now else today + datetime.timedelta(days=1)


def main():
    next_publish = time.monotonic()
    purge_at = next_purge(datetime.datetime.now())
    while True:
        if time.monotonic() >= next_publish:
            run("publish_scheduled")
            next_publish = time.monotonic() + PUBLISH_INTERVAL
        if datetime.datetime.now() >= purge_at:
            run("purge_demandes")
            purge_at = next_purge(datetime.datetime.now())
        time.sleep(5)


if __name__ == "__main__":
    main()
