"""The query plans of every customer-list read on a realistic book, on SQLite and PostgreSQL.

A list read must never read the whole table or sort it: a page costs the same on a hundred
customers and on a million only if the database walks an index (the sort index, from the page's
position) or fetches a bounded set of matches through an index (trigram, status) and sorts just
those. Each read is run as the app runs it (``CustomerQueries``, its ``trace`` capturing every
statement); each statement is then explained on the same database, with the settings it ran
under (PostgreSQL's ``SET LOCAL`` in the walk's and the probe's transactions), and its plan is
judged. The designed exceptions (``customer_queries.py``'s docstring) are allowed only where
they are designed to happen:

- a temporary sort (SQLite) or a Sort node (PostgreSQL) over the matches an index found by
  equality (FTS5 trigram rowids, the status index, ids) or over PostgreSQL's materialised CTE of
  matches: the bounded set the plan chose to sort;
- one read of the whole table for words of 1-2 letters, which no index serves, right after a walk
  of the sort index ran out of time in the same page read (SQLite's ``NOT INDEXED`` scan, only
  when no status filter narrows; PostgreSQL's fallback CTE);
- a count reading every row when nothing narrows it (no filter, or only words of 1-2 letters), or
  when the planner expects most of the table to match (PostgreSQL: then a scan is the right plan).

The book is made by the benchmarks' generator, big enough for the planners to cost plans as at
scale (an index walk with a ``LIMIT`` beats a scan and a sort) and small enough for PostgreSQL's
ANALYZE to sample every row (30,000 at the default statistics target): the same statistics, so
the same plans, on every run.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from peewee import Database, OperationalError

from reseller_desktop.domain.search import search_words
from reseller_desktop.services.customer_queries import (
    PAGE_SIZE,
    SORT_KEYS,
    CustomerQueries,
    ListQuery,
    Page,
    Position,
)
from tests.pg_server import PostgresServer
from tests.services.big_book import BigBook, postgres_book, sqlite_book

BOOK = 30_000
PG_BOOK_DATABASE = "reseller_list_plans"
EXPORT_CHUNK = 2000  # views/export.py's chunk

# name -> (search text, status filter, dense). A dense search matches most rows: its walk of the
# sort index fills a page in its first rows; it is judged given all the time it needs. Any other
# search's walk may run out of time, depending on the book, the sort and the machine: it is made
# to (SQLite: a time budget of nothing; PostgreSQL: the walk canceled as its time-out would), so
# that the fallbacks are judged too; the walk's own statement is judged all the same (it runs,
# or is recorded, first).
SEARCHES: dict[str, tuple[str, str | None, bool]] = {
    "no search": ("", None, True),
    "word every row holds": ("example", None, True),
    "common word": ("paris", None, False),
    "rare word": ("4242", None, False),
    "one letter": ("e", None, True),
    "two letters": ("ze", None, False),
    "two letters no row holds": ("qq", None, False),
    "rare status": ("", "failed", False),
    "common status": ("", "active", True),
    "rare status and common word": ("paris", "failed", False),
    "status and two letters": ("ze", "pending", False),
    "two letters beside a word": ("zen 12", None, False),
}
IN_TIME, OUT_OF_TIME = "walk in time", "walk out of time"


# ----------------------------------------------------------------------------------------------
# The books


@pytest.fixture(scope="module")
def sqlite_plan_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigBook]:
    folder = tmp_path_factory.mktemp("plans-sqlite")
    yield sqlite_book(folder, BOOK)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_plan_book(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BigBook]:
    built = postgres_book(
        postgres_server, PG_BOOK_DATABASE, BOOK, tmp_path_factory.mktemp("plans-pg")
    )
    yield built
    postgres_server.drop_database(PG_BOOK_DATABASE)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def book(request: pytest.FixtureRequest) -> BigBook:
    name = "sqlite_plan_book" if request.param == "sqlite" else "postgres_plan_book"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


class _CanceledError(Exception):
    pgcode = "57014"  # what psycopg2 says when the statement time-out cancels a query


@dataclass
class Statement:
    sql: str
    params: tuple[Any, ...]
    walked: int | None  # rows a walk of the sort index read (the trace's third item), else None
    settings: tuple[str, ...]  # PostgreSQL: the SET LOCAL in force when it ran


@dataclass
class Reader:
    """``CustomerQueries`` on a database object of its own, recording what each read runs."""

    book: BigBook
    db: Database
    queries: CustomerQueries
    # PostgreSQL's walks: IN_TIME, given all the time they need (no time-out: a busy machine
    # must not change the plans judged); OUT_OF_TIME, canceled as their time-out would.
    walks: str = IN_TIME
    # The SET LOCAL of each thread's transaction (PostgreSQL reads race on threads of their own).
    _local: threading.local = field(default_factory=threading.local)
    _settings_of: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def _settings(self) -> list[str]:
        if not hasattr(self._local, "settings"):
            self._local.settings = []
        return self._local.settings  # type: ignore[no-any-return]

    def __post_init__(self) -> None:
        db, run, begin = self.db, self.db.execute_sql, self.db.begin

        def execute_sql(sql: str, params: Any = None) -> Any:
            trace = self.queries.trace
            # A statement of the list's: the last traced one of this text (the trace's last, or
            # another thread's just after it).
            entry = next((e for e in (trace or [])[-4:][::-1] if e[0] is sql), None)
            if sql.startswith("SET LOCAL"):
                self._settings().append(sql)
                if "statement_timeout" in sql and self.walks == IN_TIME:
                    return run("SET LOCAL statement_timeout = 0", params)
            elif entry is not None:
                settings = tuple(self._settings()) if db.in_transaction() else ()
                self._settings_of[id(entry)] = settings
                walk = any("statement_timeout" in s for s in settings)
                if walk and self.walks == OUT_OF_TIME:
                    raise OperationalError(_CanceledError("canceling statement due to timeout"))
            return run(sql, params)

        def begin_(*args: Any, **kwargs: Any) -> Any:
            self._settings().clear()  # SET LOCAL lasts until its transaction ends
            return begin(*args, **kwargs)

        db.execute_sql = execute_sql  # type: ignore[method-assign]
        db.begin = begin_  # type: ignore[method-assign]

    def run(self, call: Callable[[], Any]) -> tuple[Any, list[Statement]]:
        """``call``'s result and the statements it ran."""
        trace: list[list[Any]] = []
        self.queries.trace = trace
        self._settings_of.clear()
        try:
            result = call()
        finally:
            self.queries.trace = None
        return result, [
            Statement(sql, params, walked, self._settings_of.get(id(entry), ()))
            for entry in trace
            for sql, params, walked in [entry]
        ]


