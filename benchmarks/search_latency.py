"""Search as a user feels it: keystroke -> final list, every sort, against the fastest raw query.

    python benchmarks/search_latency.py --customers 200000 --book /tmp/book200k.db
    python benchmarks/with_postgres.py benchmarks/search_latency.py --customers 200000 --terms 20

A fixed list of search terms (TERMS: 1 to 8 letters, common and rare, accented and not, some that
match nothing) is typed letter by letter (``QTest.keyClicks``; an accented letter, which
keyClicks cannot type, as its key event with its text) into the real main window's search box,
each term from an empty box, with the list sorted by each sortable column (header) in both
directions. Each keystroke that changes the search is timed from the key press to the *final*
list: the search applied, no read in flight on the reader thread, the model not loading, no
"Searching…" in the status bar, the first page (100 rows, or all the matches) in the model and the
table painted after its last change. A keystroke that has not settled after ``--cap`` seconds
(default 10) is recorded as the cap; the next keystroke is typed then, as a user would. The
baselines measured between two keystrokes are kept out of the list's clock (``TypingClock``):
the next letter comes as if typed at once, not after the baselines' seconds.

Baseline, in the same run, for each keystroke's (words, sort, direction): hand-written queries
on the raw driver (sqlite3 / psycopg2) that return the same first page (the same ids in the same
order; checked against the window's rows), never the app's own statements. When a keystroke's
words narrow the one before ("québ" after "qué"), a program that kept the first row it found
for the keystroke before knows that no row sorts before it: the walks of the sort index from
that row (``seek_walk``, and ``seek_split``, which seeks the row key within the row's sort value
and then the values after it; PostgreSQL ``pg_seek_walk`` with ``strpos()``, ``pg_seek_like`` with
``LIKE``) are candidates too, as the app's list reads from there. Each candidate runs
once (stopped when it is already slower than the best so far, by a progress handler or a
statement timeout), the two fastest twice more; the baseline is the fastest median of three
(the window's time is one run):

- SQLite (read through a memory map, as the app reads): the FTS5 trigram index (``rowid IN
  (MATCH)``, and as a materialised CTE driving the join, then sorted; for words of 1-2
  characters, the trigrams that begin with them, which the statement looks up in the index's
  vocabulary itself), the sort index walked against the set of those matches (``INDEXED BY``,
  ``rowid IN``), the matches sorted by sort value and rowid alone and then the page's rows read,
  a walk over the sort index (``INDEXED BY``), a full scan and sort (``NOT INDEXED``), each
  filtered with ``instr()`` on the folded search text (the two reads of the matches also
  without it for the words of 1-3 characters, whose holders the match gives exactly); and
  plain ``LIKE`` with ``ORDER BY``/``LIMIT`` (whatever the planner picks).
- PostgreSQL: ``LIKE`` with ``ORDER BY``/``LIMIT`` (the planner's pick), the trigram ``LIKE`` in
  a materialised CTE then sorted, ``strpos()`` (no trigram index: the planner walks the sort
  index), ``strpos()`` in a materialised CTE (a scan, then sorted), for words of 1-2
  characters the index of characters and pairs in a materialised CTE, then sorted, for
  several words the pairs of them all in the search copy, and the sort index walked alone
  with each entry tested against a hash of those matches (``work_mem`` 64 MB, as the app sets
  it for that statement); sorted by any column the search copy holds (all but the status),
  the matches and their sort value from the copy alone.

Every timed step (the keystroke, each run of a candidate, each paint of the floor) starts with
the CPU's caches emptied (``evict_cpu_caches``): a candidate run three times in a row would
otherwise read warm cache lines that the window's one keystroke, typed after the baseline's and
the floor's work, never has (the same walk: 1.9 ms warm, 3.4 ms cold).

The user waits for the list to be painted, not for the query: a second baseline ("shown") adds
to the raw query the time a bare ``QTableView`` of the table's size takes to put in and paint the
same rows (paint_floor.py: the texts already formatted, no icons; the fastest of a
``QStandardItemModel`` and a minimal Python model), measured after each keystroke in the same
process. "ratio" compares the window with the query alone (a floor no window can reach: painting
the rows costs more than finding them), "ratio2" with the query and the paint.

Prints a table per sort column and direction (median, p90, max, keystrokes that hit the cap,
baseline median, median of app/baseline ratios, the same against "shown"), the worst keystrokes,
and one JSON object on the last line.

``--book PATH`` keeps the SQLite book (make_book.build, seed 7) for the next run; ``--save FILE``
writes every keystroke's figures (JSON).
``--database postgresql://.../NAME`` (as ``with_postgres.py`` adds) measures on PostgreSQL; the
book goes into NAME_book (created when missing, kept when it holds the right count), as
customer_book.py does. ``--terms K`` types K of the terms (spread over the list), ``--only a,b``
these terms, ``--sorts company,created:desc`` a subset of the sorts (a column alone means both
directions).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The books are the same as customer_book.py's: built and reused the same way.
from bench_common import JIT_OFF, evict_cpu_caches, exit_with_parent
from customer_book import ensure_book, is_postgres_url, postgres_book, sibling_url
from paint_floor import PaintFloor

from reseller_desktop.store.database import SQLITE_PRAGMAS

# What staff type: 1-2 letters, parts of words, the book's words (company
# words, kinds, legal forms, first and last names, cities: make_book.py), accented and not, any
# case, one customer's number or e-mail, two words, and words that match nothing.
TERMS = [
    # 1-2 letters
    "a", "z", "k", "q", "w", "é", "ha", "ze", "ly", "mü", "xq", "zz",
    # 3-4 letters
    "sas", "ltd", "gmb", "léa", "zoé", "nova", "iris", "dune", "labs", "hugo", "4711", "jazz",
    "kiwi",
    # words of the book
    "atlas", "umbra", "rossi", "paris", "pizza", "zenith", "meridian", "harbor", "falcon",
    "juniper", "glacier", "horizon", "étoile", "conseil", "santé", "sante", "bâtiment", "gmbh",
    "sarl", "dupont", "müller", "muller", "lefèvre", "camille", "émile", "chloé", "genève",
    "québec", "seattle", "bruxelle", "lyon",
    # any case
    "ZENITH", "Dupont", "MÜLLER",
    # one customer (or a few): an e-mail, a domain, a number
    "zoe.1237", "lea.4711", "zenith12",
    # nothing
    "xyz", "qwerty", "zzz", "wombat", "zenithx", "falcone",
    # two words
    "zen 12", "zoe lyon",
]  # fmt: skip
SORTS = ("company", "domain", "country", "offers", "seats", "status", "created")
PAGE = 100  # the list's first page (customer_queries.PAGE_SIZE)
DEFAULT_CAP_S = 10.0
WARM_UP_TERMS = ("zenith", "qw")

# The list's columns, as the window shows them (what a hand-written query must return too).
COLUMNS = (
    "c.id, c.company_name, c.domain_prefix, c.country, c.offer_summary, c.total_seats, "
    "c.status, c.status_reason, c.created_at"
)
SORT_COLUMN = {
    "company": "company_name",
    "domain": "domain_key",
    "country": "country",
    "offers": "offer_summary",
    "seats": "total_seats",
    "status": "status",
    "created": "created_at",
}
SQLITE_SORT_INDEX = {
    "company": "customer_company_nocase",
    "domain": "customer_domain_key",
    "country": "customer_country",
    "offers": "customer_offer_summary",
    "seats": "customer_total_seats",
    "status": "customer_status",
    "created": "customer_created_at",
}


def postgres_book_url(url: str, customers: int, seed: int, work: Path) -> tuple[str, float]:
    """The database NAME_book beside ``url``, filled with ``customers`` unless it holds them."""
    book = sibling_url(url, "book")
    return book, postgres_book(book, customers, seed, work)


# ----------------------------------------------------------------------------------------------
# Baseline: hand-written queries on the raw driver


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _pairs(words: list[str]) -> list[str]:
    """The characters and pairs of characters every holder of ``words`` holds (a word of 1
    character: itself; longer: its pairs), as the search copy's index keys them."""
    return sorted({w[i : i + 2] for w in words for i in range(max(len(w) - 1, 1))})


