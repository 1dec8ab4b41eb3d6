"""The import's other ways in and its bad input: the column-mapping step, a dropped file, a bad
file's message, the template, and the customer list's export neutralising formulas."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from reseller_desktop.app import build_parser
from reseller_desktop.domain.spreadsheet_safety import neutralise
from reseller_desktop.services.bulk_import.reading import read_sheet
from reseller_desktop.services.bulk_import.template import template_rows
from reseller_desktop.store.models import Customer
from reseller_desktop.views.bulk_import import credentials, open_import
from reseller_desktop.views.bulk_import.mapping import ColumnMappingDialog
from reseller_desktop.views.bulk_import.window import save_template
from reseller_desktop.views.export import safe_cell
from reseller_desktop.views.main_window import MainWindow
from tests.views.bulk_import.conftest import cell, customer, english_file, import_windows


def test_unknown_and_missing_columns_are_mapped_by_the_user(
    qtbot, main_window: MainWindow, opened, tmp_path: Path
) -> None:
    rows = [customer(1), customer(2)]
    path = english_file(tmp_path / "odd.csv", rows)
    # Rename the Offer column to something the import does not know.
    text = path.read_text(encoding="utf-8").replace(",Offer,", ",Produit Microsoft,", 1)
    path.write_text(text, encoding="utf-8")
    open_import(main_window, path)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ColumnMappingDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ColumnMappingDialog)
    assert "Offer" in dialog.missing_label.text()
    index = dialog.result_mapping().headers.index("Produit Microsoft")
    combo = dialog.combos[index]
    assert combo.currentData() is None  # "— Ignore —" until the user chooses
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("offer"))
    assert dialog.missing_label.text() == ""
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Continue")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    window = opened()
    assert window.counts_label.text() == "2 ready"
    window.close()


def test_a_binary_file_says_why_and_creates_nothing(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" * 100)
    window = open_import(main_window, path)
    assert window is not None
    qtbot.waitUntil(lambda: "not a CSV file" in window.message_label.text())
    assert "Nothing was created" in window.message_label.text()
    assert not window.create_button.isEnabled()
    assert Customer.select().count() == 0
    window.close()


def test_a_csv_dropped_on_the_main_window_opens_the_import(
    qtbot, main_window: MainWindow, opened, tmp_path: Path
) -> None:
    path = english_file(tmp_path / "dropped.csv", [customer(1)])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    QApplication.sendEvent(main_window, enter)
    assert enter.isAccepted()
    # Qt delivers a drop only during a real drag (its drag manager): hand it to the window's
    # drop handler as Qt would.
    drop = QDropEvent(QPointF(10, 10), *args)
    assert main_window.import_drops.eventFilter(main_window, drop)  # type: ignore[attr-defined]
    window = opened()
    assert window.counts_label.text() == "1 ready"
    assert str(path) in window.file_label.text()
    window.close()
    assert import_windows() == []


def test_save_a_template(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "template"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    saved = save_template(main_window)
    assert saved == tmp_path / "template.csv"
    sheet = read_sheet(saved)
    assert [sheet.headers, list(sheet.rows[0].cells)] == template_rows()


def test_the_import_option_is_accepted() -> None:
    args = build_parser().parse_args(["--import", "clients.csv"])
    assert args.import_file == Path("clients.csv")


def test_both_exports_neutralise_formula_cells() -> None:
    for value in ('=HYPERLINK("http://evil","x")', "+33 1 42", "-2", "@SUM(A1)", "\t=1"):
        assert safe_cell(value) == neutralise(value) == "'" + value
    assert safe_cell("Dupont") == "Dupont"
    rows = list(csv.reader([",".join(neutralise(v) for v in ("=1+1", "ok"))]))
    assert rows == [["'=1+1", "ok"]]


def test_an_already_created_row_offers_reset_admin_password(
    qtbot, main_window: MainWindow, services, opened, answer_box, tmp_path: Path
) -> None:
    from reseller_desktop.services.bulk_import.run import create_row

    first = create_row(services.onboarding, services.catalog, 0, customer(1))
    assert first.password
    open_import(main_window, english_file(tmp_path / "again.csv", [customer(1)]))
    window = opened()
    assert window.counts_label.text() == "1 already created"
    assert not window.copy_button.isEnabled()
    window.table.setCurrentIndex(window.proxy.index(0, 1))
    assert window.reset_button.isEnabled()
    qtbot.mouseClick(window.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.copy_button.isEnabled, timeout=10_000)
    assert window.model is not None
    new_password = window.model.index(0, window.model.password_column).data()
    assert new_password and new_password != first.password
    seen = answer_box("I have copied the information")
    window.close()
    assert seen and not window.isVisible()


def test_a_file_changed_on_disk_asks_before_creating(
    qtbot, main_window: MainWindow, opened, answer_box, tmp_path: Path
) -> None:
    path = english_file(tmp_path / "moving.csv", [customer(1)])
    open_import(main_window, path)
    window = opened()
    english_file(path, [customer(1), customer(2)])  # saved again in Excel meanwhile
    seen = answer_box("Reload the file")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert seen == ["The file changed on disk since it was loaded."]
    qtbot.waitUntil(
        lambda: window.model is not None and window.counts_label.text() == "2 ready",
        timeout=10_000,
    )
    assert Customer.select().count() == 0
    window.close()


def test_closing_the_main_window_asks_about_uncopied_passwords_first(
    qtbot, main_window: MainWindow, opened, answer_box, tmp_path: Path, monkeypatch
) -> None:
    open_import(main_window, english_file(tmp_path / "one.csv", [customer(1)]))
    window = opened()
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.counts_label.text() == "1 created", timeout=20_000)
    titles: list[str] = []
    real_ask = credentials.ask

    def ask(parent, title: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        titles.append(title)
        return real_ask(parent, title, *args, **kwargs)

    monkeypatch.setattr(credentials, "ask", ask)
    seen = answer_box("Go to page")
    main_window.close()
    assert seen == ["Did you copy the customer and subscription information?"]
    assert titles == ["Import customers"]  # the import's own title, not the wizard's
    assert main_window.isVisible() and window.isVisible()
    answer_box("I have copied the information")
    main_window.close()
    assert not window.isVisible() and not main_window.isVisible()


def test_an_indirect_provider_imports_for_its_resellers_and_own_domains_are_refused(
    qtbot, main_window: MainWindow, services, opened, answer_box, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from reseller_desktop.views.gdap_templates import INDIRECT, PARTNER_TYPE_KEY
    from reseller_desktop.views.preferences import PARTNER_DOMAINS_KEY
    from tests.views.bulk_import.test_import_flow import edit_cell

    QSettings().setValue(PARTNER_TYPE_KEY, INDIRECT)
    QSettings().setValue(PARTNER_DOMAINS_KEY, ["fabrikam.fr"])
    path = english_file(
        tmp_path / "indirect.csv",
        [
            customer(1, reseller="Alpine IT Services"),
            customer(2, reseller=""),
            customer(3, reseller="Alpine IT Services", email="jo@sales.fabrikam.fr"),
        ],
    )
    open_import(main_window, path)
    dialog = opened()
    assert dialog.counts_label.text() == "1 ready, 2 need fixing"
    assert "Enter the reseller" in cell(dialog, 1, 2)
    assert "fabrikam.fr" in cell(dialog, 2, 2)
    edit_cell(qtbot, dialog, 1, "reseller", "bureautique du rhone")  # accents optional
    qtbot.waitUntil(lambda: dialog.counts_label.text() == "2 ready, 1 needs fixing", timeout=5000)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 created" in dialog.counts_label.text(), timeout=20_000)
    assert sorted(c.reseller_name for c in Customer.select()) == [
        "Alpine IT Services",
        "Bureautique du Rhône",
    ]
    answer_box("I have copied the information")
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
