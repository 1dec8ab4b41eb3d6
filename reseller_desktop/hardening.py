"""Process-level protections, applied first thing at start-up.

- No core dumps: a crash must not write the process's memory (which may hold a customer's
  one-time admin password) to disk. POSIX: ``RLIMIT_CORE`` 0; Linux also ``PR_SET_DUMPABLE`` 0,
  which stops dumps that ``core_pattern`` pipes to a collector such as systemd-coredump (the
  limit alone does not), and keeps other processes of the user from reading our memory.
- Private files: on POSIX the process creates files readable by the user only (umask 077), and
  the app's own folders are made 0700, its files 0600.

Windows and macOS: see the README ("Files and crash reports").
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PRIVATE_UMASK = 0o077


def disable_core_dumps() -> None:
    """Forbid core dumps of this process (and of what it starts)."""
    try:
        import resource
    except ImportError:  # Windows: see the README
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None:
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _libc() -> Any:
    """Linux: the C library, as linked into the interpreter (no ``find_library``: it runs
    ``ldconfig``, a process of its own, at every start)."""
    import ctypes  # only here: its import costs the start a few ms

    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def dumpable() -> int | None:
    """Linux: the process's dumpable flag (0: no core dumps); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else int(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def harden_process() -> None:
    """No core dumps, and files created private to the user (POSIX)."""
    disable_core_dumps()
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


class FolderError(RuntimeError):
    """A folder the app needs cannot be used; the message says which and what to do."""


def private_folder(path: Path, what: str, *, tighten: bool = True) -> Path:
    """Make sure ``path`` is a folder the app can write to, created 0700 if missing.

    ``tighten``: also take the group's and others' access away from an existing folder (for the
    app's own folders, not one the user named). Raises FolderError with a one-line message.
    """
    hint = "choose another folder with --data-dir"
    if path.exists() and not path.is_dir():
        raise FolderError(f"The {what} {path} is a file, not a folder: {hint}.")
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise FolderError(f"The {what} {path} cannot be created: a file is in the way.") from None
    except OSError as exc:
        raise FolderError(
            f"The {what} {path} cannot be created ({exc.strerror or exc}): {hint}."
        ) from None
    if tighten:
        _chmod_private(path, 0o700)
    try:  # os.access is not enough: root, read-only mounts and ACLs
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        raise FolderError(
            f"The {what} {path} is not writable ({exc.strerror or exc}): make it writable "
            f"or {hint}."
        ) from None
    return path


def _chmod_private(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(mode)
    except OSError as exc:
        log.warning("Cannot make %s private: %s", path, exc.strerror or exc)


def private_folder_if_present(path: Path) -> None:
    """An existing folder of the app (made by an older version) open to its user only."""
    if path.is_dir():
        _chmod_private(path, 0o700)


def private_file(path: Path) -> None:
    """An existing file of the app (made by an older version) readable by the user only."""
    if path.is_file():
        _chmod_private(path, 0o600)


def private_settings(path: Path, organization: str) -> None:
    """The preferences file (QSettings: INI on Linux and other Unixes) private to the user,
    and its folder if it is the app's own. macOS keeps preferences in the system's plist store
    and Windows in the registry: left to them."""
    if os.name != "posix" or sys.platform == "darwin" or not path.is_absolute():
        return
    private_file(path)
    if path.parent.name == organization and path.parent.is_dir():
        _chmod_private(path.parent, 0o700)


class PrivateLogHandler(RotatingFileHandler):
    """The log file (and its rotated copies) readable by the user only; a log that cannot be
    written (a full disk) is reported once on stderr, as one line, not as a traceback per
    message."""

    _reported = False

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _chmod_private(Path(self.baseFilename), 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        if self._reported:
            return
        self._reported = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or error or "unknown error"
        if sys.stderr is not None:
            with contextlib.suppress(Exception):
                print(
                    f"reseller-desktop: cannot write the log {self.baseFilename}: {reason}",
                    file=sys.stderr,
                )
