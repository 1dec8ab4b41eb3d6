"""A search typed a letter at a time in the window: each letter's list is read from where the list
of the letter before began ("québ" from "qué"'s first row, ``CustomerQueries.page``'s ``start``),
and it is exactly the list a fresh search shows, while another desktop and the provisioning clock
change the book between two letters, or while a letter's list is being read."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from reseller_desktop.domain.provisioning import PENDING
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_queries import CustomerQueries, ListQuery, Position
from reseller_desktop.services.live import build_live
from reseller_desktop.views.customer_model import BOUND_FRESH_S, COMPANY, COUNTRY, STATUS
from reseller_desktop.views.main_window import MainWindow
from tests.conftest import START, FakeClock
from tests.services.customer_book import BookCustomer, add_customers, varied
from tests.services.desktops import acting_as, second_store
from tests.views.main.conftest import cell, type_text

OUTFITTERS = 40


def book() -> list[BookCustomer]:
    """Varied customers, then Québec outfitters in the country that sorts last (half of them
    pending, due 30 minutes after START)."""
    outfitters = [
        BookCustomer(
            company=f"Québec Outfitters {i}",
            prefix=f"quebec{i}",
            country="US",
            status=PENDING if i % 2 else "active",
            next_change_at=START + timedelta(minutes=30) if i % 2 else None,
        )
        for i in range(OUTFITTERS)
    ]
    return varied(300) + outfitters


class Reads:
    """The first-page reads of the list (``position`` None): their query's text and ``start``."""

    def __init__(self, queries: CustomerQueries, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries = queries
        self.original = queries.page
        self.starts: dict[str, Position | None] = {}
        self.during: Callable[[ListQuery], None] | None = None  # runs after a first page's read
        monkeypatch.setattr(queries, "page", self.page)

    def page(self, query: ListQuery, position: Position | None = None, *args: Any, **kw: Any):  # type: ignore[no-untyped-def]
        page = self.original(query, position, *args, **kw)
        if position is None:
            self.starts[query.text] = kw.get("start")
            if self.during is not None:
                self.during(query)
        return page

    def fresh(self, query: ListQuery) -> list[Any]:
        """The ids of the query's first page, read from the top."""
        return [row.id for row in self.original(query, None, 100).rows]


@pytest.fixture
def window(qtbot, services: AppServices) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    add_customers(book())
    shown = MainWindow(services, build_live(services))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.start_live_updates()  # another desktop's changes come in, as in the app
    yield shown
    shown.close()


def sort_by(qtbot, window: MainWindow, column: int, descending: bool = False) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    for _click in range(2 if descending else 1):
        with qtbot.waitSignal(window.model.query_applied):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.model.query.descending == descending


def type_letters(qtbot, window: MainWindow, letters: str) -> None:  # type: ignore[no-untyped-def]
    """Type each letter and wait for its list to be final."""
    search = window.ui.searchEdit
    search.setFocus()
    for letter in letters:
        typed = search.text() + letter
        with qtbot.waitSignal(window.model.query_applied):
            type_text(search, letter)
        qtbot.waitUntil(lambda t=typed: window.model.query.text == t)  # type: ignore[misc]
        qtbot.waitUntil(lambda: not window.model.is_loading())


def shown_ids(window: MainWindow) -> list[Any]:
    model = window.model
    return [row.id for row in (model.row_at(r) for r in range(model.rowCount())) if row]


def added_elsewhere(database_url: str | None, data_dir: Path, clock: FakeClock) -> BookCustomer:
    """Another desktop adds a Québec customer in the country that sorts first (Belgium)."""
    other = second_store(database_url, data_dir)
    try:
        newcomer = BookCustomer("Québec Alpha", "quebecalpha", country="BE", created_at=clock.now)
        with acting_as(other):
            add_customers([newcomer])
    finally:
        other.close()
    return newcomer


def test_each_letter_is_read_from_where_the_list_of_the_letter_before_began(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    services: AppServices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = Reads(services.customers, monkeypatch)
    sort_by(qtbot, window, COUNTRY)
    firsts: dict[str, Any] = {}
    for letter in "québec":
        type_letters(qtbot, window, letter)
        text = window.model.query.text
        firsts[text] = window.model.row_at(0)
        assert shown_ids(window) == reads.fresh(window.model.query), text
    assert cell(window, 0, COMPANY).startswith("Québec Outfitters ")
    assert cell(window, 0, COUNTRY) == "US"
    assert window.model.rowCount() == OUTFITTERS
    for before, after in (("qué", "québ"), ("québ", "québe"), ("québe", "québec")):
        start = reads.starts[after]
        assert start is not None and start.inclusive, after
        assert (start.sort_value, start.key) == (firsts[before].sort_value, firsts[before].key)
    assert reads.starts["q"] is None  # the first letter: from the top


def test_a_customer_another_desktop_adds_between_two_letters_is_in_the_next_list(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    services: AppServices,
    clock: FakeClock,
    database_url: str | None,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = Reads(services.customers, monkeypatch)
    sort_by(qtbot, window, COUNTRY)
    type_letters(qtbot, window, "qué")
    newcomer = added_elsewhere(database_url, data_dir, clock)
    # The change feed brings it into "qué"'s list: Belgium sorts first.
    qtbot.waitUntil(lambda: window.model.row_of(newcomer.id) == 0, timeout=3000)
    type_letters(qtbot, window, "b")
    assert reads.starts["québ"] is None  # the book changed: "qué"'s first row says nothing
    assert cell(window, 0, COMPANY) == "Québec Alpha"
    assert shown_ids(window) == reads.fresh(window.model.query)


def test_a_change_reported_while_the_next_letter_is_read_is_applied_to_its_list(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    services: AppServices,
    clock: FakeClock,
    database_url: str | None,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another desktop adds a customer just before "b" is typed; "québ" is read from "qué"'s
    first row (the change was not reported yet), so its read misses the newcomer, which sorts
    before; the change feed reports it while that read is still under way (the read waits for
    it): the newcomer is put into "québ"'s list once that is in."""
    reads = Reads(services.customers, monkeypatch)
    sort_by(qtbot, window, COUNTRY)
    type_letters(qtbot, window, "qué")
    reported = threading.Event()
    window.live.feed.customers_changed.connect(lambda _ids: reported.set())

    def wait_for_the_report(query: ListQuery) -> None:  # on the reader's thread
        if query.text == "québ":
            assert reported.wait(5), "the change feed did not report the newcomer"

    reads.during = wait_for_the_report
    newcomer = added_elsewhere(database_url, data_dir, clock)
    type_letters(qtbot, window, "b")
    start = reads.starts["québ"]
    assert start is not None, "read from where 'qué' began: the change came in during the read"
    qtbot.waitUntil(lambda: window.model.row_of(newcomer.id) == 0, timeout=3000)
    assert cell(window, 0, COMPANY) == "Québec Alpha"
    assert shown_ids(window) == reads.fresh(window.model.query)


@pytest.mark.parametrize(("column", "kept"), [(COUNTRY, True), (STATUS, False)])
def test_the_provisioning_clock_between_two_letters_matters_only_to_a_list_sorted_by_status(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    services: AppServices,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    column: int,
    kept: bool,
) -> None:
    reads = Reads(services.customers, monkeypatch)
    sort_by(qtbot, window, column)
    type_letters(qtbot, window, "qué")
    clock.now = START + timedelta(minutes=31)
    with qtbot.waitSignal(window.provisioning.customers_changed):
        window.provisioning.tick()  # the pending outfitters move on: their status changes
    type_letters(qtbot, window, "b")
    assert (reads.starts["québ"] is not None) == kept
    assert shown_ids(window) == reads.fresh(window.model.query)
    assert window.model.rowCount() == OUTFITTERS


def test_what_a_list_said_long_ago_is_not_used(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    services: AppServices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A change the window was not told of (the change feed down) is found at the next letter
    once ``BOUND_FRESH_S`` have passed."""
    reads = Reads(services.customers, monkeypatch)
    now = [1000.0]
    window.model.now = lambda: now[0]
    sort_by(qtbot, window, COUNTRY)
    type_letters(qtbot, window, "qué")
    now[0] += BOUND_FRESH_S / 2
    type_letters(qtbot, window, "b")
    assert reads.starts["québ"] is not None
    now[0] += BOUND_FRESH_S + 1
    type_letters(qtbot, window, "e")
    assert reads.starts["québe"] is None
    assert shown_ids(window) == reads.fresh(window.model.query)
