"""Customer management: the main window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTableView, QToolBar, QWidget

from reseller_desktop.services.context import AppServices


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.services = services
        self.wizard: QWidget | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Customer management"))
        self.table = QTableView(self)
        self.setCentralWidget(self.table)
        self.add_customer_action = QAction(self.tr("&Add customer"), self)
        self.add_customer_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_customer_action.triggered.connect(self.open_add_customer)
        toolbar = QToolBar(self)
        toolbar.addAction(self.add_customer_action)
        self.addToolBar(toolbar)
        self.resize(1100, 700)

    def open_add_customer(self) -> None:
        """Open the Add-customer wizard (window-modal), or bring the open one to the front."""
        from reseller_desktop.views.wizard import AddCustomerWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        wizard = AddCustomerWizard(self.services, self)
        wizard.customer_created.connect(self.on_customer_created)
        wizard.finished.connect(self._forget_wizard)
        self.wizard = wizard
        wizard.open()

    def on_customer_created(self, customer_id: object) -> None:
        """A customer was just submitted: show it in the list at once (as Pending)."""

    def _forget_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None
