"""Keys that move through a long list (Ctrl+End, End, Ctrl+Home, Home, Page Up/Down) on the real
window, on SQLite and PostgreSQL, and a list that keeps a bounded window of rows loaded however
far the user scrolls. What is checked is what the user sees: the rows on screen, in the order the
database gives (asked of the store directly, not of the list's code)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtTest import QTest

from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer, database_proxy
from reseller_desktop.views.customer_model import COMPANY, WINDOW_ROWS
from reseller_desktop.views.main_window import MainWindow
from tests.conftest import FakeClock
from tests.services.customer_book import add_customers, varied
from tests.views.main.conftest import cell

BOOK = 1_250  # more than the window holds (WINDOW_ROWS), so the ends are never both loaded


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """These views run on both stores: each database sorts and pages in its own SQL."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("postgres_test_database").reset_prepared()  # type: ignore[no-any-return]


def book_order(column: str, descending: bool) -> list[uuid.UUID]:
    """Every customer's id in the list's order (the sort column, then the row key), from SQL."""
    sqlite = database_proxy.obj.__class__.__name__.startswith("Sqlite")
    expr = f"{column} COLLATE NOCASE" if sqlite and column == "company_name" else column
    key = "rowid" if sqlite else "id"
    d = " DESC" if descending else ""
    rows = database_proxy.execute_sql(f"SELECT id FROM customer ORDER BY {expr}{d}, {key}{d}")
    return [uuid.UUID(str(r[0])) for r in rows]


def on_screen(window: MainWindow) -> list[uuid.UUID]:
    """The ids of the rows the user sees, top to bottom."""
    table, model = window.table, window.model
    height = table.viewport().height()
    top = table.rowAt(0)
    bottom = table.rowAt(height - 1)
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    rows = (model.row_at(r) for r in range(max(top, 0), bottom + 1))
    return [row.id for row in rows if row is not None]


def selected(window: MainWindow) -> uuid.UUID | None:
    return window.selected_id()


