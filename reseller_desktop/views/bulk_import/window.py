"""The import window: read (streamed, with progress), map columns, check, fix in place, create
with Pause/Stop, then copy the credentials once (the wizard's copy warning before it closes).

Reading, checking and creating run on a worker thread of the window's own (one at a time, so the
creation is one customer after the other); the table and the buttons stay usable meanwhile.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop.domain.credentials import AdminCredentials
from reseller_desktop.domain.request import DOMAIN_SUFFIX
from reseller_desktop.services.background import Background
from reseller_desktop.services.bulk_import.checking import (
    ALREADY_CREATED,
    CREATED,
    DUPLICATE,
    FAILED,
    IN_DOUBT,
    PROBLEMS,
    READY,
    ImportRow,
    RowCheck,
    RowChecker,
)
from reseller_desktop.services.bulk_import.columns import COLUMNS, ColumnMapping, match_headers
from reseller_desktop.services.bulk_import.reading import (
    MAX_ROWS,
    ReadCancelledError,
    ReadError,
    Sheet,
    changed_on_disk,
    read_sheet,
)
from reseller_desktop.services.bulk_import.results import ResultLine, write_results
from reseller_desktop.services.bulk_import.run import BulkRun, RowOutcome
from reseller_desktop.services.bulk_import.template import write_template
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import LiveServices
from reseller_desktop.views.admin_password import tell_reset_failed
from reseller_desktop.views.bulk_import.mapping import ColumnMappingDialog
from reseller_desktop.views.bulk_import.table_model import (
    ADMIN,
    PASSWORD,
    PROBLEM,
    AttentionFilter,
    ImportTableModel,
    render,
    state_text,
)
from reseller_desktop.views.clipboard import ClipboardGuard, shared_guard
from reseller_desktop.views.dialogs import Choice, ask, inform
from reseller_desktop.views.export import separator
from reseller_desktop.views.wizard.questions import confirm_copied

RESET_TIMEOUT_MS = 15_000


class _Progress(QObject):
    """Progress from the worker thread, delivered on the GUI thread (a queued signal)."""

    changed = Signal(int, int)


class ImportWindow(QDialog):
    customer_created = Signal(object)  # uuid.UUID, for the main list

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
        self.sheet: Sheet | None = None
        self.model: ImportTableModel | None = None
        self.run: BulkRun | None = None
        self._closing = False
        self._close_after_run = False
        self._unconfirmed = False  # passwords shown that the user has not confirmed copying
        self._versions: list[int] = []
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.proxy = AttentionFilter(self)
        self._checker = RowChecker(
            services.catalog,
            services.journal,
            services.partner_center,
            today=lambda: services.clock().date(),
        )
        self._progress = _Progress(self)
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
            ).format(limit=MAX_ROWS),
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

    def guard(self) -> ClipboardGuard:
        return self._guard or shared_guard()

    # ------------------------------------------------------------------------------------------
    # Reading

    def choose_file(self) -> None:
        path = choose_import_file(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read ``path`` on the worker, then map, then check."""
        if self.run is not None and self.run.running():
            return
        if self.model is not None and self.model.has_passwords() and not self._confirm_copied():
            return
        self._set_model(None)
        self.sheet = None
        self.file_label.setText(self.tr("File: {file}").format(file=str(path)))
        self.message_label.setText(self.tr("Reading the file…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update_buttons()
        emit = self._progress.changed.emit

        def read() -> Sheet:
            return read_sheet(path, progress=emit, cancelled=lambda: self._closing)

        self.worker.run(read, self._read_done, self._read_failed)

    def _show_progress(self, done: int, total: int) -> None:
        scale = 1024 if total > 1 << 30 else 1  # QProgressBar counts in int
        self.progress.setRange(0, max(1, total // scale))
        self.progress.setValue(done // scale)

    def _read_failed(self, error: Exception) -> None:
        self.progress.hide()
        if isinstance(error, ReadCancelledError) or self._closing:
            return
        if isinstance(error, ReadError):
            text = render(error.message)
        else:
            text = self.tr("The file could not be read: {reason}.").format(
                reason=str(error) or type(error).__name__
            )
        self.message_label.setText(text + " " + self.tr("Nothing was created."))
        self._update_buttons()

    def _read_done(self, sheet: Sheet) -> None:
        if self._closing:
            return
        self.sheet = sheet
        mapping = match_headers(sheet.headers)
        if mapping.complete:
            self._start(mapping)
            return
        self.progress.hide()
        self.message_label.setText(self.tr("Match the file's columns to continue."))
        dialog = ColumnMappingDialog(mapping, self)
        self.mapping_dialog = dialog

        def chosen(result: int) -> None:
            self.mapping_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._start(dialog.result_mapping())
            else:
                self.message_label.setText(
                    self.tr("Columns not matched: nothing was imported or created.")
                )
            dialog.deleteLater()

        dialog.finished.connect(chosen)
        dialog.open()

    def _start(self, mapping: ColumnMapping) -> None:
        assert self.sheet is not None
        fields = mapping.fields
        rows = [
            ImportRow(
                source.line,
                {
                    key: source.cells[i]
                    for i, key in enumerate(fields)
                    if key is not None and i < len(source.cells)
                },
            )
            for source in self.sheet.rows
        ]
        present = {key for key in fields if key}
        keys = [c.key for c in COLUMNS if c.key in present or c.required]
        self._set_model(ImportTableModel(rows, keys, self))
        self._check_all()

    def _set_model(self, model: ImportTableModel | None) -> None:
        old = self.model
        self.model = model
        self._versions = [0] * (len(model.rows) if model else 0)
        if model is None:
            self.table.setModel(None)
        else:
            self.proxy.setSourceModel(model)
            self.proxy.set_only_problems(self.only_problems.isChecked())
            self.table.setModel(self.proxy)
            model.row_edited.connect(self._recheck)
            model.dataChanged.connect(lambda *_: self._counts_timer.start())
            self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.resizeSection(PROBLEM, 320)
            for column in range(ADMIN, model.columnCount()):
                header.resizeSection(column, 140)
            header.resizeSection(ADMIN, 260)
            header.resizeSection(PASSWORD, 160)
        if old is not None:
            old.forget_passwords()
            old.deleteLater()
        self._update_counts()

    # ------------------------------------------------------------------------------------------
    # Checking

    def _snapshot(self, indices: list[int]) -> tuple[list[int], list[ImportRow], list[int]]:
        assert self.model is not None
        rows = [
            ImportRow(self.model.rows[i].line, dict(self.model.rows[i].values)) for i in indices
        ]
        return indices, rows, [self._versions[i] for i in indices]

    def _check_all(self) -> None:
        assert self.model is not None
        indices, rows, versions = self._snapshot(list(range(len(self.model.rows))))
        self.message_label.setText(self.tr("Checking every row…"))
        self.progress.setRange(0, len(rows))
        self.progress.setValue(0)
        self.progress.show()
        emit = self._progress.changed.emit
        checker = self._checker

        def check() -> list[RowCheck]:
            return checker.check_rows(rows, progress=emit, cancelled=lambda: self._closing)

        model = self.model
        self.worker.run(
            check,
            lambda checks: self._checked(model, indices, versions, checks, everything=True),
            self._check_failed,
        )

    def _recheck(self, index: int) -> None:
        self._versions[index] += 1
        indices, rows, versions = self._snapshot([index])
        checker = self._checker
        model = self.model
        self.worker.run(
            lambda: checker.check_rows(rows),
            lambda checks: self._checked(model, indices, versions, checks),
            self._check_failed,
        )
        self._update_buttons()

    def _checked(
        self,
        model: ImportTableModel | None,
        indices: list[int],
        versions: list[int],
        checks: list[RowCheck],
        *,
        everything: bool = False,
    ) -> None:
        if model is not self.model or model is None or self._closing:
            return
        fresh = {
            i: check
            for i, version, check in zip(indices, versions, checks, strict=True)
            if self._versions[i] == version  # not edited since: still true
        }
        model.set_checks(fresh)
        if everything:
            self.progress.hide()
            self.message_label.setText(
                self.tr(
                    "Fix the rows marked in red (double-click or type in a cell); each edit "
                    "is checked at once. Then press Create."
                )
            )
        self._update_counts()  # rows edited meanwhile: their own check is on its way

    def _check_failed(self, error: Exception) -> None:
        self.progress.hide()
        if self._closing:
            return
        self.message_label.setText(
            self.tr("The rows could not be checked ({reason}). Open the file again.").format(
                reason=str(error).strip().splitlines()[0] if str(error).strip() else "?"
            )
        )
        self._update_buttons()

    def _filter(self, on: bool) -> None:
        self.proxy.set_only_problems(on)

    def _update_counts(self) -> None:
        model = self.model
        if model is None:
            self.counts_label.setText("")
            self._update_buttons()
            return
        counts = model.counts()
        parts = []
        for state, one, many in (
            (READY, self.tr("1 ready"), self.tr("{n} ready")),
            (PROBLEMS, self.tr("1 needs fixing"), self.tr("{n} need fixing")),
            (DUPLICATE, self.tr("1 duplicate"), self.tr("{n} duplicates")),
            (ALREADY_CREATED, self.tr("1 already created"), self.tr("{n} already created")),
            (CREATED, self.tr("1 created"), self.tr("{n} created")),
            (FAILED, self.tr("1 failed"), self.tr("{n} failed")),
            (IN_DOUBT, self.tr("1 outcome unknown"), self.tr("{n} outcome unknown")),
            ("checking", self.tr("1 being checked"), self.tr("{n} being checked")),
        ):
            n = counts.get(state, 0)
            if n:
                parts.append(one if n == 1 else many.format(n=n))
        self.counts_label.setText(", ".join(parts))
        # The admin user and password columns once something was created (or reset).
        shown = bool(model.outcomes)
        self.table.setColumnHidden(ADMIN, not shown)
        self.table.setColumnHidden(PASSWORD, not shown)
        self._update_buttons()

    def _update_buttons(self) -> None:
        model = self.model
        running = self.run is not None and self.run.running()
        creatable = len(model.creatable()) if model is not None and not running else 0
        checking = model is not None and "checking" in model.counts()
        if creatable == 1:
            self.create_button.setText(self.tr("&Create 1 customer"))
        elif creatable:
            self.create_button.setText(self.tr("&Create {count} customers").format(count=creatable))
        else:
            self.create_button.setText(self.tr("&Create customers"))
        self.create_button.setEnabled(creatable > 0 and not checking and not running)
        self.pause_button.setVisible(running)
        self.stop_button.setVisible(running)
        if self.run is not None:
            self.pause_button.setText(
                self.tr("&Resume") if self.run.paused() else self.tr("&Pause")
            )
        self.copy_button.setEnabled(model is not None and model.has_passwords())
        self.export_button.setEnabled(model is not None and bool(model.outcomes) and not running)
        self.reset_button.setEnabled(not running and self._resettable() is not None)
        self.open_button.setEnabled(not running)

    # ------------------------------------------------------------------------------------------
    # Creating

    def create_customers(self) -> None:
        model = self.model
        if model is None or (self.run is not None and self.run.running()):
            return
        indices = model.creatable()
        if not indices:
            return
        if self.sheet is not None and changed_on_disk(self.sheet):
            choice = ask(
                self,
                self.tr("Import customers"),
                self.tr("The file changed on disk since it was loaded."),
                [
                    Choice(
                        "table",
                        self.tr("Create from the &table"),
                        QMessageBox.ButtonRole.AcceptRole,
                    ),
                    Choice(
                        "reload", self.tr("&Reload the file"), QMessageBox.ButtonRole.ActionRole
                    ),
                    Choice("cancel", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
                ],
                default="table",
                escape="cancel",
                informative=self.tr(
                    "The table shows the file as it was loaded, with your edits. Reloading "
                    "reads the new version (your edits in the table are lost)."
                ),
                object_name="fileChangedBox",
            )
            if choice == "reload":
                self.load(self.sheet.path)
                return
            if choice != "table":
                return
        model.locked = True
        run = BulkRun(
            self.services.onboarding,
            self.services.catalog,
            self.worker,
            [(i, dict(model.rows[i].values)) for i in indices],
            parent=self,
        )
        self.run = run
        run.row_started.connect(model.set_creating)
        run.row_finished.connect(self._row_finished)
        run.progressed.connect(self._run_progress)
        run.waiting.connect(self._throttled)
        run.paused_changed.connect(lambda _paused: self._update_buttons())
        run.finished.connect(self._run_finished)
        self.progress.setRange(0, len(indices))
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()
        run.start()
        self.stop_button.setFocus()

    def _row_finished(self, outcome: RowOutcome) -> None:
        model = self.model
        if model is None:
            return
        model.set_creating(None)
        model.set_outcome(outcome)
        if outcome.password:
            self._unconfirmed = True
        if outcome.state == CREATED and outcome.customer_id is not None:
            self.customer_created.emit(outcome.customer_id)

    def _run_progress(self, done: int, total: int, seconds_left: float) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if seconds_left < 0:
            left = self.tr("estimating the time left…")
        elif seconds_left < 90:
            left = self.tr("about {seconds} s left").format(seconds=max(1, round(seconds_left)))
        else:
            left = self.tr("about {minutes} min left").format(minutes=round(seconds_left / 60))
        paused = self.run is not None and self.run.paused()
        text = self.tr("Created {done} of {total}: {left}").format(
            done=done, total=total, left=left
        )
        self.progress.setFormat(f"{done} / {total}")
        self.message_label.setText(text + (" " + self.tr("(paused)") if paused else ""))

    def _throttled(self, seconds: float) -> None:
        self.message_label.setText(
            self.tr("Microsoft asks to slow down: going on in {seconds} s.").format(
                seconds=max(1, round(seconds))
            )
        )

    def _pause_or_resume(self) -> None:
        if self.run is None:
            return
        if self.run.paused():
            self.run.resume()
            self.message_label.setText(self.tr("Resumed."))
        else:
            self.run.pause()
            self.message_label.setText(
                self.tr("Pausing after the customer being created… Press Resume to go on.")
            )
        self._update_buttons()

    def stop(self) -> None:
        if self.run is not None and self.run.running():
            self.message_label.setText(self.tr("Stopping after the customer being created…"))
            self.run.stop()

    def _run_finished(self, stopped: bool) -> None:
        model = self.model
        run = self.run
        if model is not None:
            model.locked = False
            model.set_creating(None)
        self.progress.hide()
        created = sum(1 for o in (model.outcomes.values() if model else []) if o.state == CREATED)
        failed = sum(1 for o in (model.outcomes.values() if model else []) if o.state == FAILED)
        if stopped:
            self.message_label.setText(
                self.tr(
                    "Stopped after {done} of {total}. The customers created so far are safe; "
                    "press Create to go on, or import the same file later: created rows show "
                    "Already created."
                ).format(done=run.completed if run else 0, total=run.total if run else 0)
            )
        else:
            text = self.tr("Done: {created} created, {failed} failed.").format(
                created=created, failed=failed
            )
            if model is not None and model.has_passwords():
                text += " " + self.tr(
                    "Copy the credentials now: the passwords are not shown again."
                )
            self.message_label.setText(text)
        self._update_counts()
        if self._close_after_run:
            self._close_after_run = False
            self.close()

    # ------------------------------------------------------------------------------------------
    # Results

    def copy_credentials(self) -> None:
        model = self.model
        if model is None:
            return
        lines = [
            "\t".join((o.company, o.domain, o.admin_user, o.password or ""))
            for o in model.passwords()
        ]
        if lines:
            self.guard().copy("\n".join(lines) + "\n", secret=True)
            self.message_label.setText(
                self.tr(
                    "Copied the credentials of {count} customers (tab-separated: paste them "
                    "into a spreadsheet). The clipboard is cleared after a while."
                ).format(count=len(lines))
            )

    def _resettable(self) -> tuple[int, uuid.UUID] | None:
        """The selected row's customer, when it was created (by this run or an earlier one)
        and its password is not on screen."""
        model = self.model
        index = self.table.currentIndex()
        if model is None or not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        outcome = model.outcomes.get(row)
        if outcome is not None:
            if outcome.state in (CREATED, ALREADY_CREATED) and outcome.customer_id:
                return None if outcome.password else (row, outcome.customer_id)
            return None
        check = model.checks[row]
        if check is not None and check.existing is not None:
            return row, check.existing.customer_id
        return None

    def reset_password(self) -> None:
        target = self._resettable()
        model = self.model
        if target is None or model is None:
            return
        row, customer_id = target
        onboarding = self.services.onboarding
        self.reset_button.setEnabled(False)

        def done(credentials: AdminCredentials) -> None:
            if self.model is not model:
                return
            existing = model.outcomes.get(row)
            check = model.checks[row]
            if existing is None and check is not None and check.existing is not None:
                model.set_outcome(
                    RowOutcome(
                        row,
                        ALREADY_CREATED,
                        check.request_id,
                        customer_id=customer_id,
                        company=check.existing.company_name,
                        domain=check.existing.domain,
                        admin_user=credentials.user_name,
                    )
                )
            model.set_password(row, credentials.password or "")
            self._unconfirmed = True
            self.message_label.setText(
                self.tr("New temporary password for line {line}: copy it now.").format(
                    line=model.rows[row].line
                )
            )
            self._update_buttons()

        def failed(error: Exception) -> None:
            self._update_buttons()
            tell_reset_failed(self, error)

        self.worker.run(
            lambda: onboarding.reset_admin_password(customer_id),
            done,
            failed,
            timeout_ms=RESET_TIMEOUT_MS,
        )

    def export_results(self) -> None:
        model = self.model
        if model is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("import-results-{date}.csv").format(
            date=QDate.currentDate().toString(Qt.DateFormat.ISODate)
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            str(Path(folder) / name),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        headers = [
            self.tr("Line"),
            self.tr("Company name"),
            self.tr("Domain"),
            self.tr("Admin user"),
            self.tr("Result"),
            self.tr("Message"),
            self.tr("Customer ID"),
        ]
        lines = []
        for i, row in enumerate(model.rows):
            outcome = model.outcomes.get(i)
            check = model.checks[i]
            existing = check.existing if check is not None else None
            prefix = row.values.get("domain_prefix", "").strip()
            customer = (outcome.customer_id if outcome else None) or (
                existing.customer_id if existing else None
            )
            lines.append(
                ResultLine(
                    line=row.line,
                    company=row.values.get("company_name", ""),
                    domain=(outcome.domain if outcome and outcome.domain else "")
                    or (f"{prefix}{DOMAIN_SUFFIX}" if prefix else ""),
                    admin_user=outcome.admin_user if outcome else "",
                    result=state_text(model.state(i)),
                    message=model.summary(i),
                    customer_id=str(customer) if customer else "",
                )
            )
        try:
            write_results(path, headers, lines, separator())
        except OSError as exc:
            inform(
                self,
                self.tr("Export results"),
                self.tr("The results could not be saved to {file}.").format(file=str(path)),
                informative=self.tr("Reason: {reason}.").format(
                    reason=exc.strerror or type(exc).__name__
                ),
                object_name="exportResultsFailedBox",
            )
            return
        self.message_label.setText(
            self.tr("Results saved to {file} (without the passwords).").format(file=path.name)
        )

    # ------------------------------------------------------------------------------------------
    # Closing

    def _confirm_copied(self) -> bool:
        if not self._unconfirmed:
            return True
        if confirm_copied(self):
            self._unconfirmed = False
            return True
        return False

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


def choose_import_file(parent: QWidget) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BulkImport", "Import customers"),
        folder,
        QCoreApplication.translate("BulkImport", "CSV files (*.csv *.txt);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def save_template(parent: QWidget) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BulkImport", "Save a template"),
        str(Path(folder) / QCoreApplication.translate("BulkImport", "customers-template.csv")),
        QCoreApplication.translate("BulkImport", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".csv")
    try:
        write_template(path, separator())
    except OSError as exc:
        inform(
            parent,
            QCoreApplication.translate("BulkImport", "Save a template"),
            QCoreApplication.translate(
                "BulkImport", "The template could not be saved to {file}."
            ).format(file=str(path)),
            informative=QCoreApplication.translate("BulkImport", "Reason: {reason}.").format(
                reason=exc.strerror or type(exc).__name__
            ),
            object_name="templateFailedBox",
        )
        return None
    return path
