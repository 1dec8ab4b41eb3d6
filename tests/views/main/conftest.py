"""The customer management window on a fresh SQLite store, shown offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import build_live
from reseller_desktop.views.main_window import MainWindow


@pytest.fixture
def database_url() -> str | None:
    """The views are tested on SQLite; the services' tests cover PostgreSQL too."""
    return None


@pytest.fixture
def open_window(qtbot, services: AppServices):  # type: ignore[no-untyped-def]
    """Make a MainWindow as the app does (restoring its settings) and show it."""

    def make() -> MainWindow:
        window = MainWindow(services, build_live(services))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def cell(window: MainWindow, row: int, column: int) -> str:
    return str(window.table.model().index(row, column, QModelIndex()).data() or "")


def column_texts(window: MainWindow, column: int) -> list[str]:
    return [cell(window, row, column) for row in range(window.table.model().rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents included (QTest's keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
