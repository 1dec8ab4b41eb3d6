"""The agreement as the partner sees it (since 2026-01-05): the confirmation gives the
acceptance link to copy, the list says "Waiting for agreement" (with a filter) until the
customer accepts, then the held order is placed by itself; the details renew an expired link."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.store.database import close_store
from reseller_desktop.store.models import Customer, Subscription
from reseller_desktop.views.customer_details import CustomerDetailsDialog
from reseller_desktop.views.customer_model import STATUS
from reseller_desktop.views.list_filters import WAITING_AGREEMENT
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard.page_ids import PageId
from tests.conftest import FakeClock
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def services(data_dir: Path, clock: FakeClock) -> Iterator[AppServices]:
    """Simulated customers accept the agreement about 3 minutes after the link."""
    wired = open_services(
        data_dir, data_dir / "config", clock=clock, agreement_delay=timedelta(minutes=3)
    )
    yield wired
    close_store()


def status_cell(window: MainWindow, company: str) -> str | None:
    model = window.table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == company:
            return str(model.index(row, STATUS).data(Qt.ItemDataRole.DisplayRole))
    return None


def submit(qtbot, window: MainWindow, request: NewCustomerRequest) -> tuple[User, uuid.UUID]:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    user.fill_customer(request)
    user.click_button(Button.NextButton)
    user.fill_offer(PREMIUM, request.seats)
    user.click_button(Button.NextButton)
    assert wizard.review_page.values["Customer agreement"].startswith("The customer accepts it")
    with qtbot.waitSignal(wizard.customer_created) as created:
        user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    return user, created.args[0]


def test_the_link_is_given_the_order_waits_then_goes_through(
    qtbot, window: MainWindow, services: AppServices, clock: FakeClock, answer_box,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    user, customer_id = submit(qtbot, window, valid_request)
    page = user.wizard.confirmation_page.ui
    link = page.acceptanceLinkValue.toolTip()  # shown shortened, copied whole
    assert link.startswith("https://admin.microsoft.com/") and page.copyLinkButton.isVisible()
    assert "…" in page.acceptanceLinkValue.text() and link.endswith(
        page.acceptanceLinkValue.text().split("…")[1]
    )
    assert page.agreementValue.text() == "Link sent"
    assert page.orderIdValue.text() == "Waiting for the agreement"
    assert "first order waits" in page.provisioningNote.text()
    password = page.passwordValue.text()

    user.click(page.copyLinkButton)
    assert QApplication.clipboard().text() == link
    assert page.copyStatus.text() == "Acceptance link copied."
    user.click(page.copyAllButton)
    copied = QApplication.clipboard().text()
    assert f"Acceptance link: {link}\n" in copied
    assert f"Temporary password: {password}\n" in copied
    assert "Customer agreement: Link sent\n" in copied

    answer_box("I have copied the information")
    with qtbot.waitSignal(user.wizard.finished):
        user.click_button(Button.FinishButton)

    # The list says why nothing is bought yet, and filters on it.
    company = valid_request.company_name
    qtbot.waitUntil(lambda: status_cell(window, company) == "Waiting for agreement")
    combo = window.ui.statusCombo
    combo.setCurrentIndex(combo.findData(WAITING_AGREEMENT))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    combo.setCurrentIndex(combo.findData("active"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert Subscription.select().count() == 0

    # The customer accepts; the next poll places the held order by itself.
    clock.advance(minutes=5)
    window.provisioning.tick()
    qtbot.waitUntil(lambda: status_cell(window, company) not in (None, "Waiting for agreement"))
    subscription = Subscription.get(Subscription.customer == customer_id)
    assert subscription.seats == valid_request.seats
    assert Customer.get_by_id(customer_id).agreement_status == "accepted"


def open_details(qtbot, window: MainWindow, customer: uuid.UUID) -> CustomerDetailsDialog:  # type: ignore[no-untyped-def]
    assert window.select_customer(customer)
    window.open_details()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    assert isinstance(window.details, CustomerDetailsDialog)
    return window.details


def test_the_details_copy_the_link_and_renew_it_once_expired(
    qtbot, window: MainWindow, services: AppServices, clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    services.partner_center.agreements.never_rate = 1.0  # type: ignore[attr-defined]
    result = services.onboarding.create_customer(valid_request)
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    details = open_details(qtbot, window, result.customer.id)
    ui = details.ui
    # The header says what the list says (the customer is pending only in Microsoft's terms).
    assert ui.statusLine.text().startswith("Waiting for agreement: ")
    assert "(Link sent" in ui.statusLine.text() and "Pending" not in ui.statusLine.text()
    assert ui.statusIcon.toolTip() == "Waiting for agreement"
    ui.tabs.setCurrentWidget(ui.partnerTab)  # Agreement and GDAP
    assert ui.acceptanceLinkValue.toolTip() == result.agreement.link
    assert "Link sent" in ui.agreementValue.text()
    assert ui.copyLinkButton.isVisible() and not ui.sendLinkButton.isVisible()
    qtbot.mouseClick(ui.copyLinkButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == result.agreement.link
    history = [ui.historyTable.item(r, 2).text() for r in range(ui.historyTable.rowCount())]
    assert "Agreement acceptance link sent to the customer" in history

    clock.advance(days=31)  # the link runs out unaccepted
    window.provisioning.tick()
    qtbot.waitUntil(lambda: "Expired" in ui.agreementValue.text())
    assert ui.sendLinkButton.isVisible() and not ui.copyLinkButton.isVisible()

    services.partner_center.agreements.never_rate = 0.0  # type: ignore[attr-defined]
    qtbot.mouseClick(ui.sendLinkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Link sent" in ui.agreementValue.text(), timeout=5000)
    fresh = ui.acceptanceLinkValue.toolTip()
    assert fresh.startswith("https://") and fresh != result.agreement.link
    assert Customer.get_by_id(result.customer.id).agreement_link == fresh
    assert "new acceptance link" in ui.statusLine.text()

    clock.advance(minutes=10)
    window.provisioning.tick()
    qtbot.waitUntil(lambda: ui.subscriptionsTable.rowCount() == 1)
    assert "Accepted" in ui.agreementValue.text()
