"""Customer management: the main window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTableView, QToolBar

from reseller_desktop.services.context import AppServices


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Customer management"))
        self.table = QTableView(self)
        self.setCentralWidget(self.table)
        self.add_customer_action = QAction(self.tr("&Add customer"), self)
        self.add_customer_action.setShortcut(QKeySequence.StandardKey.New)
        toolbar = QToolBar(self)
        toolbar.addAction(self.add_customer_action)
        self.addToolBar(toolbar)
        self.resize(1100, 700)
