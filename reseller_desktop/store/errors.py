"""Errors of the store, each with a one-line message that says what to do."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from peewee import OperationalError

# SQLite's primary result codes (Python 3.11+ sets ``sqlite_errorcode``; before, only the text).
_SQLITE_BUSY = 5
_SQLITE_INTERRUPT = 9
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26
_DAMAGE_TEXTS = ("database disk image is malformed", "file is not a database")
_FULL_TEXTS = ("database or disk is full",)
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
BACKUP_PATTERN = "{name}.v*.bak"
# PostgreSQL's query_canceled (statement_timeout) and lock_not_available (lock_timeout): the
# server answered, and stopped a statement that took too long; not a lost connection.
PG_CANCELED = "57014"
PG_LOCK_TIMEOUT = "55P03"


class StoreError(RuntimeError):
    """The store cannot be opened or used."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the app."""


class DamagedDatabaseError(StoreError):
    """The SQLite file is damaged (corrupt pages): reading it fails or would give wrong answers."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        self.backups = backups_of(path)
        super().__init__(damaged_message(path, reason, self.backups))


class DiskFullError(OperationalError):
    """A write failed because the disk (or the user's quota) is full.

    An OperationalError, so code that handles an unavailable database still catches it; its text
    names the disk and the file, so the message shown to the user says what to free.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(disk_full_text(self.path))


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the exceptions it wraps (peewee keeps the driver's as ``orig``, and as
    ``__cause__`` when it re-raises)."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or any(item is s for s in seen) or len(seen) > 10:
            continue
        seen.append(item)
        todo += [item.__cause__, item.__context__, getattr(item, "orig", None)]
        todo += [a for a in getattr(item, "args", ()) if isinstance(a, BaseException)]
    return seen


def _codes(exc: BaseException) -> set[int]:
    codes = set()
    for item in _chain(exc):
        code = getattr(item, "sqlite_errorcode", None)
        if isinstance(code, int):
            codes.add(code & 0xFF)  # the primary code of an extended one
    return codes


def _pg_codes(exc: BaseException) -> set[str]:
    return {code for item in _chain(exc) if isinstance(code := getattr(item, "pgcode", None), str)}


def statement_canceled(exc: BaseException) -> bool:
    """Whether PostgreSQL canceled the statement at its ``statement_timeout``."""
    return PG_CANCELED in _pg_codes(exc)


def interrupted(exc: BaseException) -> bool:
    """Whether the statement was stopped on purpose: PostgreSQL's cancel (a time-out, or the
    user stopping an upgrade) or SQLite's interrupt. A step that copes with an error (a missing
    privilege) must let this one through."""
    return PG_CANCELED in _pg_codes(exc) or _SQLITE_INTERRUPT in _codes(exc)


def is_busy(exc: BaseException) -> bool:
    """Whether SQLite gave up waiting for another connection's lock ("database is locked")."""
    return _SQLITE_BUSY in _codes(exc) or any(
        "database is locked" in str(item) for item in _chain(exc)
    )


def stopped_by_server(exc: BaseException) -> bool:
    """Whether PostgreSQL stopped the statement at one of its time-outs (a busy or slow store
    that still answers, not an outage)."""
    return bool({PG_CANCELED, PG_LOCK_TIMEOUT} & _pg_codes(exc))


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the SQLite file is corrupt ("database disk image is malformed")."""
    chain = _chain(exc)
    if any(isinstance(item, DamagedDatabaseError) for item in chain):
        return True
    if {_SQLITE_CORRUPT, _SQLITE_NOTADB} & _codes(exc):
        return True
    return any(text in str(item).lower() for item in chain for text in _DAMAGE_TEXTS)


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` is a write that failed for lack of space (SQLite's or the system's)."""
    for item in _chain(exc):
        if isinstance(item, DiskFullError) or (
            isinstance(item, OSError) and item.errno in _FULL_ERRNOS
        ):
            return True
        if any(text in str(item).lower() for text in _FULL_TEXTS):
            return True
    return _SQLITE_FULL in _codes(exc)


def disk_size(count: int) -> str:
    if count < 1000:
        return f"{count} bytes"
    value, unit = count / 1000, "KB"
    for bigger in ("MB", "GB", "TB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{value:.1f} {unit}"


def free_space(path: Path) -> int | None:
    """Bytes free for the user on the disk holding ``path`` (None when it cannot be told)."""
    for candidate in (path, *path.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def disk_full_text(path: Path, needed: int | None = None) -> str:
    """ "The disk holding <folder> is full (...)", for a message or an exception."""
    free = free_space(path)
    parts = [f"{disk_size(free)} free" if free is not None else ""]
    if needed is not None:
        parts.append(f"{disk_size(needed)} needed")
    detail = ", ".join(p for p in parts if p)
    return (
        f"the disk holding {path.parent} is full{f' ({detail})' if detail else ''}: "
        f"free some space there, then try again"
    )


def backups_of(path: Path) -> list[Path]:
    """The backups made beside ``path`` before migrations, newest first."""
    try:
        found = list(path.parent.glob(BACKUP_PATTERN.format(name=path.name)))
    except OSError:
        return []

    def modified(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(found, key=lambda p: (modified(p), p.name), reverse=True)


def damaged_message(path: Path, reason: str, backups: list[Path]) -> str:
    """One line: the file is damaged, where its backups are and how to restore one."""
    head = f"The database {path} cannot be read: it is damaged ({reason})."
    if not backups:
        return (
            f"{head} There is no backup beside it: move it (and its -wal and -shm files) aside "
            f"to start with an empty one, or ask your IT team to salvage it "
            f"(sqlite3 {path.name} .recover)."
        )
    return (
        f"{head} Backups are in {path.parent} (newest: {backups[0].name}): quit the app, move "
        f"{path.name} and its -wal and -shm files aside, copy the backup to {path.name}, then "
        "start again."
    )
