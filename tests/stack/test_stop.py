"""Ctrl-C (SIGINT) or SIGTERM on `make serve-prod` stops every process it started."""

import signal
from pathlib import Path

import pytest

from tests.utils import free_port

from .conftest import start, stop


def processes_of(run_dir):
    """Processes whose command line or environment names the stack's run folder (every one it started)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            text = (proc / "cmdline").read_bytes() + (proc / "environ").read_bytes()
        except OSError:
            continue
        if run_dir.encode() in text:
            found.append(int(proc.name))
    return found


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_stopping_the_stack_leaves_no_process_behind(stack, tmp_path, signum):
    run_dir = str(tmp_path / "run")
    env = {
        **stack.env,
        "CDV_STACK_DIR": run_dir,
        "CDV_HTTP_PORT": str(free_port()),
        "CDV_GUNICORN_PORT": str(free_port()),
        "CDV_VARNISH_PORT": str(free_port()),
    }
    process = start(env)
    started = processes_of(run_dir)
    assert len(started) >= 6  # supervisor, gunicorn and its workers, Varnish, nginx, worker, scheduler
    assert stop(process, signum) == 0
    assert processes_of(run_dir) == []
