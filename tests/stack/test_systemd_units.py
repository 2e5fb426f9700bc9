"""The systemd units under deploy/ pass `systemd-analyze verify` and keep the README's "Deploying" promises.

The units name the server's paths (/srv/cdv); they are verified with this checkout in their place, so
that every ExecStart must be a real executable here. No running systemd is needed.
"""

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.utils import ROOT

UNITS = ROOT / "deploy" / "systemd"
SERVER_ROOT = "/srv/cdv"
ENVIRONMENT_FILE = "/etc/contrat-de-ville/env"
DEBIAN_UNITS = Path("/lib/systemd/system")
SERVICES = sorted(path.name for path in UNITS.glob("*.service"))
TIMERS = sorted(path.name for path in UNITS.glob("*.timer"))


def deploying_section():
    readme = (ROOT / "README.md").read_text()
    return readme.split("\n## Deploying\n", 1)[1].split("\n## ", 1)[0]


def unit(name):
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read(UNITS / name)
    return parser


def verify(tmp_path, *names):
    """`systemd-analyze verify` on the units copied to tmp_path, /srv/cdv being this checkout."""
    for path in UNITS.rglob("*"):
        target = tmp_path / path.relative_to(UNITS)
        if path.is_dir():
            target.mkdir(exist_ok=True)
        else:
            target.write_text(path.read_text().replace(SERVER_ROOT, str(ROOT)))
    return subprocess.run(
        [shutil.which("systemd-analyze"), "verify", "--man=no", *names],
        cwd=tmp_path,
        env={"SYSTEMD_UNIT_PATH": f"{tmp_path}:{DEBIAN_UNITS}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_systemd_analyze_is_here():
    assert shutil.which("systemd-analyze"), "Debian's systemd package provides systemd-analyze"


@pytest.mark.parametrize("name", SERVICES + TIMERS)
def test_every_unit_passes_systemd_analyze_verify(tmp_path, name):
    result = verify(tmp_path, name)
    assert result.returncode == 0 and result.stderr == "", result.stderr


@pytest.mark.skipif(not (DEBIAN_UNITS / "varnish.service").exists(), reason="Debian's varnish is not installed")
def test_the_varnish_override_passes_over_debian_s_unit(tmp_path):
    result = verify(tmp_path, "varnish.service")
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_verify_fails_on_a_command_that_is_not_there(tmp_path):
    """The control of the tests above: a missing ExecStart binary is an error."""
    (tmp_path / "cdv-broken.service").write_text("[Service]\nExecStart=/srv/cdv/.venv/bin/absent\n")
    assert verify(tmp_path, "cdv-broken.service").returncode != 0


@pytest.mark.parametrize("name", TIMERS)
def test_each_timer_starts_a_one_shot_service_of_its_name(name):
    assert "Unit" not in unit(name)["Timer"]  # so systemd starts the service of the same name
    service = name.removesuffix(".timer") + ".service"
    assert service in SERVICES
    assert unit(service)["Service"]["Type"] == "oneshot"
    assert "Install" not in unit(service)  # started by its timer only


@pytest.mark.parametrize("name", SERVICES)
def test_each_service_reads_the_environment_file_and_runs_from_the_server_root(name):
    service = unit(name)["Service"]
    assert service["EnvironmentFile"] == ENVIRONMENT_FILE
    assert service["WorkingDirectory"] == SERVER_ROOT
    assert service["User"] == "cdv"
    assert service["ExecStart"].startswith(f"{SERVER_ROOT}/.venv/bin/")


def test_the_readme_names_the_same_paths_units_and_schedules():
    section = deploying_section()
    assert f"**Environment** (`{ENVIRONMENT_FILE}`, read by every unit)" in section
    assert f"the code in `{SERVER_ROOT}` owned by a `cdv` user" in section
    installed = [name for name in SERVICES + TIMERS if "Install" in unit(name)]
    enabled = re.search(r"`systemctl enable --now ([^`]+)`", section).group(1).split()
    assert sorted(enabled) == sorted(name.removesuffix(".service") for name in installed)
    for name in installed:  # in the table of services
        assert f"`{name}`" in section
    assert unit("cdv-publish-scheduled.timer")["Timer"]["OnCalendar"] == "*:0/5"
    assert unit("cdv-purge-demandes.timer")["Timer"]["OnCalendar"] == "*-*-* 03:15"
    assert "`publish_scheduled` every 5 minutes, `purge_demandes` daily at 3:15" in section


def test_varnish_listens_where_the_readme_points_the_purge_and_nginx():
    override = (UNITS / "varnish.service.d" / "override.conf").read_text()
    assert "-a 127.0.0.1:6081 " in override
    section = deploying_section()
    assert "`FRONTEND_CACHE_PURGE_URL`, e.g. `http://127.0.0.1:6081`" in section
    assert "CDV_VARNISH_PORT=6081" in section
    assert "-f /etc/varnish/contrat-de-ville.vcl" in override
    assert "> /etc/varnish/contrat-de-ville.vcl" in section
