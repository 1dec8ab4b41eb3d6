"""A full disk: the message says so and where; a migration that fails leaves no partial backup;
backups are private, one per schema version, and the old ones are pruned.

The full disk is a small tmpfs mounted in a mount namespace of a child process (``unshare``), so
SQLite meets a real ENOSPC; without the right to mount one, those tests are skipped.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reseller_desktop.store import migrations
from reseller_desktop.store.database import DEFAULT_FILE_NAME, close_store, open_store
from reseller_desktop.store.errors import StoreError
from tests.app_process import ROOT

# In the child: a store with 1 MB of data on a 4 MB disk, then a migration step that needs 3 MB.
ON_A_SMALL_DISK = """
import json, subprocess, sys
from pathlib import Path
from peewee import OperationalError
from reseller_desktop.store import migrations
from reseller_desktop.store.database import open_store, close_store
from reseller_desktop.store.errors import StoreError

data = Path(sys.argv[1])
report = {}

def files():
    return {p.name: oct(p.stat().st_mode & 0o777) for p in data.iterdir()}

db = open_store(None, data)
db.execute_sql("CREATE TABLE padding (x BLOB)")
db.execute_sql("INSERT INTO padding VALUES (randomblob(1000000))")
db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
close_store()

def big_step(db):
    db.execute_sql("CREATE TABLE filler (x BLOB)")
    db.execute_sql("INSERT INTO filler VALUES (randomblob(3000000))")

migrations.STEPS = [*migrations.STEPS, big_step]
for attempt in ("first", "retry"):
    try:
        open_store(None, data)
        report[attempt] = "opened"
    except StoreError as exc:
        report[attempt] = str(exc)
    close_store()
    report[attempt + " files"] = files()
subprocess.run(["mount", "-o", "remount,size=32m", str(data)], check=True)
db = open_store(None, data)
report["with space"] = files()
try:  # what a Submit does on a full disk: one transaction that cannot be written
    with db.atomic():
        db.execute_sql("INSERT INTO padding VALUES (randomblob(40000000))")
except OperationalError as exc:
    report["write"] = str(exc)
close_store()
print(json.dumps(report))
"""


def _namespace_command() -> list[str] | None:
    """A command prefix that runs its child in a private mount namespace where it may mount."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return None
    prefixes = [["unshare", "--mount"]] if os.geteuid() == 0 else []
    prefixes.append(["unshare", "--user", "--map-root-user", "--mount"])
    for prefix in prefixes:
        probe = subprocess.run(
            [*prefix, "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt 2>/dev/null || "
             "mount -t tmpfs -o size=1m tmpfs \"$TMPDIR\""],
            capture_output=True, env={**os.environ, "TMPDIR": "/tmp"},
        )  # fmt: skip
        if probe.returncode == 0:
            return prefix
    return None


@pytest.fixture(scope="module")
def namespace() -> list[str]:
    prefix = _namespace_command()
    if prefix is None:
        pytest.skip("cannot mount a small tmpfs here (needs Linux and unshare, as root or in a "
                    "user namespace)")  # fmt: skip
    return prefix


def test_a_full_disk_is_named_and_leaves_one_complete_backup(
    namespace: list[str], tmp_path: Path
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(
        [*namespace, "sh", "-c", 'mount -t tmpfs -o size=4m tmpfs "$1" && exec "$2" -c "$3" "$1"',
         "sh", str(disk), sys.executable, ON_A_SMALL_DISK],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    version = migrations.latest_version()
    database = disk / DEFAULT_FILE_NAME

    # A transaction that does not fit: the disk and the folder, not "cannot rollback".
    assert report["write"].startswith(f"the disk holding {disk} is full (")
    assert "rollback" not in report["write"]

    # The migration step does not fit: the backup made before it is complete and private.
    assert report["first"].startswith(f"Cannot open the database {database}: the disk holding")
    assert "is full" in report["first"] and "rollback" not in report["first"]
    backups = {n: m for n, m in report["first files"].items() if ".bak" in n}
    assert len(backups) == 1 and list(backups.values()) == ["0o600"]
    assert next(iter(backups)).startswith(f"{DEFAULT_FILE_NAME}.v{version}-")

    # Retrying without space: the second copy does not fit, and nothing partial is left.
    assert report["retry"].startswith(f"Cannot back up the database {database} before updating")
    assert "is full" in report["retry"] and "needed" in report["retry"]
    assert report["retry files"] == report["first files"]

    # With space: migrated, still one backup of that version.
    backups = [n for n in report["with space"] if ".bak" in n]
    assert len(backups) == 1 and not any(n.endswith(".part") for n in report["with space"])


def _migrate_once_more(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, lambda db: None])
    open_store(None, data_dir)
    close_store()


def _backups(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob(f"{DEFAULT_FILE_NAME}.v*"))


def test_backups_are_private_and_one_per_schema_version(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(None, data_dir)
    close_store()
    version = migrations.latest_version()
    earlier = data_dir / f"{DEFAULT_FILE_NAME}.v{version}-20200101-000000.bak"
    earlier.write_bytes(b"a backup of a failed attempt")
    _migrate_once_more(data_dir, monkeypatch)
    backups = _backups(data_dir)
    assert len(backups) == 1 and backups[0] != earlier  # replaced, not one more per retry
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    with sqlite3.connect(backups[0]) as copy:  # a real, complete copy
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    copy.close()


def test_old_backups_are_pruned(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(None, data_dir)
    close_store()
    current = migrations.latest_version()  # at least 3
    for old in range(current - 3, current):
        (data_dir / f"{DEFAULT_FILE_NAME}.v{old}-20200101-000000.bak").write_bytes(b"old")
    other = data_dir / "notes.v1-20200101-000000.bak"
    other.write_bytes(b"not ours")
    _migrate_once_more(data_dir, monkeypatch)
    versions = [int(p.name.split(".v")[1].split("-")[0]) for p in _backups(data_dir)]
    assert migrations.KEEP_BACKUPS == 3
    assert sorted(versions, reverse=True) == [current, current - 1, current - 2]
    assert other.exists()


def test_a_backup_that_fails_leaves_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(None, data_dir)
    close_store()

    def half_a_copy(db: object, target: Path, copied: object = None) -> None:
        target.write_bytes(b"half a copy")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(migrations, "_copy", half_a_copy)
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, lambda db: None])
    with pytest.raises(StoreError, match=r"Cannot back up the database .* is full") as info:
        open_store(None, data_dir)
    assert f"the disk holding {data_dir} is full" in str(info.value)
    assert _backups(data_dir) == []
    assert sorted(p.name for p in data_dir.iterdir() if ".bak" in p.name) == []
    monkeypatch.undo()
    db = open_store(None, data_dir)  # nothing was migrated: the version is unchanged
    assert migrations.current_version(db) == migrations.latest_version()
    close_store()
