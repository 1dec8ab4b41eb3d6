"""How the wizard marks things: red asterisks, red field messages, status colours."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

# Re-exported: the wizard's pages take their colours from here.
from reseller_desktop.views.colours import ERROR_COLOUR as ERROR_COLOUR
from reseller_desktop.views.colours import MUTED_COLOUR as MUTED_COLOUR
from reseller_desktop.views.colours import SUCCESS_COLOUR as SUCCESS_COLOUR


class RequiredLabel:
    """Keeps a form label's own text (with its mnemonic) and adds a red asterisk when required.

    Rich text keeps the mnemonic working: QLabel underlines the letter after "&" and the buddy
    still gets the focus."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self.base = label.text()
        self.required = False
        self.set_required(False)

    def set_required(self, required: bool) -> None:
        self.required = required
        text = escape(self.base, quote=False).replace("&amp;", "&")
        if required:
            text += f' <span style="color:{ERROR_COLOUR}">*</span>'
        self.label.setText(text)


def style_message_label(label: QLabel) -> None:
    """A small red label for a field's problem (hidden until there is one)."""
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
    label.setFont(font)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages may contain "<prefix>"
    fit_wrapped(label)
    label.hide()


def style_heading(label: QLabel, scale: float = 1.15) -> None:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


def style_link_button(button: QWidget) -> None:
    """A flat push button that reads as a link (it stays a button: Tab, Space and mnemonics)."""
    button.setStyleSheet(
        "QPushButton { color: palette(link); text-decoration: underline; border: none;"
        " padding: 2px 4px; }"
        " QPushButton:focus { outline: 1px dotted palette(link); }"
    )
    button.setCursor(Qt.CursorShape.PointingHandCursor)


def coloured(text: str, colour: str) -> str:
    return f'<span style="color:{colour}">{escape(text)}</span>'


class _WrapFitter(QObject):
    """Keeps a word-wrapped label exactly as tall as its text at its current width.

    Form layouts size such a label by its size hint, computed for a narrow guess of its width,
    which leaves blank lines under short messages. Fixing the height to heightForWidth(width)
    on each resize and text change gives the layout the right answer."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QLabel):
            fit_height(watched)
        return False


def fit_height(label: QLabel) -> None:
    """Fix a plain-text word-wrapped label's height to its text's height at its width.

    (Measured with the font rather than heightForWidth, which never answers below the label's
    minimum height, so it could only grow.)"""
    margins = label.contentsMargins()
    width = label.width() - margins.left() - margins.right() - 2 * max(label.margin(), 0)
    if width <= 0:
        return
    flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment())
    text_height = label.fontMetrics().boundingRect(0, 0, width, 1 << 20, flags, label.text())
    height = text_height.height() + margins.top() + margins.bottom() + 2 * max(label.margin(), 0)
    if label.minimumHeight() != height or label.maximumHeight() != height:
        label.setFixedHeight(height)


def fit_wrapped(*labels: QLabel) -> None:
    """Word-wrap plain-text ``labels`` and keep each as tall as its text (see _WrapFitter)."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        fitter = _WrapFitter(label)
        label.installEventFilter(fitter)
