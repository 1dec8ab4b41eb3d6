"""Every page and question of the wizard at its default size, saved to shots/ (git-ignored) to be
looked at, and checked for clipped text: no label or button narrower than its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from reseller_desktop.domain.request import new_request_id
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.wizard import DEFAULT_SIZE
from tests.views.wizard.conftest import PREMIUM, Button, User

SHOTS = Path(__file__).resolve().parents[3] / "shots"


@pytest.fixture
def database_url() -> None:
    return None


def clipped(window: QWidget) -> list[str]:
    """Visible one-line labels and buttons too narrow for their text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        one_line = isinstance(widget, QLabel) and not widget.wordWrap()
        if (
            (one_line or isinstance(widget, QAbstractButton))
            and widget.text()
            and widget.width() < widget.minimumSizeHint().width()
        ):
            found.append(f"{widget.objectName()}: {widget.text()!r}")
    return found


def shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    assert clipped(widget) == [], name
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"wizard_{name}.png"))


def shoot_box_then_click(name: str, button_text: str) -> list[str]:
    """Screenshot the next message box, then answer it."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        shoot(box, name)
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(0, act)
    return seen


def test_screenshots(qtbot, user: User, wizard: AddCustomerWizard, services, valid_request):
    assert (wizard.width(), wizard.height()) == (DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
    ui = user.ui
    shoot(wizard, "customer_empty")

    # Validation messages: fields left empty or wrong, a taken prefix.
    user.enter(ui.companyName, "Test")
    user.enter(ui.domainPrefix, "contoso")
    user.enter(ui.country, "United States")
    user.enter(ui.addressLine1, "")
    user.press_tab()
    user.press_tab()
    user.enter(ui.postalCode, "9805")
    user.enter(ui.email, "camille@")
    user.press_tab()
    user.press_tab()
    shoot(wizard, "customer_errors")

    user.enter(ui.country, "Ukraine")
    shoot(wizard, "customer_registration")

    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: "Available" in ui.domainStatus.text())
    shoot(wizard, "customer_filled")
    user.click_button(Button.NextButton)
    assert wizard.currentId() == 1, wizard.customer_page.problems()
    shoot(wizard, "offer_empty")

    user.fill_offer(PREMIUM, 25)
    shoot(wizard, "offer_filled")
    user.click_button(Button.NextButton)
    shoot(wizard, "review")

    services.onboarding.create_customer(
        valid_request.with_changes(company_name="Autre", request_id=new_request_id())
    )
    shoot_box_then_click("submit_failed_box", "OK")
    user.click_button(Button.CommitButton)
    shoot(wizard, "review_prefix_taken")
    user.click(wizard.review_page.ui.editCustomerButton)
    user.enter(ui.domainPrefix, "boulangeriedupont75")
    shoot(wizard, "customer_back_to_review")
    user.click_button(Button.CustomButton1)

    user.click_button(Button.CommitButton)
    user.click(wizard.confirmation_page.ui.copyAllButton)
    shoot(wizard, "confirmation")
    seen = shoot_box_then_click("copy_question", "I have copied the information")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.FinishButton)
    assert seen


def test_screenshots_of_the_draft_questions(qtbot, window, user: User, wizard, answer_box):
    from tests.views.wizard.conftest import open_wizard

    user.enter(user.ui.companyName, "Boulangerie Dupont SARL")
    shoot_box_then_click("discard_question", "Close and keep a draft")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.CancelButton)
    seen = shoot_box_then_click("restore_question", "Restore")
    open_wizard(qtbot, window)
    assert seen == ["Restore the customer you were entering?"]
