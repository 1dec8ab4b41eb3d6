"""Time in one convention: naive datetimes that are UTC, as the store keeps them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
