"""How the import is reached: Customers › Import customers… (Ctrl+I), Save an import
template…, a .csv dropped on the main window, and ``--import FILE`` (app.py)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from reseller_desktop.views.bulk_import.window import ImportWindow

IMPORTABLE = (".csv", ".txt", ".tsv")


def open_import(window: QMainWindow, path: Path | None = None) -> ImportWindow | None:
    """Open an import window on ``path`` (None: ask for a file first)."""
    # The window's modules load on first use: they are a sixth of the app's start-up imports.
    from reseller_desktop.views.bulk_import.window import ImportWindow, choose_import_file

    if path is None:
        path = choose_import_file(window)
        if path is None:
            return None
    services = window.services  # type: ignore[attr-defined]
    live = window.live_services  # type: ignore[attr-defined]
    dialog = ImportWindow(services, live, window)
    opened: list[ImportWindow] = window.__dict__.setdefault("import_windows", [])
    opened.append(dialog)

    def created(customer_id: object) -> None:
        if isinstance(customer_id, uuid.UUID):
            window.on_customer_created(customer_id)  # type: ignore[attr-defined]

    def forget(_result: int) -> None:
        if dialog in opened:
            opened.remove(dialog)
        dialog.deleteLater()

    dialog.customer_created.connect(created)
    dialog.finished.connect(forget)
    dialog.show()
    dialog.load(Path(path))
    return dialog


class _Drops(QObject):
    """A .csv dropped anywhere on the main window opens the import; closing the main window
    first closes the import windows (their copy warning; a run stops after its customer)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    @staticmethod
    def _file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        urls = [u for u in mime.urls() if u.isLocalFile()]
        if len(urls) != 1:
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in IMPORTABLE else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self._window:
            for dialog in list(self._window.__dict__.get("import_windows", [])):
                if dialog.isVisible():
                    dialog.close()
                    if dialog.isVisible():  # "Go to page", or a run finishing its customer
                        event.ignore()
                        return True
            return False
        if isinstance(event, (QDragEnterEvent, QDropEvent)) and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            path = self._file(event)
            if path is None:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                open_import(self._window, path)
            return True
        return False


def install_import(window: QMainWindow) -> None:
    """Add the menu actions and accept dropped files (called once by the main window)."""
    ui = window.ui  # type: ignore[attr-defined]
    action = QAction(QCoreApplication.translate("BulkImport", "&Import customers…"), window)
    action.setObjectName("actionImportCustomers")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(
        QCoreApplication.translate("BulkImport", "Create many customers from a spreadsheet (CSV)")
    )
    action.triggered.connect(lambda: open_import(window))
    template = QAction(
        QCoreApplication.translate("BulkImport", "Save an import &template…"), window
    )
    template.setObjectName("actionImportTemplate")
    template.triggered.connect(lambda: _save_template(window))
    ui.customersMenu.insertAction(ui.actionDetails, action)
    ui.customersMenu.insertAction(ui.actionDetails, template)
    window.import_action = action  # type: ignore[attr-defined]
    window.setAcceptDrops(True)
    drops = _Drops(window)
    window.import_drops = drops  # type: ignore[attr-defined]  # keeps the Python filter alive
    window.installEventFilter(drops)


def _save_template(window: QMainWindow) -> None:
    from reseller_desktop.views.bulk_import.window import save_template

    save_template(window)
