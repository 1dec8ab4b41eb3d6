"""A search that narrows the one before ("québ" after "qué") read from where that one began.

``CustomerQueries.page``'s ``start`` says that no row of the query sorts before a position (the
first row of a query it narrows, inclusive, or a row before that one's first match). The rows
must be exactly those of the same query read from the top, on both databases, for every sort,
direction and plan; and a walk of the sort index must start there instead of at the top.
"""

from __future__ import annotations

from typing import Any

import pytest

from reseller_desktop.services import customer_queries
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_queries import (
    SORT_KEYS,
    CustomerQueries,
    ListQuery,
    Position,
)
from tests.services.customer_book import (
    BookCustomer,
    add_customers,
    first_walk_gives_up,
    varied,
)

# Typed a letter at a time; with a space, a second word narrows the first.
TERMS = ("québec", "zenith", "dupont", "émile l", "lyon")


def book() -> list[BookCustomer]:
    """600 varied customers and 40 Québec outfitters, all in the country that sorts last."""
    quebec = [
        BookCustomer(company=f"Québec Outfitters {i}", prefix=f"quebec{i}", country="US")
        for i in range(40)
    ]
    return varied(600) + quebec


def every_row(
    queries: CustomerQueries, query: ListQuery, start: Position | None = None
) -> list[Any]:
    """The ids of every row of ``query``, page after page (the first from ``start``)."""
    ids: list[Any] = []
    page = queries.page(query, None, 100, start=start)
    while True:
        ids += [row.id for row in page.rows]
        if page.next is None:
            return ids
        page = queries.page(query, page.next, 100)


@pytest.fixture(params=["planned", "walked"])
def plans(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The plans the book's size picks, or (``walked``) a walk of the sort index whatever the
    count of matches, as a million customers would (a count cap of one)."""
    if request.param == "walked":
        monkeypatch.setattr(customer_queries, "PROBE_CAP", 1)
        monkeypatch.setattr(customer_queries, "PG_PROBE_CAP", 1)
    return str(request.param)


def test_each_letter_read_from_where_the_search_before_began_finds_the_same_rows(
    services: AppServices, plans: str
) -> None:
    add_customers(book())
    queries = services.customers
    compared = 0
    for sort in SORT_KEYS:
        for descending in (False, True):
            for term in TERMS:
                before: list[Any] = []
                for typed in (term[:n] for n in range(1, len(term) + 1)):
                    query = ListQuery(typed, sort=sort, descending=descending)
                    expected = every_row(queries, query)
                    first = queries.page(query, None, 1).rows
                    if before and first:
                        start = Position(before[0].sort_value, before[0].key, inclusive=True)
                        got = every_row(queries, query, start)
                        case = f"{typed!r} by {sort} {'desc' if descending else 'asc'} ({plans})"
                        assert got == expected, case
                        compared += 1
                    before = queries.page(query, None, 1).rows
    assert compared > 300  # every sort, direction and term had letters to compare


def test_a_start_before_the_first_match_is_not_a_row_of_the_page(services: AppServices) -> None:
    """Where a walk that had found nothing yet had got to: the rows after that one."""
    add_customers(book())
    queries = services.customers
    everyone = every_row(queries, ListQuery(sort="country", descending=False))
    query = ListQuery("québec", sort="country", descending=False)
    expected = every_row(queries, query)
    before = everyone.index(expected[0]) - 1  # the row just before the first Québec outfitter
    row = queries.rows_by_id([everyone[before]], query)[0]
    assert len(expected) == 40
    assert every_row(queries, query, Position(row.sort_value, row.key)) == expected


def test_a_walk_reads_from_the_start_not_from_the_top(
    services: AppServices, database_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "québ" by country after "qué": the Québec outfitters are the last country's; the walk
    from the top crosses the whole book to reach them, the walk from "qué"'s first row does
    not. (SQLite: the walk counts the rows it reads.)"""
    if database_url is not None:
        pytest.skip("SQLite's walk counts its rows (PostgreSQL's walk is one statement)")
    monkeypatch.setattr(customer_queries, "PROBE_CAP", 1)  # walk, as for a common word
    first_walk_gives_up(monkeypatch)  # the walk that counts its rows is the subject
    add_customers(book())
    queries = services.customers
    first = queries.page(ListQuery("qué", sort="country", descending=False), None, 100).rows[0]
    query = ListQuery("québ", sort="country", descending=False)

    def walked(start: Position | None) -> int:
        trace: list[list[Any]] = []
        queries.trace = trace
        try:
            page = queries.page(query, None, 100, start=start)
        finally:
            queries.trace = None
        assert len(page.rows) == 40 and page.next is None
        return sum(read for _sql, _params, read in trace if read is not None)

    from_top = walked(None)
    from_start = walked(Position(first.sort_value, first.key, inclusive=True))
    assert from_top == len(book())  # every row, the matches being the last
    assert from_start <= 140  # the last country's rows (the 100 varied ones, the 40)