@contextlib.contextmanager
def reading(book: BigBook) -> Iterator[Reader]:
    db = book.database()
    queries = CustomerQueries(db)
    try:
        yield Reader(book, db, queries)
    finally:
        queries.close()
        db.close()


@pytest.fixture
def reader(book: BigBook) -> Iterator[Reader]:
    with reading(book) as made:
        yield made


# ----------------------------------------------------------------------------------------------
# Judging a plan


@dataclass(frozen=True)
class Read:
    """What a statement belongs to, to judge it."""

    query: ListQuery
    continuation: bool = False  # a page from a position (the sort index must be sought)
    count: int | None = None  # for a count: what it counted
    by_ids: bool = False  # restricted to a list of ids: what it sorts is at most those
    book: int = BOOK

    def long_words(self) -> list[str]:
        return [w for w in search_words(self.query.text) if len(w) >= 3]

    def nothing_narrows(self) -> bool:
        """No index can find the matches: no filter, or only words of 1-2 letters."""
        return not self.long_words() and not self.query.status


def designed_scan(read: Read, statements: list[Statement], at: int, sqlite: bool) -> bool:
    """Whether statement ``at`` is the designed one read of the table: words of 1-2 letters only
    (SQLite: and no status filter, which its status index serves), right after a walk that ran
    out of time in the same page read."""
    after_walk = any(
        s.walked is not None or any("statement_timeout" in x for x in s.settings)
        for s in statements[:at]
    )
    short_only = not read.long_words() and (not sqlite or not read.query.status)
    return after_walk and short_only and bool(read.query.text.strip())


_QUOTED = re.compile(r"'(?:[^']|'')*'")


def _equality_only(condition: str) -> bool:
    """An index condition that finds matches (=, IN, LIKE), not a range of the sort order."""
    bare = _QUOTED.sub("''", condition)
    return bool(bare) and not re.search(r"[<>]", bare)


