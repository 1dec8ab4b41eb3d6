"""The command line: options, the smoke test, and one-line errors instead of tracebacks."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pytest
from peewee import DatabaseError as PeeweeDatabaseError
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reseller_desktop import __version__
from reseller_desktop import app as app_module
from reseller_desktop.app import main
from reseller_desktop.store import database

pytestmark = pytest.mark.usefixtures("main_in_process")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"reseller-desktop {__version__}"


def test_smoke_test_passes_and_creates_the_store(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 0
    assert "smoke test passed" in capsys.readouterr().out
    assert (data_dir / "customers.sqlite3").is_file()
    assert (data_dir / "logs" / "reseller-desktop.log").is_file()


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_bad_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--provisioning-speed", "fast"])
    assert info.value.code == 2
    assert "--provisioning-speed" in one_line_error(capsys)
    assert gc.isenabled()  # main() rests the garbage collector only while it starts


def test_the_garbage_collector_works_again_after_main_whatever_the_way_out(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 0
    assert gc.isenabled()
    assert main(["--smoke-test", "--data-dir", str(data_dir), "--database", "oracle://db"]) == 1
    assert gc.isenabled()


def test_postgresql_without_the_driver_says_what_to_install(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "_postgres_driver_missing", lambda: True)
    code = main(["--smoke-test", "--data-dir", str(data_dir), "--database", "postgresql://x@h/db"])
    assert code == 1
    assert "reseller-desktop[postgres]" in one_line_error(capsys)


def test_unreachable_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "file").write_text("x")
    url = f"sqlite:///{data_dir}/file/customers.db"
    assert main(["--smoke-test", "--data-dir", str(data_dir), "--database", url]) == 1
    assert "Cannot create the database file" in one_line_error(capsys)


def test_unknown_database_scheme(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--smoke-test", "--data-dir", str(data_dir), "--database", "oracle://db"])
    assert code == 1
    assert "is not usable" in one_line_error(capsys)


def test_partner_catalog_override(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offer = {
        "id": "CFQ7TTC0LH18",
        "name": "Basic",
        "family": "business",
        "min_seats": 1,
        "max_seats": 300,
        "terms": {"P1Y": ["annual"]},
    }
    broken = {"offers": [offer, {**offer, "id": "BAD", "name": "Broken offer"}]}
    (data_dir / "offers.json").write_text(json.dumps(broken))
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 1
    line = one_line_error(capsys)
    assert "offer #2 (BAD)" in line and "'id'" in line


# -- unexpected errors, a damaged database, and boxes during --smoke-test


@pytest.fixture
def exception_hook(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The app's exception hook as a normal (not smoke-test) run installs it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(app_module._Run, "smoke_test", False)
    monkeypatch.setattr(app_module._Run, "failures", [])
    quits: list[int] = []
    monkeypatch.setattr(app_module, "_quit", quits.append)
    app_module._install_exception_dialog()
    return sys.excepthook, quits


def read_next_box(qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Close the next message box with its escape button; what it said."""
    seen: dict[str, str] = {}

    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, close)
            return
        seen.update(name=box.objectName(), text=box.text(), informative=box.informativeText())
        box.reject()

    QTimer.singleShot(0, close)
    return seen


def test_the_unexpected_error_box_promises_nothing(qtbot, exception_hook) -> None:
    hook, quits = exception_hook
    seen = read_next_box(qtbot)
    hook(RuntimeError, RuntimeError("boom"), None)
    assert seen["name"] == "unexpectedErrorBox"
    assert seen["text"] == "Something went wrong: an unexpected error occurred."
    assert "safe" not in seen["text"] + seen["informative"]
    assert "RuntimeError" in seen["informative"]
    assert not quits  # the app goes on


def test_a_damaged_database_says_where_the_backups_are(
    qtbot, exception_hook, data_dir: Path
) -> None:
    database.open_store(None, data_dir)
    backup = data_dir / "customers.sqlite3.v2-20260101-120000.bak"
    backup.write_bytes(b"a backup")
    hook, quits = exception_hook
    seen = read_next_box(qtbot)
    malformed = PeeweeDatabaseError("database disk image is malformed")
    hook(PeeweeDatabaseError, malformed, None)
    assert seen["name"] == "damagedDatabaseBox"
    path = data_dir / "customers.sqlite3"
    assert seen["text"] == f"The customer database {path} is damaged: it cannot be read."
    assert f"in {data_dir} (the newest: {backup.name})" in seen["informative"]
    assert "copy the backup to customers.sqlite3" in seen["informative"]
    assert quits[-1:] == [1]  # the app closes: nothing more is written to a damaged file


def test_no_box_can_hold_up_the_smoke_test(
    qtbot, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reseller_desktop.views.dialogs import inform
    from reseller_desktop.views.main_window import MainWindow

    def show_with_a_question(window: QWidget) -> None:
        inform(window, "Reseller Desktop", "A question nobody is there to answer")

    monkeypatch.setattr(MainWindow, "show", show_with_a_question)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    rescue = QTimer()  # if the app's own guard failed: close the box rather than hang the tests
    rescue.setSingleShot(True)
    rescue.timeout.connect(lambda: QApplication.activeModalWidget().close())
    rescue.start(10_000)
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 1
    assert rescue.isActive(), "the box stayed open until the test closed it"
    rescue.stop()
    line = one_line_error(capsys)
    assert line == (
        "reseller-desktop: a dialog opened during the smoke test: "
        "A question nobody is there to answer"
    )
