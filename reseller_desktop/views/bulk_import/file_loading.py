"""The import window's file loading: read the file on the worker (streamed, with progress), match
its columns (the mapping step when needed), then put the rows in the table and check them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QHeaderView

from reseller_desktop.services.bulk_import.checking import ImportRow
from reseller_desktop.services.bulk_import.columns import COLUMNS, ColumnMapping, match_headers
from reseller_desktop.services.bulk_import.reading import (
    ReadCancelledError,
    ReadError,
    Sheet,
    read_sheet,
)
from reseller_desktop.views.bulk_import.base import ImportWindowBase
from reseller_desktop.views.bulk_import.file_dialogs import choose_import_file
from reseller_desktop.views.bulk_import.mapping import ColumnMappingDialog
from reseller_desktop.views.bulk_import.table_model import (
    ADMIN,
    PASSWORD,
    PROBLEM,
    ImportTableModel,
)


class FileLoading(ImportWindowBase):
    """Reading, mapping and putting the rows in the table (a part of ``ImportWindow``)."""

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
        self.file_label.setText(
            QCoreApplication.translate("ImportWindow", "File: {file}").format(file=str(path))
        )
        self.message_label.setText(QCoreApplication.translate("ImportWindow", "Reading the file…"))
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
            text = error.message.render(QCoreApplication.translate, QLocale().toString)
        else:
            text = QCoreApplication.translate(
                "ImportWindow", "The file could not be read: {reason}."
            ).format(reason=str(error) or type(error).__name__)
        self.message_label.setText(
            text + " " + QCoreApplication.translate("ImportWindow", "Nothing was created.")
        )
        self._update_buttons()

    def _read_done(self, sheet: Sheet) -> None:
        if self._closing:
            return
        self.sheet = sheet
        mapping = match_headers(sheet.headers, indirect=self.indirect)
        if mapping.complete:
            self._start(mapping)
            return
        self.progress.hide()
        self.message_label.setText(
            QCoreApplication.translate("ImportWindow", "Match the file's columns to continue.")
        )
        dialog = ColumnMappingDialog(mapping, self)
        self.mapping_dialog = dialog

        def chosen(result: int) -> None:
            self.mapping_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._start(dialog.result_mapping())
            else:
                self.message_label.setText(
                    QCoreApplication.translate(
                        "ImportWindow", "Columns not matched: nothing was imported or created."
                    )
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
        keys = [c.key for c in COLUMNS if c.key in present or mapping.required(c.key)]
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
