"""Leaving the wizard: never without the copy question once the customer exists, never losing
entries by accident before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from reseller_desktop.views.clipboard import CLEAR_SECONDS_KEY
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.drafting import DRAFT_NAME
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User

COPY_QUESTION = "Did you copy the customer and subscription information?"


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def confirmed(user: User, wizard: AddCustomerWizard, valid_request) -> AddCustomerWizard:
    """A wizard on its confirmation page: the customer exists."""
    user.to_review(valid_request, PREMIUM)
    user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    return wizard


def test_escape_on_the_confirmation_asks_first(qtbot, user: User, confirmed, answer_box):
    seen = answer_box("Go to page")
    user.press(Qt.Key.Key_Escape)
    assert seen == [COPY_QUESTION]
    assert confirmed.isVisible() and confirmed.currentId() == PageId.CONFIRMATION
    assert confirmed.confirmation_page.ui.passwordValue.text()  # still there to copy

    seen = answer_box("I have copied the information")
    with qtbot.waitSignal(confirmed.finished) as finished:
        user.press(Qt.Key.Key_Escape)
    assert seen == [COPY_QUESTION]
    assert finished.args == [QDialog.DialogCode.Accepted.value]  # the customer exists


def test_closing_the_window_on_the_confirmation_asks_first(qtbot, confirmed, answer_box):
    seen = answer_box("Go to page")
    confirmed.close()
    assert seen == [COPY_QUESTION]
    assert confirmed.isVisible()
    answer_box("I have copied the information")
    confirmed.close()
    assert not confirmed.isVisible()


def test_the_copy_question_is_asked_once(qtbot, user: User, confirmed, answer_box):
    answer_box("I have copied the information")
    user.click_button(Button.FinishButton)
    assert not confirmed.isVisible()


def test_cancel_without_entries_just_closes(qtbot, user: User, wizard: AddCustomerWizard):
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.CancelButton)
    assert not wizard.drafts.store.exists(DRAFT_NAME)


def test_cancel_with_entries_asks_before_discarding(
    qtbot, user: User, wizard: AddCustomerWizard, answer_box
):
    user.enter(user.ui.companyName, "Boulangerie Dupont SARL")
    qtbot.waitUntil(lambda: wizard.drafts.store.exists(DRAFT_NAME))

    seen = answer_box("Keep editing")
    user.click_button(Button.CancelButton)
    assert seen == ["Discard the customer you are entering?"]
    assert wizard.isVisible()
    assert user.ui.companyName.text() == "Boulangerie Dupont SARL"

    answer_box("Keep editing")
    user.press(Qt.Key.Key_Escape)  # Escape is Cancel
    assert wizard.isVisible()

    answer_box("Discard")
    with qtbot.waitSignal(wizard.finished) as finished:
        user.click_button(Button.CancelButton)
    assert finished.args == [QDialog.DialogCode.Rejected.value]
    assert not wizard.drafts.store.exists(DRAFT_NAME)


def test_the_wizard_remembers_its_size(qtbot, window: MainWindow, wizard: AddCustomerWizard):
    from tests.views.wizard.conftest import open_wizard

    wizard.resize(1111, 733)
    with qtbot.waitSignal(wizard.finished):
        wizard.reject()
    reopened = open_wizard(qtbot, window)
    assert (reopened.width(), reopened.height()) == (1111, 733)


def test_the_copied_password_leaves_the_clipboard_after_the_set_delay(
    qtbot, user: User, confirmed: AddCustomerWizard
):
    QSettings().setValue(CLEAR_SECONDS_KEY, 0.2)  # Preferences: 0.2 s, for the test's sake
    page = confirmed.confirmation_page.ui
    user.click(page.copyPasswordButton)
    assert QApplication.clipboard().text() == page.passwordValue.text()
    assert page.copyStatus.text().startswith("Password copied.")
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)
