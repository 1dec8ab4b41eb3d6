"""The import window: read (streamed, with progress), map columns, check, fix in place, create
with Pause/Stop, then copy the credentials once (the copy warning before it closes).

Reading, checking and creating run on a worker thread of the window's own (one at a time, so the
creation is one customer after the other); the table and the buttons stay usable meanwhile.
The window is put together from its parts, one module each: ``file_loading`` (read and map),
``row_checks`` (check and count), ``run_controls`` (create, pause, stop), ``credentials``
(copy, reset, export, the copy warning); ``base`` holds what they share.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop.services.background import Background
from reseller_desktop.services.bulk_import.checking import RowChecker
from reseller_desktop.services.bulk_import.reading import MAX_ROWS
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import LiveServices
from reseller_desktop.views.bulk_import.base import Progress
from reseller_desktop.views.bulk_import.credentials import Credentials
from reseller_desktop.views.bulk_import.file_dialogs import choose_import_file, save_template
from reseller_desktop.views.bulk_import.file_loading import FileLoading
from reseller_desktop.views.bulk_import.row_checks import RowChecks
from reseller_desktop.views.bulk_import.run_controls import RunControls
from reseller_desktop.views.bulk_import.table_model import AttentionFilter
from reseller_desktop.views.clipboard import ClipboardGuard
from reseller_desktop.views.gdap_templates import is_indirect_provider
from reseller_desktop.views.preferences import saved_partner_domains

__all__ = ["ImportWindow", "choose_import_file", "save_template"]


class ImportWindow(FileLoading, RowChecks, RunControls, Credentials):
    """The window (Customers › Import customers…); its behaviour lives in the parts."""

    def __init__(
        self,
        services: AppServices,
        live: LiveServices,
        parent: QWidget | None = None,
        *,
        guard: ClipboardGuard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWindow")
        self.setWindowTitle(self.tr("Import customers"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.resize(1100, 650)
        self.services = services
        self.live = live
        self._guard = guard
        # One worker: reading, checks and creation never run two at a time.
        self.worker = Background(threads=1, parent=self)
        self.sheet = None
        self.model = None
        self.run = None
        self._closing = False
        self._close_after_run = False
        self._unconfirmed = False  # passwords shown that the user has not confirmed copying
        self._versions = []
        self.mapping_dialog = None
        self.proxy = AttentionFilter(self)
        # Preferences, read here (views) and handed down as plain data, as the wizard does.
        self.indirect = is_indirect_provider()
        self._checker = RowChecker(
            services.catalog,
            services.journal,
            services.partner_center,
            today=lambda: services.clock().date(),
            partner_domains=saved_partner_domains(),
            indirect=self.indirect,
        )
        self._progress = Progress(self)
        self._progress.changed.connect(self._show_progress)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self._update_counts)
        self._build()

    # ------------------------------------------------------------------------------------------
    # Layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self)
        self.file_label.setObjectName("importFileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.file_label, 1)
        self.open_button = QPushButton(self.tr("&Open a file…"), self)
        self.open_button.setObjectName("importOpenButton")
        self.open_button.clicked.connect(self.choose_file)
        top.addWidget(self.open_button)
        self.template_button = QPushButton(self.tr("Save a &template…"), self)
        self.template_button.setObjectName("importTemplateButton")
        self.template_button.clicked.connect(lambda: save_template(self))
        top.addWidget(self.template_button)
        layout.addLayout(top)
        self.cap_label = QLabel(
            self.tr(
                "Up to {limit} customers per file (one sitting; split bigger files). Nothing is "
                "created until you press Create."
            ).format(limit=QLocale().toString(MAX_ROWS)),
            self,
        )
        self.cap_label.setWordWrap(True)
        layout.addWidget(self.cap_label)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("importMessage")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        counts = QHBoxLayout()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("importCounts")
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        counts.addWidget(self.counts_label, 1)
        self.only_problems = QCheckBox(self.tr("Only rows with pro&blems"), self)
        self.only_problems.setObjectName("onlyProblemsCheck")
        self.only_problems.toggled.connect(self._filter)
        counts.addWidget(self.only_problems)
        layout.addLayout(counts)
        self.table = QTableView(self)
        self.table.setObjectName("importTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createCustomersButton")
        self.create_button.clicked.connect(self.create_customers)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setObjectName("stopButton")
        self.stop_button.clicked.connect(self.stop)
        self.copy_button = QPushButton(self.tr("Copy all cre&dentials"), self)
        self.copy_button.setObjectName("copyCredentialsButton")
        self.copy_button.clicked.connect(self.copy_credentials)
        self.reset_button = QPushButton(self.tr("&Reset admin password"), self)
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.clicked.connect(self.reset_password)
        self.export_button = QPushButton(self.tr("&Export results…"), self)
        self.export_button.setObjectName("exportResultsButton")
        self.export_button.clicked.connect(self.export_results)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeImportButton")
        self.close_button.clicked.connect(self.close)
        for button in (
            self.create_button,
            self.pause_button,
            self.stop_button,
            self.copy_button,
            self.reset_button,
            self.export_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._update_buttons()

    # ------------------------------------------------------------------------------------------
    # Closing

    def reject(self) -> None:  # Escape: the same as closing
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run is not None and self.run.running():
            # Never half a customer: stop after the one in flight, then close.
            self._close_after_run = True
            self.stop()
            event.ignore()
            return
        model = self.model
        if model is not None and model.has_passwords() and not self._confirm_copied():
            event.ignore()  # "Go to page": back to the table and its passwords
            return
        self._closing = True
        if model is not None:
            model.forget_passwords()  # no reference outlives the window
        self.worker.shutdown(0)
        event.accept()
        # Not QDialog.closeEvent: it calls reject(), which closes again.
        self.done(QDialog.DialogCode.Rejected)