def sqlite_problems(
    db: Database, st: Statement, read: Read, designed: bool
) -> tuple[list[str], str]:
    """Why the statement's plan is not an index plan ([] when it is), and the plan."""
    detail = [str(row[3]) for row in db.execute_sql(f"EXPLAIN QUERY PLAN {st.sql}", st.params)]
    problems: list[str] = []
    table_scan = [s for s in detail if re.fullmatch(r"SCAN (c|customer)", s)]
    narrowed = any(
        re.match(r"SEARCH (c|customer) USING .*\((.*)\)$", s)
        and _equality_only(re.sub(r".*\((.*)\)$", r"\1", s))
        for s in detail
    )
    count_allowed = read.count is not None and read.nothing_narrows()
    if "NOT INDEXED" in st.sql and not designed:
        problems.append("NOT INDEXED outside the designed fallback for words of 1-2 letters")
    if table_scan and not (designed or count_allowed):
        problems.append(f"full table scan ({table_scan[0]!r})")
    if "USE TEMP B-TREE FOR ORDER BY" in detail and not (narrowed or designed or read.by_ids):
        problems.append("sorts rows no index narrowed (USE TEMP B-TREE FOR ORDER BY)")
    if read.continuation:
        restarts = [s for s in detail if re.match(r"SCAN (c|customer) USING (COVERING )?INDEX", s)]
        if restarts:
            problems.append(f"continuation re-reads the sort index from its start ({restarts[0]})")
    return problems, " / ".join(detail)


def postgres_explained(db: Database, st: Statement, *more: str) -> dict[str, Any]:
    """``EXPLAIN (FORMAT JSON)`` of a statement under the settings it ran with (except the
    time-out, which bounds the run, not the plan: a busy machine must not cancel the EXPLAIN)
    and ``more``: its plan, and what the server would do besides (JIT)."""
    with db.atomic():
        for setting in (*st.settings, *more):
            if "statement_timeout" not in setting:
                db.execute_sql(setting)
        raw = db.execute_sql(f"EXPLAIN (FORMAT JSON) {st.sql}", st.params).fetchone()[0]
    plan = json.loads(raw) if isinstance(raw, str) else raw
    return plan[0]  # type: ignore[no-any-return]


def postgres_plan(db: Database, st: Statement) -> dict[str, Any]:
    return postgres_explained(db, st)["Plan"]  # type: ignore[no-any-return]


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


def _describe(node: dict[str, Any]) -> str:
    parts = [node["Node Type"]]
    for key in ("Index Name", "Relation Name", "CTE Name"):
        if key in node:
            parts.append(f"{key.split()[0].lower()} {node[key]}")
    if "Presorted Key" in node:
        parts.append(f"presorted key {', '.join(node['Presorted Key'])}")
    for key in ("Index Cond", "Recheck Cond", "Filter"):
        if key in node:
            parts.append(f"{key.lower()} {node[key][:120]}")
    parts.append(f"~{node.get('Plan Rows')} rows")
    return ", ".join(parts)


def _sorted_input_is_bounded(node: dict[str, Any]) -> bool:
    """Whether what a Sort node reads is a set of matches: a CTE of them, a page (a Limit), or
    what an index found by equality (trigram LIKE, status, ids), never a table scan or a
    sort-index range."""
    children = node.get("Plans", [])
    kind = node["Node Type"]
    if kind in ("CTE Scan", "Limit"):  # (a sort below a Limit is checked as a node of its own)
        return True
    if kind in ("Seq Scan", "Parallel Seq Scan"):
        return False
    if kind in ("Index Scan", "Index Only Scan", "Bitmap Index Scan"):
        return _equality_only(node.get("Index Cond", ""))
    if kind == "BitmapAnd":  # an intersection is no bigger than its smallest part
        return any(_sorted_input_is_bounded(c) for c in children)
    return bool(children) and all(_sorted_input_is_bounded(c) for c in children)


