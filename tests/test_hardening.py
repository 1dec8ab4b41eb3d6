"""Process protections: no core dumps (they would hold the one-time passwords), private files."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.app_process import run_python

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and limits")

# Runs the app's main() in a child process, then reports what it left behind.
SCRIPT = """
import json, resource, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from reseller_desktop.app import main
from reseller_desktop.hardening import dumpable
from reseller_desktop.services.drafts import DraftStore
from datetime import datetime

code = main(["--smoke-test", *sys.argv[2:]])
DraftStore(Path(sys.argv[1]) / "drafts").save("add_customer", {}, saved_at=datetime.now())
QSettings().setValue("probe", 1)
QSettings().sync()
print(json.dumps({
    "code": code,
    "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
    "dumpable": dumpable(),
    "settings": QSettings().fileName(),
}))
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run_main(data_folder: Path, *args: str) -> dict:
    done = run_python("-c", SCRIPT, str(data_folder), *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_core_dumps_are_off(data_dir: Path) -> None:
    report = run_main(data_dir, "--data-dir", str(data_dir))
    assert report["code"] == 0
    assert report["core"] == [0, 0]  # RLIMIT_CORE: soft and hard
    if sys.platform.startswith("linux"):
        assert report["dumpable"] == 0  # PR_SET_DUMPABLE: not even a piped core_pattern


def test_default_folders_and_files_are_private(tmp_path: Path) -> None:
    """Without --data-dir: the app's own folders 0700, its files 0600, even when an older
    version left them open to others."""
    data = tmp_path / "xdg_data_home" / "reseller-desktop"
    logs = tmp_path / "xdg_state_home" / "reseller-desktop" / "log"
    for folder in (data, logs):
        folder.mkdir(parents=True, mode=0o755)
        folder.chmod(0o755)
    old_log = logs / "reseller-desktop.log"
    old_log.write_text("from an older version\n")
    old_log.chmod(0o644)
    report = run_main(data)
    assert report["code"] == 0
    assert mode(data) == 0o700
    assert mode(logs) == 0o700
    assert mode(old_log) == 0o600
    assert mode(data / "customers.sqlite3") == 0o600
    assert mode(data / "drafts") == 0o700
    assert mode(data / "drafts" / "add_customer.json") == 0o600
    settings = Path(report["settings"])
    assert mode(settings) == 0o600, settings


def test_with_data_dir_new_files_and_folders_are_private(data_dir: Path) -> None:
    data_dir.chmod(0o755)  # a folder the user named: left as it is
    report = run_main(data_dir, "--data-dir", str(data_dir))
    assert report["code"] == 0
    assert mode(data_dir) == 0o755
    assert mode(data_dir / "logs") == 0o700
    assert mode(data_dir / "logs" / "reseller-desktop.log") == 0o600
    assert mode(data_dir / "customers.sqlite3") == 0o600
    assert mode(data_dir / "drafts") == 0o700
    wal = data_dir / "customers.sqlite3-wal"
    if wal.exists():
        assert mode(wal) == 0o600


def test_a_log_that_cannot_be_written_says_so_once(tmp_path: Path) -> None:
    """A full disk (here: a file-size limit) must not print a traceback per log message."""
    script = (
        "import logging, resource, signal, sys\n"
        "from reseller_desktop.hardening import PrivateLogHandler\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))\n"
        "log = logging.getLogger('probe')\n"
        "log.addHandler(PrivateLogHandler(sys.argv[1], maxBytes=10**6, backupCount=1))\n"
        "for n in range(50):\n"
        "    log.error('message %d %s', n, 'x' * 100)\n"
        "print('still running')\n"
    )
    path = tmp_path / "app.log"
    done = run_python("-c", script, str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "still running"
    assert done.stderr.strip() == f"reseller-desktop: cannot write the log {path}: File too large"
    assert mode(path) == 0o600
