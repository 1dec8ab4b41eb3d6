"""Every page and question of the wizard at its default size, in English, French and the
pseudo-locale (every string ~40% longer), saved to shots/ (git-ignored) to be looked at, and
checked for clipped text: no label or button narrower than its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reseller_desktop.domain.countries import country_name
from reseller_desktop.domain.request import new_request_id
from reseller_desktop.views.i18n import current_language
from reseller_desktop.views.wizard import AddCustomerWizard
from tests.views.screens import LANGUAGES, Shoot, camera, installed, translated
from tests.views.wizard.conftest import PREMIUM, Button, User


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture(params=LANGUAGES, autouse=True)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface language, installed before the main window and the wizard are made."""
    yield from installed(request.param)


@pytest.fixture
def shoot(language: str) -> Shoot:
    return camera(language, "wizard")


def country(code: str) -> str:
    return country_name(code, current_language())


def shoot_box_then_click(shoot: Shoot, name: str, button_text: str | None) -> list[str]:
    """Screenshot the next message box, then answer it with the button showing ``button_text``
    (None: its accept button)."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        shoot(box, name)
        next(
            b
            for b in box.buttons()
            if b.text().replace("&", "") == button_text
            or (button_text is None and box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        ).click()

    QTimer.singleShot(0, act)
    return seen


def test_screenshots(
    qtbot,  # type: ignore[no-untyped-def]
    shoot: Shoot,
    user: User,
    wizard: AddCustomerWizard,
    services,  # type: ignore[no-untyped-def]
    valid_request,  # type: ignore[no-untyped-def]
) -> None:
    assert wizard.size() == wizard.default_size  # fitted to the pages, none saved yet
    ui = user.ui
    shoot(wizard, "customer_empty")

    # Validation messages: fields left empty or wrong, a taken prefix.
    user.enter(ui.companyName, "Test")
    user.enter(ui.domainPrefix, "contoso")
    user.enter(ui.country, country("US"))
    user.enter(ui.addressLine1, "")
    user.press_tab()
    user.press_tab()
    user.enter(ui.postalCode, "9805")
    user.enter(ui.email, "camille@")
    user.press_tab()
    user.press_tab()
    shoot(wizard, "customer_errors")

    user.enter(ui.country, country("UA"))
    shoot(wizard, "customer_registration")

    user.fill_customer(valid_request)
    available = translated("Available", "PrefixChecker")
    qtbot.waitUntil(lambda: available in ui.domainStatus.text())
    shoot(wizard, "customer_filled")
    user.click_button(Button.NextButton)
    assert wizard.currentId() == 1, wizard.customer_page.problems()
    shoot(wizard, "offer_empty")

    # The list shows "{offer} — {price} per user/month", bracketed in the pseudo-locale.
    entry = translated("{offer} — {price} per user/month", "OfferPage").split("{offer}")[0]
    user.fill_offer(entry + PREMIUM, 25)
    shoot(wizard, "offer_filled")
    user.click_button(Button.NextButton)
    shoot(wizard, "review")

    services.onboarding.create_customer(
        valid_request.with_changes(company_name="Autre", request_id=new_request_id())
    )
    shoot_box_then_click(shoot, "submit_failed_box", None)
    user.click_button(Button.CommitButton)
    shoot(wizard, "review_prefix_taken")
    user.click(wizard.review_page.ui.editCustomerButton)
    user.enter(ui.domainPrefix, "boulangeriedupont75")
    shoot(wizard, "customer_back_to_review")
    user.click_button(Button.CustomButton1)

    user.click_button(Button.CommitButton)
    user.click(wizard.confirmation_page.ui.copyAllButton)
    shoot(wizard, "confirmation")
    seen = shoot_box_then_click(
        shoot, "copy_question", translated("I &have copied the information", "AddCustomerWizard")
    )
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.FinishButton)
    assert seen


def test_screenshots_of_the_draft_questions(
    qtbot,  # type: ignore[no-untyped-def]
    shoot: Shoot,
    window,  # type: ignore[no-untyped-def]
    user: User,
    wizard: AddCustomerWizard,
) -> None:
    from tests.views.wizard.conftest import open_wizard

    user.enter(user.ui.companyName, "Boulangerie Dupont SARL")
    shoot_box_then_click(
        shoot, "discard_question", translated("Close and keep a d&raft", "AddCustomerWizard")
    )
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.CancelButton)
    seen = shoot_box_then_click(
        shoot, "restore_question", translated("&Restore", "AddCustomerWizard")
    )
    open_wizard(qtbot, window)
    assert seen == [translated("Restore the customer you were entering?", "AddCustomerWizard")]
