"""From the command line: the simulator and Partner Center open their own default books, and a
database given with --database that belongs to the other backend stops the start with one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reseller_desktop.app import main
from reseller_desktop.services.customer_queries import ListQuery
from reseller_desktop.store.database import current_sqlite_file
from reseller_desktop.views.main_window import MainWindow
from tests.app_runs import close_all
from tests.services.customer_book import BookCustomer, add_customers
from tests.services.test_book_owner import TID, token

URL = "http://127.0.0.1:9"  # nothing is asked of it during the smoke test


pytestmark = pytest.mark.usefixtures("main_in_process")


def started_window() -> MainWindow:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert len(windows) == 1
    return windows[0]


def listed(window: MainWindow) -> list[str]:
    return [r.company for r in window.services.customers.page(ListQuery(), None, 100).rows]


def test_each_backend_starts_on_its_own_book(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 0
    assert current_sqlite_file() == data_dir / "customers.sqlite3"
    add_customers([BookCustomer("Simulated Bakery", "simbakery")])
    assert listed(started_window()) == ["Simulated Bakery"]
    close_all()

    monkeypatch.setenv("PARTNER_CENTER_ACCESS_TOKEN", token())
    assert main(["--smoke-test", "--data-dir", str(data_dir), "--partner-center", URL]) == 0
    assert current_sqlite_file() == data_dir / f"customers-partner-center-{TID.lower()}.sqlite3"
    assert listed(started_window()) == []
    close_all()

    argv = ["--smoke-test", "--data-dir", str(data_dir), "--partner-center", "simulator"]
    assert main(argv) == 0
    assert listed(started_window()) == ["Simulated Bakery"]


@pytest.mark.parametrize("first", ["simulator", URL])
def test_a_database_of_the_other_backend_stops_the_start_with_one_line(
    first: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PARTNER_CENTER_ACCESS_TOKEN", token())
    database = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    base = ["--smoke-test", "--data-dir", str(data_dir), "--database", database]
    assert main([*base, "--partner-center", first]) == 0
    close_all()
    capsys.readouterr()

    second = URL if first == "simulator" else "simulator"
    assert main([*base, "--partner-center", second]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"reseller-desktop: The database {database} holds the customers of ")
    owner, chosen = "the simulator", f"Partner Center (tenant {TID.lower()})"
    if first != "simulator":
        owner, chosen = chosen, owner
    assert f"holds the customers of {owner}, but {chosen} was chosen" in err[0]
