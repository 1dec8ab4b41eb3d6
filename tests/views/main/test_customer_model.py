"""The customer table model under Qt's model tester, with data and while rows change."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer
from reseller_desktop.views.customer_model import (
    COMPANY,
    SEATS,
    STATUS,
    WINDOW_ROWS,
    CustomerTableModel,
)
from reseller_desktop.views.status_look import status_text
from tests.conftest import FakeClock
from tests.services.customer_book import add_customers, varied


def test_model_passes_the_model_tester_with_data_and_while_rows_change(
    qtmodeltester,  # type: ignore[no-untyped-def]
    services: AppServices,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:
    ids = add_customers(varied(230))
    model = CustomerTableModel(services.customers)
    model.set_query(model.query)
    assert model.rowCount() == 100 and model.canFetchMore()
    qtmodeltester.check(model)  # keeps checking every change below (and fetches a page)

    while model.canFetchMore():
        model.fetchMore()  # rows inserted at the end
    assert model.rowCount() == 230
    created = services.onboarding.create_customer(valid_request).customer.id
    assert model.show_new(created) == 0  # a row inserted at the top
    assert model.index(0, COMPANY).data() == valid_request.company_name

    clock.advance(hours=1)
    changed = services.partner_center.engine.tick().changed  # rows changed in place
    assert changed
    model.refresh_rows(changed)
    model.sort(COMPANY, Qt.SortOrder.AscendingOrder)  # a reset
    model.set_search("alpine")
    model.set_status("active")
    assert {model.index(r, STATUS).data() for r in range(model.rowCount())} == {"Active"}
    model.set_search("")
    model.set_status(None)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(ids) + 1
    qtmodeltester.check(model)


def test_only_the_changed_rows_are_signalled(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    clock: FakeClock,
) -> None:
    book = varied(12)
    add_customers(book)
    model = CustomerTableModel(services.customers)
    model.set_query(model.query)
    pending = [c.id for c in book if c.status == "pending"]
    row = model.row_of(pending[0])
    assert row is not None
    clock.now = book[-1].created_at + timedelta(minutes=31)
    signals = []
    model.dataChanged.connect(lambda first, last, _roles: signals.append((first, last)))
    model.refresh_rows([uuid.uuid4()])  # not in the list: nothing to do
    assert signals == []
    services.partner_center.engine.tick()
    model.refresh_rows(pending[:1])
    assert [(a.row(), b.row(), a.column(), b.column()) for a, b in signals] == [
        (row, row, 0, model.columnCount() - 1)
    ]
    # What the store holds now (a tick moves a customer through every stage that ended by then).
    moved = status_text(Customer.get_by_id(pending[0]).status)
    assert model.index(row, STATUS).data() == moved != "Pending"
    assert model.index(row, STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert (
        model.index(row, SEATS).data(Qt.ItemDataRole.TextAlignmentRole)
        & Qt.AlignmentFlag.AlignRight
    )
    assert model.rowCount(model.index(0, 0)) == 0 and not model.canFetchMore(model.index(0, 0))
    assert model.index(0, 0, QModelIndex()).isValid()


def test_the_window_moves_under_the_model_tester_and_stays_bounded(
    qtmodeltester,  # type: ignore[no-untyped-def]
    services: AppServices,
) -> None:
    ids = add_customers(varied(WINDOW_ROWS + 350))
    model = CustomerTableModel(services.customers)
    model.set_query(model.query)
    qtmodeltester.check(model)  # keeps checking every insert, removal and reset below
    shifts: list[int] = []
    model.shifted.connect(shifts.append)

    while model.canFetchMore():  # down to the end: the top pages leave
        model.fetchMore()
        assert model.rowCount() <= WINDOW_ROWS
    assert model.rowCount() == WINDOW_ROWS and not model.at_top()
    assert shifts == [-100, -100, -100, -50]  # dropped above, as the view is told
    assert model.matches() == (len(ids), True)  # read down to the end: the count is known
    last = model.row_at(model.rowCount() - 1)

    before = model.row_at(0)
    assert model.fetch_before() == 100  # the page before, read backwards from the first row
    assert model.row_at(100) == before and model.rowCount() == WINDOW_ROWS
    assert model.canFetchMore(), "the last rows left the window: they are read again"
    while model.canFetchMore():
        model.fetchMore()
    assert model.row_at(model.rowCount() - 1) == last

    assert model.jump_to_top() and model.at_top() and model.rowCount() == 100
    assert model.jump_to_end() and not model.canFetchMore()
    assert model.row_at(model.rowCount() - 1) == last and model.rowCount() == 100
    assert model.matches() == (100, False), "jumped to the end: how many before is not known"
    while model.can_fetch_before():  # back up to the top, a page at a time
        model.fetch_before()
        assert model.rowCount() <= WINDOW_ROWS
    assert model.at_top() and model.matches()[0] == WINDOW_ROWS
    seen = [model.row_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(seen)) == WINDOW_ROWS
    qtmodeltester.check(model)


def test_the_country_cell_names_the_country_when_hovered(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    from reseller_desktop.views.customer_model import COUNTRY

    customer = varied(1)[0]
    customer.country = "DE"
    add_customers([customer])
    window = open_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    cell = window.model.index(0, COUNTRY)
    assert cell.data() == "DE"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Germany"
