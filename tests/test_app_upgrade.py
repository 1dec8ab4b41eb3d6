"""Starting on a book written by an earlier version: while its upgrade runs, a window says which
step runs and for how long, the user may stop it (after a question), and a quick upgrade shows no
window at all.

The book is today's with one step more: a step that waits for the test (so that the test looks at
the window while it runs), or a real long statement (a count to a billion) for the stop.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reseller_desktop.app import main
from reseller_desktop.store import migrations
from reseller_desktop.store.database import close_store, open_store
from reseller_desktop.views.upgrade_window import UpgradeWindow
from tests.store.test_book_upgrade import long_statement

pytestmark = pytest.mark.usefixtures("main_in_process")


@pytest.fixture
def book(data_dir: Path) -> Path:
    """Today's book, with a customer's worth of tables: the next start upgrades it."""
    open_store(None, data_dir)
    close_store()
    return data_dir


def upgrade_window() -> UpgradeWindow | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeWindow)]
    return next((w for w in found if w.isVisible()), None)


def version_of(data_dir: Path) -> int:
    db = open_store(None, data_dir, upgrade=lambda _db: None)
    version = migrations.current_version(db)
    close_store()
    return version


def watch(every_ms: int, look: object) -> QTimer:
    """Call ``look()`` every ``every_ms`` while main() runs (its event loop turns the timer)."""
    timer = QTimer()
    timer.setInterval(every_ms)
    timer.timeout.connect(look)  # type: ignore[arg-type]
    timer.start()
    return timer


def test_the_window_says_the_step_and_the_time_and_escape_asks_before_stopping(
    book: Path, monkeypatch: pytest.MonkeyPatch, qtbot, answer_box
) -> None:
    released = threading.Event()

    def waiting_step(db: Database) -> None:
        assert released.wait(30), "the test never let the step end"
        db.execute_sql("CREATE TABLE upgrade_marker (id INTEGER)")

    today = migrations.latest_version()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, waiting_step])
    seen: dict[str, object] = {}

    def look() -> None:
        window = upgrade_window()
        if window is None or released.is_set():
            return
        seen.setdefault("step", window.step_label.text())
        seen.setdefault("busy", window.bar.maximum() == 0)
        if "asked" not in seen:
            seen["asked"] = answer_box("Continue the update")
            qtbot.keyClick(window, Qt.Key.Key_Escape)  # asks; the answer lets it go on
            seen["still shown"] = window.isVisible() and window.stop_button.isEnabled()
        elif window.elapsed_label.text() != "Elapsed time: 0 s":
            seen["elapsed"] = window.elapsed_label.text()
            released.set()

    timer = watch(50, look)
    code = main(["--smoke-test", "--data-dir", str(book)])
    timer.stop()
    assert code == 0
    assert seen["step"] == "Step 1 of 1: updating the tables"
    assert seen["busy"] is True, "a statement that cannot say how far it is: the bar moves"
    assert seen["asked"] == ["Stop the update and quit?"]
    assert seen["still shown"] is True
    assert seen["elapsed"] in ("Elapsed time: 1 s", "Elapsed time: 2 s")
    assert upgrade_window() is None, "the window goes when the upgrade is done"
    assert version_of(book) == today + 1


def test_stop_and_quit_rolls_back_the_step_and_says_it_goes_on_next_time(
    book: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
    answer_box,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def long_step(db: Database) -> None:
        db.execute_sql("CREATE TABLE upgrade_marker (id INTEGER)")
        long_statement(db)

    today = migrations.latest_version()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, long_step])
    asked: list[list[str]] = []

    def look() -> None:
        window = upgrade_window()
        if window is None or asked or not window.step_label.text().startswith("Step 1 of 1"):
            return
        asked.append(answer_box("Stop and quit"))
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)

    timer = watch(50, look)
    code = main(["--smoke-test", "--data-dir", str(book)])
    timer.stop()
    assert code == 1
    assert asked == [["Stop the update and quit?"]]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert "update of the customer database was stopped" in err[0]
    assert "goes on the next time Reseller Desktop starts" in err[0]
    assert version_of(book) == today
    db = open_store(None, book, upgrade=lambda _db: None)
    assert not db.table_exists("upgrade_marker"), "the stopped step left nothing"
    close_store()


def test_a_quick_upgrade_shows_no_window(book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def quick_step(db: Database) -> None:
        db.execute_sql("CREATE TABLE upgrade_marker (id INTEGER)")

    today = migrations.latest_version()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, quick_step])
    shown: list[QWidget] = []
    timer = watch(5, lambda: shown.extend(w for w in [upgrade_window()] if w is not None))
    assert main(["--smoke-test", "--data-dir", str(book)]) == 0
    timer.stop()
    assert shown == []
    assert version_of(book) == today + 1
