"""Customer management: the list as the user drives it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSystemTrayIcon

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer
from reseller_desktop.views.customer_model import COMPANY, DOMAIN, OFFERS, STATUS
from reseller_desktop.views.i18n import install_translators
from tests.conftest import FakeClock
from tests.services.customer_book import add_customers, varied
from tests.views.main.conftest import cell, column_texts, type_text


def type_search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    search = window.ui.searchEdit
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    with qtbot.waitSignal(window.model.query_applied):
        type_text(search, text)
    qtbot.waitUntil(lambda: window.model.query.text == text)


def click_header(qtbot, window, column: int) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(window.model.query_applied):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_a_new_customer_is_listed_at_once_as_pending_then_moves_on_in_place(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:
    add_customers(varied(40))
    window = open_window()
    created = services.onboarding.create_customer(valid_request).customer
    window.on_customer_created(created.id)  # what the wizard's Submit triggers

    model = window.table.model()
    row = model.row_of(created.id)
    assert row == 0
    assert cell(window, row, COMPANY) == "Boulangerie Dupont SARL"
    assert cell(window, row, STATUS) == "Pending"
    assert window.table.currentIndex().row() == row  # selected, ready for Details
    rows_before = model.rowCount()

    clock.now = Customer.get_by_id(created.id).next_change_at
    with qtbot.waitSignal(model.dataChanged) as changed:
        window.provisioning.tick()
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (row, row)  # just that row
    assert cell(window, row, STATUS) == "Provisioning"
    assert window.table.currentIndex().row() == row and model.rowCount() == rows_before

    clock.now = Customer.get_by_id(created.id).next_change_at
    window.provisioning.tick()
    assert cell(window, row, STATUS) == "Active"
    assert "Boulangerie Dupont SARL is now active" in window.statusBar().currentMessage()
    assert window.table.currentIndex().row() == row
    if not QSystemTrayIcon.isSystemTrayAvailable():
        assert window._tray is None  # no tray on this platform: the status bar says it


def test_search_filters_as_you_type_on_company_domain_contact_and_email(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
) -> None:
    add_customers(varied(60))
    window = open_window()
    assert window.table.model().rowCount() == 60
    qtbot.waitUntil(lambda: window._count_label.text() == "Customers: 60")

    def matching(*words: str) -> set[str]:
        return {c.company_name for c in Customer.select() if all(w in c.search_text for w in words)}

    type_search(qtbot, window, "Müller")  # the company "Müller & Söhne", contacts named Müller
    companies = column_texts(window, COMPANY)
    assert set(companies) == matching("muller") and len(companies) > 10
    assert any("Müller" in c for c in companies) and not all("Müller" in c for c in companies)
    assert window._count_label.text() == f"Matches: {len(companies)}"

    type_search(qtbot, window, "example3.fr")  # the e-mail's domain
    companies = column_texts(window, COMPANY)
    assert set(companies) == matching("example3.fr") and companies

    type_search(qtbot, window, "TENANT12X")  # the domain prefix, in any case
    assert column_texts(window, 1) and all("tenant12x" in d for d in column_texts(window, 1))

    type_search(qtbot, window, "lefèvre zoé")  # two words, in any order
    assert set(column_texts(window, COMPANY)) == matching("zoe", "lefevre")
    assert column_texts(window, COMPANY)

    type_search(qtbot, window, "no such customer")
    assert window.table.model().rowCount() == 0 and window._count_label.text() == "Matches: 0"


def test_status_filter_and_header_clicks_sort_in_the_database(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
) -> None:
    add_customers(varied(60))
    window = open_window()
    combo = window.ui.statusCombo
    combo.setFocus()
    while combo.currentText() != "Failed":
        with qtbot.waitSignal(window.model.query_applied):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert set(column_texts(window, STATUS)) == {"Failed"}
    assert window.table.model().rowCount() == 10

    click_header(qtbot, window, COMPANY)
    names = column_texts(window, COMPANY)
    assert names == sorted(names, key=str.casefold)
    click_header(qtbot, window, COMPANY)
    assert column_texts(window, COMPANY) == sorted(names, key=str.casefold, reverse=True)
    assert window.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    with qtbot.waitSignal(window.model.query_applied):
        qtbot.keyClick(combo, Qt.Key.Key_Home)  # back to all statuses
    assert window.table.model().rowCount() == 60
    names = column_texts(window, COMPANY)
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_the_list_loads_lazily_as_the_user_scrolls(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    add_customers(varied(260))
    window = open_window()
    model = window.table.model()
    assert model.rowCount() == 100 and model.canFetchMore()
    qtbot.waitUntil(lambda: window._count_label.text() == "Customers: 260")
    bar = window.table.verticalScrollBar()
    while model.canFetchMore():
        bar.setValue(bar.maximum())  # what dragging the scroll bar to the end does
        qtbot.wait(1)
    assert model.rowCount() == 260
    assert len(set(column_texts(window, COMPANY))) == 260


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_first_start_shows_every_column_without_a_horizontal_scroll_bar(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    language: str,
) -> None:
    """The default column widths fit typical content; where their sum is wider than the table
    (in English, by a few pixels), the widest columns give way: no horizontal scroll bar, no
    column cut off at the right, at the default window size."""
    add_customers(varied(60))  # more than the window shows: a vertical scroll bar
    assert install_translators(language) == language
    try:
        window = open_window()
        table, header = window.table, window.table.horizontalHeader()
        assert window.size().width() == 1180 and table.model().rowCount() == 60
        # As first painted: no horizontal bar that a second layout takes away again.
        assert table.verticalScrollBar().isVisible()
        assert not table.horizontalScrollBar().isVisible()
        assert header.length() <= table.viewport().width()
        for column in (COMPANY, DOMAIN, OFFERS):  # still wide enough for their content
            assert header.sectionSize(column) >= header.sectionSizeHint(column)
            assert header.sectionSize(column) > 200
    finally:
        install_translators("en")


def test_window_size_columns_sort_and_filter_are_remembered(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    add_customers(varied(30))
    window = open_window()
    window.resize(780, 560)
    window.table.horizontalHeader().resizeSection(COMPANY, 333)
    click_header(qtbot, window, COMPANY)
    type_search(qtbot, window, "alpine")
    combo = window.ui.statusCombo
    combo.setFocus()
    while combo.currentText() != "Active":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    shown = column_texts(window, COMPANY)
    window.close()
    assert QSettings().value("customer_list/search") == "alpine"

    again = open_window()
    assert again.size().width() == 780 and again.size().height() == 560
    header = again.table.horizontalHeader()
    assert header.sectionSize(COMPANY) == 333
    assert header.sortIndicatorSection() == COMPANY
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert again.ui.searchEdit.text() == "alpine" and again.ui.statusCombo.currentText() == "Active"
    assert column_texts(again, COMPANY) == shown


def test_double_click_or_enter_opens_the_details(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    add_customers(varied(5))
    window = open_window()
    table = window.table
    rect = table.visualRect(table.model().index(2, COMPANY))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    assert window.details.ui.companyLabel.text() == cell(window, 2, COMPANY)
    window.details.reject()
    qtbot.waitUntil(lambda: window.details is None)

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    assert window.details.ui.companyLabel.text() == cell(window, 3, COMPANY)
    window.details.reject()


def test_retry_puts_a_failed_customer_back_to_pending(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    clock: FakeClock,
) -> None:
    add_customers(varied(12))
    window = open_window()
    statuses = column_texts(window, STATUS)
    failed_row = statuses.index("Failed")
    ok_row = statuses.index("Active")
    window.table.selectRow(ok_row)
    assert not window.ui.actionRetry.isEnabled()
    window.table.selectRow(failed_row)
    assert window.ui.actionRetry.isEnabled()
    with qtbot.waitSignal(window.model.dataChanged):
        window.ui.actionRetry.trigger()
    assert cell(window, failed_row, STATUS) == "Pending"
    assert not window.ui.actionRetry.isEnabled()
    customer = Customer.get(Customer.company_name == cell(window, failed_row, COMPANY))
    assert customer.next_change_at > clock.now
    assert customer.next_change_at <= clock.now + timedelta(minutes=3)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_context_menu_offers_details_and_retry(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    add_customers(varied(6))
    window = open_window()
    failed_row = column_texts(window, STATUS).index("Failed")
    rect = window.table.visualRect(window.table.model().index(failed_row, COMPANY))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window.table.customContextMenuRequested.emit(rect.center())
    menu = window.findChildren(type(window.ui.customersMenu))[-1]
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.isEnabled()]
    assert "Customer details…" in texts and "Retry provisioning" in texts
    QTest.keyClick(menu, Qt.Key.Key_Escape)
