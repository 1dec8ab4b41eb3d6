"""What the customer list says when it shows no row: how to start ("No customers yet. Add
customer (Ctrl+N)"), or that a search or filter found nothing ("No customer matches"). The text
lies over the empty table and goes as soon as a row shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTableView

from reseller_desktop.views.colours import MUTED_COLOUR
from reseller_desktop.views.customer_model import CustomerTableModel
from reseller_desktop.views.viewport import viewport_of


class EmptyListHint(QObject):
    def __init__(self, table: QTableView, model: CustomerTableModel, add: QAction) -> None:
        super().__init__(table)
        self.table, self.model, self.add = table, model, add
        self._failed = False  # the last read failed: the list is not known to be empty
        self.viewport = viewport_of(table)
        self.label = label = QLabel(self.viewport)
        label.setObjectName("emptyListHint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # A quarter larger than the list's text (set in the style sheet: a QFont would cost its
        # Python enums, 1 ms, at start).
        size = label.fontInfo().pointSizeF() * 1.25
        label.setStyleSheet(
            f"color: {MUTED_COLOUR}; background: transparent; font-size: {size:.2f}pt;"
        )
        label.hide()
        self.viewport.installEventFilter(self)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)
        model.query_applied.connect(self._read)
        model.loading_changed.connect(lambda _loading: self.update())
        model.store_failed.connect(self._read_failed)
        add.changed.connect(self.update)
        self.update()

    def _read(self) -> None:
        self._failed = False
        self.update()

    def _read_failed(self, _error: object) -> None:
        self._failed = True
        self.update()

    def text(self) -> str:
        """What the empty list says ('' when it shows rows, or is still being read)."""
        model = self.model
        if model.rowCount() or model.is_loading() or self._failed:
            return ""
        query = model.query
        if query.text.strip() or query.status:
            return self.tr("No customer matches")
        shortcut = self.add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not shortcut:
            return self.tr("No customers yet. Add customer to start.")
        return self.tr("No customers yet. Add customer ({shortcut})").format(shortcut=shortcut)

    def update(self) -> None:
        text = self.text()
        self.label.setText(text)
        self.label.setGeometry(self.viewport.rect().adjusted(24, 24, -24, -24))
        self.label.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.viewport.rect().adjusted(24, 24, -24, -24))
        return False
