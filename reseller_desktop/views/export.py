"""Export the (filtered) customer list to a CSV file that Excel opens correctly.

UTF-8 with a byte-order mark (Excel reads accents right only with it), the list separator Excel
expects in the user's locale (";" where the decimal point is a comma), every field quoted when it
must be. Cells that Excel would run as a formula (=, +, -, @) are prefixed with an apostrophe.

Large books are written in chunks from a zero-delay timer, so the window stays responsive and the
progress dialog can cancel; the file appears under its name only once complete.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from reseller_desktop.domain.agreement import agreement_label
from reseller_desktop.domain.gdap import relationship_label
from reseller_desktop.domain.spreadsheet_safety import neutralise
from reseller_desktop.services.background import Background
from reseller_desktop.services.connection_monitor import CONNECTION_ERRORS
from reseller_desktop.services.customer_queries import CustomerQueries, ExportRow, ListQuery
from reseller_desktop.views.dialogs import inform
from reseller_desktop.views.qt_dates import qdatetime_utc
from reseller_desktop.views.status_look import status_explanation, status_text

CHUNK = 2000
READ_MS = 15_000  # one chunk of the export: then it fails, with a message and no half file
# Show the progress dialog only for exports that take a while.
PROGRESS_AFTER_MS = 400


def separator() -> str:
    """The list separator Excel uses in the user's locale."""
    return ";" if QLocale().decimalPoint() == "," else ","


def safe_cell(value: str) -> str:
    """``value``, made inert if Excel would run it as a formula (domain/spreadsheet_safety.py)."""
    return neutralise(value)


def iso_time(value: datetime) -> str:
    """A naive-UTC instant from the store in ISO 8601, in the user's time zone with its offset
    ("2026-11-23T10:30:00+01:00"; "Z" in UTC): one spelling for every locale, which spreadsheets
    and scripts read back without guessing the order of day and month."""
    local = qdatetime_utc(value).toLocalTime()
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt.DateFormat.ISODate)


def headers() -> list[str]:
    return [
        QCoreApplication.translate("Export", "Company"),
        QCoreApplication.translate("Export", "Domain"),
        QCoreApplication.translate("Export", "Country"),
        QCoreApplication.translate("Export", "Offers"),
        QCoreApplication.translate("Export", "Seats"),
        QCoreApplication.translate("Export", "Status"),
        QCoreApplication.translate("Export", "Status details"),
        QCoreApplication.translate("Export", "Created"),
        QCoreApplication.translate("Export", "Contact"),
        QCoreApplication.translate("Export", "E-mail"),
        QCoreApplication.translate("Export", "Phone"),
        QCoreApplication.translate("Export", "Customer ID"),
        QCoreApplication.translate("Export", "Customer agreement"),
        QCoreApplication.translate("Export", "Reseller"),
        QCoreApplication.translate("Export", "Default GDAP"),
        QCoreApplication.translate("Export", "GDAP admin relationship"),
    ]


def cells(row: ExportRow) -> list[str]:
    values = [
        row.company,
        row.domain,
        row.country,
        row.offers,
        str(row.seats),
        status_text(row.status),
        status_explanation(row.status, row.reason) if row.reason else "",
        iso_time(row.created_at),
        f"{row.first_name} {row.last_name}".strip(),
        row.email,
        row.phone,
        str(row.id),
        agreement_label(row.agreement).render(QCoreApplication.translate),
        row.reseller,
        QCoreApplication.translate("Export", "Yes")
        if row.gdap_default
        else QCoreApplication.translate("Export", "No"),
        relationship_label(row.admin_relationship).render(QCoreApplication.translate)
        if row.admin_relationship
        else "",
    ]
    return [safe_cell(value) for value in values]


