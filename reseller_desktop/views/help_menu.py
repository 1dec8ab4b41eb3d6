"""The Help menu: Keyboard shortcuts, Where data lives, About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from reseller_desktop.services.context import AppServices, data_locations
from reseller_desktop.services.live import LiveServices

if TYPE_CHECKING:  # the dialog's modules load when it opens, not before the first paint
    from reseller_desktop.views.shortcuts import Shortcut


class HelpMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: AppServices,
        live: LiveServices,
        *,
        shortcuts: QAction,
        locations: QAction,
        about: QAction,
    ) -> None:
        super().__init__(window)
        self.window, self.services, self.live = window, services, live
        self.dialog: QDialog | None = None
        shortcuts.triggered.connect(self.show_shortcuts)
        locations.triggered.connect(self.show_locations)
        about.triggered.connect(self.show_about)

    def shortcuts(self) -> list[Shortcut]:
        """Every shortcut of the main window and of the Add-customer wizard, read from them."""
        from reseller_desktop.views.shortcuts import (
            NATIVE,
            Shortcut,
            action_shortcuts,
            mnemonic_shortcuts,
            wizard_shortcuts,
        )
        from reseller_desktop.views.wizard import AddCustomerWizard

        window = self.window
        where = window.windowTitle()
        found = action_shortcuts(window, where) + mnemonic_shortcuts(window, where)
        found += [
            Shortcut(
                QKeySequence("Return").toString(NATIVE),
                self.tr("Open the selected customer's details (in the list)"),
                where,
            ),
            Shortcut(
                QKeySequence("Down").toString(NATIVE),
                self.tr("Go from the search box to the list"),
                where,
            ),
            Shortcut(
                QKeySequence("Ctrl+End").toString(NATIVE),
                self.tr("The last customer of the list, at once (End too, in the list)"),
                where,
            ),
            Shortcut(
                QKeySequence("Ctrl+Home").toString(NATIVE),
                self.tr("The first customer of the list (Home too, in the list)"),
                where,
            ),
        ]
        # A wizard that is never shown: its buttons, pages and labels as Add customer opens them.
        wizard = AddCustomerWizard(self.services, self.live)
        try:
            found += wizard_shortcuts(wizard)
        finally:
            wizard.deleteLater()
        return found

    def show_shortcuts(self) -> None:
        from reseller_desktop.views.shortcuts import KeyboardShortcutsDialog

        self._show(KeyboardShortcutsDialog(self.shortcuts(), self.window))

    def show_locations(self) -> None:
        from reseller_desktop.views.data_locations import DataLocationsDialog

        locations = data_locations(self.services)
        self._show(DataLocationsDialog(locations, QSettings().fileName(), self.window))

    def show_about(self) -> None:
        from reseller_desktop.views.about import AboutDialog

        self._show(AboutDialog(self.window))

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
