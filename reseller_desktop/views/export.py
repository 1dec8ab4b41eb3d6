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
from datetime import UTC, datetime, timedelta
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
from reseller_desktop.domain.spreadsheet_safety import FORMULA_START, neutralise
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
    """One row's cells (a whole export uses a ``RowFormatter``, which caches)."""
    return RowFormatter()(row)


class RowFormatter:
    """The export's cells of a row, with each translated word and each time-zone offset worked
    out once per distinct value: a million rows hold a handful of statuses, and formatting them
    and converting each time with Qt was 60% of an export. Safe to call from a worker thread
    (``QCoreApplication.translate`` is thread-safe; Qt time zones are read-only here)."""

    # Offsets change on a quarter hour (UTC) in every zone in use: one lookup per slot.
    _SLOT = 900

    def __init__(self) -> None:
        translate = QCoreApplication.translate
        # Words the app makes are made safe once, with their cache entry; the stored free text
        # (names, addresses, phone) is checked cell by cell.
        self._yes = safe_cell(translate("Export", "Yes"))
        self._no = safe_cell(translate("Export", "No"))
        self._status: dict[str, str] = {}
        self._explained: dict[tuple[str, str], str] = {}
        self._agreement: dict[str, str] = {}
        self._relationship: dict[str, str] = {"": ""}
        self._offsets: dict[int, tuple[timedelta, str]] = {}

    def __call__(self, row: ExportRow) -> list[str]:
        status = self._status.get(row.status)
        if status is None:
            status = self._status[row.status] = safe_cell(status_text(row.status))
        explained = ""
        if row.reason:
            key = (row.status, row.reason)
            explained = self._explained.get(key) or self._explained.setdefault(
                key, safe_cell(status_explanation(row.status, row.reason))
            )
        agreement = self._agreement.get(row.agreement)
        if agreement is None:
            agreement = self._agreement[row.agreement] = safe_cell(
                agreement_label(row.agreement).render(QCoreApplication.translate)
            )
        relationship = self._relationship.get(row.admin_relationship)
        if relationship is None:
            relationship = self._relationship[row.admin_relationship] = safe_cell(
                relationship_label(row.admin_relationship).render(QCoreApplication.translate)
            )
        # Inline rather than safe_cell() per cell: a function call per cell was a fifth of an
        # export. The time and the id are the app's own text, which never starts a formula.
        formula = FORMULA_START
        company, prefix, country, offers = row.company, row.domain_prefix, row.country, row.offers
        name = f"{row.first_name} {row.last_name}".strip()
        email, phone, reseller = row.email, row.phone, row.reseller
        seats = str(row.seats)
        return [
            "'" + company if company.startswith(formula) else company,
            ("'" if prefix.startswith(formula) else "") + prefix + ".onmicrosoft.com",
            "'" + country if country.startswith(formula) else country,
            "'" + offers if offers.startswith(formula) else offers,
            "'" + seats if seats.startswith(formula) else seats,
            status,
            explained,
            self.time(row.created_at),
            "'" + name if name.startswith(formula) else name,
            "'" + email if email.startswith(formula) else email,
            "'" + phone if phone.startswith(formula) else phone,
            row.id,
            agreement,
            "'" + reseller if reseller.startswith(formula) else reseller,
            self._yes if row.gdap_default else self._no,
            relationship,
        ]

    def time(self, value: datetime) -> str:
        """``iso_time(value)``, with the offset looked up once per quarter hour."""
        slot = int(value.replace(tzinfo=UTC).timestamp()) // self._SLOT
        known = self._offsets.get(slot)
        if known is None:
            seconds = qdatetime_utc(value).toLocalTime().offsetFromUtc()
            sign = "-" if seconds < 0 else "+"
            hours, minutes = divmod(abs(seconds) // 60, 60)
            suffix = "Z" if seconds == 0 else f"{sign}{hours:02d}:{minutes:02d}"
            known = self._offsets[slot] = (timedelta(seconds=seconds), suffix)
        return (value + known[0]).isoformat(timespec="seconds") + known[1]


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
        self._format = RowFormatter()
        self._ended = False
        self._cancelled = False
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
            self._cancelled = True
            if not self._stepping:  # else the worker may be writing: the step discards after
                self._discard()
            self._end(False)

    def _end(self, complete: bool) -> None:
        if not self._ended:
            self._ended = True
            self.finished.emit(complete)

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
            if self._cancelled:
                self._discard()

    def _step_once(self) -> None:
        if not self._timer.isActive():  # cancelled while the chunk was read
            return
        try:
            # Read, format and write on the reading worker: the window only hears the count.
            written = self._read(self._write_chunk)
            if self._cancelled:  # while the chunk was written (_step discards the file)
                return
            if written is None:
                self._timer.stop()
                assert self._file is not None
                self._file.close()
                os.replace(self._partial, self.path)
                self._end(True)
                return
        except Exception as exc:  # disk full, database gone: tell the user, leave no half file
            self._fail(exc)
            return
        self.written += written
        self.progressed.emit(self.written)

    def _write_chunk(self) -> int | None:
        """The next chunk, written (on the reading worker): its row count, None at the end."""
        chunk = next(self._chunks, None)
        if chunk is None:
            return None
        self._writer.writerows(self._format(row) for row in chunk)
        return len(chunk)

    def _fail(self, exc: Exception) -> None:
        self._timer.stop()
        self.error = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self._discard()
        self._end(False)

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