def postgres_problems(
    db: Database, st: Statement, read: Read, designed: bool
) -> tuple[list[str], str]:
    """Why the statement's plan is not an index plan ([] when it is), and the plan."""
    plan = postgres_plan(db, st)
    problems: list[str] = []
    for node in _nodes(plan):
        kind = node["Node Type"]
        if kind.endswith("Seq Scan") and node.get("Relation Name") == "customer":
            most = float(node.get("Plan Rows", 0)) >= read.book / 2
            count_allowed = read.count is not None and (read.nothing_narrows() or most)
            if not (designed or count_allowed):
                problems.append(f"full table scan ({_describe(node)})")
        bounded = read.by_ids or all(_sorted_input_is_bounded(c) for c in node.get("Plans", []))
        if kind == "Sort" and not bounded:
            below = next(n for n in _nodes(node) if n is not node and "Plans" not in n)
            problems.append(f"sorts rows no index narrowed (Sort over {_describe(below)})")
        if kind == "Incremental Sort":
            group = min(_rows_per_value(db, key) for key in node.get("Presorted Key", []))
            if group > PAGE_SIZE:  # sorts whole groups of ties to show a page
                problems.append(f"sorts groups of ~{group:,.0f} rows ({_describe(node)})")
        if node.get("Index Name") == "customer_search_trgm":
            patterns = re.findall(r"'%((?:[^'%]|'')*)%'", node.get("Index Cond", ""))
            if patterns and all(len(p) < 3 for p in patterns):
                problems.append(f"trigram index asked for no trigram ({_describe(node)})")
    return problems, _outline(plan)


def _rows_per_value(db: Database, key: str) -> float:
    """How many customers share a value of ``key`` (an Incremental Sort's presorted key such
    as ``c.status``), from the planner's statistics."""
    row = db.execute_sql(
        "SELECT s.n_distinct, c.reltuples FROM pg_stats s JOIN pg_class c "
        "ON c.relname = s.tablename AND c.relnamespace = s.schemaname::regnamespace "
        "WHERE s.schemaname = current_schema() AND s.tablename = 'customer' AND s.attname = %s",
        (key.split(".")[-1].strip('()"'),),
    ).fetchone()
    if row is None:
        return float("inf")  # an expression: no statistics to vouch for small groups
    distinct, rows = float(row[0]), float(row[1])
    return rows / max(-distinct * rows if distinct < 0 else distinct, 1.0)


def _outline(node: dict[str, Any], depth: int = 0) -> str:
    lines = [f"{'  ' * depth}{_describe(node)}"]
    lines += [_outline(child, depth + 1) for child in node.get("Plans", [])]
    return "\n        ".join(lines)


def judge(reader: Reader, what: str, read: Read, statements: list[Statement]) -> list[str]:
    """Readable reasons why ``statements`` (one read) are not index plans; [] when all are."""
    found: list[str] = []
    sqlite = reader.book.sqlite
    check = sqlite_problems if sqlite else postgres_problems
    for at, st in enumerate(statements):
        problems, plan = check(reader.db, st, read, designed_scan(read, statements, at, sqlite))
        if problems:
            settings = f" under {list(st.settings)}" if st.settings else ""
            found.append(
                f"{what}, statement {at + 1}/{len(statements)}{settings}: "
                + "; ".join(problems)
                + f"\n      sql: {st.sql[:400]}\n      params: {st.params[:4]}"
                + f"\n      plan: {plan}"
            )
    return found


def case_name(query: ListQuery) -> str:
    direction = "descending" if query.descending else "ascending"
    return (
        f"sort by {query.sort} {direction}, search {query.text!r}, status {query.status or 'any'}"
    )


# ----------------------------------------------------------------------------------------------
# The reads


