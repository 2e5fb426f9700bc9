"""The idle task worker looks at its queue every TASK_WORKER_INTERVAL seconds, in the local stack and on a server."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def worker_command(monkeypatch, tmp_path, **environ):
    monkeypatch.syspath_prepend(str(ROOT / "deploy"))
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    import serve  # noqa: PLC0415 (deploy/serve.py is a script beside its own modules)

    (tmp_path / "nginx").mkdir()
    return serve.commands(tmp_path, serve.stack_env(tmp_path))["worker"]


def test_the_stack_worker_polls_every_few_seconds_unless_told(monkeypatch, tmp_path):
    monkeypatch.delenv("TASK_WORKER_INTERVAL", raising=False)
    assert worker_command(monkeypatch, tmp_path)[-3:] == ["db_worker", "--interval", "5"]


def test_the_stack_worker_interval_comes_from_the_environment(monkeypatch, tmp_path):
    assert worker_command(monkeypatch, tmp_path, TASK_WORKER_INTERVAL="30")[-2:] == ["--interval", "30"]


def test_the_systemd_worker_takes_its_interval_from_the_environment():
    unit = (ROOT / "deploy" / "systemd" / "cdv-worker.service").read_text()
    assert "Environment=TASK_WORKER_INTERVAL=5\nEnvironmentFile=" in unit  # the file's value wins
    assert "db_worker --interval ${TASK_WORKER_INTERVAL}" in unit
