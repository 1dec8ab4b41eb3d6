"""The offer list shows the price for the chosen term (issue 12, item 14): a monthly (1-month)
term costs more than a 1-year one, and every entry says so once that term is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import Button, User


@pytest.fixture
def database_url() -> None:
    return None


def entry(combo, name: str) -> str:  # type: ignore[no-untyped-def]
    texts = [combo.itemText(i) for i in range(combo.count())]
    return next(text for text in texts if text.startswith(f"{name} — "))


def test_the_offer_list_follows_the_term(
    qtbot,  # type: ignore[no-untyped-def]
    user: User,
    wizard: AddCustomerWizard,
    valid_request: NewCustomerRequest,
) -> None:
    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: "Available" in user.ui.domainStatus.text())
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER
    ui = wizard.offer_page.ui

    user.choose(ui.offer, "Office 365 E3")
    assert ui.term.currentText() == "1 year"
    assert ui.offer.currentText() == "Office 365 E3 — $23.00 per user/month"
    assert entry(ui.offer, "Microsoft 365 Business Basic").endswith("$6.00 per user/month")
    user.enter(ui.seats, "10")
    assert ui.monthlyTotal.text() == "$230.00 (10 × $23.00 per user/month)"

    user.tab_to(ui.term)
    user.press(Qt.Key.Key_Home)  # the first term: 1 month
    assert ui.term.currentText() == "1 month"
    assert ui.offer.currentText() == "Office 365 E3 — $27.60 per user/month"
    assert entry(ui.offer, "Microsoft 365 Business Basic").endswith("$7.20 per user/month")
    assert ui.monthlyTotal.text() == "$276.00 (10 × $27.60 per user/month)"

    # Another offer keeps the chosen term, and its entry shows that term's price.
    user.tab_to(ui.offer)
    user.press(Qt.Key.Key_Home)
    user.choose(ui.offer, "Microsoft 365 Business Basic")
    assert ui.term.currentText() == "1 month"
    assert ui.offer.currentText() == "Microsoft 365 Business Basic — $7.20 per user/month"