def _trigrams(words: list[str]) -> str:
    """An FTS5 query: every trigram of every word of 3+ characters (the index has no positions,
    so no phrases); '' when no word is long enough."""
    grams = dict.fromkeys(w[i : i + 3] for w in words if len(w) >= 3 for i in range(len(w) - 2))
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


class TypingClock:
    """The model's clock for how fresh what a read said about where a query's rows begin is
    (``customer_model.BOUND_FRESH_S``): the time a user typing on would have had, without the
    time the benchmark spends between two keystrokes on their baselines (at ten million, a
    minute: every next letter was read as after a long pause, from the list's top)."""

    def __init__(self) -> None:
        self.aside_s = 0.0

    def __call__(self) -> float:
        return time.monotonic() - self.aside_s

    @contextlib.contextmanager
    def aside(self) -> Iterator[None]:
        began = time.monotonic()
        try:
            yield
        finally:
            self.aside_s += time.monotonic() - began


class TooSlowError(Exception):
    """A candidate stopped because it was already slower than the best one."""


class RawBaseline:
    """The fastest hand-written query for a first page, timed on the raw driver."""

    def __init__(self, url: str, cap_s: float) -> None:
        self.postgres = is_postgres_url(url)
        self.cap_s = cap_s
        if self.postgres:
            import psycopg2

            self.conn: Any = psycopg2.connect(url, options=JIT_OFF)
            self.conn.autocommit = True
            with self.conn.cursor() as cursor:  # the memory the app gives its hashed matches
                cursor.execute("SET work_mem = '64MB'")
            self._timeout_ms = -1
        else:
            path = url.removeprefix("sqlite:///")
            # The app's read settings (default page cache, the file read through a memory map),
            # read-only.
            self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            self.conn.execute(f"PRAGMA mmap_size = {SQLITE_PRAGMAS['mmap_size']}")
            self._deadline = float("inf")
            self.conn.set_progress_handler(self._past_deadline, 20_000)
        self.cache: dict[tuple[Any, ...], dict[str, Any]] = {}
        # The last first page measured: (words, sort, descending, its ids).
        self.last: tuple[list[str], str, bool, list[uuid.UUID]] | None = None

    def _past_deadline(self) -> int:
        return 1 if time.perf_counter() > self._deadline else 0

    # -- candidates

    def candidates(
        self, words: list[str], sort: str, desc: bool, start: tuple[Any, Any] | None = None
    ) -> list[tuple[str, str, list]]:
        """The hand-written queries for this first page; with ``start`` (the sort value and key
        of the first row of the keystroke before, whose words these narrow), also the walks of
        the sort index from there, as a program that kept that row would read."""
        d = " DESC" if desc else ""
        short = sorted({w for w in words if len(w) < 3})
        seek = "<=" if desc else ">="
        if self.postgres:
            col = SORT_COLUMN[sort]
            order = f"c.{col}{d}, c.id{d}"
            like = " AND ".join(["c.search_text LIKE %s"] * len(words))
            strpos = " AND ".join(["strpos(c.search_text, %s) > 0"] * len(words))
            likes = [_like(w) for w in words]
            # The search copy's text, LIKE each word its index of pairs does not settle (hidden
            # from its trigram index, whose matches the planner would AND with the pairs' too).
            longer = [w for w in words if len(w) > 2]
            copy_like = "".join(" AND (search_text || '') LIKE %s" for _ in longer)
            copy_likes = [_like(w) for w in longer]
            # ... and the copy alone: its index of pairs with a short word, else its trigrams.
            copy_where, copy_params = (
                (f"customer_search_grams(s.search_text) @> %s::text[]{copy_like}",
                 [_pairs(words), *copy_likes]) if short
                else (" AND ".join(["s.search_text LIKE %s"] * len(longer)), copy_likes)
            )  # fmt: skip
            seeks = [] if start is None else [  # from the first row of the keystroke before
                ("pg_seek_walk", f"SELECT {COLUMNS} FROM customer c WHERE c.{col} {seek} %s "
                 f"AND (c.{col}, c.id) {seek} (%s, %s) AND {strpos} "
                 f"ORDER BY {order} LIMIT {PAGE}", [start[0], *start, *words]),
                ("pg_seek_like", f"SELECT {COLUMNS} FROM customer c WHERE c.{col} {seek} %s "
                 f"AND (c.{col}, c.id) {seek} (%s, %s) AND {like} "
                 f"ORDER BY {order} LIMIT {PAGE}", [start[0], *start, *likes]),
            ]  # fmt: skip
            return seeks + [
                ("pg_like", f"SELECT {COLUMNS} FROM customer c WHERE {like} "
                 f"ORDER BY {order} LIMIT {PAGE}", likes),
                ("pg_trgm_cte", f"WITH m AS MATERIALIZED (SELECT {COLUMNS}, c.{col} AS sort_ "
                 f"FROM customer c WHERE {like}) SELECT * FROM m "
                 f"ORDER BY m.sort_{d}, m.id{d} LIMIT {PAGE}", likes),
                ("pg_walk_strpos", f"SELECT {COLUMNS} FROM customer c WHERE {strpos} "
                 f"ORDER BY {order} LIMIT {PAGE}", list(words)),
                ("pg_scan_cte", f"WITH m AS MATERIALIZED (SELECT {COLUMNS}, c.{col} AS sort_ "
                 f"FROM customer c WHERE {strpos}) SELECT * FROM m "
                 f"ORDER BY m.sort_{d}, m.id{d} LIMIT {PAGE}", list(words)),
            ] + ([  # words of 1-2 characters: the index of characters and pairs
                ("pg_grams_cte", f"WITH m AS MATERIALIZED (SELECT {COLUMNS}, c.{col} AS sort_ "
                 "FROM customer c WHERE c.id IN (SELECT customer_id FROM customer_search_text "
                 f"WHERE customer_search_grams(search_text) @> %s::text[]) AND {like}) "
                 f"SELECT * FROM m ORDER BY m.sort_{d}, m.id{d} LIMIT {PAGE}", [short, *likes]),
            ] if short else []) + ([  # several words: the pairs of them all, the copy's LIKE
                ("pg_pairs_cte", f"WITH m AS MATERIALIZED (SELECT {COLUMNS}, c.{col} AS sort_ "
                 "FROM customer c WHERE c.id IN (SELECT customer_id FROM customer_search_text "
                 f"WHERE customer_search_grams(search_text) @> %s::text[]{copy_like})) "
                 f"SELECT * FROM m ORDER BY m.sort_{d}, m.id{d} LIMIT {PAGE}",
                 [_pairs(words), *copy_likes]),
            ] if len(words) > 1 else []) + ([  # ... by a column the copy holds, from it alone
                ("pg_copy_cte", f"WITH m AS MATERIALIZED (SELECT s.customer_id AS id, "
                 f"s.{col} FROM customer_search_text s WHERE {copy_where}), "
                 f"t AS (SELECT id, {col} FROM m ORDER BY {col}{d}, id{d} "
                 f"LIMIT {PAGE}) SELECT {COLUMNS} FROM t JOIN customer c ON c.id = t.id "
                 f"ORDER BY t.{col}{d}, t.id{d}", copy_params),
            ] if sort != "status" else []) + ([
                # ... the sort index walked alone, each entry tested against a hash of them
                ("pg_grams_inset", f"WITH t AS MATERIALIZED (SELECT c.id, c.{col} "
                 "FROM customer c WHERE (CASE WHEN c.id IN (SELECT customer_id "
                 "FROM customer_search_text WHERE customer_search_grams(search_text) "
                 f"@> %s::text[]) THEN true END) ORDER BY {order} LIMIT {PAGE}) "
                 f"SELECT {COLUMNS} FROM customer c WHERE c.id IN (SELECT id FROM t) "
                 f"ORDER BY {order}", [short]),
            ] if short and len(short) == len(words) and sort != "domain" else [])  # fmt: skip
        sort_expr = f"c.{SORT_COLUMN[sort]}" + (" COLLATE NOCASE" if sort == "company" else "")
        order = f"{sort_expr}{d}, c.rowid{d}"
        instr = " AND ".join(["instr(c.search_text, ?) > 0"] * len(words))
        like = " AND ".join(["c.search_text LIKE ? ESCAPE '\\'"] * len(words))
        index = SQLITE_SORT_INDEX[sort]
        found: list[tuple[str, str, list]] = []
        if start is not None:  # from the first row of the keystroke before
            found.append(
                ("seek_walk", f"SELECT {COLUMNS} FROM customer c INDEXED BY {index} "
                 f"WHERE {sort_expr} {seek} ? AND ({sort_expr}, c.rowid) {seek} (?, ?) "
                 f"AND {instr} ORDER BY {order} LIMIT {PAGE}", [start[0], *start, *words])
            )  # fmt: skip
            # ... and sought on the row key too: SQLite seeks the range of the sort value
            # alone, so the rest of that value (a country's 100,000 entries), then the values
            # after it, each arm read in order.
            arm = f"SELECT {COLUMNS} FROM customer c INDEXED BY {index} WHERE {{}} AND {instr} "
            rest = arm.format(f"{sort_expr} = ? AND c.rowid {seek} ?")
            beyond = arm.format(f"{sort_expr} {seek[0]} ?")
            found.append(
                ("seek_split", f"SELECT * FROM ({rest}ORDER BY {order} LIMIT {PAGE}) "
                 f"UNION ALL SELECT * FROM ({beyond}ORDER BY {order} LIMIT {PAGE}) "
                 f"LIMIT {PAGE}", [*start, *words, start[0], *words])
            )  # fmt: skip
        grams = _trigrams(words)
        if grams:
            found += [
                ("fts_in", f"SELECT {COLUMNS} FROM customer c WHERE c.rowid IN (SELECT rowid "
                 "FROM customer_search WHERE customer_search MATCH ?) "
                 f"AND {instr} ORDER BY {order} LIMIT {PAGE}", [grams, *words]),
                ("fts_cte", "WITH m(r) AS MATERIALIZED (SELECT rowid FROM customer_search "
                 f"WHERE customer_search MATCH ?) SELECT {COLUMNS} FROM m "
                 f"CROSS JOIN customer c ON c.rowid = m.r WHERE {instr} "
                 f"ORDER BY {order} LIMIT {PAGE}", [grams, *words]),
            ]  # fmt: skip
        if short:
            # Any trigram that begins with a short word (the index pads each text), looked up
            # in the index's vocabulary by the statement itself; no such trigram: a trigram
            # of control characters, which no text holds.
            pieces, match_params = (["?"], [grams]) if grams else ([], [])
            for word in short:
                pieces.append(
                    "'(' || coalesce((SELECT group_concat('\"' || replace(term, '\"', '\"\"') "
                    "|| '\"', ' OR ') FROM customer_search_vocab WHERE term >= ? AND term < ?), "
                    "'\"' || char(1, 1, 1) || '\"') || ')'"
                )
                match_params += [word, word + "\U0010ffff"]
            match = " || ' AND ' || ".join(pieces)
            found.append(
                ("fts_short", f"SELECT {COLUMNS} FROM customer c WHERE c.rowid IN (SELECT rowid "
                 f"FROM customer_search WHERE customer_search MATCH {match}) "
                 f"AND {instr} ORDER BY {order} LIMIT {PAGE}", [*match_params, *words])
            )  # fmt: skip
        elif grams:
            match, match_params = "?", [grams]
        if grams or short:
            matches = f"SELECT rowid FROM customer_search WHERE customer_search MATCH {match}"
            # The match gives the holders of a word of 1-3 characters exactly: only the longer
            # words need checking, and with none the rows are not read to test them.
            inexact = [w for w in words if len(w) > 3]
            checks = [(instr, list(words))] + (
                [("".join(" AND instr(c.search_text, ?) > 0" for _ in inexact)[5:] or "1",
                  inexact)] if len(inexact) < len(words) else []
            )  # fmt: skip
            for n, (check, checked) in enumerate(checks):
                tag = "_exact" if n else ""
                found += [
                    # the sort index walked, each entry tested against the set of the matches
                    (f"fts_inset{tag}", f"SELECT {COLUMNS} FROM customer c INDEXED BY {index} "
                     f"WHERE c.rowid IN ({matches}) AND {check} ORDER BY {order} LIMIT {PAGE}",
                     [*match_params, *checked]),
                    # the matches sorted by sort value and rowid alone, then the page's rows
                    (f"fts_narrow{tag}", f"SELECT {COLUMNS} FROM customer c WHERE c.rowid IN "
                     f"(SELECT c.rowid FROM customer c WHERE c.rowid IN ({matches}) AND {check} "
                     f"ORDER BY {order} LIMIT {PAGE}) ORDER BY {order}",
                     [*match_params, *checked]),
                ]  # fmt: skip
        found += [
            ("walk_index", f"SELECT {COLUMNS} FROM customer c INDEXED BY {index} "
             f"WHERE {instr} ORDER BY {order} LIMIT {PAGE}", list(words)),
            ("scan_sort", f"SELECT {COLUMNS} FROM customer c NOT INDEXED WHERE {instr} "
             f"ORDER BY {order} LIMIT {PAGE}", list(words)),
            ("like_planner", f"SELECT {COLUMNS} FROM customer c WHERE {like} "
             f"ORDER BY {order} LIMIT {PAGE}", [_like(w) for w in words]),
        ]  # fmt: skip
        return found

    # -- running

    def _run(self, sql: str, params: list, limit_s: float) -> tuple[float, list[uuid.UUID]]:
        """Seconds to run ``sql`` and fetch its rows; TooSlowError past ``limit_s``."""
        if self.postgres:
            import psycopg2.errors

            timeout_ms = max(1, int(limit_s * 1000))
            with self.conn.cursor() as cursor:
                if timeout_ms != self._timeout_ms:
                    # The SET itself runs under the time-out it replaces: a millisecond one
                    # (after a candidate that answered in 0.3 ms) may stop it; it is set again.
                    for attempt in range(3):
                        try:
                            cursor.execute("SET statement_timeout = %s", (timeout_ms,))
                            break
                        except psycopg2.errors.QueryCanceled:
                            if attempt == 2:
                                raise
                    self._timeout_ms = timeout_ms
                evict_cpu_caches()
                started = time.perf_counter()
                try:
                    cursor.execute(sql, params)
                    rows = cursor.fetchall()
                except psycopg2.errors.QueryCanceled as exc:
                    raise TooSlowError from exc
                elapsed = time.perf_counter() - started
        else:
            evict_cpu_caches()
            started = time.perf_counter()
            self._deadline = started + limit_s
            try:
                rows = self.conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "interrupted" not in str(exc):
                    raise
                raise TooSlowError from exc
            finally:
                self._deadline = float("inf")
            elapsed = time.perf_counter() - started
        return elapsed, [uuid.UUID(str(row[0])) for row in rows]

    def start_after(
        self, before: list[str], words: list[str], sort: str, desc: bool
    ) -> tuple[Any, Any] | None:
        """The sort value and key of the first row this baseline found for ``before`` (the
        keystroke just measured, same sort), when ``words`` narrow those words (each of them
        inside one of these): no row of ``words`` sorts before it."""
        last = self.last
        if last is None or not before or (last[0], last[1], last[2]) != (before, sort, desc):
            return None
        if not last[3] or not all(any(old in new for new in words) for old in before):
            return None
        first = last[3][0]
        if self.postgres:
            sql = f"SELECT c.{SORT_COLUMN[sort]}, c.id FROM customer c WHERE c.id = %s"
            with self.conn.cursor() as cursor:
                cursor.execute(sql, (str(first),))
                row = cursor.fetchone()
        else:
            expr = f"c.{SORT_COLUMN[sort]}"
            sql = f"SELECT {expr}, c.rowid FROM customer c WHERE c.id = ?"
            row = self.conn.execute(sql, (first.hex,)).fetchone()
        return (row[0], row[1]) if row else None

    def measure(
        self,
        words: list[str],
        sort: str,
        desc: bool,
        expected: list[uuid.UUID] | None,
        before: list[str] | None = None,
    ) -> dict[str, Any]:
        """The fastest candidate's median seconds for this first page (cached per query).

        ``expected``: the window's ids (None when it did not settle: the first candidate's
        answer is the reference then). Candidates that answer other ids are left out, counted
        in ``mismatched``. ``before``: the words of the keystroke before (measured just
        before this one), whose first row the seek candidates start from (``start_after``)."""
        start = self.start_after(before or [], words, sort, desc)
        result = self._measure(words, sort, desc, expected, start)
        self.last = (list(words), sort, desc, result["ids"] or [])
        return result

    def _measure(
        self,
        words: list[str],
        sort: str,
        desc: bool,
        expected: list[uuid.UUID] | None,
        start: tuple[Any, Any] | None,
    ) -> dict[str, Any]:
        key = (tuple(words), sort, desc, start)
        cached = self.cache.get(key)
        if cached is not None:  # measured at an earlier keystroke: check the page again
            agrees = expected is not None and cached["s"] is not None and cached["ids"] == expected
            return {**cached, "agrees_with_app": agrees}
        probes: dict[str, float] = {}
        sqls: dict[str, tuple[str, list]] = {}
        mismatched: list[str] = []
        reference = expected
        best = float("inf")
        for name, sql, params in self.candidates(words, sort, desc, start):
            limit = min(self.cap_s, 3 * best + 0.005)
            try:
                elapsed, ids = self._run(sql, params, limit)
            except TooSlowError:
                continue
            if reference is None:
                reference = ids
            if ids != reference:
                mismatched.append(name)
                continue
            probes[name] = elapsed
            sqls[name] = (sql, params)
            best = min(best, elapsed)
        medians: dict[str, float] = {}
        for name in sorted(probes, key=probes.__getitem__)[:2]:
            sql, params = sqls[name]
            runs = [probes[name]]
            for _ in range(2):
                try:
                    runs.append(self._run(sql, params, self.cap_s)[0])
                except TooSlowError:
                    runs.append(self.cap_s)
            medians[name] = statistics.median(runs)
        if medians:
            winner = min(medians, key=medians.__getitem__)
            result = {"s": medians[winner], "plan": winner}
        else:
            result = {"s": None, "plan": None}
        result["mismatched"] = mismatched
        result["agrees_with_app"] = expected is not None and bool(probes)
        result["ids"] = reference
        self.cache[key] = result
        return result


