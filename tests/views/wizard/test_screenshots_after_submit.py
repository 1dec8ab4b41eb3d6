"""The offer page with a 1-month term's prices, and the confirmation page with Add another
customer (issue 12, items 14 and 16), in English, French and the pseudo-locale: saved to shots/
to be looked at, and checked for clipped text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.screens import LANGUAGES, Shoot, camera, installed
from tests.views.wizard.conftest import Button, User


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture(params=LANGUAGES, autouse=True)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from installed(request.param)


@pytest.fixture
def shoot(language: str) -> Shoot:
    return camera(language, "wizard_after")


def test_screenshots(
    qtbot,  # type: ignore[no-untyped-def]
    shoot: Shoot,
    user: User,
    wizard: AddCustomerWizard,
    valid_request: NewCustomerRequest,
) -> None:
    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: wizard.button(Button.NextButton).isEnabled())
    user.click_button(Button.NextButton)
    ui = wizard.offer_page.ui
    ui.offer.setCurrentIndex(ui.offer.findData(valid_request.offer_id))  # Business Premium
    user.enter(ui.seats, "25")
    user.tab_to(ui.term)
    user.press(Qt.Key.Key_Home)  # 1 month: every offer's price for that term
    shoot(wizard, "offer_monthly_term")
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.REVIEW
    user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    shoot(wizard, "confirmation_add_another")
