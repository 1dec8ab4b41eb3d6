"""The least a Qt window can do to show a page of rows: the paint half of the search benchmark's
second baseline (the fastest raw query, then this).

A search is not over for the user when the query returns but when the list is painted. The
fastest honest way to paint the same rows is a bare ``QTableView`` of the window's table's size,
font, row height and column widths over the plainest models Qt offers, both tried, the faster
kept:

- ``standard``: a ``QStandardItemModel`` filled with the rows' texts (Qt's own storage: the paint
  calls no Python);
- ``plain``: a minimal Python table model handed the list of texts at once (nothing to fill; the
  paint asks Python for each cell).

The texts are the ones the window shows, already formatted (the floor does not pay for
formatting dates and numbers, which the window does), and no status icon is drawn: the floor is
lower than what the window must do, never higher.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from bench_common import evict_cpu_caches
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_DISPLAY = Qt.ItemDataRole.DisplayRole
Index = QModelIndex | QPersistentModelIndex
PAINT_LIMIT_S = 5.0


class _Plain(QAbstractTableModel):
    def __init__(self, columns: int) -> None:
        super().__init__()
        self.texts: list[tuple[str, ...]] = []
        self.columns = columns

    def set_texts(self, texts: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.texts = texts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        return self.texts[index.row()][index.column()] if role == _DISPLAY else None


class PaintFloor(QObject):
    """Bare tables shaped like ``like``, to time putting rows in and painting them."""

    def __init__(self, like: QTableView) -> None:
        super().__init__()
        self._painted = False
        columns = like.model().columnCount()
        self._standard = QStandardItemModel(0, columns)
        self._plain = _Plain(columns)
        self._views = {
            "standard": self._view(like, self._standard),
            "plain": self._view(like, self._plain),
        }
        for view in self._views.values():
            view.viewport().installEventFilter(self)

    @staticmethod
    def _view(like: QTableView, model: QAbstractTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setFont(like.font())
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(like.verticalHeader().defaultSectionSize())
        rows.setVisible(like.verticalHeader().isVisible())
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            header.resizeSection(column, like.horizontalHeader().sectionSize(column))
        header.setStretchLastSection(True)
        view.resize(like.size())
        view.show()
        return view

    def measure(self, texts: list[tuple[str, ...]], runs: int = 3) -> float:
        """Seconds to show ``texts`` (put in, laid out and painted by the event loop, as the
        window's are), the faster model's median of ``runs``."""
        best = float("inf")
        for name, view in self._views.items():
            times = []
            for _ in range(runs):
                self._settle()  # nothing of the last run left to do
                evict_cpu_caches()  # as the window's paint, after a query, finds them
                self._painted = False
                started = time.perf_counter()
                if name == "standard":
                    self._fill_standard(texts)
                else:
                    self._plain.set_texts(list(texts))
                # (An empty page into an empty model changes nothing, yet the window repaints.)
                view.viewport().update()
                while not self._painted:
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
                    if time.perf_counter() - started > PAINT_LIMIT_S:
                        raise RuntimeError("the bare table did not paint")
                times.append(time.perf_counter() - started)
            best = min(best, statistics.median(times))
        self._settle()  # the window's next keystroke is not charged for the floor's events
        return best

    @staticmethod
    def _settle() -> None:
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted = True
        return False

    def _fill_standard(self, texts: list[tuple[str, ...]]) -> None:
        model = self._standard
        model.setRowCount(0)
        model.setRowCount(len(texts))
        for row, cells in enumerate(texts):
            for column, text in enumerate(cells):
                model.setItem(row, column, QStandardItem(text))