# ----------------------------------------------------------------------------------------------
# Child process: the real window, typed into


def child(args: argparse.Namespace) -> None:
    exit_with_parent()
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel

    from reseller_desktop.domain.search import search_words

    app = QApplication([])
    data_dir: Path = args.data_dir
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir / "qs"))

    from reseller_desktop.services.context import open_services
    from reseller_desktop.services.live import build_live
    from reseller_desktop.views.main_window import MainWindow

    url: str = args.child
    services = open_services(data_dir, data_dir, database=url)
    live = build_live(services)
    window = MainWindow(services, live)  # no clock, no feed: the book does not move
    window.show()
    model, edit, reader = window.model, window.ui.searchEdit, live.reader
    header = window.table.horizontalHeader()
    viewport = window.table.viewport()
    cap = args.cap

    class Watch(QObject):
        """What the model and the table did since the last look."""

        painted = True  # the table painted after the model's last change
        changed_at = 0.0  # when the model last changed (perf_counter)
        applied: Any = None  # the query whose first page is in
        failures = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

        def changed(self, *_args: Any) -> None:
            self.painted = False
            self.changed_at = time.perf_counter()

    watch = Watch()
    watch.applied = model.query  # the window loaded its first page as it was built
    viewport.installEventFilter(watch)
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
        signal.connect(watch.changed)
    model.query_applied.connect(lambda: setattr(watch, "applied", model.query))

    def count_failure(_error: object) -> None:
        watch.failures += 1

    model.store_failed.connect(count_failure)

    def searching() -> bool:
        bar = window.statusBar()
        texts = [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]
        return any("Searching" in text for text in [*texts, bar.currentMessage()])

    def settled() -> bool:
        return (
            not window._search_timer.isActive()
            and search_words(model.query.text) == search_words(edit.text())
            and watch.applied == model.query
            and not reader.busy()
            and reader._pool.activeThreadCount() == 0
            and not model.is_loading()
            and not searching()
            and watch.painted
        )

    def wait(started: float, limit: float) -> tuple[float, bool]:
        """Turn the event loop until the list settles (seconds since ``started``, True) or
        ``limit`` seconds have passed (the limit, False). A check every millisecond: a busy
        loop of processEvents would take the GIL from the reader thread."""
        if settled():
            return time.perf_counter() - started, True
        outcome: list[tuple[float, bool]] = []
        loop = QEventLoop()

        def check() -> None:
            if outcome:
                return
            now = time.perf_counter()
            if settled():
                outcome.append((now - started, True))
                loop.quit()
            elif now - started > limit:
                outcome.append((limit, False))
                loop.quit()

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(1)
        timer.timeout.connect(check)
        timer.start()
        loop.exec()  # returns late when a nested loop (a read) was running at the limit
        timer.stop()
        return outcome[0]

    def idle(limit: float = 60.0) -> None:
        """Unmeasured: wait for the list to settle (after clearing the box, a new sort)."""
        if not wait(time.perf_counter(), limit)[1]:
            print(f"the list did not settle within {limit:g} s", file=sys.stderr, flush=True)

    def press(char: str) -> None:
        """One key. QTest.keyClicks types ASCII only (Qt asserts on other characters): a
        Latin-1 letter is sent as its key (Qt.Key_Eacute...) with its text, as a keyboard does."""
        if char.isascii():
            QTest.keyClicks(edit, char)
        else:
            key = Qt.Key(ord(char.upper()))
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, edit, key, char, Qt.KeyboardModifier.NoModifier
            )

    def clear() -> None:
        edit.clear()
        idle()

    def page_ids() -> list[uuid.UUID]:
        rows = (model.row_at(i) for i in range(min(PAGE, model.rowCount())))
        return [row.id for row in rows if row is not None]

    baseline = RawBaseline(url, cap)
    floor = PaintFloor(window.table)
    clock = TypingClock()
    model.now = clock
    records: list[dict[str, Any]] = []

    def shown_texts() -> list[tuple[str, ...]]:
        """The first page's texts as the window shows them."""
        columns = model.columnCount()
        return [
            tuple(str(model.data(model.index(row, column)) or "") for column in range(columns))
            for row in range(min(PAGE, model.rowCount()))
        ]

    def type_term(term: str, sort: str, desc: bool, measured: bool) -> None:
        clear()
        for typed_len in range(1, len(term) + 1):
            typed = term[:typed_len]
            before = search_words(edit.text())
            evict_cpu_caches()  # as before every baseline run and paint (bench_common.py)
            started = time.perf_counter()
            press(typed[-1])
            if edit.text() != typed:
                raise SystemExit(f"typing {term!r}: the box holds {edit.text()!r}, not {typed!r}")
            words = search_words(typed)
            if words == before:  # a space: the search does not change
                idle()
                continue
            failures = watch.failures
            elapsed, ok = wait(started, cap)
            if not measured:
                continue
            if not ok:  # let a read in flight end before the baseline runs beside it
                deadline = time.perf_counter() + 30
                while (reader.busy() or reader._pool.activeThreadCount()) and (
                    time.perf_counter() < deadline
                ):
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            with clock.aside():
                base = baseline.measure(words, sort, desc, page_ids() if ok else None, before)
                paint_s = floor.measure(shown_texts()) if ok else None
            records.append(
                {
                    "term": term,
                    "typed": typed,
                    "sort": sort,
                    "desc": desc,
                    "ms": elapsed * 1000,
                    # Key press -> the model's last change (the rows in, before the paint).
                    "model_ms": max(0.0, watch.changed_at - started) * 1000,
                    "capped": not ok,
                    "rows": model.rowCount(),
                    "failed": watch.failures - failures,
                    "base_ms": None if base["s"] is None else base["s"] * 1000,
                    "paint_ms": None if paint_s is None else paint_s * 1000,
                    "plan": base["plan"],
                    "mismatched": base["mismatched"],
                    "base_agrees": base["agrees_with_app"],
                }
            )

    def set_sort(sort: str, desc: bool) -> None:
        clear()
        order = Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(SORTS.index(sort), order)
        idle()
        if (model.query.sort, model.query.descending) != (sort, desc):
            raise SystemExit(f"the header did not sort the list by {sort} {desc}")

    idle()
    started_run = time.perf_counter()
    first_sort, first_desc = args.sort_list[0]
    set_sort(first_sort, first_desc)
    for term in WARM_UP_TERMS:  # the page cache and the first plans
        type_term(term, first_sort, first_desc, measured=False)
    for number, (sort, desc) in enumerate(args.sort_list, 1):
        set_sort(sort, desc)
        began, done_before = time.perf_counter(), len(records)
        for term in args.term_list:
            type_term(term, sort, desc, measured=True)
        mine = [r["ms"] for r in records[done_before:]]
        print(
            f"[{number}/{len(args.sort_list)}] {sort} {'desc' if desc else 'asc'}: "
            f"{len(mine)} keystrokes in {time.perf_counter() - began:.0f} s, "
            f"median {statistics.median(mine):.1f} ms, max {max(mine):.0f} ms",
            file=sys.stderr,
            flush=True,
        )
    run_s = time.perf_counter() - started_run
    print(json.dumps({"records": records, "run_s": run_s}), flush=True)
    os._exit(0)  # tearing Qt down is not measured