def press(window: MainWindow, key: Qt.Key, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    QTest.keyClick(window.table, key, modifier)


@pytest.fixture
def window(qtbot, open_window, services: AppServices) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    add_customers(varied(BOOK))
    shown = open_window()
    shown.table.setFocus()
    yield shown
    shown.close()


def test_ctrl_end_shows_the_true_last_row_and_page_up_walks_back_to_the_top(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    order = book_order("created_at", descending=True)  # a new user's sort: newest first
    model, bar = window.model, window.table.verticalScrollBar()
    assert on_screen(window)[0] == order[0]

    press(window, Qt.Key.Key_End, ctrl=True)
    seen = on_screen(window)
    assert seen[-1] == order[-1], "the book's last row is on screen"
    assert seen == order[len(order) - len(seen) :], "the rows just before it, in order"
    assert selected(window) == order[-1] and bar.value() == bar.maximum()
    assert model.rowCount() <= 2 * 100, "one page read (and the one before it), not the book"

    # Page Up from the end to the top: every row comes back, in order, re-read by position.
    walked = list(reversed(seen))
    presses = 0
    while selected(window) != order[0]:
        press(window, Qt.Key.Key_PageUp)
        presses += 1
        assert model.rowCount() <= WINDOW_ROWS + 100
        for row in reversed(on_screen(window)):
            if row not in walked:
                walked.append(row)
        assert presses < BOOK, "Page Up reaches the top"
    assert walked[::-1] == order, "no row skipped or doubled on the way up"
    assert bar.value() == bar.minimum() and on_screen(window)[0] == order[0]
    assert window._count_label.text() == f"Customers: {QLocale().toString(BOOK)}"


def test_end_home_and_page_down_by_company_either_way(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COMPANY) + header.sectionSize(COMPANY) // 2
    for descending in (False, True):
        with qtbot.waitSignal(window.model.query_applied):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert window.model.query.sort == "company"
        assert window.model.query.descending == descending
        order = book_order("company_name", descending)
        window.table.setFocus()

        press(window, Qt.Key.Key_End)  # End alone: the table selects rows, not cells
        assert on_screen(window)[-1] == order[-1] == selected(window)
        company = cell(window, window.model.rowCount() - 1, COMPANY)
        assert window.model.row_at(window.model.rowCount() - 1).company == company  # type: ignore[union-attr]

        press(window, Qt.Key.Key_Home)
        assert on_screen(window)[0] == order[0] == selected(window)
        press(window, Qt.Key.Key_PageDown)
        seen = on_screen(window)
        assert seen == order[order.index(seen[0]) : order.index(seen[0]) + len(seen)]
        assert selected(window) in seen and selected(window) != order[0]

        press(window, Qt.Key.Key_End, ctrl=True)
        press(window, Qt.Key.Key_Home, ctrl=True)
        assert on_screen(window)[0] == order[0] == selected(window)


def test_a_search_jumps_to_its_own_last_match(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    search = window.ui.searchEdit
    search.setFocus()
    with qtbot.waitSignal(window.model.query_applied):
        QTest.keyClicks(search, "alpine")
    qtbot.waitUntil(lambda: window.model.query.text == "alpine" and not window.model.is_loading())
    matches = [i for i in book_order("created_at", True) if i in alpine_ids()]
    assert len(matches) > 100
    window.table.setFocus()
    press(window, Qt.Key.Key_End, ctrl=True)
    assert on_screen(window)[-1] == matches[-1] == selected(window)
    assert window._count_label.text().endswith("+"), "not all matches loaded: no exact count"
    press(window, Qt.Key.Key_Home, ctrl=True)
    assert on_screen(window)[0] == matches[0]


def alpine_ids() -> set[uuid.UUID]:
    return {
        c.id for c in Customer.select(Customer.id).where(Customer.search_text.contains("alpine"))
    }


def test_a_customer_created_while_at_the_end_is_shown_at_the_top(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    services: AppServices,
    clock: FakeClock,
    valid_request,  # type: ignore[no-untyped-def]
) -> None:
    press(window, Qt.Key.Key_End, ctrl=True)
    last = on_screen(window)[-1]
    created = services.onboarding.create_customer(valid_request).customer.id
    assert window.model.merge_changes([created]) == [], "it sorts above the loaded rows"
    assert on_screen(window)[-1] == last, "the view did not move"
    window.on_customer_created(created)  # what the wizard's Submit triggers
    assert selected(window) == created and on_screen(window)[0] == created


def test_scrolling_the_whole_book_keeps_a_bounded_window_and_the_selection(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    add_customers(varied(3_000, seed=3))
    window = open_window()
    order = book_order("created_at", descending=True)
    model, table = window.model, window.table
    bar = table.verticalScrollBar()
    table.selectRow(2)
    chosen = selected(window)
    assert chosen == order[2]

    seen: list[uuid.UUID] = []
    most = 0
    for _step in range(2_000):  # down by the scroll bar, a screenful at a time, to the end
        seen += [row for row in on_screen(window) if row not in seen[-200:]]
        most = max(most, model.rowCount())
        if order[-1] in on_screen(window):
            break
        bar.setValue(bar.value() + bar.pageStep())
        # At the scroll bar's end, the next page comes in: its range grows (a layout later).
        qtbot.waitUntil(lambda: bar.value() < bar.maximum() or order[-1] in on_screen(window))
    assert seen == order, "every customer shown once, in order"
    assert most <= WINDOW_ROWS + 100, f"{most} rows loaded at once"
    assert selected(window) is None, "the selected row left the window: nothing else selected"

    for _step in range(2_000):  # and back up to the top
        if bar.value() == bar.minimum() and not model.can_fetch_before():
            break
        bar.setValue(bar.value() - bar.pageStep())
        most = max(most, model.rowCount())
        qtbot.waitUntil(lambda: bar.value() > bar.minimum() or not model.can_fetch_before())
    assert on_screen(window)[0] == order[0]
    assert most <= WINDOW_ROWS + 100
    assert selected(window) == chosen, "selected again as it came back"
