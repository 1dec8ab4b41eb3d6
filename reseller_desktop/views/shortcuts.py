"""Help > Keyboard shortcuts: every key of the customer list and of the Add-customer wizard.

The list is read from the windows themselves (their actions' shortcuts, their menus', buttons' and
field labels' mnemonics), so it stays true when a shortcut or a label changes. The few keys that
are behaviours rather than actions (Enter on the list, Escape in the wizard) are added by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from reseller_desktop.views.forms.ui_keyboard_shortcuts import Ui_KeyboardShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as the platform writes them, e.g. "Ctrl+N"
    action: str  # what they do, in the interface's words
    where: str  # the window or the page


def _plain(text: str) -> str:
    """A label or action text without its mnemonic marker, markup (a required field's red
    asterisk), trailing colon or ellipsis."""
    text = _TAG.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("*").strip().rstrip(":…").strip()


def _mnemonic(text: str) -> str:
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString(NATIVE) if not sequence.isEmpty() else ""


def _belongs(item: QObject, root: QWidget) -> bool:
    """Whether ``item`` is part of ``root`` itself, not of a dialog ``root`` has open."""
    parent = item.parent()
    while parent is not None and parent is not root:
        if isinstance(parent, QDialog):
            return False
        parent = parent.parent()
    return parent is root


def action_shortcuts(window: QWidget, where: str) -> list[Shortcut]:
    """The shortcuts of ``window``'s actions, and the mnemonics of its menus."""
    found: list[Shortcut] = []
    actions = [a for a in window.findChildren(QAction) if _belongs(a, window)]
    menus = [a for a in actions if isinstance(a.menu(), QMenu)]
    for action in menus:
        keys = _mnemonic(action.text())
        if keys:
            found.append(
                Shortcut(
                    keys,
                    QCoreApplication.translate("KeyboardShortcuts", "Open the {menu} menu").format(
                        menu=_plain(action.text())
                    ),
                    where,
                )
            )
    for action in actions:
        if action in menus:
            continue
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                found.append(Shortcut(sequence.toString(NATIVE), _plain(action.text()), where))
    return found


def mnemonic_shortcuts(widget: QWidget, where: str) -> list[Shortcut]:
    """Alt+letter of the buttons and field labels in ``widget`` (those not hidden for good)."""
    found: list[Shortcut] = []
    for label in widget.findChildren(QLabel):
        if not _belongs(label, widget):
            continue
        keys = _mnemonic(label.text())
        buddy = label.buddy()
        if keys and buddy is not None and not label.isHidden():
            found.append(
                Shortcut(
                    keys,
                    QCoreApplication.translate("KeyboardShortcuts", "Go to {field}").format(
                        field=_plain(label.text())
                    ),
                    where,
                )
            )
    for button in widget.findChildren(QAbstractButton):
        if not _belongs(button, widget):
            continue
        keys = _mnemonic(button.text())
        if keys and not button.isHidden():
            found.append(Shortcut(keys, _plain(button.text()), where))
    return found


def wizard_shortcuts(wizard: QWizard) -> list[Shortcut]:
    """The wizard's buttons (Next, Submit, Done...) and, page by page, its fields' mnemonics."""
    title = wizard.windowTitle()
    found = [
        Shortcut(
            QKeySequence("Return").toString(NATIVE),
            QCoreApplication.translate(
                "KeyboardShortcuts", "The highlighted button (Next, Submit or Done)"
            ),
            title,
        ),
        Shortcut(
            QKeySequence("Escape").toString(NATIVE),
            QCoreApplication.translate(
                "KeyboardShortcuts", "Cancel (asks first when something was entered)"
            ),
            title,
        ),
    ]
    which = QWizard.WizardButton
    for kind in (
        which.BackButton,
        which.NextButton,
        which.CommitButton,
        which.FinishButton,
        which.CustomButton1,
        which.CustomButton2,
    ):
        keys = _mnemonic(wizard.buttonText(kind))
        if keys:
            found.append(Shortcut(keys, _plain(wizard.buttonText(kind)), title))
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        where = QCoreApplication.translate("KeyboardShortcuts", "{wizard}: {page}").format(
            wizard=title, page=page.title()
        )
        found += mnemonic_shortcuts(page, where)
    return found


def without_repeats(shortcuts: Iterable[Shortcut]) -> list[Shortcut]:
    return list(dict.fromkeys(shortcuts))


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_KeyboardShortcutsDialog()
        ui.setupUi(self)
        self.setObjectName("keyboardShortcutsDialog")
        self.shortcuts = without_repeats(shortcuts)
        table = ui.shortcutsTable
        headers = [self.tr("Keys"), self.tr("What they do"), self.tr("Where")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.shortcuts))
        for row, shortcut in enumerate(self.shortcuts):
            for column, text in enumerate((shortcut.keys, shortcut.action, shortcut.where)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        ui.buttonBox.rejected.connect(self.reject)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (keys, what they do, where)."""
        table = self.ui.shortcutsTable
        return [
            (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())
        ]
