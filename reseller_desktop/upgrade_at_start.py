"""At start, the upgrade of a book written by an earlier version, with a window while it runs.

The upgrade runs on a thread of its own while this thread turns the event loop, so the window
paints, counts the time and can stop it. A quick upgrade (a small book) ends before the window
would show: nothing flashes. (A new book, or one that is up to date, needs no thread: app.py.)
"""

from __future__ import annotations

import threading
import time

from peewee import Database
from PySide6.QtCore import QEventLoop, QTimer

from reseller_desktop.store.upgrade import BookUpgrade
from reseller_desktop.views.upgrade_window import (
    BACKUP,
    LIST_INDEXES,
    SEARCH_INDEX,
    TABLES,
    WAITING,
    UpgradeWindow,
)

SHOW_AFTER_S = 0.4  # an upgrade that ends sooner shows no window
POLL_MS = 100

# The steps that take long on a big book, as the window names them; the others update tables.
_PHASES = {
    "backup": BACKUP,
    "waiting": WAITING,
    "add_list_indexes": LIST_INDEXES,
    "refold_search_text": SEARCH_INDEX,
    "add_short_word_search": SEARCH_INDEX,
    "add_domain_to_search_copy": SEARCH_INDEX,
    "rebuild_search_copy": SEARCH_INDEX,
}


def upgrade_with_window(db: Database) -> None:
    """``migrate(db)`` of an older book on a worker thread, with the upgrade window."""
    upgrade = BookUpgrade(db)
    window = UpgradeWindow()
    window.stop_requested.connect(upgrade.stop)
    loop = QEventLoop()
    started = time.monotonic()

    def poll() -> None:
        if upgrade.done.is_set():
            loop.quit()
            return
        if upgrade.stopping:
            upgrade.stop()  # again: the first cancel may have fallen between two statements
        elapsed = time.monotonic() - started
        progress = upgrade.progress
        if progress is not None:
            phase = _PHASES.get(progress.name, TABLES)
            window.show_step(progress.step, progress.steps, phase, progress.fraction)
        window.show_elapsed(elapsed)
        if elapsed >= SHOW_AFTER_S and not window.isVisible():
            window.show()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    worker = threading.Thread(target=upgrade.run, name="book-upgrade", daemon=True)
    worker.start()
    timer.start()
    if not upgrade.done.is_set():
        loop.exec()
    timer.stop()
    worker.join()
    window.finish()
    window.deleteLater()
    if upgrade.error is not None:
        raise upgrade.error