class CsvExportJob(QObject):
    """Writes ``query``'s rows to ``path`` a chunk per event-loop turn."""

    progressed = Signal(int)  # rows written so far
    finished = Signal(bool)  # True: the file is complete; False: cancelled or failed

    def __init__(
        self,
        queries: CustomerQueries,
        query: ListQuery,
        path: Path,
        parent: QObject | None = None,
        *,
        reader: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        # Reads go to the reading worker (one thread, so the chunks' cursor stays on it) while
        # the window and the progress dialog keep painting.
        self._reader = reader
        self._stepping = False
        self.total = self._read(lambda: queries.count(query))
        self.written = 0
        self.error = ""
        self._chunks: Iterator[list[ExportRow]] = queries.iter_export(query, CHUNK)
        self._partial = path.with_name(f".{path.name}.part")
        self._file: IO[str] | None = None
        self._writer: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        try:
            self._file = open(self._partial, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            self._writer = csv.writer(self._file, delimiter=separator(), quoting=csv.QUOTE_MINIMAL)
            self._writer.writerow(headers())
        except OSError as exc:
            self._fail(exc)
            return
        self._timer.start()

    def cancel(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._discard()
            self.finished.emit(False)

    def _read(self, call: Callable[[], Any]) -> Any:
        return call() if self._reader is None else self._reader.call(call, timeout_ms=READ_MS)

    def _step(self) -> None:
        if self._stepping:  # the timer fired again while a chunk was read
            return
        self._stepping = True
        try:
            self._step_once()
        finally:
            self._stepping = False

    def _step_once(self) -> None:
        if not self._timer.isActive():  # cancelled while the chunk was read
            return
        try:
            chunk = self._read(lambda: next(self._chunks, None))
            if chunk is None:
                self._timer.stop()
                assert self._file is not None
                self._file.close()
                os.replace(self._partial, self.path)
                self.finished.emit(True)
                return
            self._writer.writerows(cells(row) for row in chunk)
        except Exception as exc:  # disk full, database gone: tell the user, leave no half file
            self._fail(exc)
            return
        self.written += len(chunk)
        self.progressed.emit(self.written)

    def _fail(self, exc: Exception) -> None:
        self._timer.stop()
        self.error = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self._discard()
        self.finished.emit(False)

    def _discard(self) -> None:
        if self._file is not None:
            self._file.close()
        with contextlib.suppress(OSError):
            self._partial.unlink()


def export_customers(
    parent: QWidget,
    queries: CustomerQueries,
    query: ListQuery,
    reader: Background | None = None,
) -> CsvExportJob | None:
    """Ask where to save, then export ``query``'s customers there with a progress dialog."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = QCoreApplication.translate("Export", "customers-{date}.csv").format(
        date=QDate.currentDate().toString(Qt.DateFormat.ISODate)
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Export", "Export customers"),
        str(Path(folder) / name),
        QCoreApplication.translate("Export", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".csv")
    try:
        job = CsvExportJob(queries, query, path, parent, reader=reader)
    except CONNECTION_ERRORS as exc:
        inform(
            parent,
            QCoreApplication.translate("Export", "Export customers"),
            QCoreApplication.translate(
                "Export",
                "The database does not answer ({reason}): nothing was exported. Try "
                "again when it is back.",
            ).format(reason=str(exc).strip().splitlines()[0] if str(exc).strip() else "?"),
            object_name="exportFailedBox",
        )
        return None
    progress = QProgressDialog(
        QCoreApplication.translate("Export", "Exporting {count} customers…").format(
            count=QLocale().toString(job.total)
        ),
        QCoreApplication.translate("Export", "Cancel"),
        0,
        max(job.total, 1),
        parent,
    )
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(QCoreApplication.translate("Export", "Export customers"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    job.progressed.connect(progress.setValue)
    progress.canceled.connect(job.cancel)

    def done(complete: bool) -> None:
        progress.canceled.disconnect(job.cancel)
        progress.close()
        progress.deleteLater()
        if complete:
            parent.statusBar().showMessage(  # type: ignore[attr-defined]
                QCoreApplication.translate(
                    "Export", "Exported {count} customers to {file}."
                ).format(count=QLocale().toString(job.written), file=path.name),
                10_000,
            )
        elif job.error:
            inform(
                parent,
                QCoreApplication.translate("Export", "Export customers"),
                QCoreApplication.translate(
                    "Export", "The customers could not be exported to {file}."
                ).format(file=str(path)),
                informative=QCoreApplication.translate(
                    "Export", "Reason: {reason}. Choose another folder or free some space."
                ).format(reason=job.error),
                object_name="exportFailedBox",
            )

    job.finished.connect(done)
    job.start()
    return job
