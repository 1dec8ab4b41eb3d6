"""Reads for the customer list and its export: filtered, sorted and paged by the database.

A million customers must feel like a hundred, so nothing here reads the whole book at once:

- Pages are keyset pages: ``WHERE (sort column, row key) > (position)``, ``ORDER BY`` the same,
  ``LIMIT n``. That walks an index (``store/indexes.py``) and costs the same on page 1 and 5000.
- The search box matches substrings of ``Customer.search_text`` word by word (every word must
  appear); the status filter matches the status. Which plan is fast depends on how many customers
  match. Many (a common word): walk the sort index and test each row; a page fills at once. Few
  (an e-mail, a name): ask an index for the matches (SQLite's FTS5 trigram table for words of 3+
  characters, the status index), then sort them. A capped count of the indexed matches picks
  the plan; a walk that runs out of its time budget before a page is full switches to the index
  plan, or (words of 1-2 characters, which no index serves) walks on in budgeted steps, the view
  asking again on each turn of its event loop, until it has read a 48th of the book; then
  one read of the whole table whose matches are sorted answers: a short word held by a few
  percent of the customers is found by the walk (34 ms for "ly" by company in a million, where
  the scan costs 300 ms), a rare one's list is final after one scan instead of a walk over the
  whole sort index in steps (seconds). The page after a scan walks on from its last row
  (matches often sort together), and scans again only if that walk runs out of time too.
- PostgreSQL: ``LIKE`` per word (pg_trgm GIN index). The planner's estimate for
  ``LIKE '%word%'`` is a guess, and a wrong one walks the sort index past a million rows for a
  rare word (or scans the whole trigram index for a word of 1-2 characters, which has no
  trigram: seconds). So the plan is chosen as on SQLite: a capped count through the trigram
  index of the rows holding the words of 3+ characters; few -> fetch the matches (a materialised
  CTE, which the planner cannot flatten) and sort them. Many, or only short words: walk the sort
  index (the LIKE hidden from the trigram index) under a short statement time-out, since a walk's
  cost depends on where the matches sort, not on how many there are; a page found in time is
  the answer (common words: a millisecond), else the matches are fetched and sorted (a scan for
  short words) and the next page walks again from there. The walk may not sort
  (``enable_sort``, ``enable_incremental_sort`` off): guessing that the hidden LIKE matches
  almost nothing, the planner would rather scan the table, or a status's thousands of rows, and
  sort them.

Rows are plain tuples (``execute_sql``), never model instances: those cost ten times more.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from peewee import Database, DatabaseProxy, OperationalError, SqliteDatabase

from reseller_desktop.domain.agreement import HOLDING
from reseller_desktop.services.customer_records import (
    CustomerRecord,
    HistoryEntry,
    SubscriptionRecord,
    record,
)
from reseller_desktop.services.customer_rows import (
    ExportRow,
    ListQuery,
    ListRow,
    Page,
    Position,
)
from reseller_desktop.store.errors import statement_canceled
from reseller_desktop.store.indexes import SEARCH_TABLE
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy

SORT_KEYS = ("company", "domain", "country", "offers", "seats", "status", "created")
PAGE_SIZE = 100
# Fewer indexed matches than this: fetch them through the index and sort them.
PROBE_CAP = 3000
# When a walk runs out of time, the smaller of the indexed match sets is used, counted up to this.
LARGE_CAP = 50_000
# A walk over words no index serves reads at least this many rows before a scan is chosen.
WALK_ROWS_MIN = 5_000
# PostgreSQL: how long a walk of the sort index may take before the matches are fetched instead.
PG_WALK_BUDGET_MS = 50
# PostgreSQL fetches and sorts up to this many matches (a bitmap scan and a sort: ~20 ms for
# 6,000) rather than risk a walk; SQLite's FTS5 count is dearer, hence its lower PROBE_CAP.
PG_PROBE_CAP = 20_000
# ... and the time that count may take (see _postgres_plan).
PG_PROBE_BUDGET_MS = 20
# Plans: walk the sort index testing rows; the sort index alone; trigram index; status index;
# a scan of the table, its matches sorted.
WALK, INDEX, FTS, STATUS, SCAN = "walk", "index", "fts", "status", "scan"

_SORT_COLUMNS = {
    "company": "company_name",
    "domain": "domain_key",
    "country": "country",
    "offers": "offer_summary",
    "seats": "total_seats",
    "status": "status",
    "created": "created_at",
}
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


def _fts_trigrams(words: Sequence[str]) -> str:
    # The index (detail=none) knows which rows hold a trigram, not where: it takes no phrases.
    # Rows holding every trigram of every word are a superset of the matches; LIKE decides.
    grams = dict.fromkeys(w[i : i + 3] for w in words for i in range(len(w) - 2))
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


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
        self.status_index = ""
        self.book_rows: int | None = None  # SQLite: the book's size, roughly (max rowid)
        if self.sqlite:
            names = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master")}
            self.fts = SEARCH_TABLE in names
            self.status_index = "customer_status" if "customer_status" in names else ""
        self.fts_rowids = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?"

    def indexed_words(self, words: list[str]) -> list[str]:
        """The words the trigram index can find (3 characters or more)."""
        return [w for w in words if len(w) >= 3] if self.fts else []

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
        return [
            f"{column} {op}= {self.param}",
            f"({column}, c.{self.key}) {op} ({self.param}, {self.param})",
        ], [value, value, _param(position.key)]


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
        # Benchmarks: [sql, params, rows read (None: all)] of every statement run.
        self.trace: list[list[Any]] | None = None

    @property
    def db(self) -> Database:
        db = self._database
        return db.obj if isinstance(db, DatabaseProxy) else db

    def _dialect(self) -> _Dialect:
        db = self.db
        dialect = self._dialects.get(id(db))
        if dialect is None:
            dialect = self._dialects[id(db)] = _Dialect(db)
        return dialect

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
    ) -> Page:
        """Up to ``limit`` rows of ``query`` from ``position`` (None: the top).

        ``budget`` (seconds) bounds a walk over the sort index; a page cut short by it has fewer
        rows (maybe none) and a ``next`` position to go on from.
        """
        d = self._dialect()
        if not d.sqlite and query.words():
            return self._page_postgres(d, query, position, limit, export)
        if not d.sqlite or (not query.words() and not query.status):
            conds, params = self._conditions(d, query)
            return self._select(d, query, position, conds, params, limit, export)
        if position is not None:
            plan = position.plan
        else:
            counts = self._index_counts(d, query, PROBE_CAP)
            few = [(n, name) for name, n in counts.items() if n < PROBE_CAP]
            plan = min(few)[1] if few else WALK
        if plan == WALK:
            found = self._walk(d, query, position, limit, budget, export)
            if isinstance(found, Page):
                return found
            counts = self._index_counts(d, query, LARGE_CAP)
            if not counts and found.walked < self._walk_before_scan(d):
                return found.page  # walk on, a budgeted step at a time
            plan = min((n, name) for name, n in counts.items())[1] if counts else SCAN
        conds, params = self._conditions(d, query, plan)
        return self._select(d, query, position, conds, params, limit, export, plan)

    def _conditions(
        self, d: _Dialect, query: ListQuery, plan: str = INDEX, *, ordered: bool = True
    ) -> tuple[list[str], list[Any]]:
        """WHERE terms for the search and status filter, as ``plan`` uses them (``ordered``:
        for a statement that reads rows in the list's order, not a count)."""
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
        indexed = d.indexed_words(words) if plan == FTS else []
        if indexed:
            conds.append(f"c.rowid IN ({d.fts_rowids})")
            params.append(_fts_trigrams(indexed))
        # PostgreSQL walking the sort index: an expression the trigram index does not cover.
        text = "(c.search_text || '')" if not d.sqlite and plan == WALK else "c.search_text"
        for word in words:  # every word, indexed too: the trigram index only narrows
            conds.append(f"{text} LIKE {d.param} ESCAPE '\\'")
            params.append(_like(word))
        return conds, params

    def _page_postgres(
        self, d: _Dialect, query: ListQuery, position: Position | None, limit: int, export: bool
    ) -> Page:
        """A page of a search on PostgreSQL (see the module's docstring): the sort index walked
        for at most ``PG_WALK_BUDGET_MS``, then the matches fetched and sorted."""
        plan = position.plan if position is not None else self._postgres_plan(d, query)
        if plan == WALK:
            conds, params = self._conditions(d, query, WALK)
            try:
                with self.db.atomic():
                    self.db.execute_sql(f"SET LOCAL statement_timeout = {PG_WALK_BUDGET_MS}")
                    # The planner guesses the hidden LIKE matches almost nothing (8 rows of
                    # 200,000 for "example") and would scan and sort: the walk must walk.
                    self.db.execute_sql("SET LOCAL enable_sort = off")
                    self.db.execute_sql("SET LOCAL enable_incremental_sort = off")
                    return self._select(d, query, position, conds, params, limit, export, WALK)
            except OperationalError as exc:
                if not statement_canceled(exc):
                    raise
        conds, params = self._conditions(d, query)
        # After a walk out of time, the next page walks on from here (the matches may be close
        # by) rather than fetching every match again.
        then = WALK if plan == WALK else FTS
        return self._select(d, query, position, conds, params, limit, export, FTS, then=then)

    def _postgres_plan(self, d: _Dialect, query: ListQuery) -> str:
        """FTS when the trigram index finds fewer than ``PG_PROBE_CAP`` rows for the words it can
        look up (3 characters or more), else WALK. The count is made through the index (a
        sequential scan picked on a wrong estimate would read the whole book to count few).

        A GIN index answers only with a bitmap of every match, whatever the LIMIT: for a word
        most customers hold, the count would cost 300 ms in a million. So it has
        ``PG_PROBE_BUDGET_MS``: a count not done by then is of a common word, which the walk
        answers at once."""
        long_words = [w for w in query.words() if len(w) >= 3]
        if not long_words:
            return WALK  # no trigram to look up
        likes = " AND ".join(["c.search_text LIKE %s ESCAPE '\\'"] * len(long_words))
        probe = f"SELECT 1 FROM customer c WHERE {likes} LIMIT {PG_PROBE_CAP}"
        try:
            with self.db.atomic():
                self.db.execute_sql(f"SET LOCAL statement_timeout = {PG_PROBE_BUDGET_MS}")
                self.db.execute_sql("SET LOCAL enable_seqscan = off")
                self.db.execute_sql("SET LOCAL enable_indexscan = off")
                sql = f"SELECT count(*) FROM ({probe}) t"
                found = int(self._all(sql, [_like(w) for w in long_words])[0][0])
        except OperationalError as exc:
            if not statement_canceled(exc):
                raise
            return WALK
        return FTS if found < PG_PROBE_CAP else WALK

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
    ) -> Page:
        """A page of ``query`` read with ``plan``; the next goes on with ``then`` (default:
        ``plan``, but a walk after a scan: matches often sort together, "ze": the Zeniths)."""
        after, after_params = d.after(query, position)
        terms = conds + after
        source, prefix = "customer c", ""
        if plan == STATUS and d.status_index:
            source += f" INDEXED BY {d.status_index}"
        elif plan == SCAN and d.sqlite:
            source += " NOT INDEXED"  # read the table once, sort the matches
        elif plan == FTS and not d.sqlite and conds:
            # PostgreSQL: the matches in a CTE the planner cannot flatten, then sorted.
            prefix = (
                f"WITH m AS MATERIALIZED (SELECT * FROM customer c WHERE {' AND '.join(conds)}) "
            )
            source, terms = "m c", after
        where = f" WHERE {' AND '.join(terms)}" if terms else ""
        sql = (
            f"{prefix}SELECT {self._columns(d, query, export)} FROM {source}{where} "
            f"ORDER BY {d.order(query)} LIMIT {int(limit)}"
        )
        rows = self._rows(self._all(sql, params + after_params), export)
        if len(rows) < limit:
            return Page(rows, None)
        if then is None:
            then = WALK if plan == SCAN else plan
        return Page(rows, Position(rows[-1].sort_value, rows[-1].key, then))

    def _index_counts(self, d: _Dialect, query: ListQuery, cap: int) -> dict[str, int]:
        """For each index that narrows ``query`` (trigram, status): its matches, up to ``cap``."""
        probes: dict[str, tuple[str, list[Any]]] = {}
        indexed = d.indexed_words(query.words())
        if indexed:
            probes[FTS] = (d.fts_rowids, [_fts_trigrams(indexed)])
        if query.status:
            probes[STATUS] = ("SELECT 1 FROM customer WHERE status = ?", [query.status])
        return {
            name: int(self._all(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)}) t", params)[0][0])
            for name, (sql, params) in probes.items()
        }

    def _walk_before_scan(self, d: _Dialect) -> int:
        """How many rows a walk over words no index serves may read before one scan of the
        table answers instead: a 48th of the book. A walk reads a row at about 15 times a scan's
        cost (random reads of the table in sort order), so that is a third of a scan's time; a
        short word held by a few percent of the customers is found within it (34 ms for "ly"
        by company in a million, where the scan costs 300 ms)."""
        if d.book_rows is None:
            d.book_rows = int(self._all("SELECT max(rowid) FROM customer", ())[0][0] or 0)
        return max(WALK_ROWS_MIN, d.book_rows // 48)

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
        conds, params = self._conditions(d, query)
        after, after_params = d.after(query, position)
        where = f" WHERE {' AND '.join(after)}" if after else ""
        sql = (
            f"SELECT c.rowid, {d.sort_expr(query.sort)}, {' AND '.join(conds)} "
            f"FROM customer c{where} ORDER BY {d.order(query)}"
        )
        cursor = self._cursor(sql, params + after_params)
        traced = self.trace[-1] if self.trace else None
        hits: list[int] = []
        last: tuple[Any, Any] = (None, None)
        walked = 0
        try:
            while len(hits) < limit:
                batch = cursor.fetchmany(256)
                walked += len(batch)
                if not batch:
                    return self._hits(d, query, hits, None, export)
                for key, sort_value, matches in batch:
                    last = (sort_value, key)
                    if matches:
                        hits.append(key)
                        if len(hits) == limit:
                            break
                if budget is not None and time.perf_counter() - started > budget:
                    break
        finally:
            cursor.close()
            if traced is not None:
                traced[2] = walked
        if len(hits) < limit:  # out of time: walk on, or an index or a scan answers instead
            total = (position.walked if position is not None else 0) + walked
            more = Position(*last, WALK, total) if last[1] is not None else position
            return _WalkCut(self._hits(d, query, hits, more, export), total)
        return self._hits(d, query, hits, Position(*last, WALK), export)

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
        row = Customer.get_or_none(Customer.id == customer_id)
        return record(CustomerRecord, row) if row is not None else None

    def subscriptions(self, customer_id: uuid.UUID) -> list[SubscriptionRecord]:
        rows = (
            Subscription.select()
            .where(Subscription.customer == customer_id)
            .order_by(Subscription.created_at, Subscription.id)
        )
        return [record(SubscriptionRecord, row) for row in rows]

    def history(self, customer_id: uuid.UUID) -> list[HistoryEntry]:
        rows = (
            AuditEvent.select()
            .where(AuditEvent.customer == customer_id)
            .order_by(AuditEvent.at, AuditEvent._meta.primary_key)
        )
        return [record(HistoryEntry, row) for row in rows]
