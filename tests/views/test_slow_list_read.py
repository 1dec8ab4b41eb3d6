"""A list read that passes its time limit on a PostgreSQL server that still answers (a search on a
very big book, a table another session holds locked) is a slow search, not an outage: the window
says "Searching…", never "offline", and shows the answer when it comes. On a server that does not
answer (frozen), the same late read is an outage, as before."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg2
import pytest
from PySide6.QtCore import Qt

from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.store.database import close_store
from reseller_desktop.views import customer_model
from reseller_desktop.views.customer_model import COMPANY
from reseller_desktop.views.main_window import MainWindow
from tests.conftest import FakeClock
from tests.pg_server import ScratchDatabase
from tests.services.customer_book import add_customers, varied
from tests.views.main.conftest import cell, type_text
from tests.views.test_team_mode_window import open_window

LIMIT_MS = 200  # the read's time limit, shortened for the test


def status_text(window: MainWindow) -> str:
    return window._count_label.text()


@contextmanager
def customer_table_locked(url: str) -> Iterator[Any]:
    """Another session holding the customer table locked until the block ends (or until the
    caller rolls the yielded connection back)."""
    blocker = psycopg2.connect(url)
    try:
        blocker.cursor().execute("LOCK TABLE customer IN ACCESS EXCLUSIVE MODE")
        yield blocker
    finally:
        blocker.rollback()
        blocker.close()


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customer_model, "READ_TIMEOUT_MS", LIMIT_MS)


@pytest.fixture
def team_services(
    postgres_test_database: ScratchDatabase, data_dir: Path, clock: FakeClock
) -> Iterator[tuple[AppServices, str]]:
    url = postgres_test_database.reset_prepared()
    services = open_services(data_dir, data_dir / "config", database=url, clock=clock)
    yield services, url
    close_store()


@dataclass
class Team:
    """The window on a 40-customer team book, and every online change its monitor made."""

    window: MainWindow
    url: str
    outages: list[bool]


@pytest.fixture
def team(qtbot, team_services: tuple[AppServices, str], short_limit: None) -> Iterator[Team]:  # type: ignore[no-untyped-def]
    services, url = team_services
    add_customers(varied(40))
    window = open_window(qtbot, services)
    outages: list[bool] = []
    window.live_services.monitor.online_changed.connect(outages.append)
    yield Team(window, url, outages)
    window.close()


def test_a_search_slower_than_the_limit_on_a_live_server_settles_without_an_outage(
    qtbot,  # type: ignore[no-untyped-def]
    team: Team,
) -> None:
    window, url, outages = team.window, team.url, team.outages
    monitor = window.live_services.monitor
    # What the status bar said while the search ran, and what the monitor's check found. (The
    # read runs while the window's event loop turns inside the search's call, so the test
    # listens rather than polls.)
    said: list[str] = []
    window.model.loading_changed.connect(lambda _loading: said.append(status_text(window)))
    checks: list[bool] = []

    # Another session holds the table locked: the window's next read waits on the server, which
    # still answers a new connection at once. The lock goes once the monitor found it answers.
    with customer_table_locked(url) as blocker:

        def checked(answered: bool) -> None:
            checks.append(answered)
            blocker.rollback()

        monitor.suspicion_checked.connect(checked)
        source = cell(window, 0, COMPANY)
        term = source[:6]
        window.ui.searchEdit.setFocus()
        type_text(window.ui.searchEdit, term)
        qtbot.waitUntil(lambda: bool(checks), timeout=5000)
    qtbot.waitUntil(lambda: status_text(window).startswith("Matches"), timeout=5000)
    shown = [cell(window, row, COMPANY) for row in range(window.model.rowCount())]
    assert source in shown and all(term.casefold() in name.casefold() for name in shown)
    assert status_text(window) == f"Matches: {len(shown)}"
    assert checks == [True] and said[0] == "Searching…"
    assert outages == [] and monitor.is_online()
    assert not window.live.indicator.isVisible()


def test_a_read_the_server_stops_at_its_time_out_is_said_so_not_an_outage(
    qtbot,  # type: ignore[no-untyped-def]
    team: Team,
) -> None:
    window, url, outages = team.window, team.url, team.outages
    monitor = window.live_services.monitor
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)

    # The table stays locked past the server's lock time-out (5 s): it stops the read.
    with customer_table_locked(url):
        source = cell(window, 0, COMPANY)
        window.ui.searchEdit.setFocus()
        type_text(window.ui.searchEdit, source[:6])
        qtbot.waitUntil(lambda: any("took too long" in text for text in said), timeout=15_000)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("The database stopped a request that took too long. It still answers")
    )
    assert outages == [] and monitor.is_online()
    assert not window.live.indicator.isVisible()
    assert status_text(window) != "Searching…"

    assert window.model.rowCount() == 40  # the last list stays until the search answers

    # Enter in the search box, once the table is free, searches again.
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() < 40, timeout=5000)
    shown = [cell(window, row, COMPANY) for row in range(window.model.rowCount())]
    assert source in shown and all(source[:6].casefold() in name.casefold() for name in shown)
    assert status_text(window) == f"Matches: {len(shown)}"
