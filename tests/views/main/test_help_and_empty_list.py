"""The empty and the missing (issue 12, item 16): an empty list says how to start, a search that
finds nothing says so; the Help menu's About (version and licences, read from the installed
packages), Keyboard shortcuts (read from the windows' actions) and Where data lives."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from reseller_desktop import __version__
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.views.about import AboutDialog
from reseller_desktop.views.data_locations import DataLocationsDialog
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.shortcuts import KeyboardShortcutsDialog
from tests.views.main.test_main_window import type_search

NATIVE = QKeySequence.SequenceFormat.NativeText


def hint(window: MainWindow) -> str:
    """What the empty list says to the user ('' when nothing shows over the table)."""
    label = window.empty_hint.label
    return label.text() if label.isVisible() else ""


def modal(qtbot, kind: type) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_empty_list_says_how_to_start_and_a_fruitless_search_says_so(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    window = open_window()
    assert window.table.model().rowCount() == 0
    assert hint(window) == "No customers yet. Add customer (Ctrl+N)"
    label = window.empty_hint.label
    assert window.table.viewport().rect().contains(label.geometry())  # over the empty table
    # A quarter larger than the list's text.
    table_size = window.table.fontInfo().pointSizeF()
    assert label.fontInfo().pointSizeF() == pytest.approx(table_size * 1.25, abs=0.3)

    type_search(qtbot, window, "dupont")
    assert hint(window) == "No customer matches"
    type_search(qtbot, window, "")
    assert hint(window) == "No customers yet. Add customer (Ctrl+N)"

    created = services.onboarding.create_customer(valid_request).customer.id
    window.on_customer_created(created)  # what Submit does
    assert window.table.model().rowCount() == 1
    assert hint(window) == ""  # gone once there is a row

    type_search(qtbot, window, "nobody by that name")
    assert window.table.model().rowCount() == 0 and hint(window) == "No customer matches"
    type_search(qtbot, window, "dupont")
    assert hint(window) == ""
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findData("failed"))
    qtbot.waitUntil(lambda: hint(window) == "No customer matches")


def test_about_shows_the_version_and_every_library_with_its_licence(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window()
    window.ui.actionAbout.trigger()  # Help > About Reseller Desktop
    about = modal(qtbot, AboutDialog)
    assert isinstance(about, AboutDialog)
    ui = about.ui
    assert ui.nameLabel.text() == f"Reseller Desktop {__version__}"
    assert "GNU Lesser General Public License" in ui.lgplLabel.text()
    table = ui.librariesTable
    shown = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    # Every requirement of the app, as installed, with the licence its metadata declares.
    for requirement in ("PySide6-Essentials", "peewee", "platformdirs", "babel"):
        installed = metadata.distribution(requirement)
        name = installed.metadata["Name"]
        assert shown[name][0] == installed.version
    assert "LGPL-3.0" in shown[metadata.distribution("PySide6-Essentials").metadata["Name"]][1]
    assert shown["Qt"][1].startswith("LGPL-3.0")
    assert shown["peewee"][1] == "MIT" and shown["babel"][1] == "BSD-3-Clause"
    assert shown["phonenumberslite"][1] == "Apache-2.0"
    assert "shiboken6" in shown and "idna" in shown  # what the requirements need in turn

    # The licence text of the selected library, as installed with it.
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "peewee")
    table.setFocus()
    table.selectRow(row)
    assert "Permission is hereby granted" in ui.licenceText.toPlainText()
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not about.isVisible())


def test_keyboard_shortcuts_lists_every_action_of_the_window_and_the_wizard(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window()
    window.ui.actionAbout.trigger()  # a dialog seen before: its keys are not the window's
    modal(qtbot, AboutDialog).close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_F1)  # Help > Keyboard shortcuts
    dialog = modal(qtbot, KeyboardShortcutsDialog)
    assert isinstance(dialog, KeyboardShortcutsDialog)
    rows = dialog.rows()
    listed = {(keys, what) for keys, what, _where in rows}
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(actions) >= 5
    for action in actions:
        what = action.text().replace("&", "").rstrip("…")
        assert (action.shortcut().toString(NATIVE), what) in listed, what
    assert ("Ctrl+N", "Add customer") in listed and ("F1", "Keyboard shortcuts") in listed
    assert ("Alt+H", "Open the Help menu") in listed
    assert not any("About Qt" in what or "licence" in what for _keys, what in listed)
    # The wizard: its buttons, and each page's fields by their mnemonics.
    wizard_rows = [(keys, what) for keys, what, where in rows if where.startswith("Add customer")]
    assert ("Alt+S", "Submit") in wizard_rows and ("Alt+D", "Done") in wizard_rows
    assert ("Alt+A", "Add another customer") in wizard_rows
    assert any(what == "Go to Select offer" for _keys, what in wizard_rows)
    assert any(where == "Add customer: Offer" for _k, _w, where in rows)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Generated from the actions: a changed shortcut shows as it is.
    window.ui.actionExport.setShortcut(QKeySequence("Ctrl+Shift+E"))
    window.ui.actionShortcuts.trigger()
    dialog = modal(qtbot, KeyboardShortcutsDialog)
    assert isinstance(dialog, KeyboardShortcutsDialog)
    assert ("Ctrl+Shift+E", "Export to CSV") in {(k, w) for k, w, _ in dialog.rows()}
    dialog.reject()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """A log file, as the app sets one up at start."""
    path = tmp_path / "logs" / "reseller-desktop.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path)
    logging.getLogger().addHandler(handler)
    yield path
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_where_data_lives_names_the_folders_of_this_session(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    log_file: Path,
) -> None:
    window = open_window()
    window.ui.actionDataLocations.trigger()  # Help > Where data lives
    dialog = modal(qtbot, DataLocationsDialog)
    assert isinstance(dialog, DataLocationsDialog)
    shown = dialog.shown()
    data = services.data_dir
    assert shown["Data folder"] == str(data)
    assert shown["Customer database"].startswith(str(data / "customers.sqlite3"))
    assert "backups" in shown["Customer database"]
    assert shown["Unfinished customers (drafts)"] == str(data / "drafts")
    assert shown["Log file"] == str(log_file)
    assert shown["Configuration folder"].startswith(str(data / "config"))
    assert shown["Offer catalog"] == f"{services.catalog.source} (shipped with the app)"
    assert shown["Preferences file"] == QSettings().fileName()
    dialog.reject()
