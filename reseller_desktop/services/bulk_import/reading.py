"""Reading a spreadsheet's CSV: any common encoding and delimiter, streamed, with a row cap.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 (with its mark, or without one when the
zero bytes say so), else Windows-1252 (what French Excel writes with "CSV (séparateur: point-
virgule)"). Delimiters: Excel's ``sep=;`` first line when present, else ``csv.Sniffer`` checked
against the header line (comma, semicolon, tab, vertical bar). Quoted fields may hold
delimiters and line breaks. The file is read in chunks (progress is reported, memory stays bounded
by the row cap); nothing in it is ever evaluated.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message

# One import is one sitting: 5,000 customers take about an hour and a half at Partner Center's
# pace (about one per second), the results must fit one table whose passwords are copied at
# once, and the cap bounds the memory a huge file can take. A bigger batch: split the file.
MAX_ROWS = 5000
CHUNK_BYTES = 1 << 16
SAMPLE_BYTES = 1 << 16
# A cell longer than this is certainly not a customer field (the longest, an address line, has
# 256 characters); it stops the read instead of filling memory.
MAX_CELL = 100_000
DELIMITERS = ",;\t|"
_LINE_END = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r"^\s*\"?sep=(.)\"?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SourceRow:
    line: int  # the file line where the row starts (1-based), as a spreadsheet shows it
    cells: tuple[str, ...]


@dataclass(frozen=True)
class FileStamp:
    """Enough to notice the file changed on disk after it was read."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass
class Sheet:
    path: Path
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"
    delimiter: str
    headers: list[str]
    rows: list[SourceRow]
    stamp: FileStamp


class ReadError(Exception):
    """The file cannot be imported; ``message`` says why and what to do (nothing was created)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class ReadCancelledError(Exception):
    """The user closed the window while the file was being read."""


def _m(text: str, **args: object) -> Message:
    return Message("BulkImport", text, dict(args))


def detect_encoding(sample: bytes) -> str:
    """The encoding of a file that starts with ``sample`` (raises ReadError for a binary one)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\0" in sample:
        even, odd = sample[0::2], sample[1::2]
        # UTF-16 text without a mark: the high byte of every Latin character is zero.
        if odd and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            return "utf-16-le"
        if even and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "utf-16-be"
        raise ReadError(_not_text())
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _not_text() -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "BulkImport",
            "This is not a CSV file (it holds binary data). In Excel, use File › Save As › "
            "CSV UTF-8 (or CSV), then import that file.",
        )
    )


