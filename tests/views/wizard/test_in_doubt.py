"""Submit when Microsoft's answer is lost: the wizard says the outcome is unknown, checks again
with the same request, and offers a password reset instead of claiming it was shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reseller_desktop.services.context import AppServices, wire_services
from reseller_desktop.services.live import build_live
from reseller_desktop.store.models import Customer
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.services.faulty_port import FaultyPort
from tests.views.screens import camera, installed, translated
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def port(services: AppServices) -> FaultyPort:
    return FaultyPort(services.partner_center)  # type: ignore[arg-type]


@pytest.fixture
def window(qtbot, services: AppServices, port: FaultyPort) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    app = wire_services(services.catalog, port, services.data_dir, clock=services.clock)  # type: ignore[arg-type]
    main = MainWindow(app, build_live(app))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.wizard is not None:
        main.wizard.done(0)


@pytest.fixture
def wizard(qtbot, window: MainWindow) -> AddCustomerWizard:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, window)
    wizard.recheck_ms = (100,)
    return wizard


def test_a_lost_answer_is_checked_again_and_the_password_is_reset(
    qtbot, user: User, wizard: AddCustomerWizard, port: FaultyPort, valid_request, answer_box
):
    user.to_review(valid_request, PREMIUM)
    port.arm("create_customer", "lose_reply")
    user.click(wizard.button(Button.CommitButton))
    # The first answer is lost: the user reads that the outcome is unknown, not a failure.
    qtbot.waitUntil(lambda: "Outcome unknown" in wizard.review_page.problem(), timeout=5000)
    assert "checking again" in wizard.review_page.problem()
    assert "not created" not in wizard.review_page.problem()
    assert QApplication.activeModalWidget() in (None, wizard), "no error box"
    # ... and the wizard checks again by itself, with the same request id.
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CONFIRMATION, timeout=5000)
    assert Customer.select().count() == 1 and len(port.customer_ids()) == 1
    page = wizard.confirmation_page
    ui = page.ui
    assert ui.passwordValue.text() == "Not received"
    assert page.password_note.isVisible() and "never shown" in page.password_note.text()
    assert page.reset_button.isVisible() and not ui.copyPasswordButton.isVisible()
    shoot = camera("en", "wizard")
    shoot(wizard, "password_lost")

    user.click(page.reset_button)
    qtbot.waitUntil(page.has_password, timeout=5000)
    password = ui.passwordValue.text()
    assert len(password) == 16 and password[0].isalpha()
    assert ui.copyPasswordButton.isVisible() and ui.passwordWarning.isVisible()
    assert not page.reset_button.isVisible() and not page.password_note.isVisible()
    shoot(wizard, "password_reset")
    user.click(ui.copyPasswordButton)
    assert QApplication.clipboard().text() == password

    seen = answer_box("I have copied the information")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.FinishButton)
    assert seen == ["Did you copy the customer and subscription information?"]
    assert ui.passwordValue.text() == "" and not page.has_password(), "no reference kept"


def test_submit_is_never_left_disabled_after_an_unexpected_error(
    qtbot, user: User, wizard: AddCustomerWizard, port: FaultyPort, valid_request, answer_box
):
    user.to_review(valid_request, PREMIUM)

    def broken(*args: object) -> None:
        raise KeyError("a bug")

    port.real.create_customer = broken  # type: ignore[assignment,method-assign]
    seen = answer_box("OK")
    user.click_button(Button.CommitButton)
    assert seen == ["The customer could not be submitted because of an unexpected error."]
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.button(Button.CommitButton).isEnabled()
    assert wizard.button(Button.BackButton).isEnabled()
    assert wizard.review_page.busy_message() == ""


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from installed(request.param)


def test_screenshots_of_the_unknown_outcome_and_the_reset(
    qtbot, language: str, window: MainWindow, port: FaultyPort, valid_request, answer_box
):
    """Installed before the wizard is built, so every label is in ``language``."""
    wizard = open_wizard(qtbot, window)
    wizard.recheck_ms = (60_000,)  # stay on "checking again" for the picture
    user = User(qtbot, wizard)
    user.to_review(valid_request, PREMIUM)
    shoot = camera(language, "wizard")
    port.arm("create_customer", "lose_reply")
    user.click(wizard.button(Button.CommitButton))
    qtbot.waitUntil(lambda: bool(wizard.review_page.problem()), timeout=5000)
    shoot(wizard, "outcome_unknown")
    wizard._recheck.start(0)  # check again now
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CONFIRMATION, timeout=5000)
    shoot(wizard, "password_lost")
    user.click(wizard.confirmation_page.reset_button)
    qtbot.waitUntil(wizard.confirmation_page.has_password, timeout=5000)
    shoot(wizard, "password_reset")
    answer_box(translated("I &have copied the information", "AddCustomerWizard"))
    wizard.accept()
