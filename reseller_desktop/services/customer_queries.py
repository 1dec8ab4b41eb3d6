"""Reads for the customer list and its export: filtered, sorted and paged by the database.

A million customers must feel like a hundred, so nothing here reads the whole book at once:

- Pages are keyset pages: ``WHERE (sort column, row key) > (position)``, ``ORDER BY`` the same,
  ``LIMIT n``. That walks an index (``store/indexes.py``) and costs the same on page 1 and 5000.
- The search box matches substrings of ``Customer.search_text`` word by word (every word must
  appear); the status filter matches the status. Which plan is fast depends on how many customers
  match. Many (a common word): walk the sort index and test each row; a page fills at once. Few
  (an e-mail, a name): ask an index for the matches (SQLite's FTS5 trigram table: every trigram
  of a word of 3+ characters, any trigram that begins with a word of 1-2 characters; the status
  index), then sort them. A capped count of the indexed matches picks the plan; a walk that
  runs out of its time budget before a page is full switches to the index plan unless its yield
  so far says walking on reads fewer rows than the index's matches ("lab" by company: 40 in
  7,000 rows, of 125,000), or (words too common for the index to narrow) walks on in budgeted
  steps, the view
  asking again on each turn of its event loop, until it has read a 48th of the book; then
  one read of the whole table whose matches are sorted answers: a short word held by a few
  percent of the customers is found by the walk (34 ms for "ly" by company in a million, where
  the scan costs 300 ms), a rare one's list is final after one scan instead of a walk over the
  whole sort index in steps (seconds). The page after a scan walks on from its last row
  (matches often sort together), and scans again only if that walk runs out of time too.
- PostgreSQL: ``LIKE`` per word (pg_trgm GIN index). The planner's estimate for
  ``LIKE '%word%'`` is a guess, and a wrong one walks the sort index past a million rows for a
  rare word (or scans the whole trigram index for a word of 1-2 characters, which has no
  trigram: seconds). So the plan is chosen as on SQLite: a capped count through an index (of
  characters and pairs for the words of 1-2 characters, the trigram index for the others; both
  kinds together: that index for every pair of every word, in the search copy, whose text
  ``LIKE`` checks); few -> fetch the matches (a materialised CTE, which the planner cannot
  flatten) and sort them. Many: walk the sort index (the LIKE hidden from the trigram index)
  under a short statement time-out, since a walk's cost depends on where the matches sort, not
  on how many there are; a page found in time is the answer (common words: a millisecond). Else,
  for words of 1-2 characters only, the walk goes on for a time that grows with how many may
  match, then the sort index is walked by itself against a hash of the matches' ids
  (``_pg_inset``) for a few times longer, then the matches are fetched and sorted; for other
  searches, the walk (with no time limit of its own) and the fetch run at once on two
  connections (``RaceLanes``), and the first answers. The next page walks again from there.
  The walk may not sort (``enable_sort``, ``enable_incremental_sort`` off): guessing that the
  hidden LIKE matches almost nothing, the planner would rather scan the table, or a status's
  thousands of rows, and sort them.

Rows are plain tuples (``execute_sql``), never model instances: those cost ten times more.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from peewee import Database, DatabaseProxy, OperationalError, SqliteDatabase

from reseller_desktop.domain.agreement import HOLDING
from reseller_desktop.services.customer_rows import (
    ExportRow,
    ListQuery,
    ListRow,
    Page,
    Position,
)
from reseller_desktop.services.read_race import RaceLanes, first_of
from reseller_desktop.store.database import sqlite_file
from reseller_desktop.store.errors import interrupted, statement_canceled
from reseller_desktop.store.indexes import (
    GRAMS_FUNCTION,
    SEARCH_COPY,
    SEARCH_COPY_TRIGRAMS,
    SEARCH_TABLE,
    SEARCH_VOCAB,
    copy_columns,
)
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy

if TYPE_CHECKING:  # one customer's records: loaded with its details, not before the list
    from reseller_desktop.services.customer_records import (
        CustomerRecord,
        HistoryEntry,
        SubscriptionRecord,
    )

T = TypeVar("T")

SORT_KEYS = ("company", "domain", "country", "offers", "seats", "status", "created")
PAGE_SIZE = 100
# Fewer indexed matches than this: fetch them through the index and sort them.
PROBE_CAP = 3000
# SQLite: how long the first walk of a first page may take (a common word's page: about a
# millisecond, twice that beside a painting window; see _quick_walk), and how many virtual
# machine steps between two looks at the clock.
FIRST_WALK_S = 0.003
QUICK_WALK_STEPS = 2_000
# When a walk runs out of time, the smaller of the indexed match sets is used, counted up to this:
# fetching and sorting fewer matches costs less than a scan (125,000 in 190 ms, the scan 300 ms).
LARGE_CAP = 200_000
# What a row walked costs in matches fetched and sorted through the trigram index (a million,
# memory-mapped: 350 to 550 rows walked per ms, the fewer while the window paints; 700 matches
# fetched and sorted per ms). A walk cut short by the budget explores for a fifth of the fetch's
# cost before giving way to it: "lab" by company (125,000 matches, which begin 15,000 rows in)
# walks 45 ms, where the fetch costs 150.
WALK_ROW_COST = 1.5
# From this many matches in the trigram index (fetching and sorting them: 110 ms and more), a walk
# cut short walks the sort index alone, each entry tested against the set of the matches' row ids
# (no table row read: 5,000 entries per ms), while another connection fetches and sorts the
# matches: the first to finish answers ("san" by company, 125,000 matches 21,000 rows in: 23 ms,
# where the fetch costs 140; "ly" by country, 100,000 matches half-way: the fetch, 140 ms).
INSET_MIN = 80_000
# The set of matches the sort index is walked against holds up to this many trigram postings.
INSET_SET_CAP = 2_000_000
# SQLite asks whether the other read has answered every this many of its virtual machine's steps.
INSET_CHECK_STEPS = 20_000
# A walk over words no index serves reads at least this many rows before a scan is chosen.
WALK_ROWS_MIN = 5_000
# PostgreSQL: how long a walk of the sort index may take, at least, before the matches are
# fetched instead (a common word's walk: a millisecond; see _walk_budget_ms).
PG_WALK_BUDGET_MS = 10
# ... and before the count that chooses the plan (a common word's walk: a millisecond or two).
PG_FIRST_WALK_MS = 3
# PostgreSQL fetches and sorts up to this many matches (a bitmap scan and a sort: ~20 ms for
# 6,000) rather than risk a walk; SQLite's FTS5 count is dearer, hence its lower PROBE_CAP.
PG_PROBE_CAP = 20_000
# ... and the time that count may take (see _postgres_plan).
PG_PROBE_BUDGET_MS = 10
# How old PostgreSQL's statistics of the index of characters and pairs may get before they are
# read again (ANALYZE, by autovacuum, refreshes them as the book grows).
PG_GRAM_STATS_S = 300.0
# A walk of words that many customers may hold gets a millisecond per this many of them, up to
# PG_WALK_MAX_MS: about a fifth of what fetching and sorting them instead would cost, so a walk
# that fails costs a fifth more ("la" by company: a 26 ms walk, or 600 ms for its 300,000
# matches; "umbra", sorted further on: 12 ms, then 55 ms for its 30,000).
PG_WALK_ROWS_PER_MS = 2500
PG_WALK_MAX_MS = 500
# ... and when the search copy holds the sort column, whose fetch costs about a millisecond per
# 2,000 matches ("ca" by country: 200,000 in 105 ms), a millisecond per this many.
PG_COPY_WALK_ROWS_PER_MS = 10_000
# A walk out of time then walks the sort index alone against a hash of the matches (_pg_inset)
# for this many times its own time, before the matches are fetched and sorted; with this much
# memory to hash them (100,000 ids: about 6 MB). The sorts with a (column, id) index, which the
# walk reads alone (not domain: its index has no id), when the search copy lacks their column
# (status; the others on a copy made before it held them).
# The time covers the hash read from disk: its pages are a third of those the fetch would read
# ("ly" by country descending in a million, out of the server's cache: 440 ms, the fetch 640 ms;
# 5 times the walk's time, 205 ms, fell back to the fetch: 890 ms in all).
PG_INSET_SHARE = 15
# (The same memory keeps exact the bitmap of the matches that a fetch reads: _page_postgres.)
# A walk that races the fetch (_page_postgres) may go on until the fetch answers, or this long.
PG_RACE_LIMIT_MS = 10_000
PG_INSET_WORK_MEM = "64MB"
_PG_INSET_SORTS = ("country", "offers", "seats", "status", "created")
# Plans: walk the sort index testing rows; the sort index alone; trigram index; status index;
# a scan of the table, its matches sorted; the sort index walked against the trigram index's set.
WALK, INDEX, FTS, STATUS, SCAN, INSET = "walk", "index", "fts", "status", "scan", "inset"

_SORT_COLUMNS = {
    "company": "company_name",
    "domain": "domain_key",
    "country": "country",
    "offers": "offer_summary",
    "seats": "total_seats",
    "status": "status",
    "created": "created_at",
}
# The sorts whose values many customers share (8 countries, 4 statuses, 15 offer summaries,
# 300 seat counts in the benchmarks' million): see _Dialect.ranges.
_TIED_SORTS = ("country", "offers", "seats", "status")
_LIST_COLUMNS = (
    "c.id, c.company_name, c.domain_prefix, c.country, c.offer_summary, c.total_seats, "
    "c.status, c.status_reason, c.created_at, c.agreement_status, c.reseller_name"
)
_EXPORT_COLUMNS = (
    _LIST_COLUMNS
    + ", c.first_name, c.last_name, c.email, c.phone, c.gdap_default, c.admin_relationship_status"
)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_term(gram: str) -> str:
    return '"' + gram.replace('"', '""') + '"'


def _fts_trigrams(words: Sequence[str]) -> str:
    # The index (detail=none) knows which rows hold a trigram, not where: it takes no phrases.
    # Rows holding every trigram of every word are a superset of the matches; LIKE decides.
    grams = dict.fromkeys(w[i : i + 3] for w in words for i in range(len(w) - 2))
    return " AND ".join(_fts_term(g) for g in grams)


# An FTS match for a word no text holds: the query matches no row.
_NO_ROWS = ""
# PostgreSQL: a search copy's text holds every one of some 1-2-character words (exact), and
# the customers whose text does.
_GRAMS_HELD = f"{GRAMS_FUNCTION}(search_text) @> %s::text[]"
_GRAMS_HOLDERS = f"SELECT customer_id FROM {SEARCH_COPY} WHERE {_GRAMS_HELD}"


def _short_words(words: Sequence[str]) -> list[str]:
    """The distinct words of 1-2 characters, which no trigram holds."""
    return sorted({w for w in words if len(w) < 3})


def _copy_terms(words: Sequence[str]) -> tuple[list[str], list[Any]]:
    """PostgreSQL: the search copy's rows that hold every word. With a word of 1-2 characters,
    the index of characters and pairs narrows to the rows holding every pair of every word (a
    word of 1 character: that character), which is exact for the short ones; ``LIKE`` on the
    copy's text checks the longer ones (through its trigram index when they are alone)."""
    longer = list(dict.fromkeys(w for w in words if len(w) >= 3))
    params: list[Any] = [_like(w) for w in longer]
    if not _short_words(words):
        return ["search_text LIKE %s ESCAPE '\\'"] * len(longer), params
    keys = sorted({k for w in words for k in ([w] if len(w) < 2 else _pairs(w))})
    # The LIKE hidden from the trigram index, which would only add its own matches to read
    # and AND ("zen 12": 30,000 for "zen" beside 1,500 for the pairs: 40 ms, not 4).
    likes = ["(search_text || '') LIKE %s ESCAPE '\\'"] * len(longer)
    return [_GRAMS_HELD, *likes], [keys, *params]


