"""Every message box of the app goes through ``ask`` (or ``inform``), so tests can drive them and
quitting never hangs on one: each box has an escape button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reseller_desktop.services.background import Background, WaitTimeoutError

SAVE_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class Choice:
    key: str
    text: str
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[Choice],
    *,
    default: str,
    escape: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    informative: str = "",
    object_name: str = "",
) -> str:
    """Show a modal box with ``choices``; return the chosen key (``escape`` when dismissed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(object_name or "messageBox")
    if informative:
        box.setInformativeText(informative)
    buttons = {}
    for choice in choices:
        buttons[choice.key] = box.addButton(choice.text, choice.role)
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), escape)


def inform(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    informative: str = "",
    object_name: str = "",
) -> None:
    """A box with a single OK button (which is also its escape button)."""
    ok = QCoreApplication.translate("QMessageBox", "OK")
    choices = [Choice("ok", ok, QMessageBox.ButtonRole.AcceptRole)]
    ask(
        parent,
        title,
        text,
        choices,
        default="ok",
        escape="ok",
        icon=icon,
        informative=informative,
        object_name=object_name,
    )


def save_waiting(
    dialog: QWidget,
    reader: Background | None,
    call: Callable[[], Any],
    *,
    timed_out: str,
    object_name: str,
) -> tuple[bool, Any]:
    """Run a save (a purchase, a seat change, an edit) on the reading worker while the window
    keeps painting; ``(False, None)`` when it did not answer in time, after saying ``timed_out``
    in a box (the retry is safe: the save is idempotent)."""
    if reader is None:
        return True, call()
    try:
        return True, reader.call(call, timeout_ms=SAVE_TIMEOUT_MS)
    except WaitTimeoutError:
        inform(dialog, dialog.windowTitle(), timed_out, object_name=object_name)
        return False, None
