"""The wizard opens at the size of its pages (issue 12, item 18), not with half of each page
empty, and keeps the size the user gives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWizard

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


def spare_height(wizard: AddCustomerWizard) -> int:
    """Blank pixels under the customer page's fields (the scroll area's view minus what its
    contents ask for)."""
    area = wizard.customer_page.ui.scrollArea
    return area.viewport().height() - area.widget().sizeHint().height()


def test_the_wizard_opens_as_big_as_its_largest_page_and_no_bigger(
    qtbot,  # type: ignore[no-untyped-def]
    wizard: AddCustomerWizard,
    user: User,
    valid_request: NewCustomerRequest,
) -> None:
    scroll_bar = wizard.customer_page.ui.scrollArea.verticalScrollBar()
    line = wizard.fontMetrics().height()
    # Nothing cut: the first page needs no scroll bar...
    qtbot.waitUntil(lambda: not scroll_bar.isVisible(), timeout=1000)
    # ...and nothing left blank: at most two lines spare under its fields (at 1100 x 720 the
    # page had ten lines of nothing, and the other pages half their height).
    assert 0 <= spare_height(wizard) <= 2 * line
    # No taller than the screen, frame included, whatever the pages ask for.
    available = wizard.screen().availableGeometry()
    frame = wizard.frameGeometry()
    assert available.top() <= frame.top() and frame.bottom() <= available.bottom()

    # The other pages are smaller: the same window holds them without a scroll bar.
    user.to_review(valid_request, PREMIUM)
    assert wizard.currentId() == PageId.REVIEW
    review_bar = wizard.review_page.ui.scrollArea.verticalScrollBar()
    qtbot.waitUntil(lambda: not review_bar.isVisible(), timeout=1000)


def test_a_size_the_user_chose_is_kept_and_the_default_is_not_saved(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    wizard: AddCustomerWizard,
) -> None:
    fitted = wizard.size()
    assert wizard.default_size == fitted

    # Closed at the fitted size: next time it fits the pages again (nothing saved).
    with qtbot.waitSignal(wizard.finished):
        wizard.button(QWizard.WizardButton.CancelButton).click()
    again = open_wizard(qtbot, window)
    assert again.size() == fitted

    # Resized by the user: the next wizard opens at that size.
    chosen = QSize(fitted.width() - 40, fitted.height() + 60)
    again.resize(chosen)
    qtbot.waitUntil(lambda: again.size() == chosen)
    with qtbot.waitSignal(again.finished):
        again.button(Button.CancelButton).click()
    third = open_wizard(qtbot, window)
    assert third.size() == chosen
