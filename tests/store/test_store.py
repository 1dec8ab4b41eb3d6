"""The store: schema, migrations, SQLite settings and constraints."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from peewee import IntegrityError

from reseller_desktop.store import migrations
from reseller_desktop.store.database import DEFAULT_FILE_NAME, close_store, open_store
from reseller_desktop.store.errors import NewerSchemaError, StoreError
from reseller_desktop.store.models import Customer, SchemaVersion


@pytest.fixture
def opened(data_dir: Path):
    db = open_store(None, data_dir)
    yield db
    close_store()


def test_new_store_is_at_latest_schema_and_reopening_is_a_no_op(data_dir: Path) -> None:
    db = open_store(None, data_dir)
    assert migrations.current_version(db) == migrations.latest_version()
    close_store()
    db = open_store(None, data_dir)
    assert [row.version for row in SchemaVersion.select()] == [migrations.latest_version()]
    assert not list(data_dir.glob("*.bak")), "no backup when nothing migrates"
    close_store()


def test_sqlite_file_is_private_with_wal_and_foreign_keys(opened, data_dir: Path) -> None:
    mode = stat.S_IMODE((data_dir / DEFAULT_FILE_NAME).stat().st_mode)
    assert mode == 0o600
    assert opened.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert opened.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert opened.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_database_from_a_newer_app_is_refused(opened, data_dir: Path) -> None:
    SchemaVersion.update(version=migrations.latest_version() + 1).execute()
    close_store()
    with pytest.raises(NewerSchemaError, match="newer version of Reseller Desktop"):
        open_store(None, data_dir)


def test_migration_backs_up_the_file_first(
    opened, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_store()
    old = migrations.latest_version()
    ran: list[str] = []
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, lambda db: ran.append("new")])
    open_store(None, data_dir)
    assert ran == ["new"]
    backups = list(data_dir.glob(f"{DEFAULT_FILE_NAME}.v{old}-*.bak"))
    assert len(backups) == 1 and backups[0].stat().st_size > 0
    assert [row.version for row in SchemaVersion.select()] == [old + 1]
    close_store()


def test_failed_migration_step_leaves_the_version_unchanged(
    opened, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_store()

    def broken(db) -> None:
        db.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    with pytest.raises(RuntimeError):
        open_store(None, data_dir)
    close_store()
    monkeypatch.undo()
    db = open_store(None, data_dir)
    assert migrations.current_version(db) == migrations.latest_version()
    assert not db.table_exists("half_done")
    close_store()


def test_domain_key_is_unique(opened) -> None:
    fields = dict(
        company_name="A",
        country="FR",
        address_line1="1 rue",
        first_name="A",
        last_name="B",
        email="a@b.fr",
        language="fr",
        culture="fr-FR",
    )
    Customer.create(domain_prefix="Contoso9", domain_key="contoso9", request_id="r1", **fields)
    with pytest.raises(IntegrityError):
        Customer.create(domain_prefix="CONTOSO9", domain_key="contoso9", request_id="r2", **fields)


def test_unusable_locations_give_one_line_errors(data_dir: Path) -> None:
    blocker = data_dir / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the database file") as info:
        open_store(f"sqlite:///{blocker}/customers.db", data_dir)
    assert "\n" not in str(info.value)
    garbage = data_dir / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot be read") as info:
        open_store(f"sqlite:///{garbage}", data_dir)
    assert "\n" not in str(info.value)
