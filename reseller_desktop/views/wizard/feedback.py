"""Each field's problem, said beside the field once the user has left it.

The message goes in a small red label under the field, and also in the field's tool tip and
accessible description, so a screen reader announces it with the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget

from reseller_desktop.views.wizard.look import fit_height, style_message_label

# Focus that leaves for a popup (completer, calendar) or another window is not "leaving the field".
_NOT_LEAVING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


@dataclass
class _Field:
    widget: QWidget
    message_label: QLabel
    tool_tip: str


class FieldFeedback(QObject):
    """Shows problems (field name -> text) for the fields the user has already left."""

    left = Signal(str)  # the user left this field

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, _Field] = {}
        self._watched: dict[QObject, str] = {}
        self._touched: set[str] = set()
        self._problems: dict[str, str] = {}

    def add(self, name: str, widget: QWidget, message_label: QLabel, *watch: QWidget) -> None:
        """Follow ``widget`` (and ``watch``: widgets that take its focus, e.g. a combo's editor)."""
        style_message_label(message_label)
        self._fields[name] = _Field(widget, message_label, widget.toolTip())
        for watched in (widget, *watch):
            self._watched[watched] = name
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and watched in self._watched:
            assert isinstance(event, QFocusEvent)
            name = self._watched[watched]
            if event.reason() in _NOT_LEAVING:
                pass
            elif kind == QEvent.Type.FocusOut:
                self.touch(name)
            elif name not in self._problems:
                # Back in a field that was fine: no scolding while the user types there. (A field
                # that shows a problem keeps updating, so the message goes as soon as it is fixed.)
                self._touched.discard(name)
        return False

    def touch(self, *names: str) -> None:
        """Mark fields as visited: their problems show from now on."""
        for name in names:
            if name in self._fields:
                self._touched.add(name)
                self._show(name)
                self.left.emit(name)

    def touched(self) -> set[str]:
        return set(self._touched)

    def set_problems(self, problems: dict[str, str]) -> None:
        """The current problem of each field (fields without one are fine)."""
        self._problems = dict(problems)
        for name in self._fields:
            self._show(name)

    def message(self, name: str) -> str:
        """The message shown beside field ``name`` ('' when none is shown)."""
        field = self._fields.get(name)
        return field.message_label.text() if field and not field.message_label.isHidden() else ""

    def _show(self, name: str) -> None:
        field = self._fields[name]
        text = self._problems.get(name, "") if name in self._touched else ""
        field.message_label.setText(text)
        fit_height(field.message_label)
        field.message_label.setVisible(bool(text))
        field.widget.setToolTip(text or field.tool_tip)
        field.widget.setAccessibleDescription(text)
