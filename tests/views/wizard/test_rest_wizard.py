"""The whole Add-customer flow from the main window against Partner Center's REST API (a local
server built to the documented contract): the password shown is the one the server sent, the
customer moves on to Active in the list, and nothing secret reaches the disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reseller_desktop.services.context import AppServices, wire_services
from reseller_desktop.services.live import build_live
from reseller_desktop.services.partner_center.rest.connector import RestPartnerCenter
from reseller_desktop.services.partner_center.rest.tokens import StaticToken
from reseller_desktop.store.models import Customer
from reseller_desktop.views.customer_model import STATUS
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard.page_ids import PageId
from tests.conftest import FakeClock
from tests.fake_partner_center import TOKEN, FakePartnerCenter
from tests.views.main.conftest import cell
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None  # SQLite: the connector's compare-and-swap is tested on its own


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakePartnerCenter]:
    with FakePartnerCenter(clock=clock) as server:
        yield server


@pytest.fixture
def window(qtbot, services: AppServices, fake: FakePartnerCenter, clock: FakeClock):  # type: ignore[no-untyped-def]
    port = RestPartnerCenter(
        fake.url,
        StaticToken(TOKEN, "alice@contoso-partner.com"),
        clock=clock,
        sleep=lambda _s: None,
    )
    app = wire_services(services.catalog, port, services.data_dir, clock=clock)
    app.tokens = port.tokens if hasattr(port, "tokens") else app.tokens
    main = MainWindow(app, build_live(app))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.wizard is not None:
        main.wizard.done(0)
    port.close()


def test_the_wizard_creates_a_real_tenant_and_it_becomes_active(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    fake: FakePartnerCenter,
    clock: FakeClock,
    valid_request,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    from PySide6.QtWidgets import QLabel

    assert window.findChild(QLabel, "simulatorBadge") is None, "no Simulator badge"
    badge = window.findChild(QLabel, "partnerCenterBadge")
    assert badge is not None and badge.text() == "Partner Center — alice@contoso-partner.com"
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: "Available" in user.ui.domainStatus.text(), timeout=5000)
    user.click_button(Button.NextButton)
    user.fill_offer(PREMIUM, valid_request.seats)
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.REVIEW
    user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    (server,) = fake.customers.values()
    page = wizard.confirmation_page.ui
    assert page.passwordValue.text() == server["password"], "Microsoft's password, shown once"
    assert page.adminUserValue.text() == "admin@boulangeriedupont.onmicrosoft.com"
    customer_id = Customer.get().id
    assert str(customer_id) == server["id"]
    answer_box("I have copied the information")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.FinishButton)

    row = window.model.row_of(customer_id)
    assert row is not None and cell(window, row, STATUS) == "Pending"
    for _ in range(20):  # the clock polls Partner Center until the tenant is ready
        clock.advance(minutes=1)
        window.provisioning.tick()
        if cell(window, row, STATUS) == "Active":
            break
    assert cell(window, row, STATUS) == "Active"
    secrets = (server["password"], TOKEN)
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(s.encode() in content for s in secrets), path