# ----------------------------------------------------------------------------------------------
# Figures


def p90(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def summary(records: list[dict[str, Any]]) -> dict[str, Any]:
    app = [r["ms"] for r in records]
    base = [r["base_ms"] for r in records if r["base_ms"]]
    ratios = [r["ms"] / r["base_ms"] for r in records if r["base_ms"]]
    # Shown: the raw query, then the rows painted by a bare table (paint_floor.py).
    shown = [r["base_ms"] + r["paint_ms"] for r in records if r["base_ms"] and r.get("paint_ms")]
    shown_ratios = [
        r["ms"] / (r["base_ms"] + r["paint_ms"])
        for r in records
        if r["base_ms"] and r.get("paint_ms")
    ]
    return {
        "n": len(app),
        "median_ms": statistics.median(app),
        "p90_ms": p90(app),
        "max_ms": max(app),
        "capped": sum(r["capped"] for r in records),
        "model_median_ms": statistics.median(r["model_ms"] for r in records),
        "base_median_ms": statistics.median(base) if base else None,
        "ratio_median": statistics.median(ratios) if ratios else None,
        "shown_median_ms": statistics.median(shown) if shown else None,
        "shown_ratio_median": statistics.median(shown_ratios) if shown_ratios else None,
    }


def parse_sorts(text: str | None) -> list[tuple[str, bool]]:
    if not text:
        return [(sort, desc) for sort in SORTS for desc in (False, True)]
    chosen: list[tuple[str, bool]] = []
    for part in text.split(","):
        sort, _, direction = part.strip().partition(":")
        if sort not in SORTS or direction not in ("", "asc", "desc"):
            raise SystemExit(f"--sorts: {part!r} is not one of {SORTS}[:asc|:desc]")
        directions = (False, True) if not direction else (direction == "desc",)
        chosen += [(sort, desc) for desc in directions]
    return chosen


def pick_terms(k: int | None) -> list[str]:
    """``k`` terms spread over the list (so short, long, rare and empty ones stay in)."""
    if not k or k >= len(TERMS):
        return list(TERMS)
    return [TERMS[i * len(TERMS) // k] for i in range(k)]


def report(
    records: list[dict[str, Any]], args: argparse.Namespace, built: float, run_s: float
) -> None:
    name = "postgresql" if is_postgres_url(args.database) else "sqlite"
    print(
        f"{name}, {args.customers:,} customers: {len(args.term_list)} terms x "
        f"{len(args.sort_list)} sorts, {len(records)} keystrokes in {run_s:.0f} s "
        f"(cap {args.cap:g} s per keystroke)"
    )
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        groups[f"{r['sort']}_{'desc' if r['desc'] else 'asc'}"].append(r)
    per_sort = {key: summary(rows) for key, rows in groups.items()}
    overall = summary(records)

    def fmt(value: float | None, digits: int = 1) -> str:
        return "-" if value is None else f"{value:.{digits}f}"

    print(
        "keystroke -> final list, ms (rows in: -> the model's last change, before the paint; "
        "raw: the fastest hand-written query; ratio: median of app/raw per keystroke; shown: "
        "raw, then the same rows painted by a bare table; ratio2: median of app/shown)"
    )
    print(f"{'sort':<16}{'n':>6}{'median':>9}{'p90':>9}{'max':>9}{'capped':>8}{'rows in':>9}"
          f"{'raw med':>9}{'ratio':>8}{'shown':>8}{'ratio2':>8}")  # fmt: skip
    for key, s in [*per_sort.items(), ("overall", overall)]:
        print(
            f"{key:<16}{s['n']:>6}{fmt(s['median_ms']):>9}{fmt(s['p90_ms']):>9}"
            f"{fmt(s['max_ms'], 0):>9}{s['capped']:>8}{fmt(s['model_median_ms']):>9}"
            f"{fmt(s['base_median_ms'], 2):>9}"
            f"{fmt(s['ratio_median'], 2):>8}"
            f"{fmt(s['shown_median_ms'], 2):>8}{fmt(s['shown_ratio_median'], 2):>8}"
        )
    plans = Counter(r["plan"] for r in records)
    print("fastest raw formulation per keystroke: " + ", ".join(f"{p} {n}" for p, n in
          plans.most_common()))  # fmt: skip
    mismatched = Counter(name for r in records for name in r["mismatched"])
    unverified = sum(1 for r in records if not r["base_agrees"] and not r["capped"])
    if mismatched:
        print("raw candidates whose page differed from the window's: " + ", ".join(
            f"{p} {n}" for p, n in mismatched.most_common()))  # fmt: skip
    if unverified:
        print(f"{unverified} settled keystrokes with no raw query matching the window's page")
    failures = sum(r["failed"] for r in records)
    worst_keys = sorted(records, key=lambda r: r["ms"], reverse=True)[:15]
    print("slowest keystrokes (typed, sort, direction: ms, raw ms, plan):")
    for r in worst_keys:
        print(
            f"  {r['typed']!r:<12} {r['sort']:<8} {'desc' if r['desc'] else 'asc ':<5} "
            f"{r['ms']:>8.0f}{' (cap)' if r['capped'] else ''}  raw {fmt(r['base_ms'], 2)} "
            f"({r['plan']})"
        )
    print("slowest keystroke per sort (typed: ms, raw ms):")
    for key, rows in groups.items():
        top = sorted(rows, key=lambda r: r["ms"], reverse=True)[:3]
        print(f"  {key:<14} " + ", ".join(
            f"{r['typed']!r} {r['ms']:.0f}{' (cap)' if r['capped'] else ''} / {fmt(r['base_ms'])}"
            for r in top))  # fmt: skip
    cases: dict[tuple[str, str, bool], list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        cases[(r["term"], r["sort"], r["desc"])].append(r)
    worst_cases = sorted(
        cases.items(), key=lambda kv: (max(r["ms"] for r in kv[1]), sum(r["ms"] for r in kv[1])),
        reverse=True,
    )[:15]  # fmt: skip
    print("worst cases (term, sort, direction: max keystroke, whole term, capped keystrokes):")
    for (term, sort, desc), rows in worst_cases:
        print(
            f"  {term!r:<12} {sort:<8} {'desc' if desc else 'asc ':<5} "
            f"{max(r['ms'] for r in rows):>8.0f} ms {sum(r['ms'] for r in rows):>9.0f} ms "
            f"{sum(r['capped'] for r in rows):>3}"
        )
    by_ratio = sorted((r for r in records if r["base_ms"]), key=lambda r: r["ms"] / r["base_ms"])
    figures = {
        "database": name,
        "customers": args.customers,
        "terms": len(args.term_list),
        "sorts": len(args.sort_list),
        "keystrokes": overall["n"],
        "cap_ms": args.cap * 1000,
        "capped": overall["capped"],
        "search_ms_median": overall["median_ms"],
        "search_ms_p90": overall["p90_ms"],
        "search_ms_max": overall["max_ms"],
        "raw_ms_median": overall["base_median_ms"],
        "model_ms_median": overall["model_median_ms"],
        "ratio_median": overall["ratio_median"],
        "shown_ms_median": overall["shown_median_ms"],
        "shown_ratio_median": overall["shown_ratio_median"],
        "ratio_max": by_ratio[-1]["ms"] / by_ratio[-1]["base_ms"] if by_ratio else None,
        "per_sort": {
            key: {
                "median_ms": s["median_ms"],
                "p90_ms": s["p90_ms"],
                "max_ms": s["max_ms"],
                "capped": s["capped"],
                "ratio_median": s["ratio_median"],
                "model_median_ms": s["model_median_ms"],
                "raw_median_ms": s["base_median_ms"],
                "shown_ratio_median": s["shown_ratio_median"],
            }
            for key, s in per_sort.items()
        },
        "worst": [
            [r["typed"], r["sort"], "desc" if r["desc"] else "asc", r["ms"]] for r in worst_keys
        ],
        "store_failures": failures,
        "unverified_keystrokes": unverified,
        "run_s": run_s,
        "book_build_s": built,
    }

    def rounded(value: Any) -> Any:
        if isinstance(value, float):
            return round(value, 2)
        if isinstance(value, dict):
            return {k: rounded(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rounded(v) for v in value]
        return value

    print(json.dumps(rounded(figures)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--terms", type=int, help=f"type K of the {len(TERMS)} terms")
    parser.add_argument("--only", help="type these terms instead (comma-separated), to look closer")
    parser.add_argument("--sorts", help="e.g. company,created:desc (default: all, both ways)")
    parser.add_argument("--cap", type=float, default=DEFAULT_CAP_S, help="seconds per keystroke")
    parser.add_argument("--save", type=Path, help="write every keystroke's figures (JSON) here")
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.term_list = args.only.split(",") if args.only else pick_terms(args.terms)
    args.sort_list = parse_sorts(args.sorts)
    if args.child:
        child(args)

    with tempfile.TemporaryDirectory(prefix="search-latency-") as tmp:
        work = Path(tmp)
        if is_postgres_url(args.database):
            url, built = postgres_book_url(args.database, args.customers, 7, work / "build")
        else:
            book = args.book or work / "book.db"
            book.parent.mkdir(parents=True, exist_ok=True)
            built = ensure_book(book, args.customers)
            url = f"sqlite:///{book.resolve()}"
            with book.open("rb") as file:  # into the page cache, as a book in daily use is
                while file.read(1 << 24):
                    pass
        print(f"book: {args.customers:,} customers at {url} (built in {built:.0f} s)", flush=True)
        data_dir = work / "app"
        data_dir.mkdir()
        command = [sys.executable, __file__, "--child", url, "--data-dir", str(data_dir)]
        command += ["--customers", str(args.customers), "--cap", str(args.cap)]
        if args.terms:
            command += ["--terms", str(args.terms)]
        if args.only:
            command += ["--only", args.only]
        if args.sorts:
            command += ["--sorts", args.sorts]
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    if args.save:
        args.save.write_text(json.dumps(measured["records"], indent=0))
    report(measured["records"], args, built, measured["run_s"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
