"""Half-typed entries kept on disk, so a closed window or a crash never loses them.

A draft is a small JSON file under ``<data dir>/drafts``, written atomically (a temporary file in
the same folder, flushed to disk, then renamed over the old one), so a crash mid-write leaves the
previous draft intact. Drafts never hold a password: keys that look like one are refused.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reseller_desktop.domain.request import NewCustomerRequest

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
# What a seat count may be: Qt's spin boxes hold a C int, and a value beyond it would make every
# restore fail (OverflowError) and so block Add customer.
MIN_SEATS, MAX_SEATS = 1, 2**31 - 1
MAX_TEXT = 10_000  # characters of one text entry (a line edit holds 32,767)
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")


class DraftStore:
    """Named drafts in one folder (created on the first save)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        if not name or not set(name) <= _NAME_CHARS:
            raise ValueError(f"a draft name uses a-z, 0-9, '_' and '-' only: {name!r}")
        return self.folder / f"{name}.json"

    def save(self, name: str, values: Mapping[str, Any], *, saved_at: datetime) -> Path:
        """Write ``values`` (JSON-serialisable) as draft ``name``, replacing the previous one."""
        secret = next((key for key in _all_keys(values) if "password" in key.lower()), None)
        if secret is not None:
            raise ValueError(f"a draft never holds a password (key {secret!r})")
        target = self.path(name)
        payload = {
            "format": FORMAT_VERSION,
            "saved_at": saved_at.isoformat(timespec="seconds"),
            "values": dict(values),
        }
        text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True)
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        return target

    def load(self, name: str) -> tuple[dict[str, Any], datetime | None] | None:
        """(values, when saved) of draft ``name``; None when there is none or it is unreadable."""
        target = self.path(name)
        try:
            payload = json.loads(target.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable draft %s: %s", target.name, type(exc).__name__)
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("values"), dict):
            log.warning("Ignoring draft %s: unexpected content", target.name)
            return None
        saved_at = None
        stamp = payload.get("saved_at")
        if isinstance(stamp, str):
            with contextlib.suppress(ValueError):
                saved_at = datetime.fromisoformat(stamp)
        return payload["values"], saved_at

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def discard(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(name).unlink()


def _all_keys(values: Mapping[str, Any]) -> list[str]:
    keys: list[str] = []
    for key, value in values.items():
        keys.append(str(key))
        if isinstance(value, Mapping):
            keys += _all_keys(value)
    return keys


def request_to_draft(request: NewCustomerRequest) -> dict[str, Any]:
    """The request's fields as JSON values (the agreement date as ``YYYY-MM-DD``)."""
    values: dict[str, Any] = {}
    for f in fields(request):
        value = getattr(request, f.name)
        values[f.name] = value.isoformat() if isinstance(value, date) else value
    return values


def request_from_draft(values: Mapping[str, Any]) -> NewCustomerRequest:
    """A request from draft values; unknown keys and values of the wrong type are ignored."""
    return restore_request(values)[0]


def restore_request(values: Mapping[str, Any]) -> tuple[NewCustomerRequest, list[str]]:
    """A request from draft values, and the names of the fields whose saved value could not be
    used (wrong type, out of range, not a date...): those keep their blank default. Unknown keys
    are ignored; nothing here raises, so a bad draft never blocks the wizard."""
    template = NewCustomerRequest()
    changes: dict[str, Any] = {}
    dropped: list[str] = []
    for f in fields(template):
        if f.name not in values:
            continue
        value = _usable(f.name, getattr(template, f.name), values[f.name])
        if value is _DROPPED:
            dropped.append(f.name)
        elif value is not _BLANK:
            changes[f.name] = value
    return template.with_changes(**changes), dropped


_DROPPED = object()  # a saved value that cannot be used
_BLANK = object()  # nothing saved (an empty request id, a cleared date): keep the default


def _usable(name: str, default: Any, value: Any) -> Any:
    if name == "mca_date":
        if value in (None, ""):
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            return _DROPPED
    if isinstance(default, bool):
        return value if isinstance(value, bool) else _DROPPED
    if isinstance(default, int):
        whole = isinstance(value, int) and not isinstance(value, bool)
        return value if whole and MIN_SEATS <= value <= MAX_SEATS else _DROPPED
    if not isinstance(value, str) or len(value) > MAX_TEXT or not _encodable(value):
        return _DROPPED
    if name == "request_id":
        if not value:
            return _BLANK
        return value if _is_uuid(value) else _DROPPED
    return value


def _encodable(text: str) -> bool:
    """False for text with lone surrogates (JSON allows them; Qt and UTF-8 files do not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False
