"""What the customer list reads: its query, its rows, and where a page ends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from reseller_desktop.domain.search import search_words


class ListRow(NamedTuple):
    """One line of the customer list."""

    id: uuid.UUID
    company: str
    domain_prefix: str
    country: str
    offers: str
    seats: int
    status: str
    reason: str
    created_at: datetime
    agreement: str  # the customer agreement's status (domain/agreement.py)
    reseller: str  # the indirect reseller's name ("" for a direct customer)
    key: Any  # row key for keyset paging (SQLite rowid, PostgreSQL id)
    sort_value: Any

    @property
    def domain(self) -> str:
        return f"{self.domain_prefix}.onmicrosoft.com"


class ExportRow(NamedTuple):
    """A list row with its contact, for the CSV export."""

    id: str  # as the export writes it (a million UUID objects were a tenth of an export)
    company: str
    domain_prefix: str
    country: str
    offers: str
    seats: int
    status: str
    reason: str
    created_at: datetime
    agreement: str
    reseller: str
    first_name: str
    last_name: str
    email: str
    phone: str
    gdap_default: bool
    admin_relationship: str  # its status ("" when none was requested)
    key: Any
    sort_value: Any

    @property
    def domain(self) -> str:
        return f"{self.domain_prefix}.onmicrosoft.com"


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: search text, status filter, and order."""

    text: str = ""
    status: str | None = None
    sort: str = "created"
    # Only the customers whose first order waits for the agreement; only one reseller's.
    waiting_agreement: bool = False
    reseller: str | None = None
    descending: bool = True

    def words(self) -> list[str]:
        return search_words(self.text)

    def filtered(self) -> bool:
        """Whether a filter besides the search narrows the list."""
        return bool(self.status or self.waiting_agreement or self.reseller is not None)

    def narrows(self, other: ListQuery) -> bool:
        """Whether every row this query shows, ``other`` shows too, in the same order: the same
        sort, filters at least as strict, and each of ``other``'s words inside one of these
        ("québ" after "qué"). Its first row then sorts at or after ``other``'s."""
        words = self.words()
        return (
            (self.sort, self.descending) == (other.sort, other.descending)
            and other.status in (None, self.status)
            and (self.waiting_agreement or not other.waiting_agreement)
            and other.reseller in (None, self.reseller)
            and all(any(old in new for new in words) for old in other.words())
        )


@dataclass(frozen=True)
class Position:
    """Where the next page starts: after (sort value, key), continuing with ``plan``; at it,
    ``inclusive``, for a first page that starts where a search it narrows found its first row
    (``CustomerQueries.page``'s ``start``)."""

    sort_value: Any
    key: Any
    plan: str = "index"
    walked: int = 0  # rows a walk with no index to fall back on has read so far
    # A walk preferred to an index: the index's count of matches and its plan (not counted again).
    indexed: tuple[int, str] | None = None
    inclusive: bool = False


class Page(NamedTuple):
    rows: list[Any]
    next: Position | None  # None: there is nothing more