def _pairs(word: str) -> list[str]:
    return [word[i : i + 2] for i in range(len(word) - 1)]


def _mixed(words: Sequence[str]) -> bool:
    """Words of 1-2 characters beside longer ones ("zoe ly")."""
    return any(len(w) < 3 for w in words) and any(len(w) >= 3 for w in words)


def _page_of(rows: list[Any], limit: int, then: str) -> Page:
    """A page of ``rows`` read with a LIMIT of ``limit``: fewer, and the list ends there; else
    the next page goes on after its last row with ``then``."""
    if len(rows) < limit:
        return Page(rows, None)
    return Page(rows, Position(rows[-1].sort_value, rows[-1].key, then))


def _when(value: Any) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _uuid_text(value: Any) -> str:
    """An id as text with its dashes (SQLite keeps 32 hex digits), without a UUID object."""
    text = str(value)
    if len(text) == 32:
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return text


def _param(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value


class _Dialect:
    """What differs between SQLite and PostgreSQL in the list's SQL."""

    def __init__(self, db: Database) -> None:
        self.sqlite = isinstance(db, SqliteDatabase)
        self.param = "?" if self.sqlite else "%s"
        self.key = "rowid" if self.sqlite else "id"
        self.fts = False
        self.vocab = False  # SQLite: the trigram index's vocabulary (words of 1-2 characters)
        self.grams = False  # PostgreSQL: the index of characters and pairs (words of 1-2)
        # ... its most common keys and how many customers hold each, by its statistics, and
        # when they were read.
        self.gram_rows: dict[str, float] = {}
        self.gram_rows_at = -PG_GRAM_STATS_S
        self.status_index = ""
        # PostgreSQL: the sorts whose column the search copy holds (store/indexes.py), and
        # whether its trigram index serves the longer words.
        self.copy_sorts: tuple[str, ...] = ()
        self.copy_trigrams = False
        self.book_rows: int | None = None  # SQLite: the book's size, roughly (max rowid)
        if self.sqlite:
            names = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master")}
            self.fts = SEARCH_TABLE in names
            self.vocab = self.fts and SEARCH_VOCAB in names
            self.status_index = "customer_status" if "customer_status" in names else ""
        else:
            found = db.execute_sql("SELECT to_regclass(%s)", (GRAMS_FUNCTION,)).fetchone()
            self.grams = bool(found and found[0])
            copied = copy_columns(db) if self.grams else set()
            self.copy_sorts = tuple(s for s, column in _SORT_COLUMNS.items() if column in copied)
            self.copy_trigrams = SEARCH_COPY_TRIGRAMS in copied
        self.fts_rowids = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?"

    @staticmethod
    def sort_index(sort: str) -> str:
        """SQLite: the index that gives ``sort``'s order (store/indexes.py, store/models.py)."""
        return "customer_company_nocase" if sort == "company" else f"customer_{_SORT_COLUMNS[sort]}"

    def sort_expr(self, sort: str) -> str:
        column = f"c.{_SORT_COLUMNS[sort]}"
        if sort == "company" and self.sqlite:
            return f"{column} COLLATE NOCASE"  # "alpine" beside "Alpine"
        return column

    def order(self, query: ListQuery) -> str:
        direction = " DESC" if query.descending else ""
        if query.sort == "domain" and not self.sqlite:
            # domain_key is unique: its own index gives the whole order (PostgreSQL has no
            # (domain_key, id) index, and a walk may not sort).
            return f"{self.sort_expr(query.sort)}{direction}"
        return f"{self.sort_expr(query.sort)}{direction}, c.{self.key}{direction}"

    def after(self, query: ListQuery, position: Position | None) -> tuple[list[str], list[Any]]:
        """Where the next page starts. The plain range on the sort column lets the database seek
        the sort index to the position (SQLite does not seek on a row-value comparison alone, so
        each continuation would read the index from its start); the row value then settles ties
        by row key."""
        if position is None:
            return [], []
        op = "<" if query.descending else ">"
        column = self.sort_expr(query.sort)
        value = _param(position.sort_value)
        row_op = f"{op}=" if position.inclusive else op
        return [
            f"{column} {op}= {self.param}",
            f"({column}, c.{self.key}) {row_op} ({self.param}, {self.param})",
        ], [value, value, _param(position.key)]

    def ranges(
        self, query: ListQuery, position: Position | None
    ) -> list[tuple[list[str], list[Any]]]:
        """Where the next page starts, as ranges of the sort index read one after the other.

        SQLite seeks an index on its column's range, not on the row key that follows it: after
        a position inside a value thousands of customers share (a country: 100,000 in a
        million), ``after``'s range steps through every entry of that value before the
        position (12 ms, 90,000 entries into Germany). So the rest of the value is read first,
        sought on both (``column = v AND rowid > k``), then the values after it (0.7 ms)."""
        if position is None or not self.sqlite or query.sort not in _TIED_SORTS:
            return [self.after(query, position)]
        op = "<" if query.descending else ">"
        column = self.sort_expr(query.sort)
        value = _param(position.sort_value)
        key_op = f"{op}=" if position.inclusive else op
        return [
            ([f"{column} = ?", f"c.rowid {key_op} ?"], [value, position.key]),
            ([f"{column} {op} ?"], [value]),
        ]


class _WalkCut(NamedTuple):
    """A walk out of budget: the rows it found and where it stopped, and the rows the walk has
    read since the query's first page."""

    page: Page
    walked: int


class CustomerQueries:
    """The customer list's reads. ``trace``, when a list, receives every (sql, params) run."""

    def __init__(self, database: Database | DatabaseProxy = database_proxy) -> None:
        self._database = database
        self._dialects: dict[int, _Dialect] = {}
        self._race_lanes: dict[int, RaceLanes] = {}  # PostgreSQL, per database
        # Benchmarks: [sql, params, rows read (None: all)] of every statement run.
        self.trace: list[list[Any]] | None = None

    @property
    def db(self) -> Database:
        db = self._database
        return db.obj if isinstance(db, DatabaseProxy) else db

    def prepare(self) -> None:
        """Read now what the list's SQL depends on (which indexes the book has), on this
        thread's connection: the app's reader does so while the window is built."""
        self._dialect()

    def _dialect(self) -> _Dialect:
        return self._of_db(self._dialects, _Dialect)

    def _lanes(self) -> RaceLanes:
        return self._of_db(self._race_lanes, RaceLanes)

    def _of_db(self, made: dict[int, T], make: Callable[[Database], T]) -> T:
        """What ``make`` made for the database in use (the proxy may point at another)."""
        db = self.db
        found = made.get(id(db))
        if found is None:
            found = made[id(db)] = make(db)
        return found

    def _cursor(self, sql: str, params: Sequence[Any]) -> Any:
        if self.trace is not None:
            self.trace.append([sql, tuple(params), None])
        return self.db.execute_sql(sql, tuple(params))

    def _all(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        return list(self._cursor(sql, params).fetchall())

    # ------------------------------------------------------------------------------------------
    # The list

    def page(
        self,
        query: ListQuery,
        position: Position | None = None,
        limit: int = PAGE_SIZE,
        *,
        budget: float | None = None,
        export: bool = False,
        start: Position | None = None,
    ) -> Page:
        """Up to ``limit`` rows of ``query`` from ``position`` (None: the top).

        ``budget`` (seconds) bounds a walk over the sort index; a page cut short by it has fewer
        rows (maybe none) and a ``next`` position to go on from.

        ``start`` (with no ``position``): no row of the query sorts before it, as the caller
        knows from a query this one narrows (``ListQuery.narrows``): its first row, inclusive,
        or where its walk had got to. The first page is planned as any other, but its reads
        begin there: a walk that would cross every customer of Belgium and Canada before the
        first "québe" seeks to where "qué" found its first.
        """
        d = self._dialect()
        fresh = position is None
        if fresh:
            position = start
        if not d.sqlite and query.words():
            return self._page_postgres(d, query, position, limit, export, fresh)
        if not d.sqlite or (not query.words() and not query.status):
            conds, params = self._conditions(d, query)
            return self._select(d, query, position, conds, params, limit, export)
        if not fresh:
            assert position is not None
            plan = position.plan
            if plan == INSET and position.indexed is not None:
                held = position.indexed
                fallback = FTS if held[0] < LARGE_CAP else SCAN
                return self._inset(d, query, position, limit, export, held, fallback)
        else:
            # Walked before they are counted: most words typed are common ones, whose page the
            # walk finds at once (and the count of words of 1-2 characters is dear).
            first = self._quick_walk(d, query, position, limit, export)
            if first is not None:
                return first
            counts = self._index_counts(d, query, PROBE_CAP)
            few = [(n, name) for name, n in counts.items() if n < PROBE_CAP]
            plan = min(few)[1] if few else WALK
        if plan == WALK:
            found = self._walk(d, query, position, limit, budget, export)
            if isinstance(found, Page):
                return found
            indexed = position.indexed if position is not None else None
            if indexed is None:
                counts = self._index_counts(d, query, LARGE_CAP)
                indexed = min((n, name) for name, n in counts.items()) if counts else None
            if indexed is None and self._fts_match(d, query.words(), INSET_SET_CAP):
                # Short words held LARGE_CAP times or more, no other index: their set still
                # serves the walk of the sort index ("em" by offers, whose matches begin 270,000
                # rows in: 48 ms, where the scan costs 370).
                indexed = (LARGE_CAP, FTS)
            # An index that narrows to fewer than LARGE_CAP matches: fetching them costs less
            # than a scan. Walk on while that index's matches would cost more than the rest of
            # the walk (by its yield so far), or, with no such index, for a share of the book.
            narrow = indexed if indexed is not None and indexed[0] < LARGE_CAP else None
            inset = indexed is not None and indexed[1] == FTS and indexed[0] >= INSET_MIN
            more = found.page.next
            if (
                more is not None
                # Nothing found yet, and the sort index against the matches' set explores
                # faster than this walk: no further step.
                and (bool(found.page.rows) or not inset)
                and (
                    found.walked < self._walk_before_scan(d)
                    if narrow is None
                    else self._walk_pays(found, position, limit, narrow[0])
                )
            ):  # walk on, a budgeted step at a time (the index's count kept for the next step)
                return Page(found.page.rows, replace(more, indexed=indexed))
            plan = narrow[1] if narrow is not None else SCAN
            if inset and indexed is not None:
                return self._inset(d, query, position, limit, export, indexed, plan)
        conds, params = self._conditions(d, query, plan)
        return self._select(d, query, position, conds, params, limit, export, plan)

    def _conditions(
        self,
        d: _Dialect,
        query: ListQuery,
        plan: str = INDEX,
        *,
        ordered: bool = True,
        fts_cap: int = LARGE_CAP,
    ) -> tuple[list[str], list[Any]]:
        """WHERE terms for the search and status filter, as ``plan`` uses them (``ordered``:
        for a statement that reads rows in the list's order, not a count; ``fts_cap``: the
        trigram index narrows short words held fewer times, see ``_fts_match``)."""
        conds: list[str] = []
        params: list[Any] = []
        if query.status:
            # SQLite: a unary + keeps the planner off the status index, which it would otherwise
            # use to sort every active customer to show the first hundred.
            sorts = ordered and plan != STATUS and query.sort != "status"
            plus = "+" if d.sqlite and sorts else ""
            conds.append(f"{plus}c.status = {d.param}")
            params.append(query.status)
        if query.waiting_agreement:
            conds.append(f"c.agreement_status IN ({', '.join([d.param] * len(HOLDING))})")
            params += list(HOLDING)
        if query.reseller is not None:
            conds.append(f"c.reseller_name = {d.param}")
            params.append(query.reseller)
        words = query.words()
        match, exact = self._fts_words(d, words, fts_cap) if plan in (FTS, INSET) else (None, set())
        if match == _NO_ROWS:
            conds.append("0")
        elif match:
            # INSET: a test of each entry the sort index walks, which a unary + keeps from being
            # a seek for each match (the rest of a country, from a row: "country = ? AND rowid
            # = ?" for each of 100,000 matches, 270 ms where the walk costs 20).
            plus = "+" if plan == INSET else ""
            conds.append(f"{plus}c.rowid IN ({d.fts_rowids})")
            params.append(match)
        # PostgreSQL walking the sort index: an expression the trigram index does not cover.
        text = "(c.search_text || '')" if not d.sqlite and plan == WALK else "c.search_text"
        short = _short_words(words) if plan == FTS and d.grams else []
        copied = bool(short) and _mixed(words)
        if copied:
            # With longer words, the copy checks them all: its index narrows to the holders of
            # all their pairs ("zoe ly": none, 7 ms; "zen 12": 1,500, 10 ms), where the short
            # words' holders and the trigram index's rows for "zoe", joined, cost 140 ms.
            held, held_params = _copy_terms(words)
            conds.append(
                f"c.id IN (SELECT customer_id FROM {SEARCH_COPY} WHERE {' AND '.join(held)})"
            )
            params += held_params
        elif short:
            conds.append(f"c.id IN ({_GRAMS_HOLDERS})")
            params.append(short)
        for word in words:  # every word the index does not settle: it narrows, LIKE decides
            if (copied and len(word) >= 3) or (match and word in exact):
                # The copy has checked it; or SQLite's index gives its holders exactly, and with
                # no LIKE the rows are not read to test it (the 100,000 holders of "hu" sorted
                # by country: 108 ms, not 144; walking the sort index against their set reads
                # the index alone).
                continue
            conds.append(f"{text} LIKE {d.param} ESCAPE '\\'")
            params.append(_like(word))
        return conds, params

    def _page_postgres(
        self,
        d: _Dialect,
        query: ListQuery,
        position: Position | None,
        limit: int,
        export: bool,
        fresh: bool,
    ) -> Page:
        """A page of a search on PostgreSQL (see the module's docstring). Words of 1-2
        characters: the sort index walked for a time that grows with how many customers may
        match (``_walk_budget_ms``), then against a hash of their matches, then the matches
        fetched and sorted. Other searches: the walk for 10 ms, then the walk and the fetch at
        once. ``fresh``: a first page (``position``, if any, is where it starts), whose plan is
        chosen here."""
        conds, params = self._conditions(d, query, WALK)

        def walk(budget_ms: int) -> Page | None:
            return self._pg_within(
                budget_ms,
                # The planner guesses the hidden LIKE matches almost nothing (8 rows of 200,000
                # for "example") and would scan and sort: the walk must walk.
                ("enable_sort = off", "enable_incremental_sort = off"),
                lambda: self._select(d, query, position, conds, params, limit, export, WALK),
            )

        if fresh or position is None:
            probes = self._pg_probes(d, query)
            first = self._pg_first_walk(walk) if probes else None
            if first is not None:
                return first
            plan = self._postgres_plan(probes)
        else:
            plan = position.plan
        # After a walk out of time, the next page walks on from here (the matches may be close
        # by) rather than fetching every match again.
        then = WALK if plan == WALK else FTS

        def fetch() -> Page:
            return self._pg_fetch(d, query, position, limit, export, then)

        if plan != WALK:
            return fetch()
        if self._grams_exact(d, query) and self._copy_serves(d, query):
            # Words of 1-2 characters whose matches the copy has with their sort value: the
            # walk, then the fetch ("hu" by country, 100,000 matches all in the last country:
            # the fetch, 85 ms, where the walk against their hash costs 300).
            page = walk(self._walk_budget_ms(d, query.words(), PG_COPY_WALK_ROWS_PER_MS))
            return page if page is not None else fetch()
        budget = self._walk_budget_ms(d, query.words())

        if self._pg_inset_serves(d, query):
            # Words of 1-2 characters: the walk, then the sort index against a hash of their
            # matches, then the fetch. (Raced, the hash's walk and the fetch, both heavy, slowed
            # each other down: "ly" by country 180 -> 300 ms.)
            page = walk(budget)
            if page is None:
                page = self._pg_inset(d, query, position, limit, export, budget * PG_INSET_SHARE)
            return page if page is not None else fetch()
        # A common word's page comes at once (a millisecond), on this connection.
        walked = walk(min(budget, PG_WALK_BUDGET_MS))
        if walked is not None:
            return walked
        if budget <= PG_WALK_BUDGET_MS:
            return fetch()  # few customers may match: fetching them costs little
        # Where the matches sort decides which is faster, and nothing tells it beforehand:
        # both at once, the first answers ("qué" by country: the walk, 90 ms where the fetch
        # costs 240; "émi" by country descending: the fetch, 150 ms where the walk costs 550).
        return self._lanes().first_of(lambda: walk(PG_RACE_LIMIT_MS), fetch)

    def close(self) -> None:
        """Close the connections kept for PostgreSQL's races (reads may open them again)."""
        for lanes in self._race_lanes.values():
            lanes.close()
        self._race_lanes.clear()

    def _pg_fetch(
        self,
        d: _Dialect,
        query: ListQuery,
        position: Position | None,
        limit: int,
        export: bool,
        then: str,
    ) -> Page:
        """PostgreSQL: a search's matches fetched through an index and sorted; the next page
        goes on with ``then``."""
        words = query.words()
        # The matches come from a bitmap of an index: with the default 4 MB of memory, a
        # million of them (a short word in ten million) make it lossy, and every row of its
        # pages is tested again, its keys computed anew ("gl" by company in ten million: 89 s;
        # with this memory, 1.9 s).
        with self._pg_local((f"work_mem = '{PG_INSET_WORK_MEM}'",)):
            if self._copy_serves(d, query):
                # The search copy alone has the matches and their sort value, in narrow rows.
                held, held_params = _copy_terms(words)
                return self._select(
                    d,
                    query,
                    position,
                    held,
                    held_params,
                    limit,
                    export,
                    FTS,
                    then=then,
                    copy=True,
                )
            conds, params = self._conditions(d, query, FTS)
            return self._select(d, query, position, conds, params, limit, export, FTS, then=then)

    def _pg_inset(
        self,
        d: _Dialect,
        query: ListQuery,
        position: Position | None,
        limit: int,
        export: bool,
        budget_ms: int,
    ) -> Page | None:
        """The sort index walked by itself (an index-only scan of ``(column, id)``), each entry
        tested against a hash of the matches' ids; None when ``budget_ms`` runs out first.

        The matches are those of the index of characters and pairs (``_pg_inset_serves``).
        The test sits in a CASE, where PostgreSQL keeps it a hashed subplan: as a plain
        ``IN``, the planner would join the matches instead, and sort them ("ly" by country in a
        million, 100,000 matches 400,000 entries in: 120 ms, the fetch and sort 700)."""
        held, params = _GRAMS_HOLDERS, [_short_words(query.words())]
        after, after_params = d.after(query, position)
        terms = " AND ".join([f"(CASE WHEN c.id IN ({held}) THEN true END)", *after])
        order = d.order(query)
        sql = (
            f"WITH t AS MATERIALIZED (SELECT c.id, {d.sort_expr(query.sort)} FROM customer c "
            f"WHERE {terms} ORDER BY {order} LIMIT {int(limit)}) "
            f"SELECT {self._columns(d, query, export)} FROM customer c "
            f"WHERE c.id IN (SELECT id FROM t) ORDER BY {order}"
        )
        rows = self._pg_within(
            budget_ms,
            # The matches' ids hashed in memory (a subplan that does not fit is not hashed).
            (f"work_mem = '{PG_INSET_WORK_MEM}'",),
            lambda: self._rows(self._all(sql, params + after_params), export),
        )
        return None if rows is None else _page_of(rows, limit, WALK)

    @staticmethod
    def _grams_exact(d: _Dialect, query: ListQuery) -> bool:
        """PostgreSQL: only words of 1-2 characters and no filter, so that the index of
        characters and pairs hands over exactly the matches (100,000 in 40 ms; the trigram
        index's must be read from the table to be checked)."""
        return d.grams and all(len(w) < 3 for w in query.words()) and not query.filtered()

    def _pg_inset_serves(self, d: _Dialect, query: ListQuery) -> bool:
        """Whether ``_pg_inset`` may answer (with the trigram index's matches, reading them
        cost 150 ms, more than the walk saved)."""
        return query.sort in _PG_INSET_SORTS and self._grams_exact(d, query)

    @staticmethod
    def _copy_serves(d: _Dialect, query: ListQuery) -> bool:
        """Whether the search copy alone answers: sorted by a column it holds, no filter (it has
        none of the filtered columns), and an index of it for the words (of characters and
        pairs for a word of 1-2 characters, else of trigrams)."""
        return (
            query.sort in d.copy_sorts
            and not query.filtered()
            and (d.copy_trigrams or bool(_short_words(query.words())))
        )

    @staticmethod
    def _pg_first_walk(walk: Callable[[int], Page | None]) -> Page | None:
        """PostgreSQL, before the counts that choose the plan: a walk of ``PG_FIRST_WALK_MS``.
        A common word's count runs out of its time (10 ms), where its walk fills the page in a
        millisecond or two; a rarer word's walk gives up at once (None)."""
        return walk(PG_FIRST_WALK_MS)

    def _postgres_plan(self, probes: list[tuple[str, list[Any]]]) -> str:
        """FTS when an index finds fewer than ``PG_PROBE_CAP`` rows for the words it can look
        up (``probes``), else WALK. The count is made through the index (a sequential scan
        picked on a wrong estimate would read the whole book to count few).

        A GIN index answers only with a bitmap of every match, whatever the LIMIT: for a word
        most customers hold, the count would cost 300 ms in a million. So each count has
        ``PG_PROBE_BUDGET_MS``: a count not done by then is of a common word, which the walk
        answers at once."""
        for probe, params in probes:
            if self._pg_count(probe, params) < PG_PROBE_CAP:
                return FTS
        return WALK

    def _pg_probes(self, d: _Dialect, query: ListQuery) -> list[tuple[str, list[Any]]]:
        """The counts that choose the plan: the index of characters and pairs for the words of
        1-2 characters (exact: it counts without reading the customers), unless its statistics
        say that they are common; the trigram index for the others. Short and longer words
        together: one count of them all, in the search copy (``_copy_terms``)."""
        words = query.words()
        short = _short_words(words) if d.grams else []
        if short and _mixed(words):
            # All the words at once, through the copy: "ly" and "zoe" are each held by 100,000
            # customers, "zoe ly" by none (7 ms).
            held, held_params = _copy_terms(words)
            return [(f"SELECT 1 FROM {SEARCH_COPY} WHERE {' AND '.join(held)}", held_params)]
        long_words = [w for w in words if len(w) >= 3]
        probes: list[tuple[str, list[Any]]] = []
        common = {gram for gram, rows in self._gram_rows(d).items() if rows >= PG_PROBE_CAP}
        if short and not set(short) <= common:
            probes.append((_GRAMS_HOLDERS, [short]))
        if long_words:
            likes = " AND ".join(["c.search_text LIKE %s ESCAPE '\\'"] * len(long_words))
            probe = f"SELECT 1 FROM customer c WHERE {likes}"
            probes.append((probe, [_like(w) for w in long_words]))
        return probes

    def _gram_rows(self, d: _Dialect) -> dict[str, float]:
        """How many customers hold each of the most common keys of the index of characters and
        pairs, by the statistics ANALYZE keeps on it (empty without them). A key held by at
        least ``PG_PROBE_CAP`` customers is not counted (a GIN index answers with a bitmap of
        every match: the count would only run out of time, 20 ms for "a" in a million), so its
        plan is known at once."""
        now = time.monotonic()
        if d.grams and now - d.gram_rows_at >= PG_GRAM_STATS_S:
            d.gram_rows_at = now
            row = self.db.execute_sql(
                "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples "
                "FROM pg_stats s JOIN pg_class c ON c.oid = to_regclass(%s) "
                "WHERE s.schemaname = current_schema() AND s.tablename = %s",
                (SEARCH_COPY, GRAMS_FUNCTION),
            ).fetchone()
            keys, shares, rows = row if row else (None, None, 0)
            d.gram_rows = {
                key: share * max(rows, 0)
                for key, share in zip(keys or (), shares or (), strict=False)
            }
        return d.gram_rows

    def _walk_budget_ms(
        self, d: _Dialect, words: list[str], rows_per_ms: int = PG_WALK_ROWS_PER_MS
    ) -> int:
        """How long a walk may take: ``PG_WALK_BUDGET_MS``, more when the statistics say many
        customers may hold every word (as many as hold the rarest character or pair of any of
        them; a key the statistics do not list is rarer than those they list): a millisecond
        per ``rows_per_ms`` of them."""
        rows = self._gram_rows(d)
        if not rows or not words:
            return PG_WALK_BUDGET_MS
        unlisted = min(rows.values())
        keys = [pair for w in words for pair in _pairs(w)] or words
        most = min(rows.get(key, unlisted) for key in keys)
        return int(min(PG_WALK_MAX_MS, max(PG_WALK_BUDGET_MS, most / rows_per_ms)))

    def _pg_count(self, probe: str, params: list[Any]) -> int:
        """The rows of ``probe`` up to ``PG_PROBE_CAP``, through an index, within
        ``PG_PROBE_BUDGET_MS`` (``PG_PROBE_CAP`` when out of time)."""
        sql = f"SELECT count(*) FROM ({probe} LIMIT {PG_PROBE_CAP}) t"
        found = self._pg_within(
            PG_PROBE_BUDGET_MS,
            ("enable_seqscan = off", "enable_indexscan = off"),
            lambda: int(self._all(sql, params)[0][0]),
        )
        return PG_PROBE_CAP if found is None else found

    def _pg_within(
        self, timeout_ms: int, settings: Sequence[str], read: Callable[[], T]
    ) -> T | None:
        """PostgreSQL: ``read`` in a transaction of its own, under a time-out of ``timeout_ms``,
        with no parallel workers (they cost more to start, 8 ms, than a common word's walk
        takes: 1 ms) and ``settings``; None when the server stopped it at the time-out."""
        limits = (f"statement_timeout = {int(timeout_ms)}", "max_parallel_workers_per_gather = 0")
        try:
            with self._pg_local((*limits, *settings)):
                return read()
        except OperationalError as exc:
            if not statement_canceled(exc):
                raise
            return None

    @contextlib.contextmanager
    def _pg_local(self, settings: Sequence[str]) -> Iterator[None]:
        """PostgreSQL: a transaction of its own with ``settings`` (``SET LOCAL``: they end
        with it)."""
        with self.db.atomic():
            for setting in settings:
                self.db.execute_sql(f"SET LOCAL {setting}")
            yield

    def _columns(self, d: _Dialect, query: ListQuery, export: bool) -> str:
        columns = _EXPORT_COLUMNS if export else _LIST_COLUMNS
        return f"{columns}, c.{d.key}, {d.sort_expr(query.sort)}"

    def _select(
        self,
        d: _Dialect,
        query: ListQuery,
        position: Position | None,
        conds: list[str],
        params: list[Any],
        limit: int,
        export: bool,
        plan: str = INDEX,
        then: str | None = None,
        copy: bool = False,
        by_row: bool = False,
    ) -> Page:
        """A page of ``query`` read with ``plan``; the next goes on with ``then`` (default:
        ``plan``, but a walk after a scan: matches often sort together, "ze": the Zeniths).
        ``copy``: PostgreSQL's matches are found in the search copy (``conds`` on it).

        The list without a search, and ``by_row`` (a walk of the sort index that tests each
        row), read ``_Dialect.ranges`` one after the other. A walk against the set of the
        matches reads one range: each statement would build the set again (50 ms for 130,000
        matches), where stepping through a country's entries before the position costs 20."""
        ranges = (
            d.ranges(query, position) if plan == INDEX or by_row else [d.after(query, position)]
        )
        rows: list[Any] = []
        for after, after_params in ranges:
            sql = self._select_sql(d, query, conds, after, limit - len(rows), export, plan, copy)
            rows += self._rows(self._all(sql, params + after_params), export)
            if len(rows) == limit:
                break
        if then is None:
            then = WALK if plan == SCAN else plan
        return _page_of(rows, limit, then)

    def _select_sql(
        self,
        d: _Dialect,
        query: ListQuery,
        conds: list[str],
        after: list[str],
        limit: int,
        export: bool,
        plan: str,
        copy: bool,
    ) -> str:
        """``_select``'s statement for one range of the list (``after``)."""
        terms = conds + after
        source, prefix = "customer c", ""
        if plan == STATUS and d.status_index:
            source += f" INDEXED BY {d.status_index}"
        elif plan == SCAN and d.sqlite:
            source += " NOT INDEXED"  # read the table once, sort the matches
        elif plan == INSET:
            source += f" INDEXED BY {d.sort_index(query.sort)}"
        elif plan == FTS and not d.sqlite and conds:
            # PostgreSQL: the matches in a CTE the planner cannot flatten, only their id and
            # sort value (30,000 whole rows copied cost a fifth more), sorted; then the page's
            # rows read by id.
            column = f"c.{_SORT_COLUMNS[query.sort]}"
            top = f" WHERE {' AND '.join(after)}" if after else ""
            found = (
                f"c.customer_id AS id, {column} FROM {SEARCH_COPY}"
                if copy
                else f"c.id, {column} FROM customer"
            )
            prefix = (
                f"WITH m AS MATERIALIZED (SELECT {found} c "
                f"WHERE {' AND '.join(conds)}), "
                f"t AS (SELECT c.id FROM m c{top} ORDER BY {d.order(query)} LIMIT {int(limit)}) "
            )
            terms = ["c.id IN (SELECT id FROM t)"]
        if d.sqlite and plan in (FTS, SCAN) and terms:
            # The matches sorted holding only their sort value and row id, then the page's rows
            # read by row id: sorting whole rows cost 260 ms instead of 150 for 100,000 matches.
            terms = [
                f"c.rowid IN (SELECT c.rowid FROM {source} WHERE {' AND '.join(terms)} "
                f"ORDER BY {d.order(query)} LIMIT {int(limit)})"
            ]
            source = "customer c"
        where = f" WHERE {' AND '.join(terms)}" if terms else ""
        return (
            f"{prefix}SELECT {self._columns(d, query, export)} FROM {source}{where} "
            f"ORDER BY {d.order(query)} LIMIT {int(limit)}"
        )

    def _index_counts(self, d: _Dialect, query: ListQuery, cap: int) -> dict[str, int]:
        """For each index that narrows ``query`` (trigram, status): its matches, up to ``cap``."""
        probes: dict[str, tuple[str, list[Any]]] = {}
        counts: dict[str, int] = {}
        match = self._fts_match(d, query.words(), cap)
        if match == _NO_ROWS:
            counts[FTS] = 0
        elif match:
            probes[FTS] = (d.fts_rowids, [match])
        if query.status:
            probes[STATUS] = ("SELECT 1 FROM customer WHERE status = ?", [query.status])
        for name, (sql, params) in probes.items():
            counts[name] = int(
                self._all(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)}) t", params)[0][0]
            )
        return counts

    def _fts_match(self, d: _Dialect, words: list[str], cap: int) -> str | None:
        """The FTS5 query for a superset of the rows holding every word, ``_NO_ROWS`` if no text
        holds one of them, None if the index narrows none of them (``_fts_words``)."""
        return self._fts_words(d, words, cap)[0]

    def _fts_words(self, d: _Dialect, words: list[str], cap: int) -> tuple[str | None, set[str]]:
        """``_fts_match``'s query, and the words whose holders it gives exactly (no LIKE needs to
        check them).

        A word of 3+ characters: every trigram of it (exact for 3: the index knows which rows
        hold a trigram, not where, so it cannot tell a longer word's trigrams in a row from the
        word). A word of 1-2 characters: any trigram that begins with it (the index pads each
        text, so every character begins one: exact), looked up in the index's vocabulary; left
        out when those trigrams are held ``cap`` times or more (a common word, which a walk
        finds at once, and whose posting lists would cost more to merge than they narrow)."""
        if not d.fts:
            return None, set()
        long_words = [w for w in words if len(w) >= 3]
        parts = [_fts_trigrams(long_words)] if long_words else []
        exact = {w for w in long_words if len(w) == 3}
        for word in _short_words(words) if d.vocab else ():
            grams = self._trigrams_from(word, cap)
            if grams is None:
                continue
            if not grams:
                return _NO_ROWS, set()
            parts.append("(" + " OR ".join(_fts_term(g) for g in grams) + ")")
            exact.add(word)
        return " AND ".join(parts) or None, exact

    def _trigrams_from(self, word: str, cap: int) -> list[str] | None:
        """The trigrams of the index that begin with ``word``, None if rows hold them ``cap``
        times or more (a range seek in the vocabulary, which counts each trigram's rows)."""
        cursor = self._cursor(
            f"SELECT term, doc FROM {SEARCH_VOCAB} WHERE term >= ? AND term < ?",
            [word, word + "\U0010ffff"],  # the highest character: every term that begins so
        )
        grams: list[str] = []
        held = 0
        try:
            for term, rows in cursor:
                grams.append(term)
                held += rows
                if held >= cap:
                    return None
        finally:
            cursor.close()
        return grams

    @staticmethod
    def _walk_pays(found: _WalkCut, position: Position | None, limit: int, indexed: int) -> bool:
        """Whether to walk on rather than fetch and sort the index's ``indexed`` matches (a
        walked row costs WALK_ROW_COST fetched matches). With matches found in the step just
        walked: if its yield fills the page for less than the fetch ("lab" by company: 40 in
        7,000 rows, where the index holds 125,000). With none yet: while the walk has cost
        less than a fifth of the fetch, so that a walk that finds nothing costs at most a fifth
        more ("zenith", sorted further on: one 15 ms step, then its 30,000 matches in 45 ms)."""
        rows = found.walked - (position.walked if position is not None else 0)
        hits = len(found.page.rows)
        if hits:
            return (limit - hits) * rows * WALK_ROW_COST < hits * indexed
        return found.walked * WALK_ROW_COST * 5 < indexed

    def _inset(
        self,
        d: _Dialect,
        query: ListQuery,
        position: Position | None,
        limit: int,
        export: bool,
        indexed: tuple[int, str],
        fallback: str,
    ) -> Page:
        """A page read by walking the sort index, each entry tested against the set of the
        trigram index's matches, and at once, on another connection, by ``fallback`` (fetching
        and sorting the matches, or a scan): the first to finish answers (read_race.py). The
        walk wins when the matches sort near ``position`` ("ly" by country: 80 ms, the fetch
        140), the fetch when they sort far from it (a walk of a million entries: 200 ms)."""
        conds, params = self._conditions(d, query, INSET, fts_cap=INSET_SET_CAP)
        other_conds, other_params = self._conditions(d, query, fallback)

        def walk() -> Page:
            page = self._select(d, query, position, conds, params, limit, export, INSET)
            more = page.next
            return Page(page.rows, replace(more, indexed=indexed) if more is not None else None)

        def fetch() -> Page:
            return self._select(
                d, query, position, other_conds, other_params, limit, export, fallback
            )

        if sqlite_file(self.db) is None:  # in memory: no second connection to the same book
            return walk()
        return first_of(self.db, walk, fetch, INSET_CHECK_STEPS)

    def _walk_before_scan(self, d: _Dialect) -> int:
        """How many rows a walk over words no index serves may read before one scan of the
        table answers instead: a 48th of the book. A walk reads a row at about 15 times a scan's
        cost (random reads of the table in sort order), so that is a third of a scan's time; a
        short word held by a few percent of the customers is found within it (34 ms for "ly"
        by company in a million, where the scan costs 300 ms)."""
        if d.book_rows is None:
            d.book_rows = int(self._all("SELECT max(rowid) FROM customer", ())[0][0] or 0)
        return max(WALK_ROWS_MIN, d.book_rows // 48)

    def _quick_walk(
        self, d: _Dialect, query: ListQuery, start: Position | None, limit: int, export: bool
    ) -> Page | None:
        """SQLite, a first page's first try: the sort index walked by SQLite itself, each row
        tested in the statement, which returns the page's whole rows, for ``FIRST_WALK_S`` at
        most (its progress handler stops it then: None).

        Most keystrokes are of words many customers hold, whose page such a walk finds in about
        a millisecond (twice that while the window paints beside it), where counting words of
        1-2 characters costs up to 17 ms ("co": the vocabulary counts each trigram's rows from
        its whole list), and where ``_walk``, which hands every row it passes to Python to know
        where it stopped, costs three times more plus a second statement for the rows. A rarer
        word's walk is stopped, and knows nothing of where it got to: the plan chosen next
        starts from ``start``."""
        conds, params = self._conditions(d, query)
        deadline = time.perf_counter() + FIRST_WALK_S
        connection = self.db.connection()
        connection.set_progress_handler(lambda: time.perf_counter() > deadline, QUICK_WALK_STEPS)
        try:
            # The sort index named (INSET's source); the next page walks on as _walk's does.
            return self._select(
                d, query, start, conds, params, limit, export, INSET, WALK, by_row=True
            )
        except (OperationalError, sqlite3.OperationalError) as exc:  # (raised by a fetch)
            if not interrupted(exc):
                raise
            return None
        finally:
            connection.set_progress_handler(None, 0)

    def _walk(
        self,
        d: _Dialect,
        query: ListQuery,
        position: Position | None,
        limit: int,
        budget: float | None,
        export: bool,
    ) -> Page | _WalkCut:
        """Walk the sort index from ``position``, testing each row, until ``limit`` rows match,
        the index ends, or ``budget`` runs out. Out of budget: the rows found so far, where it
        stopped and how many rows it read (the caller decides whether to walk on)."""
        started = time.perf_counter()
        hits: list[int] = []
        last: tuple[Any, Any] = (None, None)
        walked = 0
        batches = self._walk_batches(d, query, position)
        try:
            while len(hits) < limit:
                batch = next(batches, None)
                if batch is None:
                    return self._hits(d, query, hits, None, export)
                walked += len(batch)
                for key, sort_value, matches in batch:
                    last = (sort_value, key)
                    if matches:
                        hits.append(key)
                        if len(hits) == limit:
                            break
                if budget is not None and time.perf_counter() - started > budget:
                    break
        finally:
            batches.close()
        if len(hits) < limit:  # out of time: walk on, or an index or a scan answers instead
            total = (position.walked if position is not None else 0) + walked
            more = Position(*last, WALK, total) if last[1] is not None else position
            return _WalkCut(self._hits(d, query, hits, more, export), total)
        return self._hits(d, query, hits, Position(*last, WALK), export)

    def _walk_batches(
        self, d: _Dialect, query: ListQuery, position: Position | None
    ) -> Generator[list[tuple[Any, Any, Any]], None, None]:
        """The sort index's rows from ``position``, a batch at a time, each as (row key, sort
        value, whether it matches), read range by range (``_Dialect.ranges``)."""
        conds, params = self._conditions(d, query)
        for after, after_params in d.ranges(query, position):
            where = f" WHERE {' AND '.join(after)}" if after else ""
            sql = (
                f"SELECT c.rowid, {d.sort_expr(query.sort)}, {' AND '.join(conds)} "
                f"FROM customer c{where} ORDER BY {d.order(query)}"
            )
            cursor = self._cursor(sql, params + after_params)
            traced = self.trace[-1] if self.trace else None
            walked = 0
            try:
                while batch := cursor.fetchmany(256):
                    walked += len(batch)
                    yield batch
            finally:
                cursor.close()
                if traced is not None:
                    traced[2] = walked

    def _hits(
        self, d: _Dialect, query: ListQuery, keys: list[int], more: Position | None, export: bool
    ) -> Page:
        if not keys:
            return Page([], more)
        marks = ", ".join(["?"] * len(keys))
        sql = f"SELECT {self._columns(d, query, export)} FROM customer c WHERE c.rowid IN ({marks})"
        order = {key: i for i, key in enumerate(keys)}
        rows = self._rows(self._all(sql, keys), export)
        rows.sort(key=lambda row: order[row.key])
        return Page(rows, more)

    @staticmethod
    def _rows(raw: list[tuple[Any, ...]], export: bool) -> list[Any]:
        if export:
            return [
                ExportRow._make(
                    (_uuid_text(r[0]), *r[1:8], _when(r[8]), *r[9:15], bool(r[15]), *r[16:19])
                )
                for r in raw
            ]
        return [ListRow._make((_uuid(r[0]), *r[1:8], _when(r[8]), *r[9:13])) for r in raw]

    def rows_by_id(self, ids: Sequence[uuid.UUID], query: ListQuery | None = None) -> list[ListRow]:
        """The current list rows of these customers (any that no longer exist are left out)."""
        if not ids:
            return []
        d = self._dialect()
        marks = ", ".join([d.param] * len(ids))
        sql = (
            f"SELECT {self._columns(d, query or ListQuery(), False)} FROM customer c "
            f"WHERE c.id IN ({marks})"
        )
        return self._rows(self._all(sql, [Customer.id.db_value(i) for i in ids]), False)

    def rows_matching(
        self,
        ids: Sequence[uuid.UUID],
        query: ListQuery,
        before: Position | None = None,
        after: Position | None = None,
    ) -> list[ListRow]:
        """The rows of these customers that ``query`` shows (search and status filter), in its
        order; with ``before``, only those that sort before that position, with ``after`` only
        those after it (the loaded part of the list). For customers created or changed on
        another desktop."""
        if not ids:
            return []
        d = self._dialect()
        conds, params = self._conditions(d, query)
        conds.append(f"c.id IN ({', '.join([d.param] * len(ids))})")
        params += [Customer.id.db_value(i) for i in ids]
        if before is not None:
            # "Not after the last loaded row": the keyset condition with the other comparison.
            op = ">" if query.descending else "<"
            conds.append(f"({d.sort_expr(query.sort)}, c.{d.key}) {op} ({d.param}, {d.param})")
            params += [_param(before.sort_value), _param(before.key)]
        if after is not None:  # the window starts further down: not above its first row
            op = "<" if query.descending else ">"
            conds.append(f"({d.sort_expr(query.sort)}, c.{d.key}) {op} ({d.param}, {d.param})")
            params += [_param(after.sort_value), _param(after.key)]
        sql = (
            f"SELECT {self._columns(d, query, False)} FROM customer c "
            f"WHERE {' AND '.join(conds)} ORDER BY {d.order(query)}"
        )
        return self._rows(self._all(sql, params), False)

    def iter_export(self, query: ListQuery, chunk: int = 2000) -> Iterator[list[ExportRow]]:
        """Every row of ``query`` with its contact, ``chunk`` at a time, in the list's order."""
        position = None
        while True:
            page = self.page(query, position, chunk, export=True)
            if page.rows:
                yield page.rows
            if page.next is None:
                return
            position = page.next

    def reseller_names(self) -> list[str]:
        """The resellers the book's customers belong to (indirect providers), by name."""
        rows = self._all(
            "SELECT DISTINCT reseller_name FROM customer WHERE reseller_name <> ''", []
        )
        return sorted((str(r[0]) for r in rows), key=str.casefold)

    def count(self, query: ListQuery | None = None) -> int:
        """How many customers ``query`` matches (all of them without one)."""
        query = query or ListQuery()
        d = self._dialect()
        conds, params = self._conditions(d, query, FTS, ordered=False)
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        return int(self._all(f"SELECT count(*) FROM customer c{where}", params)[0][0])

    # ------------------------------------------------------------------------------------------
    # One customer

    def customer(self, customer_id: uuid.UUID) -> CustomerRecord | None:
        from reseller_desktop.services.customer_records import CustomerRecord, record

        row = Customer.get_or_none(Customer.id == customer_id)
        return record(CustomerRecord, row) if row is not None else None

    def subscriptions(self, customer_id: uuid.UUID) -> list[SubscriptionRecord]:
        from reseller_desktop.services.customer_records import SubscriptionRecord, record

        rows = (
            Subscription.select()
            .where(Subscription.customer == customer_id)
            .order_by(Subscription.created_at, Subscription.id)
        )
        return [record(SubscriptionRecord, row) for row in rows]

    def history(self, customer_id: uuid.UUID) -> list[HistoryEntry]:
        from reseller_desktop.services.customer_records import HistoryEntry, record

        rows = (
            AuditEvent.select()
            .where(AuditEvent.customer == customer_id)
            .order_by(AuditEvent.at, AuditEvent._meta.primary_key)
        )
        return [record(HistoryEntry, row) for row in rows]
