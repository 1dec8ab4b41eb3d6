"""Starting the app in a process of its own (``python -m reseller_desktop``), as a user does.

The start-up tests need a real process: the exception hook, the exit code, what reaches stderr,
the process limits and a hang (a modal box nobody can click) only show there.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 60  # a start takes about a second; a hang fails the test instead of blocking it


def run_app(
    *args: str,
    preexec_fn: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT_S,
) -> subprocess.CompletedProcess[str]:
    """``python -m reseller_desktop ARGS`` offscreen, with this test's folders (conftest)."""
    return run_python("-m", "reseller_desktop", *args, preexec_fn=preexec_fn, env=env,
                      timeout=timeout)  # fmt: skip


def run_python(
    *args: str,
    preexec_fn: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT_S,
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec_fn,
    )


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single line of stderr (Qt's own warnings aside); fails on a traceback."""
    assert "Traceback" not in done.stderr, done.stderr
    lines = [
        line
        for line in done.stderr.splitlines()
        if line.strip() and "propagateSizeHints" not in line  # the offscreen plugin's notice
    ]
    assert len(lines) == 1, done.stderr
    return lines[0]


def without_file_permission_override() -> Callable[[], None] | None:
    """For a child process of root: lose the right to ignore file modes (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH), so a read-only folder is read-only to it. None when not root."""
    if os.geteuid() != 0:
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24

    def drop() -> None:
        for capability in (1, 2):
            if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop


def damage_table(path: Path, table: str = "customer") -> None:
    """Overwrite the first page of ``table`` and of its indexes with garbage, leaving the file's
    header intact (what a failing disk or a copy gone wrong does): the file opens, and the
    first read of the table fails with "database disk image is malformed"."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        roots = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0", (table,)
        ).fetchall()
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    garbage = b"\x0d\x00\x00\x00\x05" + b"\xde\xad\xbe\xef" * (page_size // 4 - 2)
    with path.open("r+b") as stream:
        for (root,) in roots:
            stream.seek((root - 1) * page_size)
            stream.write(garbage)