def _binary(text: str) -> bool:
    """Control characters other than tab and line ends in quantity: a binary file decoded as
    Windows-1252 (a stray one in a cell is the validation's business, not a read error)."""
    if not text:
        return False
    controls = sum(1 for c in text if c < " " and c not in "\t\r\n")
    return "\0" in text or controls > max(8, len(text) // 50)


def choose_delimiter(sample: str) -> str:
    """Excel's ``sep=`` line, else the Sniffer's answer when the header line has it, else the
    delimiter the header line has most of (a lone column: comma)."""
    first = _LINE_END.split(sample, maxsplit=1)[0]
    match = _SEP_LINE.match(first)
    if match:
        return match.group(1)
    counts = {d: first.count(d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and counts.get(sniffed, 0) > 0:
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


class _Source:
    """The file's bytes in chunks: hashed and counted as they go by."""

    def __init__(self, path: Path, progress: Callable[[int, int], None] | None) -> None:
        self.path = path
        self.size = os.path.getsize(path)
        self.done = 0
        self.hash = hashlib.sha256()
        self._progress = progress

    def chunks(self) -> Iterator[bytes]:
        with open(self.path, "rb") as raw:
            while chunk := raw.read(CHUNK_BYTES):
                self.hash.update(chunk)
                self.done += len(chunk)
                if self._progress is not None:
                    self._progress(self.done, self.size)
                yield chunk


def _lines(chunks: Iterator[bytes], encoding: str) -> Iterator[str]:
    """Decoded lines with their line ends, whatever the chunk boundaries."""
    decoder = codecs.getincrementaldecoder(encoding)()
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk)
        parts = _LINE_END.split(pending)
        ends = _LINE_END.findall(pending)
        # The last part has no line end yet; a "\r" at the very end may be half of "\r\n".
        keep = parts[-1]
        if pending.endswith("\r"):
            keep = parts[-2] + "\r"
            parts, ends = parts[:-2], ends[:-1]
        else:
            parts = parts[:-1]
        for part, end in zip(parts, ends, strict=True):
            yield part + end
        pending = keep
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


def read_sheet(
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    max_rows: int = MAX_ROWS,
) -> Sheet:
    """The file's headers and rows (blank rows skipped), or ReadError saying why not."""
    try:
        with open(path, "rb") as raw:
            sample = raw.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ReadError(
            _m(
                QT_TRANSLATE_NOOP("BulkImport", "The file {file} cannot be read: {reason}."),
                file=str(path),
                reason=exc.strerror or type(exc).__name__,
            )
        ) from None
    if not sample.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\0"):
        raise ReadError(
            _m(
                QT_TRANSLATE_NOOP(
                    "BulkImport",
                    "The file is empty. Save a template (Save a template…), fill it in and "
                    "import it.",
                )
            )
        )
    encoding = detect_encoding(sample)
    try:
        return _read(path, encoding, sample, progress, cancelled, max_rows)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ReadError(_not_text()) from None
        # UTF-8 at the start, something else further on: Excel's Windows-1252 after all.
        return _read(path, "cp1252", sample, progress, cancelled, max_rows)


def _read(
    path: Path,
    encoding: str,
    sample: bytes,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    max_rows: int,
) -> Sheet:
    head = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample)
    if _binary(head):
        raise ReadError(_not_text())
    delimiter = choose_delimiter(head)
    source = _Source(path, progress)
    lines = _lines(source.chunks(), encoding)
    numbered = _Numbered(lines)
    first = _LINE_END.split(head, maxsplit=1)[0]
    if _SEP_LINE.match(first):
        next(numbered, None)
    reader = csv.reader(numbered, delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    rows: list[SourceRow] = []
    try:
        for cells in reader:
            start = numbered.row_start
            if cancelled is not None and len(rows) % 256 == 0 and cancelled():
                raise ReadCancelledError()
            if any(len(c) > MAX_CELL for c in cells):
                raise ReadError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "BulkImport",
                            "Line {line} has a cell of more than {limit} characters: this is "
                            "not a customer list (a quote may be missing). Fix the file and "
                            "import it again.",
                        ),
                        line=start,
                        limit=MAX_CELL,
                    )
                )
            if headers is None:
                if any(c.strip() for c in cells):
                    headers = [c.strip() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= max_rows:
                raise ReadError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "BulkImport",
                            "The file has more than {limit} customers. One import is limited to "
                            "{limit} (about an hour and a half of creation, and passwords to "
                            "copy in one sitting): split the file and import each part.",
                        ),
                        limit=max_rows,
                    )
                )
            rows.append(SourceRow(start, tuple(cells)))
    except csv.Error as exc:
        raise ReadError(
            _m(
                QT_TRANSLATE_NOOP(
                    "BulkImport", "Line {line} cannot be read ({reason}). Fix it and import again."
                ),
                line=numbered.line,
                reason=str(exc),
            )
        ) from None
    if headers is None:
        raise ReadError(
            _m(QT_TRANSLATE_NOOP("BulkImport", "The file is empty: it has no header line."))
        )
    if not rows:
        raise ReadError(
            _m(
                QT_TRANSLATE_NOOP(
                    "BulkImport",
                    "The file has a header line but no customers: add one customer per line "
                    "under the headers.",
                )
            )
        )
    stat = os.stat(path)
    return Sheet(
        path=path,
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        rows=rows,
        stamp=FileStamp(stat.st_size, stat.st_mtime_ns, source.hash.hexdigest()),
    )


class _Numbered:
    """Lines counted as they are handed to the csv reader (a row may span several)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.line = 0  # the last line handed out
        self.row_start = 1  # the line where the current row started
        self._between_rows = True

    def __iter__(self) -> _Numbered:
        return self

    def __next__(self) -> str:
        text = next(self._lines)
        self.line += 1
        if self._between_rows:
            self.row_start = self.line
        # A row ends where its quotes balance (an odd count leaves a field open).
        self._between_rows = (text.count('"') % 2 == 0) == self._between_rows
        return text


def changed_on_disk(sheet: Sheet) -> bool:
    """Whether the file is no longer the one that was read (size or time differ, or it is gone)."""
    try:
        stat = os.stat(sheet.path)
    except OSError:
        return True
    return (stat.st_size, stat.st_mtime_ns) != (sheet.stamp.size, sheet.stamp.mtime_ns)
