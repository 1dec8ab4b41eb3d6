"""The main window finds its table's viewport among the table's children (views/viewport.py)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView, QWidget

from reseller_desktop.views.viewport import viewport_of


class PaintSeen(QObject):
    """An event filter parented to what it watches, held by nothing in Python."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.paints = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_it_is_the_tables_viewport_also_after_set_viewport(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableView()
    qtbot.addWidget(table)
    first = viewport_of(table)
    assert first is table.viewport()
    replacement = QWidget()
    table.setViewport(replacement)
    assert viewport_of(table) is replacement is table.viewport()


def test_a_filter_parented_to_it_keeps_its_python_half(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableView()
    qtbot.addWidget(table)
    PaintSeen(viewport_of(table))
    gc.collect()
    table.show()
    qtbot.waitExposed(table)
    table.viewport().update()
    seen = table.viewport().findChild(PaintSeen)
    assert isinstance(seen, PaintSeen)
    qtbot.waitUntil(lambda: getattr(seen, "paints", 0) > 0, timeout=2000)


def test_the_first_paint_callbacks_on_it_run_once_each(qtbot) -> None:  # type: ignore[no-untyped-def]
    from reseller_desktop.views.live_updates import after_first_paint

    table = QTableView()
    qtbot.addWidget(table)
    called: list[str] = []
    table.show()
    after_first_paint(viewport_of(table), lambda: called.append("clock"))
    after_first_paint(viewport_of(table), lambda: called.append("feed"))
    gc.collect()
    table.viewport().update()
    qtbot.waitUntil(lambda: len(called) == 2, timeout=2000)
    # Later paints call nothing more (and find both filters whole: no error in the loop).
    later = PaintSeen(table.viewport())
    table.resize(300, 200)
    table.viewport().update()
    qtbot.waitUntil(lambda: later.paints > 0, timeout=2000)
    assert sorted(called) == ["clock", "feed"]
