"""Screenshots of today's Partner Center facts (shots/, in English, French and the pseudo-locale,
each checked for clipped text): the customer page of an indirect provider with an admin
relationship asked, the confirmation of a held order with its links, the details of a customer
waiting for the agreement, and the organisation's preferences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.store.database import close_store
from reseller_desktop.views.customer_details import CustomerDetailsDialog
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.preferences import PreferencesDialog
from tests.conftest import FakeClock
from tests.views.screens import LANGUAGES, Shoot, camera, installed, translated
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture(params=LANGUAGES, autouse=True)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from installed(request.param)


@pytest.fixture
def shoot(language: str) -> Shoot:
    return camera(language, "partner")


@pytest.fixture
def services(data_dir: Path, clock: FakeClock) -> Iterator[AppServices]:
    QSettings().setValue("partner/type", "indirect")
    wired = open_services(
        data_dir, data_dir / "config", clock=clock, agreement_delay=timedelta(minutes=3)
    )
    yield wired
    close_store()


def test_screenshots(
    qtbot, shoot: Shoot, window: MainWindow, valid_request: NewCustomerRequest, answer_box
) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    ui = user.ui
    qtbot.waitUntil(lambda: ui.reseller.count() > 1)
    user.fill_customer(valid_request)
    ui.reseller.setCurrentIndex(2)
    user.click(ui.adminRelationship)
    shoot(wizard, "customer_page")
    user.click_button(Button.NextButton)
    entry = translated("{offer} — {price} per user/month", "OfferPage").split("{offer}")[0]
    user.fill_offer(entry + PREMIUM, 25)
    user.click_button(Button.NextButton)
    shoot(wizard, "review")
    with qtbot.waitSignal(wizard.customer_created) as created:
        user.click_button(Button.CommitButton)
    shoot(wizard, "confirmation_held")
    wizard.confirmation_page.forget_password()
    wizard.done(0)

    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    shoot(window, "list_waiting")
    assert window.select_customer(created.args[0])
    window.open_details()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    details = window.details
    assert isinstance(details, CustomerDetailsDialog)
    details.ui.tabs.setCurrentWidget(details.ui.partnerTab)
    shoot(details, "details_waiting")
    details.close()

    preferences = PreferencesDialog(window)
    qtbot.addWidget(preferences)
    preferences.show()
    shoot(preferences, "preferences")
