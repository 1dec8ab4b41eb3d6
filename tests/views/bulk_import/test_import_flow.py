"""The whole import from the main window: load a French Excel file, fix a cell, create, copy the
credentials, the copy warning; Stop then re-import; a failing row retried; no secret on disk."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from reseller_desktop.services.bulk_import.request_ids import bulk_request_id
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer
from reseller_desktop.views.bulk_import import open_import
from reseller_desktop.views.bulk_import.window import ImportWindow
from reseller_desktop.views.main_window import MainWindow
from tests.views.bulk_import.conftest import cell, customer, english_file, french_excel_file


def edit_cell(qtbot, dialog: ImportWindow, row: int, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the cell as a user does: select it, F2, replace the text, Enter."""
    assert dialog.model is not None
    column = dialog.model.column_of(key)
    index = dialog.proxy.mapFromSource(dialog.model.index(row, column))
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(index)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def secrets_on_disk(folder: Path, passwords: list[str]) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(p.encode() in data or p.encode("utf-16-le") in data for p in passwords):
                found.append(path)
    return found


def test_load_fix_create_copy_and_close(
    qtbot,
    main_window: MainWindow,
    services: AppServices,
    opened,
    answer_box,
    tmp_path,
    monkeypatch,
    data_dir,
) -> None:
    path = french_excel_file(
        tmp_path / "clients.csv",
        [customer(1), customer(2, email="camille@@example"), customer(3)],
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action = main_window.import_action  # type: ignore[attr-defined]
    assert action.shortcut() == QKeySequence("Ctrl+I")
    action.trigger()
    dialog = opened()

    assert dialog.counts_label.text() == "2 ready, 1 needs fixing"
    assert cell(dialog, 0, "company_name") == "Crème Brûlée 1"  # Windows-1252 read right
    assert cell(dialog, 1, 1) == "Needs fixing"
    assert "mail" in cell(dialog, 1, 2).lower()
    assert (
        not dialog.create_button.isEnabled() or dialog.create_button.text() == "&Create 2 customers"
    )
    dialog.only_problems.setChecked(True)
    assert dialog.proxy.rowCount() == 1
    dialog.only_problems.setChecked(False)

    edit_cell(qtbot, dialog, 1, "email", "camille@example.fr")
    qtbot.waitUntil(lambda: dialog.counts_label.text() == "3 ready", timeout=5000)
    assert Customer.select().count() == 0  # nothing written before Create
    assert dialog.create_button.text() == "&Create 3 customers"

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.counts_label.text() == "3 created", timeout=20_000)
    assert Customer.select().count() == 3
    assert main_window.model.rowCount() == 3  # in the list at once
    passwords = [cell(dialog, i, dialog.model.password_column) for i in range(3)]
    assert all(len(p) >= 12 for p in passwords)

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert [line.split("\t") for line in lines] == [
        [
            f"Crème Brûlée {n}",
            f"cremebrulee{n}.onmicrosoft.com",
            f"admin@cremebrulee{n}.onmicrosoft.com",
            passwords[n - 1],
        ]
        for n in (1, 2, 3)
    ]

    seen = answer_box("Go to page")
    dialog.close()
    assert seen == ["Did you copy the customer and subscription information?"]
    assert dialog.isVisible()  # back to the table and its passwords
    answer_box("I have copied the information")
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert secrets_on_disk(data_dir, passwords) == []
    assert secrets_on_disk(tmp_path, passwords) == []


def test_stop_then_import_again_creates_nothing_twice(
    qtbot, main_window: MainWindow, services: AppServices, opened, answer_box, tmp_path
) -> None:
    path = english_file(tmp_path / "batch.csv", [customer(n) for n in range(1, 6)])
    dialog = open_import(main_window, path)
    assert dialog is not None
    dialog = opened()
    assert dialog.counts_label.text() == "5 ready"

    def stop_after_first(_outcome: object) -> None:
        dialog.run.row_finished.disconnect(stop_after_first)  # type: ignore[union-attr]
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.run is not None
    dialog.run.row_finished.connect(stop_after_first)
    qtbot.waitUntil(lambda: not dialog.run.running(), timeout=20_000)
    assert "Stopped after 1 of 5" in dialog.message_label.text()
    assert dialog.counts_label.text() == "4 ready, 1 created"
    assert Customer.select().count() == 1
    answer_box("I have copied the information")
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The same file, one cell changed in it meanwhile (the contact's phone): no duplicate.
    rows = [customer(n) for n in range(1, 6)]
    rows[0]["phone"] = "+33 1 42 68 53 99"
    english_file(path, rows)
    again = open_import(main_window, path)
    assert again is not None
    again = opened()
    assert again.counts_label.text() == "4 ready, 1 already created"
    assert cell(again, 0, 1) == "Already created"
    qtbot.mouseClick(again.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: again.counts_label.text() == "1 already created, 4 created", timeout=20_000
    )
    keys = [c.domain_key for c in Customer.select()]
    assert sorted(keys) == [f"cremebrulee{n}" for n in range(1, 6)]
    assert Customer.get(Customer.domain_key == "cremebrulee1").request_id == bulk_request_id(
        "cremebrulee1"
    )
    answer_box("I have copied the information")
    again.close()


def test_a_failing_row_is_fixed_and_retried_from_the_table(
    qtbot,
    main_window: MainWindow,
    services: AppServices,
    opened,
    answer_box,
    tmp_path,
    valid_request,
) -> None:
    path = english_file(tmp_path / "two.csv", [customer(1), customer(2)])
    open_import(main_window, path)
    dialog = opened()
    assert dialog.counts_label.text() == "2 ready"
    # Someone creates cremebrulee2 with the wizard meanwhile: its row fails at Create.
    services.onboarding.create_customer(valid_request.with_changes(domain_prefix="cremebrulee2"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.counts_label.text() == "1 created, 1 failed", timeout=20_000)
    assert "already taken" in cell(dialog, 1, 2)
    assert dialog.model is not None and "domain_prefix" in dialog.model.problems(1)
    assert not dialog.create_button.isEnabled()

    edit_cell(qtbot, dialog, 1, "domain_prefix", "cremebrulee2bis")
    qtbot.waitUntil(lambda: dialog.counts_label.text() == "1 ready, 1 created", timeout=5000)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.counts_label.text() == "2 created", timeout=20_000)
    assert Customer.select().where(Customer.domain_key == "cremebrulee2bis").count() == 1
    answer_box("I have copied the information")
    dialog.close()


def test_results_export_has_no_password_and_no_live_formula(
    qtbot, main_window: MainWindow, opened, answer_box, tmp_path, monkeypatch
) -> None:
    rows = [customer(1), customer(2, company_name='=HYPERLINK("http://evil.example","x")')]
    open_import(main_window, english_file(tmp_path / "f.csv", rows))
    dialog = opened()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 created" in dialog.counts_label.text(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog.run is not None and not dialog.run.running())
    password = cell(dialog, 0, dialog.model.password_column)  # type: ignore[union-attr]
    out = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = out.read_text(encoding="utf-8-sig")
    assert password not in text
    table = list(
        csv.reader(text.splitlines(), delimiter="," if "," in text.splitlines()[0] else ";")
    )
    assert table[2][1] == '\'=HYPERLINK("http://evil.example","x")'
    assert table[1][4] == "Created"
    answer_box("I have copied the information")
    dialog.close()
