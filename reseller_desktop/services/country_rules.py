"""The country rules in use, kept per backend: ``<config_dir>/country_rules/<backend>.json``.

At start the kept copy is installed when there is one (else the shipped
``resources/country_rules.json``): reading it is a file read, never a call to Partner Center.
A country's rules are asked of the port when the user picks that country (``refresh``, on a
worker: Partner Center answers one country per call), at most once a day per country; an answer
that differs replaces the country's entry, is written to the kept copy (atomically) and installed.
A kept copy replaced on disk while the app runs is read again (``check_disk``, which the views
call when a file watcher of theirs sees the folder change).
``changed`` tells the views to look at the rules again; it may be emitted from a worker thread
(Qt queues it to the receivers' thread).
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.countries import country_data_of
from reseller_desktop.domain.country_rules import (
    RuleBook,
    RuleBookError,
    read_rule_book,
    shipped_rule_book,
    use_rule_book,
)
from reseller_desktop.services.partner_center.port import PartnerCenter

log = logging.getLogger(__name__)

FOLDER = "country_rules"
MAX_AGE = timedelta(days=1)
RETRY_AFTER = timedelta(minutes=10)  # after Partner Center could not answer
_REFRESHED_KEY = "refreshed"


def backend_key(backend: str, partner_tenant: str = "") -> str:
    """A file name for a backend and partner tenant: "simulator", "partner_center-<tenant>"."""
    raw = f"{backend}-{partner_tenant}" if partner_tenant else backend
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", raw).strip("._") or "default"


class CountryRulesCache(QObject):
    """The rule book of one backend (see the module's docstring)."""

    changed = Signal()

    def __init__(
        self,
        path: Path | None,
        *,
        clock: Clock = utcnow,
        max_age: timedelta = MAX_AGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.clock = clock
        self.max_age = max_age
        self._lock = threading.Lock()
        self._book = shipped_rule_book()
        self._refreshed: dict[str, datetime] = {}
        self._asking: set[str] = set()
        self._failed: dict[str, datetime] = {}
        self._stamp: tuple[int, int] | None = None
        self.load()

    @property
    def book(self) -> RuleBook:
        return self._book

    # -- the kept copy

    def load(self) -> bool:
        """Install the kept copy when there is a readable one, else the shipped book. True when
        the rules in use changed."""
        book, refreshed = shipped_rule_book(), {}
        self._stamp = _stamp(self.path) if self.path is not None else None
        if self.path is not None and self.path.is_file():
            try:
                book = read_rule_book(self.path)
                refreshed = _read_refreshed(self.path)
            except (OSError, RuleBookError) as exc:
                log.warning(
                    "Country rules %s unreadable, the shipped ones used: %s", self.path, exc
                )
                book = shipped_rule_book()
        with self._lock:
            changed = book != self._book
            self._book = book
            self._refreshed = refreshed
        use_rule_book(book)
        if changed:
            self.changed.emit()
        return changed

    def reload(self) -> bool:
        """Read the kept copy again (it was replaced on disk); True when the rules changed."""
        return self.load()

    def _save(self, book: RuleBook, refreshed: dict[str, datetime]) -> None:
        if self.path is None:
            return
        document = book.to_json()
        document[_REFRESHED_KEY] = {code: when.isoformat() for code, when in refreshed.items()}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".rules-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(document, file, ensure_ascii=False, indent=1)
            os.replace(temporary, self.path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            raise
        self._stamp = _stamp(self.path)

    # -- refreshing from Partner Center

    def needs_refresh(self, country: str) -> bool:
        code = country.strip().upper()
        if len(code) != 2 or code not in self._book:
            return False
        with self._lock:
            if code in self._asking:
                return False
            last = self._refreshed.get(code)
            failed = self._failed.get(code)
        now = self.clock()
        if failed is not None and now - failed < RETRY_AFTER:
            return False
        return last is None or now - last >= self.max_age

    def refresh(self, port: PartnerCenter, country: str) -> bool:
        """Ask ``port`` for ``country``'s rules (blocking: run it on a worker); keep and install
        them when they differ. True when the rules in use changed. Raises what the port raises."""
        code = country.strip().upper()
        with self._lock:
            if code in self._asking:
                return False
            self._asking.add(code)
        try:
            answer = port.country_rules(code)
        except Exception:
            with self._lock:
                self._failed[code] = self.clock()
            raise
        finally:
            with self._lock:
                self._asking.discard(code)
        data = country_data_of(answer)
        if data.code != code:
            return False
        with self._lock:
            old = self._book
            current = old.get(code)
            book = old if current == data else old.with_country(data)
            refreshed = {**self._refreshed, code: self.clock()}
            self._book, self._refreshed = book, refreshed
        try:
            self._save(book, refreshed)
        except OSError as exc:  # the rules still apply for this run
            log.warning("Country rules not kept in %s: %s", self.path, exc)
        if book is old:
            return False
        use_rule_book(book)
        log.info("Country rules of %s refreshed from %s", code, getattr(port, "name", "the port"))
        self.changed.emit()
        return True

    # -- a kept copy replaced on disk

    def watched_paths(self) -> list[str]:
        """What a view watches (``QFileSystemWatcher``) to call ``check_disk`` on a change: the
        folder (a file replaced by a rename) and the kept copy."""
        if self.path is None:
            return []
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return []
        return [str(p) for p in (self.path.parent, self.path) if p.exists()]

    def check_disk(self) -> bool:
        """Read the kept copy again if it changed on disk since it was read or written (someone
        replaced it); True when the rules in use changed."""
        if self.path is None:
            return False
        stamp = _stamp(self.path)
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        return self.load()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _read_refreshed(path: Path) -> dict[str, datetime]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, datetime] = {}
    stamps = document.get(_REFRESHED_KEY) if isinstance(document, dict) else None
    for code, text in (stamps or {}).items() if isinstance(stamps, dict) else ():
        try:
            found[str(code)] = datetime.fromisoformat(str(text))
        except ValueError:
            continue
    return found
