"""What the import window's parts share: its state, its widgets, and the few methods one part
calls in another (each part is a mixin of ``ImportWindow``; see ``window.py``)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QProgressBar, QPushButton, QTableView

from reseller_desktop.services.background import Background
from reseller_desktop.services.bulk_import.checking import RowChecker
from reseller_desktop.services.bulk_import.reading import Sheet
from reseller_desktop.services.bulk_import.run import BulkRun
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import LiveServices
from reseller_desktop.views.bulk_import.mapping import ColumnMappingDialog
from reseller_desktop.views.bulk_import.table_model import AttentionFilter, ImportTableModel
from reseller_desktop.views.clipboard import ClipboardGuard, shared_guard


class Progress(QObject):
    """Progress from the worker thread, delivered on the GUI thread (a queued signal)."""

    changed = Signal(int, int)


class ImportWindowBase(QDialog):
    """The import window's state (set up by ``ImportWindow.__init__``)."""

    customer_created = Signal(object)  # uuid.UUID, for the main list

    services: AppServices
    live: LiveServices
    _guard: ClipboardGuard | None
    worker: Background  # one worker: reading, checks and creation never run two at a time
    sheet: Sheet | None
    model: ImportTableModel | None
    run: BulkRun | None
    indirect: bool  # Preferences: an indirect provider (a reseller per row)
    _closing: bool
    _close_after_run: bool
    _unconfirmed: bool  # passwords shown that the user has not confirmed copying
    _versions: list[int]  # per row, bumped by each edit (a late check of an old version is dropped)
    mapping_dialog: ColumnMappingDialog | None
    proxy: AttentionFilter
    _checker: RowChecker
    _progress: Progress
    _counts_timer: QTimer
    # Widgets (``ImportWindow._build``)
    file_label: QLabel
    open_button: QPushButton
    template_button: QPushButton
    cap_label: QLabel
    progress: QProgressBar
    message_label: QLabel
    counts_label: QLabel
    only_problems: QCheckBox
    table: QTableView
    create_button: QPushButton
    pause_button: QPushButton
    stop_button: QPushButton
    copy_button: QPushButton
    reset_button: QPushButton
    export_button: QPushButton
    close_button: QPushButton

    def guard(self) -> ClipboardGuard:
        return self._guard or shared_guard()

    # Implemented by the parts; declared here so that each part can call the others.

    def load(self, path: Path) -> None:  # file_loading.py
        raise NotImplementedError

    def _check_all(self) -> None:  # row_checks.py
        raise NotImplementedError

    def _recheck(self, index: int) -> None:  # row_checks.py
        raise NotImplementedError

    def _update_counts(self) -> None:  # row_checks.py
        raise NotImplementedError

    def _update_buttons(self) -> None:  # run_controls.py
        raise NotImplementedError

    def stop(self) -> None:  # run_controls.py
        raise NotImplementedError

    def _confirm_copied(self) -> bool:  # credentials.py
        raise NotImplementedError

    def _resettable(self) -> tuple[int, uuid.UUID] | None:  # credentials.py
        raise NotImplementedError