def page_reads(reader: Reader, query: ListQuery, mode: str) -> tuple[list[str], Page]:
    """The first page, the next one, and Ctrl+End's (the first page of the reversed query:
    ``CustomerTableModel.jump_to_end``); scrolling up from there is the reversed query's next
    page, which the other direction's case reads. A search's first page also as a letter that
    narrows it reads it: from the first row it found (``start``), which the sort index must be
    sought to. Also checks that the pages are the list's first rows, whatever plans gave them.
    Returns the problems and the first page."""
    queries = reader.queries
    budget = 0.0 if mode == OUT_OF_TIME else None  # SQLite's walks (PostgreSQL: reader.walks)
    reader.walks = mode

    def page(shown: ListQuery, position: Position | None) -> Callable[[], Page]:
        return lambda: queries.page(shown, position, PAGE_SIZE, budget=budget)

    try:
        first, statements = reader.run(page(query, None))
        problems = judge(reader, f"{mode}, first page", Read(query), statements)
        shown = [row.id for row in first.rows]
        if first.rows and query.words():
            top = first.rows[0]
            start = Position(top.sort_value, top.key, inclusive=True)
            narrowed, statements = reader.run(
                lambda: queries.page(query, None, PAGE_SIZE, budget=budget, start=start)
            )
            what = f"{mode}, first page from the first row of the search it narrows"
            problems += judge(reader, what, Read(query, continuation=True), statements)
            # (A walk out of time may bring fewer rows, the rest to come: the list's first.)
            from_start = [row.id for row in narrowed.rows]
            if from_start != first_ids(reader, query, len(from_start)):
                problems.append(f"{what}: not the list's first rows")
        if first.next is not None:
            second, statements = reader.run(page(query, first.next))
            read = Read(query, continuation=True)
            what = f"{mode}, next page (after a {first.next.plan} page)"
            problems += judge(reader, what, read, statements)
            shown += [row.id for row in second.rows]
        _end, statements = reader.run(page(_reversed(query), None))
        problems += judge(reader, f"{mode}, Ctrl+End", Read(_reversed(query)), statements)
    finally:
        reader.walks = IN_TIME
    expected = first_ids(reader, query, 2 * PAGE_SIZE)
    if shown != expected[: len(shown)] or (first.next is None and len(shown) < len(expected)):
        problems.append(f"{mode}: the first two pages are not the list's first rows")
    return problems, first


_COLUMNS = {
    "company": "company_name",
    "domain": "domain_key",
    "country": "country",
    "offers": "offer_summary",
    "seats": "total_seats",
    "status": "status",
    "created": "created_at",
}


def first_ids(reader: Reader, query: ListQuery, n: int) -> list[uuid.UUID]:
    """The ids of the first ``n`` customers ``query`` lists, by one plain ORDER BY written here
    (the pages must give the same rows, whichever plans read them)."""
    sqlite = reader.book.sqlite
    mark = "?" if sqlite else "%s"
    words = search_words(query.text)  # none holds a LIKE wildcard or backslash
    conds = [f"search_text LIKE {mark}"] * len(words)
    params: list[Any] = [f"%{w}%" for w in words]
    if query.status:
        conds.append(f"status = {mark}")
        params.append(query.status)
    where = f" WHERE {' AND '.join(conds)}" if conds else ""
    column = _COLUMNS[query.sort]
    column += " COLLATE NOCASE" if sqlite and query.sort == "company" else ""
    key = "rowid" if sqlite else "id"
    d = " DESC" if query.descending else ""
    sql = f"SELECT id FROM customer{where} ORDER BY {column}{d}, {key}{d} LIMIT {int(n)}"
    return [uuid.UUID(str(row[0])) for row in reader.db.execute_sql(sql, params)]


def _reversed(query: ListQuery) -> ListQuery:
    return replace(query, descending=not query.descending)


def other_reads(reader: Reader, query: ListQuery, first: Page) -> list[str]:
    """The export's first chunk, and the rows re-read by id (a status change) or merged from
    another desktop (``rows_matching`` within the loaded part of the list, ``first``)."""
    queries = reader.queries
    problems: list[str] = []
    chunk, statements = reader.run(lambda: next(queries.iter_export(query, EXPORT_CHUNK), []))
    problems += judge(reader, "export's first chunk", Read(query), statements)
    if [row.id for row in chunk[: len(first.rows)]] != [str(row.id) for row in first.rows]:
        problems.append("the export does not start with the list's first page")
    ids = [row.id for row in first.rows[:20]] or [uuid.uuid4()]
    _rows, statements = reader.run(lambda: queries.rows_by_id(ids, query))
    problems += judge(reader, "rows_by_id", Read(query, by_ids=True), statements)
    _rows, statements = reader.run(lambda: queries.rows_matching(ids, query, before=first.next))
    problems += judge(reader, "rows_matching", Read(query, by_ids=True), statements)
    return problems


# ----------------------------------------------------------------------------------------------
# The tests


