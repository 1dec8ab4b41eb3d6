"""The customer table's view of the model's moving window (``customer_model.py``).

- Keys: Ctrl+End and End jump to the list's true last row, Ctrl+Home and Home to its first, in
  one page read each (the table selects whole rows, so End and Home have no column to go to).
  Page Up/Down and the arrows are Qt's: reaching the window's top reads the page before it,
  reaching its end the page after (Qt's ``fetchMore``).
- Scrolling: when the model adds or drops rows above the window's first row (``shifted``), the
  scroll bar moves by as many rows, so that the rows on screen stay where they are.
- Selection: a selected row dropped from the window (the user scrolled far away) is selected
  again when it comes back, rather than the selection sliding onto a neighbour.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from reseller_desktop.views.customer_model import CustomerTableModel

Index = QModelIndex | QPersistentModelIndex
_JUMP_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier)
# Read the page before the window when its first rows are this close to the view's top.
NEAR_TOP_ROWS = 2


class ListWindow(QObject):
    def __init__(self, table: QTableView, model: CustomerTableModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self._dropped: uuid.UUID | None = None  # the selected row, while out of the window
        self._jumping = False
        table.installEventFilter(self)
        table.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.shifted.connect(self._shift)
        model.dropping.connect(self._rows_leaving)
        model.rowsInserted.connect(self._rows_back)
        model.modelReset.connect(self._forget)

    # ------------------------------------------------------------------------------------------
    # Keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier in _JUMP_MODIFIERS
        ):
            if event.key() == Qt.Key.Key_End:
                self.go_to_end()
                return True
            if event.key() == Qt.Key.Key_Home:
                self.go_to_top()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
                self._scrolled(0)  # at the window's top already (no scrolling to tell): read on
        return super().eventFilter(watched, event)

    def go_to_end(self) -> None:
        """The list's last row, selected, the view at the end."""
        self._jump(self.model.jump_to_end, last=True)

    def go_to_top(self) -> None:
        self._jump(self.model.jump_to_top, last=False)

    def _jump(self, load: Callable[[], bool], *, last: bool) -> None:
        self._jumping = True  # the reset scrolls the view to the window's top: no read for that
        try:
            loaded = load()
        finally:
            self._jumping = False
        model, table = self.model, self.table
        rows = model.rowCount()
        if not loaded or not rows:
            return
        row = rows - 1 if last else 0
        column = max(0, table.currentIndex().column())
        table.doItemsLayout()  # the scroll bar's range for the new rows, now
        table.selectionModel().setCurrentIndex(
            model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if last:
            table.scrollToBottom()
            self._scrolled(0)  # a window shorter than the view: the rows before it, at once
        else:
            table.scrollToTop()

    # ------------------------------------------------------------------------------------------
    # The window's top

    def _scrolled(self, _value: int) -> None:
        if self._jumping or not self.model.can_fetch_before():
            return
        top = self.table.rowAt(0)
        if 0 <= top < NEAR_TOP_ROWS:
            self.model.fetch_before()

    def _shift(self, rows: int) -> None:
        table = self.table
        table.doItemsLayout()  # else the scroll bar keeps its old range until the next paint
        bar = table.verticalScrollBar()
        if table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
            rows *= table.verticalHeader().defaultSectionSize()
        bar.setValue(bar.value() + rows)

    # ------------------------------------------------------------------------------------------
    # The selected row, dropped and back

    def _rows_leaving(self, first: int, last: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and first <= current.row() <= last:
            row = self.model.row_at(current.row())
            self._dropped = row.id if row is not None else None
            # Else Qt would make a neighbour current (the wrong customer) and scroll to it.
            self.table.selectionModel().clear()

    def _rows_back(self, _parent: Index, first: int, last: int) -> None:
        dropped = self._dropped
        if dropped is None:
            return
        row = self.model.row_of(dropped)
        if row is not None and first <= row <= last:
            self._dropped = None
            table = self.table
            scrolls = table.hasAutoScroll()
            table.setAutoScroll(False)  # selected again where it is, the view does not move
            table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            table.setAutoScroll(scrolls)

    def _forget(self) -> None:
        self._dropped = None
