"""The customer list's reads: keyset pages, search, status filter, every plan the same answer."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import cast

import pytest
from peewee import OperationalError

from reseller_desktop.domain.search import search_words
from reseller_desktop.services import customer_queries
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_queries import SORT_KEYS, CustomerQueries, ListQuery
from reseller_desktop.store.models import Customer
from tests.services.customer_book import (
    ACTIVE,
    BookCustomer,
    add_customers,
    first_walk_gives_up,
    varied,
)

BOOK = 130


@pytest.fixture
def book(services: AppServices) -> dict[uuid.UUID, tuple[str, str]]:
    """id -> (search text, status) of a varied book."""
    add_customers(varied(BOOK))
    rows = cast(
        Iterable[tuple[uuid.UUID, str, str]],
        Customer.select(Customer.id, Customer.search_text, Customer.status).tuples(),
    )
    return {cid: (text, status) for cid, text, status in rows}


def all_pages(queries: CustomerQueries, query: ListQuery, size: int, **kw: object) -> list:
    rows, position = [], None
    for _ in range(1000):
        page = queries.page(query, position, size, **kw)  # type: ignore[arg-type]
        rows += page.rows
        if page.next is None:
            return rows
        position = page.next
    raise AssertionError("paging never ended")


def expected(book: dict, text: str = "", status: str | None = None) -> set[uuid.UUID]:
    words = search_words(text)  # folded like the stored text (tested in test_search_folding)
    return {
        cid
        for cid, (search, st) in book.items()
        if all(w in search for w in words) and (status is None or st == status)
    }


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_follow_one_big_order_by(
    services: AppServices, book: dict, sort: str, descending: bool
) -> None:
    queries = services.customers
    query = ListQuery(sort=sort, descending=descending)
    paged = all_pages(queries, query, 17)
    whole = queries.page(query, None, 10_000).rows
    assert [r.id for r in paged] == [r.id for r in whole]
    assert {r.id for r in paged} == set(book) and len(paged) == BOOK
    values = [r.sort_value for r in whole]
    if sort not in ("company",):  # the company order follows the database's collation
        assert values == sorted(values, reverse=descending)


@pytest.mark.parametrize(
    "text",
    [
        "zenith",
        "ZENITH LABS",
        "labs zenith",
        "é",
        "émile",
        "müller",
        "d'études, lyon",
        '"petit"',
        "100%",
        "bio_market",
        "o'brien",
        "ca",
        "example3.fr",
        "nothing-like-this",
    ],
)
def test_search_matches_every_word_anywhere(services: AppServices, book: dict, text: str) -> None:
    rows = all_pages(services.customers, ListQuery(text=text), 25)
    assert {r.id for r in rows} == expected(book, text)
    assert len(rows) == len({r.id for r in rows})
    assert services.customers.count(ListQuery(text=text)) == len(rows)


@pytest.mark.parametrize("status", ["pending", "provisioning", "active", "failed"])
def test_status_filter_with_and_without_search(
    services: AppServices, book: dict, status: str
) -> None:
    for text in ("", "alpine", "a"):
        query = ListQuery(text=text, status=status, sort="company")
        rows = all_pages(services.customers, query, 9)
        assert {r.id for r in rows} == expected(book, text, status)
        assert all(r.status == status for r in rows)


@pytest.mark.parametrize("probe_cap", [1, 10_000])
@pytest.mark.parametrize("budget", [None, 0.0])
def test_every_plan_gives_the_same_rows_in_the_same_order(
    services: AppServices,
    book: dict,
    monkeypatch: pytest.MonkeyPatch,
    probe_cap: int,
    budget: float | None,
) -> None:
    """Whether the index or a walk of the sort index answers (and a walk cut short by its time
    budget), the pages put together are the same list."""
    queries = services.customers
    reference = {}
    for text, status in [("alpine", None), ("e", "active"), ("café gare", None), ("zz", None)]:
        query = ListQuery(text=text, status=status, sort="company")
        reference[(text, status)] = [r.id for r in all_pages(queries, query, 1000)]
    monkeypatch.setattr(customer_queries, "PROBE_CAP", probe_cap)
    for (text, status), ids in reference.items():
        query = ListQuery(text=text, status=status, sort="company")
        assert [r.id for r in all_pages(queries, query, 4, budget=budget)] == ids
        assert set(ids) == expected(book, text, status)


def test_rows_by_id_and_export_rows(services: AppServices, book: dict) -> None:
    queries = services.customers
    some = list(book)[:3]
    assert {r.id for r in queries.rows_by_id(some)} == set(some)
    assert queries.rows_by_id([]) == []
    chunks = list(queries.iter_export(ListQuery(text="müller"), chunk=4))
    exported = [row for chunk in chunks for row in chunk]
    assert {r.id for r in exported} == {str(i) for i in expected(book, "müller")}
    assert all(len(chunk) <= 4 for chunk in chunks)
    assert all(r.email and r.last_name for r in exported)


def too_common_for_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every short word held as often as in a big book: the index leaves it to a walk."""
    monkeypatch.setattr(customer_queries, "PROBE_CAP", 1)
    monkeypatch.setattr(customer_queries, "LARGE_CAP", 1)