def test_the_book_is_big_and_analysed(reader: Reader) -> None:
    """The planners judge by statistics: a book without them (or too small) proves nothing."""
    db = reader.db
    assert reader.queries.count() == BOOK
    if reader.book.sqlite:
        stats = db.execute_sql("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'customer'")
        assert stats.fetchone()[0] > 0, "ANALYZE has not run"
    else:
        row = db.execute_sql(
            "SELECT reltuples, (SELECT count(*) FROM pg_stats WHERE tablename = 'customer') "
            "FROM pg_class WHERE relname = 'customer'"
        ).fetchone()
        assert row[0] >= BOOK * 0.9 and row[1] > 0, "ANALYZE has not run"


@pytest.mark.parametrize("search", list(SEARCHES))
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_list_read_walks_an_index_or_sorts_only_matches(
    reader: Reader, sort: str, descending: bool, search: str
) -> None:
    text, status, dense = SEARCHES[search]
    query = ListQuery(text=text, status=status, sort=sort, descending=descending)
    problems, first = page_reads(reader, query, IN_TIME if dense else OUT_OF_TIME)
    problems += other_reads(reader, query, first)
    backend = "SQLite" if reader.book.sqlite else "PostgreSQL"
    assert not problems, f"{backend}, {case_name(query)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("search", list(SEARCHES))
def test_counts_use_an_index_whenever_one_narrows(reader: Reader, search: str) -> None:
    text, status, _dense = SEARCHES[search]
    query = ListQuery(text=text, status=status)
    counted, statements = reader.run(lambda: reader.queries.count(query))
    problems = judge(reader, "count", Read(query, count=counted), statements)
    backend = "SQLite" if reader.book.sqlite else "PostgreSQL"
    assert not problems, f"{backend}, count of search {text!r}, status {status}:\n" + "\n".join(
        problems
    )


def test_the_judges_see_a_full_scan_and_a_sort_of_the_whole_table(reader: Reader) -> None:
    """The checks above would pass on anything if they could not see a bad plan: show them one
    (the whole book sorted by a column no index orders) and an index walk."""
    bad = Statement(
        "SELECT c.id FROM customer c WHERE c.email LIKE "
        + ("?" if reader.book.sqlite else "%s")
        + " ORDER BY c.phone, c.email LIMIT 100",
        ("%a%",),
        None,
        (),
    )
    good_sql = "SELECT c.id FROM customer c ORDER BY c.created_at DESC LIMIT 100"
    good = Statement(good_sql, (), None, ())
    read = Read(ListQuery(text="a"))
    found = judge(reader, "bad", read, [bad])
    assert any("full table scan" in p for p in found), found
    assert any("sorts rows no index narrowed" in p for p in found), found
    assert judge(reader, "good", read, [good]) == []


# JIT's thresholds at nothing: every statement passes them, as the planner's price of a walk for a
# rare word does in a book of millions (1.4 million: past even inlining's and optimising's).
_JIT_AT_ANY_COST = (
    "SET LOCAL jit_above_cost = 0",
    "SET LOCAL jit_inline_above_cost = 0",
    "SET LOCAL jit_optimize_above_cost = 0",
)


@pytest.fixture
def postgres_reader(postgres_plan_book: BigBook) -> Iterator[Reader]:
    with reading(postgres_plan_book) as made:
        yield made


@pytest.mark.parametrize("search", ["rare word", "common word", "two letters", "no search"])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_postgresql_never_compiles_a_list_read(
    postgres_reader: Reader, sort: str, search: str
) -> None:
    """A read compiled by LLVM first cannot be stopped meanwhile: a walk given 3 ms took 160 in
    ten million customers. The app's connections turn JIT off, so no read is compiled however
    dear the planner prices it."""
    db = postgres_reader.db
    with db.atomic():  # (pg_jit_available() says no while JIT is off)
        db.execute_sql("SET LOCAL jit = on")
        if not db.execute_sql("SELECT pg_jit_available()").fetchone()[0]:
            pytest.skip("this server has no JIT to turn off")
    text, status, dense = SEARCHES[search]
    query = ListQuery(text=text, status=status, sort=sort)
    postgres_reader.walks = IN_TIME if dense else OUT_OF_TIME
    _page, statements = postgres_reader.run(lambda: postgres_reader.queries.page(query))
    assert statements
    compiled = []
    for st in statements:
        explained = postgres_explained(db, st, *_JIT_AT_ANY_COST)
        if "JIT" in explained:
            compiled.append(f"{explained['JIT']}: {st.sql[:160]}")
    assert not compiled, f"{case_name(query)}: compiled by JIT:\n" + "\n".join(compiled)
