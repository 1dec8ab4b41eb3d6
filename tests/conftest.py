"""Shared fixtures: Qt runs offscreen; each test has its own data, config and settings folders."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: with neither a display nor this, Qt aborts the process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from reseller_desktop.domain.catalog import Catalog, load_catalog
from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.resources import resource_path
from reseller_desktop.selfcheck import SAMPLE_REQUEST
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.store.database import close_store, open_store
from tests.app_runs import main_in_process  # noqa: F401 - a fixture for the tests of main()
from tests.pg_server import PostgresMissingError, PostgresServer, ScratchDatabase

START = datetime(2026, 11, 23, 9, 30, 0)


class FakeClock:
    """An injectable clock (naive UTC) that moves only when a test says so."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder; user folders and QSettings point inside the test's tmp_path."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def catalog() -> Catalog:
    return load_catalog(resource_path("offers.json"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL cluster for the whole run (tests/pg_server.py).

    Without PostgreSQL (or psycopg2) the tests that need it are skipped, except in CI, where they
    must run: there the missing server is an error.
    """
    try:
        server = PostgresServer.start()
    except PostgresMissingError as exc:
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"CI must run the PostgreSQL tests, but {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


def _migrate(url: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        open_store(url, Path(folder))
        close_store()


@pytest.fixture(scope="session")
def postgres_test_database(postgres_server: PostgresServer) -> Iterator[ScratchDatabase]:
    database = ScratchDatabase(
        postgres_server, "reseller_test", prepare=_migrate, keep_rows_of=("schema_version",)
    )
    yield database
    database.close()


@pytest.fixture
def postgres_url(postgres_test_database: ScratchDatabase) -> str:
    """An empty PostgreSQL database (its public schema recreated for this test)."""
    return postgres_test_database.reset()


@pytest.fixture(scope="session")
def outage_database(postgres_server: PostgresServer) -> Iterator[ScratchDatabase]:
    """A database on a cluster of its own, which a test may stop and start again
    (``outage_database.server.stop_server()`` / ``.resume()``)."""
    server = PostgresServer.start(postgres_server.bin_dir)
    database = ScratchDatabase(server, "reseller_outage")
    yield database
    database.close()
    server.stop()


@pytest.fixture
def outage_url(outage_database: ScratchDatabase) -> Iterator[str]:
    """``outage_database`` emptied for this test; its server runs again when the test ends."""
    outage_database.server.resume()
    yield outage_database.reset()
    close_store()
    outage_database.server.resume()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """The store to test against, each test once per backend: None is the default SQLite file in
    the data folder, the other a database on the test PostgreSQL server, migrated and empty."""
    if request.param == "sqlite":
        return None
    # Migrated once, then only emptied between tests: a fresh migration costs ~60 ms on PostgreSQL
    # (tests/store covers migrating an empty PostgreSQL database).
    database: ScratchDatabase = request.getfixturevalue("postgres_test_database")
    return database.reset_prepared()


@pytest.fixture
def services(data_dir: Path, clock: FakeClock, database_url: str | None) -> Iterator[AppServices]:
    """The app's services on a fresh store, with the fake clock."""
    wired = open_services(data_dir, data_dir / "config", database=database_url, clock=clock)
    yield wired
    wired.customers.close()
    close_store()


@pytest.fixture
def valid_request() -> NewCustomerRequest:
    """A complete, valid request for a French customer."""
    return SAMPLE_REQUEST.with_changes(mca_date=date(2026, 11, 20), request_id=new_request_id())


@pytest.fixture
def answer_box(qtbot) -> Callable[[str], list[str]]:  # type: ignore[no-untyped-def]
    """Arrange for the next message box to be answered by clicking the button with ``text``.

    Returns a list that receives the box's text, so a test can assert on what the user read.
    """

    def arm(text: str) -> list[str]:
        seen: list[str] = []

        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, click)
                return
            seen.append(box.text())
            button = next((b for b in box.buttons() if b.text().replace("&", "") == text), None)
            assert isinstance(button, QAbstractButton), f"no button {text!r} in {box.text()!r}"
            button.click()

        QTimer.singleShot(0, click)
        return seen

    return arm