def test_a_walk_out_of_time_on_words_no_index_serves_scans_once_and_is_final(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not services.customers._dialect().sqlite:
        pytest.skip("the walk is SQLite's plan")
    queries = services.customers
    first_walk_gives_up(monkeypatch)
    too_common_for_the_index(monkeypatch)
    monkeypatch.setattr(customer_queries, "WALK_ROWS_MIN", 0)  # the walk has had its share
    # Two letters the index does not narrow: the walk runs out of time; one scan answers.
    query = ListQuery(text="57", sort="status")
    queries.trace = []
    page = queries.page(query, None, 10, budget=0.0)
    assert any("NOT INDEXED" in sql for sql, _p, _n in queries.trace)
    reference = [r.id for r in all_pages(queries, query, 1000)]
    assert 0 < len(reference) < 10, "a few rows: the scan's page is the whole list"
    assert [r.id for r in page.rows] == reference and page.next is None, "final at once"
    # A letter most customers hold: the walk fills the page before its time is up.
    query = ListQuery(text="e", sort="status")
    queries.trace = []
    page = queries.page(query, None, 10, budget=0.0)
    assert not any("NOT INDEXED" in sql for sql, _p, _n in queries.trace)
    assert [r.id for r in page.rows] == [r.id for r in all_pages(queries, query, 1000)][:10]


def test_a_walk_on_words_no_index_serves_goes_on_in_steps_before_it_scans(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Out of time, a walk over 1-2 letters goes on from where it stopped (the view asks again
    on the next turn of the event loop) until it has read its share of the book; then one scan
    answers. The steps put together give the list of one ORDER BY."""
    queries = services.customers
    if not queries._dialect().sqlite:
        pytest.skip("the walk is SQLite's plan")
    first_walk_gives_up(monkeypatch)
    too_common_for_the_index(monkeypatch)
    query = ListQuery(text="57", sort="company")
    reference = [r.id for r in all_pages(queries, query, 1000)]
    assert 0 < len(reference) < 10
    monkeypatch.setattr(customer_queries, "WALK_ROWS_MIN", 1000)  # more than the whole book
    queries.trace = []
    first = queries.page(query, None, 10, budget=0.0)  # one batch of rows read, then out of time
    assert first.next is not None and first.next.plan == customer_queries.WALK
    assert first.next.walked == BOOK and not any("NOT INDEXED" in s for s, *_ in queries.trace)
    last = queries.page(query, first.next, 10, budget=0.0)  # the index has ended: final
    assert last.next is None and [r.id for r in first.rows + last.rows] == reference
    # With a smaller share, the second step scans instead.
    monkeypatch.setattr(customer_queries, "WALK_ROWS_MIN", 0)
    query = ListQuery(text="e", sort="company")
    reference = [r.id for r in all_pages(queries, query, 1000)]
    assert [r.id for r in all_pages(queries, query, 7, budget=0.0)] == reference


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_a_continuation_seeks_the_sort_index_instead_of_reading_it_from_the_start(
    services: AppServices,
    book: dict,
    sort: str,
    descending: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The walk over words no index narrows goes on from where it stopped: its statement must
    seek the sort index, or every continuation rereads the book from the top. Where the sort's
    value is one many customers share (a country), the seek must reach the row itself, not the
    first customer of that country."""
    queries = services.customers
    if not queries._dialect().sqlite:
        pytest.skip("SQLite's plan (PostgreSQL seeks on the row value itself)")
    too_common_for_the_index(monkeypatch)
    query = ListQuery(text="e", sort=sort, descending=descending)
    first = queries.page(query, None, 10)
    assert first.next is not None and first.next.plan == "walk"
    queries.trace = []
    queries.page(query, first.next, 10)
    sql, params, _rows = queries.trace[0]
    plan = [row[3] for row in queries.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert any(step.startswith("SEARCH") and "INDEX" in step for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan
    if sort in ("country", "offers", "seats", "status"):
        op = "<" if descending else ">"
        assert any(f"=? AND rowid{op}?" in step for step in plan), plan


@pytest.mark.parametrize("sort", ["country", "status", "offers"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_of_a_shared_value_read_the_rest_of_it_then_the_values_after(
    services: AppServices, book: dict, sort: str, descending: bool
) -> None:
    """Pages small enough to end inside a country, a status or an offer go on from the row
    they ended on, with no row lost or repeated at a value's edge, searched or not, on both
    databases; on SQLite each continuation's statements seek the sort index."""
    queries = services.customers
    d = queries._dialect()
    column = {"country": "country", "status": "status", "offers": "offer_summary"}[sort]
    way = " DESC" if descending else ""
    ordered = queries.db.execute_sql(
        f"SELECT id FROM customer ORDER BY {column}{way}, {d.key}{way}"
    ).fetchall()
    references = {}
    for text in ("", "e"):
        query = ListQuery(text=text, sort=sort, descending=descending)
        matches = expected(book, text)
        reference = [cid for (raw,) in ordered if (cid := uuid.UUID(str(raw))) in matches]
        assert len(reference) > 20
        assert [r.id for r in all_pages(queries, query, 7)] == reference
        references[text] = reference
    if d.sqlite:
        query = ListQuery(sort=sort, descending=descending)
        first = queries.page(query, None, 7)
        assert first.next is not None
        queries.trace = []
        second = queries.page(query, first.next, 7)
        assert [r.id for r in second.rows] == references[""][7:14]
        assert len(queries.trace) >= 1
        for sql, params, _rows in queries.trace:
            plan = [r[3] for r in queries.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            assert all(step.startswith("SEARCH") for step in plan), plan


class _CanceledError(Exception):
    pgcode = "57014"  # what psycopg2 says when the statement time-out cancels a query


def walks_out_of_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL: every walk of the sort index runs past its time-out."""
    real_select = CustomerQueries._select

    def out_of_time(self, d, query, position, conds, params, limit, export, plan="index", **kw):  # type: ignore[no-untyped-def]
        if plan == "walk":
            self.db.execute_sql("SELECT 1")  # inside the walk's transaction, then canceled
            raise OperationalError(_CanceledError("canceling statement due to statement timeout"))
        return real_select(self, d, query, position, conds, params, limit, export, plan, **kw)

    monkeypatch.setattr(CustomerQueries, "_select", out_of_time)


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_a_postgresql_walk_out_of_time_fetches_the_matches_and_gives_the_same_list(
    services: AppServices,
    book: dict,
    monkeypatch: pytest.MonkeyPatch,
    sort: str,
    descending: bool,
) -> None:
    """On PostgreSQL a walk of the sort index that runs past its time-out gives way to fetching
    the matches and sorting them (from the search copy, which holds every sort column but the
    status); the pages put together are the same list either way."""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's plan")
    searches = [("alpine", None), ("e", "active"), ("café gare", None), ("zz", None)]
    reference = {}
    for text, status in searches:
        query = ListQuery(text=text, status=status, sort=sort, descending=descending)
        reference[(text, status)] = [r.id for r in all_pages(queries, query, 4)]
    walks_out_of_time(monkeypatch)
    for (text, status), ids in reference.items():
        query = ListQuery(text=text, status=status, sort=sort, descending=descending)
        assert [r.id for r in all_pages(queries, query, 4)] == ids
        assert set(ids) == expected(book, text, status)
    queries.trace = []
    all_pages(queries, ListQuery(text="alpine", sort=sort, descending=descending), 4)
    fetches = [sql for sql, _p, _n in queries.trace if "MATERIALIZED" in sql]
    assert fetches
    # The matches and their sort value from the search copy's narrow rows, but for the status,
    # which it does not hold.
    from_copy = all("FROM customer_search_text c WHERE search_text LIKE" in sql for sql in fetches)
    assert from_copy is (sort != "status")


@pytest.mark.parametrize("winner", ["walk", "fts"])
def test_a_postgresql_walk_out_of_its_first_time_races_the_fetch_on_two_lanes(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch, winner: str
) -> None:
    """A word many customers may hold, whose walk did not fill a page in its first 10 ms: the
    walk (from the top again, with no time limit of its own) and the fetch run at once on the
    two race lanes, and the first answers; the other is canceled. Either way, the same list."""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's plan")
    query = ListQuery(text="alpine", sort="country")
    reference = [r.id for r in all_pages(queries, query, 4)]
    monkeypatch.setattr(customer_queries, "PG_PROBE_CAP", 1)  # the plan: a walk
    monkeypatch.setattr(CustomerQueries, "_walk_budget_ms", lambda *_a: 50)  # many may match
    real_select = CustomerQueries._select
    threads: dict[str, str] = {}

    def select(self, d, query, position, conds, params, limit, export, plan="index", **kw):  # type: ignore[no-untyped-def]
        name = threading.current_thread().name
        if plan == "walk" and not name.startswith("list-race"):
            # The first walk, on the reader's own connection, out of its 10 ms.
            raise OperationalError(_CanceledError("canceling statement due to statement timeout"))
        threads[plan] = name
        if plan != winner:  # the loser takes long, until the server cancels it
            self.db.execute_sql("SELECT pg_sleep(30)")
        return real_select(self, d, query, position, conds, params, limit, export, plan, **kw)

    monkeypatch.setattr(CustomerQueries, "_select", select)
    first = queries.page(query, None, 4)
    assert [r.id for r in first.rows] == reference[:4]
    assert sorted(threads) == ["fts", "walk"], "the walk and the fetch both ran"
    assert {threads["walk"], threads["fts"]} == {"list-race-0", "list-race-1"}
    assert first.next is not None and first.next.plan == customer_queries.WALK
    assert set(reference) == expected(book, "alpine")


def test_a_postgresql_count_of_trigram_matches_out_of_time_walks_and_gives_the_same_list(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trigram count that picks the plan has a time limit (a GIN index answers with every
    match, so a common word's count is slow): a count cut short walks the sort index."""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's plan")
    query = ListQuery(text="alpine", sort="company")
    reference = [r.id for r in all_pages(queries, query, 4)]
    real_all = CustomerQueries._all

    def count_out_of_time(self, sql, params):  # type: ignore[no-untyped-def]
        if sql.startswith("SELECT count(*) FROM (SELECT 1 FROM customer c WHERE"):
            raise OperationalError(_CanceledError("canceling statement due to statement timeout"))
        return real_all(self, sql, params)

    monkeypatch.setattr(CustomerQueries, "_all", count_out_of_time)
    first = queries.page(query, None, 4)
    assert first.next is not None and first.next.plan == customer_queries.WALK
    assert [r.id for r in all_pages(queries, query, 4)] == reference
    assert set(reference) == expected(book, "alpine")


def test_short_words_are_found_through_the_index_to_the_last_character(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words of 1-2 characters are looked up in an index, with no walk and no scan: on SQLite
    any trigram that begins with the word (the padding makes a text's last characters begin
    trigrams too: "wj" ends its text), on PostgreSQL the index of characters and pairs. A word
    no text holds is answered from the index at once; an edit is indexed at once."""
    first_walk_gives_up(monkeypatch)
    queries = services.customers
    sqlite = queries._dialect().sqlite
    index = "customer_search_vocab" if sqlite else "customer_search_text"
    ends = BookCustomer(company="Tail Rare", prefix="tailrare", email="ana@tail.wj")
    add_customers([ends])
    book[ends.id] = (Customer.get_by_id(ends.id).search_text, ACTIVE)
    for text in ["wj", "j", "57", "57 fr", "zz", "k", "fr", "57 example"]:
        query = ListQuery(text=text, sort="company")
        queries.trace = []
        ids = [r.id for r in all_pages(queries, query, 10)]
        assert set(ids) == expected(book, text), text
        statements = [sql for sql, _p, _n in queries.trace]
        assert any(index in sql for sql in statements), text
        walks_or_scans = [
            sql
            for sql in statements
            if "NOT INDEXED" in sql
            or "LIKE" in sql.split(" FROM ")[0]
            or "(c.search_text || '')" in sql
        ]
        assert walks_or_scans == [], f"{text}: no walk, no scan"
    assert expected(book, "wj") == {ends.id} and expected(book, "zz") == set()
    # An edit re-indexes the text: its new characters are found, the old ones not.
    Customer.update(search_text="tail rare tailrare ana ana@tail.qx").where(
        Customer.id == ends.id
    ).execute()
    assert [r.id for r in all_pages(queries, ListQuery(text="qx"), 10)] == [ends.id]
    assert all_pages(queries, ListQuery(text="wj"), 10) == []
    # A renamed company moves in a company-sorted search (PostgreSQL reads the order from its
    # search copy).
    Customer.update(company_name="0 Renamed").where(Customer.id == ends.id).execute()
    first = queries.page(ListQuery(text="a", sort="company", descending=False), None, 3).rows
    assert [(r.id, r.company) for r in first][:1] == [(ends.id, "0 Renamed")]


def test_postgresql_reads_which_short_words_are_common_from_its_statistics(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short word the statistics of the index of characters and pairs call common (held by
    at least PG_PROBE_CAP customers) is not counted (a GIN count of it would only run out of
    time): the sort index is walked at once. A rare one is counted, and fetched."""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's statistics")
    first_walk_gives_up(monkeypatch)  # the counts that follow it are the subject
    monkeypatch.setattr(customer_queries, "PG_PROBE_CAP", 20)
    queries.db.execute_sql("ANALYZE customer_search_text")
    for text, counted in [("e", False), ("57", True), ("e 57", True)]:
        queries._dialect().gram_rows_at = -customer_queries.PG_GRAM_STATS_S  # read again
        queries.trace = []
        ids = [r.id for r in all_pages(queries, ListQuery(text=text, sort="company"), 10)]
        assert set(ids) == expected(book, text), text
        counts = [sql for sql, _p, _n in queries.trace if sql.startswith("SELECT count(*)")]
        assert bool(counts) == counted, text
    rows = queries._dialect().gram_rows
    assert rows["e"] >= 20 and rows.get("57", 0) < 20


def test_sqlite_checks_with_like_only_the_words_its_index_does_not_settle(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's trigram index gives the holders of a word of 1-3 characters exactly (its one
    trigram; any trigram it begins), so their matches are fetched with no LIKE, which would read
    each row to test it. A longer word's trigrams may sit apart in a text: LIKE checks it. The
    same rows either way."""
    queries = services.customers
    if not queries._dialect().sqlite:
        pytest.skip("SQLite's trigram index")
    first_walk_gives_up(monkeypatch)
    monkeypatch.setattr(customer_queries, "PROBE_CAP", 10_000)  # every count says few: fetched
    for text, checked in [("fr", []), ("caf", []), ("café", ["cafe"]), ("fr café", ["cafe"])]:
        queries.trace = []
        ids = [r.id for r in all_pages(queries, ListQuery(text=text, sort="company"), 10)]
        assert ids and set(ids) == expected(book, text), text
        fetches = [(sql, p) for sql, p, _n in queries.trace if "MATCH" in sql and "ORDER" in sql]
        assert fetches, text
        for _sql, params in fetches:
            likes = [p for p in params if isinstance(p, str) and p.startswith("%")]
            assert likes == [f"%{word}%" for word in checked], text


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_postgresql_counts_short_and_longer_words_together_in_the_search_copy(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch, sort: str
) -> None:
    """A word of 1-2 characters beside a longer one, each held by many customers, few holding
    both ("zoe ly" in a million: 100,000 hold each, none both): one count of them together,
    through the pairs of the search copy, finds how few, and their matches are fetched and
    sorted with no walk of the sort index; a filter besides them too. The same list as the
    walk's."""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's search copy")
    lyra = [
        BookCustomer(company=f"Lyra Labs {i}", prefix=f"lyra{i}", first="Noah") for i in range(12)
    ]
    both = [
        BookCustomer(company=f"Lyra Conseil {i}", prefix=f"lyc{i}", first="Zoé") for i in range(3)
    ]
    add_customers(lyra + both)
    for c in lyra + both:
        book[c.id] = (Customer.get_by_id(c.id).search_text, ACTIVE)
    searches = [("zoe ly", None), ("ly zoe", ACTIVE), ("noah zo", None), ("lyra zo", None)]
    reference = {}
    for text, status in searches:
        query = ListQuery(text=text, status=status, sort=sort)
        reference[text] = [r.id for r in all_pages(queries, query, 4)]
    cap = 10
    assert len(expected(book, "zoe")) >= cap and len(expected(book, "ly")) >= cap
    assert 0 < len(expected(book, "zoe ly")) < cap and expected(book, "noah zo") == set()
    first_walk_gives_up(monkeypatch)
    monkeypatch.setattr(customer_queries, "PG_PROBE_CAP", cap)
    for text, status in searches:
        queries.trace = []
        query = ListQuery(text=text, status=status, sort=sort)
        assert [r.id for r in all_pages(queries, query, 4)] == reference[text], text
        assert set(reference[text]) == expected(book, text, status), text
        statements = [sql for sql, _p, _n in queries.trace]
        counts = [sql for sql in statements if sql.startswith("SELECT count(*)")]
        assert len(counts) == 1 and "FROM customer_search_text" in counts[0], text
        assert not any("(c.search_text || '')" in sql for sql in statements), f"{text}: no walk"


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_a_walk_cut_short_on_many_matches_walks_the_sort_index_against_their_set(
    services: AppServices,
    book: dict,
    sort: str,
    descending: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A walk out of time on words the trigram index holds many times: the sort index is walked
    again, each entry tested against the set of the matches (no table row read for the others),
    page after page, while another connection fetches and sorts the matches: the first to
    answer gives the page. Either way, the list of one ORDER BY."""
    queries = services.customers
    if not queries._dialect().sqlite:
        pytest.skip("SQLite's plan")
    query = ListQuery(text="alpine", sort=sort, descending=descending)
    reference = all_pages(queries, query, 1000)
    assert 4 < len(reference) < BOOK and {r.id for r in reference} == expected(book, "alpine")
    monkeypatch.setattr(customer_queries, "PROBE_CAP", 1)  # every index count is "many"
    monkeypatch.setattr(customer_queries, "INSET_MIN", 1)
    first_walk_gives_up(monkeypatch)
    index = queries._dialect().sort_index(sort)

    def walked_the_set() -> bool:
        trace = queries.trace or []
        return any(f"INDEXED BY {index}" in sql and "MATCH" in sql for sql, *_ in trace)

    queries.trace = []
    page = queries.page(query, None, 1000, budget=0.0)  # the walk is out of time at once
    assert walked_the_set() and [r.id for r in page.rows] == [r.id for r in reference]
    # Its next pages go on the same way, from where the last one ended.
    start = reference[1]
    position = customer_queries.Position(
        start.sort_value, start.key, customer_queries.INSET, indexed=(len(reference), "fts")
    )
    queries.db.execute_sql("ANALYZE")  # the statistics a big book has: 100,000 per country
    queries.trace = []
    page = queries.page(query, position, 3)
    assert walked_the_set() and [r.id for r in page.rows] == [r.id for r in reference[2:5]]
    assert page.next is not None and page.next.plan == customer_queries.INSET
    # One statement, which builds the set once (two ranges would build it twice: 50 ms each for
    # 130,000 matches), and tests each entry against it: never a seek of the sort index per
    # match ("rowid=?"), which costs a lookup for each of 100,000 matches in a million.
    assert sum(f"INDEXED BY {index}" in sql for sql, *_ in queries.trace) == 1
    for sql, params, _rows in queries.trace:
        if f"INDEXED BY {index}" in sql:
            plan = [r[3] for r in queries.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            assert not any("rowid=?" in step for step in plan), plan
    # A walk that would not end: the fetch on the other connection answers the same page, and
    # SQLite stops the walk.
    real_select = CustomerQueries._select

    def endless_walk(self, d, query, position, conds, params, limit, export, plan, *rest):  # type: ignore[no-untyped-def]
        if plan == customer_queries.INSET:
            self.db.execute_sql(ENDLESS).fetchall()
        return real_select(self, d, query, position, conds, params, limit, export, plan, *rest)

    monkeypatch.setattr(CustomerQueries, "_select", endless_walk)
    monkeypatch.setattr(customer_queries, "INSET_CHECK_STEPS", 100)
    page = queries.page(query, position, 3)
    assert [r.id for r in page.rows] == [r.id for r in reference[2:5]]
    assert page.next is not None and page.next.plan == customer_queries.FTS


@pytest.mark.parametrize("sort", ["company", "country", "offers"])
def test_short_words_held_past_the_count_cap_still_walk_the_sort_index_against_their_set(
    services: AppServices, book: dict, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short word whose trigrams are held too often to count: after a walk out of time, its
    set (past the cap) serves the walk of the sort index instead of a scan alone."""
    queries = services.customers
    if not queries._dialect().sqlite:
        pytest.skip("SQLite's plan")
    query = ListQuery(text="al", sort=sort)
    reference = all_pages(queries, query, 1000)
    assert 4 < len(reference) < BOOK
    first_walk_gives_up(monkeypatch)
    monkeypatch.setattr(customer_queries, "PROBE_CAP", 1)
    monkeypatch.setattr(customer_queries, "LARGE_CAP", 2)  # held more than that: not counted
    monkeypatch.setattr(customer_queries, "INSET_MIN", 1)
    monkeypatch.setattr(customer_queries, "WALK_ROWS_MIN", 0)  # no walking on
    index = queries._dialect().sort_index(sort)
    queries.trace = []
    page = queries.page(query, None, 1000, budget=0.0)
    assert any(f"INDEXED BY {index}" in sql and "MATCH" in sql for sql, *_ in queries.trace)
    assert [r.id for r in page.rows] == [r.id for r in reference]


# A read that would take minutes (SQLite stops it first).
ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 300000000) "
    "SELECT count(*) FROM n"
)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["status", "country"])
def test_a_postgresql_walk_out_of_time_walks_the_sort_index_against_a_hash_of_the_matches(
    services: AppServices, book: dict, monkeypatch: pytest.MonkeyPatch, sort: str, descending: bool
) -> None:
    """After a walk out of time on words of 1-2 characters, sorted by a column the search copy
    lacks (the status), the sort index is walked again by itself, each entry tested against a
    hash of the matches' ids; past its own time-out, the matches are fetched and sorted. Sorted
    by one it holds, the copy's matches are fetched at once. The same pages either way. (Its
    plan, an index-only scan of the sort index with a hashed subplan, is checked on a bigger
    book by test_list_plans.)"""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's plan")
    real_all = CustomerQueries._all

    def hashed_out_of_time(self, sql, params):  # type: ignore[no-untyped-def]
        if "CASE WHEN c.id IN" in sql:
            raise OperationalError(_CanceledError("canceling statement due to statement timeout"))
        return real_all(self, sql, params)

    for text in ("ca", "é", "a 7"):
        query = ListQuery(text=text, sort=sort, descending=descending)
        reference = [r.id for r in all_pages(queries, query, 4)]
        assert set(reference) == expected(book, text)
        with monkeypatch.context() as patch:
            patch.setattr(customer_queries, "PG_PROBE_CAP", 1)  # every count is "many": a walk
            walks_out_of_time(patch)
            queries.trace = []
            assert [r.id for r in all_pages(queries, query, 4)] == reference
            hashed = [(sql, p) for sql, p, _n in queries.trace if "CASE WHEN c.id IN" in sql]
            copied = [sql for sql, _p, _n in queries.trace if "FROM customer_search_text c" in sql]
            if sort == "country":
                assert copied and not hashed, f"{text!r}: the copy's matches fetched"
                continue
            assert hashed, f"{text!r}: the sort index walked against the matches"
            queries.trace = []
            all_pages(queries, replace(query, text="alpine"), 4)
            assert not any("CASE WHEN" in sql for sql, *_ in queries.trace), "short words only"
            # That walk out of time too: the fetch answers.
            patch.setattr(CustomerQueries, "_all", hashed_out_of_time)
            assert [r.id for r in all_pages(queries, query, 4)] == reference


@pytest.mark.parametrize("descending", [False, True])
def test_postgresql_short_words_sorted_by_domain_are_read_from_the_search_copy(
    services: AppServices, book: dict, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by domain, a search of words of 1-2 characters takes its matches and their order
    from the search copy alone, as sorted by company; a changed domain moves in that order."""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's search copy")
    first_walk_gives_up(monkeypatch)
    keys = dict(Customer.select(Customer.id, Customer.domain_key).tuples())
    for text in ("a", "fr", "57", "zz"):
        query = ListQuery(text=text, sort="domain", descending=descending)
        queries.trace = []
        ids = [r.id for r in all_pages(queries, query, 4)]
        assert set(ids) == expected(book, text), text
        assert ids == sorted(ids, key=keys.__getitem__, reverse=descending), text
        copy_reads = [sql for sql, _p, _n in queries.trace if "FROM customer_search_text" in sql]
        assert any("c.domain_key" in sql for sql in copy_reads), text
    first = next(iter(expected(book, "fr")))
    Customer.update(domain_key="0000first").where(Customer.id == first).execute()
    top = queries.page(ListQuery(text="fr", sort="domain", descending=descending), None, 3).rows
    assert (top[0].id == first) is not descending


@pytest.mark.parametrize("sort", ["company", "country", "created"])
def test_sqlite_words_are_walked_before_they_are_counted(
    services: AppServices, book: dict, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words typed are most often common: their first page comes from a short walk of the sort
    index, without reading the vocabulary to count words of 1-2 characters; a word the walk
    does not find at once is counted, to choose the plan."""
    queries = services.customers
    if not queries._dialect().sqlite:
        pytest.skip("SQLite's plan")
    # Time enough on a busy machine: the order of the reads is the subject, not their speed.
    monkeypatch.setattr(customer_queries, "FIRST_WALK_S", 2.0)
    for text in ("a", "fr", "57 fr"):
        queries.trace = []
        page = queries.page(ListQuery(text=text, sort=sort), None, 5)
        statements = [sql for sql, _p, _n in queries.trace]
        assert not any("customer_search_vocab" in sql or "count(*)" in sql for sql in statements)
        matches = expected(book, text)
        assert {r.id for r in page.rows} <= matches and len(page.rows) == min(5, len(matches))
        assert [r.id for r in all_pages(queries, ListQuery(text=text, sort=sort), 5)] == [
            r.id for r in all_pages(queries, ListQuery(text=text, sort=sort), 1000)
        ]
    queries.trace = []
    queries.page(ListQuery(text="alpine", sort=sort), None, 5)
    assert not any("count(*)" in sql for sql, _p, _n in queries.trace)
    first_walk_gives_up(monkeypatch)  # as a rare word's in a big book
    queries.trace = []
    queries.page(ListQuery(text="alpine", sort=sort), None, 5)
    assert any("count(*)" in sql for sql, _p, _n in queries.trace)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["company", "country", "created"])
def test_a_sqlite_walk_first_tries_one_statement_that_returns_the_page(
    services: AppServices,
    book: dict,
    sort: str,
    descending: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A word's first page is first tried with one statement that walks the sort index and
    tests each row itself (no row handed to Python to be tested, no second statement for the
    rows), before any count. Stopped by its time limit, the plan the count chooses (here the
    walk that knows where it stopped) gives the same page."""
    queries = services.customers
    if not queries._dialect().sqlite:
        pytest.skip("SQLite's plan")
    monkeypatch.setattr(customer_queries, "PROBE_CAP", 1)  # every index count is "many"
    # Time enough on a busy machine: which statements run is the subject, not their speed.
    monkeypatch.setattr(customer_queries, "FIRST_WALK_S", 2.0)
    index = queries._dialect().sort_index(sort)
    query = ListQuery(text="alpine", sort=sort, descending=descending)
    reference = all_pages(queries, query, 1000)
    assert {r.id for r in reference} == expected(book, "alpine")
    queries.trace = []
    page = queries.page(query, None, 5)
    reads = [sql for sql, _p, _n in queries.trace]
    assert len(reads) == 1 and f"INDEXED BY {index}" in reads[0] and "LIMIT 5" in reads[0]
    assert [r.id for r in page.rows] == [r.id for r in reference[:5]]
    assert page.next is not None and page.next.plan == customer_queries.WALK
    # Out of time at once (the clock looked at every step): the walk in Python answers.
    monkeypatch.setattr(customer_queries, "FIRST_WALK_S", 0.0)
    monkeypatch.setattr(customer_queries, "QUICK_WALK_STEPS", 1)
    queries.trace = []
    again = queries.page(query, None, 5)
    assert [r.id for r in again.rows] == [r.id for r in reference[:5]]
    statements = [sql for sql, _p, _n in queries.trace]
    assert any("count(*)" in sql for sql in statements)  # then counted, to choose the plan
    assert any("rowid IN" in sql for sql in statements)  # the walk's rows, fetched


@pytest.mark.parametrize("sort", ["company", "country", "created"])
def test_postgresql_common_words_are_walked_before_they_are_counted(
    services: AppServices, book: dict, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word most customers hold runs its count out of time (a GIN index answers with every
    match): its first page comes from a short walk of the sort index, with no count. A word the
    walk does not find at once is counted, to choose the plan."""
    queries = services.customers
    if queries._dialect().sqlite:
        pytest.skip("PostgreSQL's plan")
    # Time enough on a busy machine: the order of the reads is the subject, not their speed.
    monkeypatch.setattr(customer_queries, "PG_FIRST_WALK_MS", 2000)
    for text in ("alpine", "57 fr", "example"):
        queries.trace = []
        page = queries.page(ListQuery(text=text, sort=sort), None, 5)
        statements = [sql for sql, _p, _n in queries.trace]
        assert len(statements) == 1 and "count(*)" not in statements[0], text
        matches = expected(book, text)
        assert [r.id for r in page.rows] == [
            r.id for r in all_pages(queries, ListQuery(text=text, sort=sort), 1000)
        ][:5], text
        assert len(page.rows) == min(5, len(matches))
    first_walk_gives_up(monkeypatch)  # as a rare word's in a big book
    queries.trace = []
    queries.page(ListQuery(text="alpine", sort=sort), None, 5)
    assert any("count(*)" in sql for sql, _p, _n in queries.trace)
