"""Starting with broken folders, files and addresses: one line saying what to do, never a
traceback or a hang. Each test starts ``python -m reseller_desktop`` in a process of its own."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reseller_desktop.resources import resource_path
from reseller_desktop.selfcheck import SAMPLE_REQUEST
from reseller_desktop.store.database import DEFAULT_FILE_NAME, QUICK_CHECK_MAX_BYTES
from tests.app_process import damage_table, one_line, run_app, without_file_permission_override

SHIPPED = json.loads(resource_path("offers.json").read_text(encoding="utf-8"))


def smoke(data_dir: Path, *more: str):  # type: ignore[no-untyped-def]
    return run_app("--smoke-test", "--data-dir", str(data_dir), *more)


def write_catalog(data_dir: Path, text: str, encoding: str) -> None:
    (data_dir / "offers.json").write_text(text, encoding=encoding)


def test_data_dir_naming_a_file(tmp_path: Path) -> None:
    a_file = tmp_path / "customers.txt"
    a_file.write_text("x")
    done = smoke(a_file)
    assert done.returncode == 1
    assert one_line(done) == (
        f"reseller-desktop: The data folder {a_file} is a file, not a folder: "
        "choose another folder with --data-dir."
    )


def test_read_only_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o500)
    try:
        done = run_app(
            "--smoke-test", "--data-dir", str(folder),
            preexec_fn=without_file_permission_override(),
        )  # fmt: skip
    finally:
        folder.chmod(0o700)
    assert done.returncode == 1
    line = one_line(done)
    assert f"The data folder {folder} is not writable" in line
    assert "--data-dir" in line


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-16", "the file is in UTF-16; save it as UTF-8"),
        ("utf-16-le", "the file is in UTF-16 or UTF-32; save it as UTF-8"),
        ("latin-1", "line 1 is not UTF-8 text (byte 0xe9, perhaps Latin-1 or Windows-1252)"),
    ],
)
def test_catalog_not_in_utf8(data_dir: Path, encoding: str, expected: str) -> None:
    catalog = {**SHIPPED, "offers": [{**SHIPPED["offers"][0], "name": "Entreprise Premium é"}]}
    write_catalog(data_dir, json.dumps(catalog, ensure_ascii=False), encoding)
    done = smoke(data_dir)
    assert done.returncode == 1
    line = one_line(done)
    assert f"{data_dir / 'offers.json'}: {expected}" in line


def test_catalog_in_utf8_with_a_byte_order_mark_is_accepted(data_dir: Path) -> None:
    write_catalog(data_dir, json.dumps(SHIPPED, ensure_ascii=False), "utf-8-sig")
    done = smoke(data_dir)
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout


def test_catalog_nested_too_deeply(data_dir: Path) -> None:
    write_catalog(data_dir, "[" * 200_000 + "]" * 200_000, "utf-8")
    done = smoke(data_dir)
    assert done.returncode == 1
    assert "nested too deeply" in one_line(done)


def test_a_folder_named_like_the_catalog(data_dir: Path) -> None:
    (data_dir / "offers.json").mkdir()
    done = smoke(data_dir)
    assert done.returncode == 1
    assert f"{data_dir / 'offers.json'} is a folder, not a file" in one_line(done)


def test_partner_catalog_without_the_sample_offer_passes_the_smoke_test(data_dir: Path) -> None:
    offers = [o for o in SHIPPED["offers"] if o["id"] != SAMPLE_REQUEST.offer_id]
    only = {**offers[-1], "min_seats": 5, "max_seats": 10, "terms": {"P1M": ["monthly"]}}
    write_catalog(data_dir, json.dumps({"offers": [only]}), "utf-8")
    done = smoke(data_dir)
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "mysql://alice:S3cret-pw@db.example.lan/reseller",
            "The database address 'mysql://alice:***@db.example.lan/reseller' is not usable: "
            "the app works with SQLite",
        ),
        (
            "postgresql://alice:S3cret-pw@[::1/reseller",
            "The database address 'postgresql://alice:***@[::1/reseller' is malformed: "
            "a '[' has no matching ']'",
        ),
        (
            "postgresql://alice@db.example.lan:54x2/reseller?password=S3cret-pw",
            "is malformed: the port must be a number from 1 to 65535",
        ),
    ],
)
def test_unusable_database_addresses(data_dir: Path, url: str, expected: str) -> None:
    done = smoke(data_dir, "--database", url)
    assert done.returncode == 1
    line = one_line(done)
    assert expected in line
    assert "S3cret" not in done.stderr + done.stdout
    assert "S3cret" not in (data_dir / "logs" / "reseller-desktop.log").read_text()


def test_damaged_database_is_reported_at_start(data_dir: Path) -> None:
    assert smoke(data_dir).returncode == 0
    database = data_dir / DEFAULT_FILE_NAME
    backup = data_dir / f"{DEFAULT_FILE_NAME}.v1-20260101-120000.bak"
    backup.write_bytes(database.read_bytes())
    damage_table(database)
    done = smoke(data_dir)  # before the fix: a modal box nobody could close (a hang)
    assert done.returncode == 1
    line = one_line(done)
    assert f"The database {database} cannot be read: it is damaged" in line
    assert f"Backups are in {data_dir} (newest: {backup.name})" in line
    assert "copy the backup to customers.sqlite3" in line


def test_damaged_big_database_is_reported_by_the_first_failing_read(data_dir: Path) -> None:
    """Above QUICK_CHECK_MAX_BYTES the open does not read every page: the main window's first
    read meets the damage, and the smoke test still ends with one line, not a box."""
    assert smoke(data_dir).returncode == 0
    database = data_dir / DEFAULT_FILE_NAME
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE padding (x BLOB)")
        db.execute("INSERT INTO padding VALUES (zeroblob(?))", (QUICK_CHECK_MAX_BYTES + 1,))
    db.close()
    damage_table(database)
    assert database.stat().st_size > QUICK_CHECK_MAX_BYTES
    done = smoke(data_dir)
    assert done.returncode == 1
    line = one_line(done)
    assert f"The database {database} cannot be read: it is damaged" in line
    assert "There is no backup beside it" in line
