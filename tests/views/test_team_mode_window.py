"""Team mode in the main window: two desktops on one store see each other's changes within 2 s;
a server outage shows "Offline — reconnecting…", a Submit meanwhile fails cleanly with the entries
kept, and the window catches up by itself when the server is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.services.live import build_live
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from reseller_desktop.views.customer_model import COMPANY, STATUS
from reseller_desktop.views.main_window import MainWindow
from tests.conftest import FakeClock
from tests.pg_server import ScratchDatabase
from tests.services.customer_book import add_customers, varied
from tests.services.desktops import other_services, second_store
from tests.views.main.conftest import cell

SHOTS = Path(__file__).resolve().parents[2] / "shots"


def open_window(qtbot, services: AppServices) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, build_live(services))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_live_updates()
    return window


@pytest.fixture
def two_windows(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    database_url: str | None,
    data_dir: Path,
) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Alice's window on the app's store, Bob's on a connection of its own."""
    other_db = second_store(database_url, data_dir)
    alice = open_window(qtbot, services)
    bob = open_window(qtbot, other_services(services, other_db))
    yield alice, bob
    for window in (alice, bob):
        window.close()
    other_db.close()


def test_a_customer_created_on_one_desktop_shows_up_on_the_other_within_2_s(
    qtbot,  # type: ignore[no-untyped-def]
    two_windows: tuple[MainWindow, MainWindow],
    services: AppServices,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:
    add_customers(varied(30))
    alice, bob = two_windows
    for window in two_windows:
        window.model.reload()
    resets: list[bool] = []
    alice.model.modelReset.connect(lambda: resets.append(True))
    bob.model.modelReset.connect(lambda: resets.append(True))

    created = services.onboarding.create_customer(valid_request).customer
    alice.on_customer_created(created.id)  # what Alice's wizard does on Submit
    qtbot.waitUntil(lambda: bob.model.row_of(created.id) is not None, timeout=2000)
    row = bob.model.row_of(created.id)
    assert row == 0, "newest first, as Bob's list is sorted"
    assert cell(bob, row, COMPANY) == "Boulangerie Dupont SARL"
    assert cell(bob, row, STATUS) == "Pending"
    assert bob.model.rowCount() == alice.model.rowCount() == 31

    # Bob's clock moves it on: Alice's row changes in place, nothing else is re-read.
    clock.now = Customer.get_by_id(created.id).next_change_at
    bob.provisioning.tick()
    alice_row = alice.model.row_of(created.id)
    qtbot.waitUntil(lambda: cell(alice, alice_row, STATUS) == "Provisioning", timeout=2000)
    assert alice.model.rowCount() == 31 and alice.table.currentIndex().row() == alice_row
    assert resets == [], "only the changed rows were updated"


def test_a_new_customer_appears_only_where_the_filter_shows_it(
    qtbot,  # type: ignore[no-untyped-def]
    two_windows: tuple[MainWindow, MainWindow],
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    _alice, bob = two_windows
    bob.model.set_search("meunier")
    other = services.onboarding.create_customer(
        valid_request.with_changes(domain_prefix="boulangeriemeunier", request_id=new_request_id())
    ).customer
    services.onboarding.create_customer(valid_request)
    qtbot.waitUntil(lambda: bob.model.rowCount() == 1, timeout=2000)
    qtbot.wait(200)  # a few more polls: the other customer stays out
    assert bob.model.rowCount() == 1 and bob.model.row_of(other.id) == 0


def counts() -> tuple[int, int, int]:
    return Customer.select().count(), Subscription.select().count(), AuditEvent.select().count()


def test_offline_during_an_outage_then_catches_up_and_submit_fails_cleanly(
    qtbot,  # type: ignore[no-untyped-def]
    outage_url: str,
    outage_database: ScratchDatabase,
    data_dir: Path,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
    answer_box,  # type: ignore[no-untyped-def]
) -> None:
    from tests.views.wizard.conftest import PREMIUM, User, open_wizard

    services = open_services(data_dir, data_dir / "config", database=outage_url, clock=clock)
    window = open_window(qtbot, services)
    window.live.monitor.first_retry_ms = 50
    window.live.monitor.max_retry_ms = 200
    window.start_provisioning()
    earlier = services.onboarding.create_customer(
        valid_request.with_changes(domain_prefix="avantpanne", request_id=new_request_id())
    ).customer
    window.on_customer_created(earlier.id)
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    user.to_review(valid_request, PREMIUM)
    indicator = window.live.indicator
    assert not indicator.isVisible()

    outage_database.server.stop_server()
    qtbot.waitUntil(indicator.isVisible, timeout=2000)
    assert indicator.text.text() == "Offline — reconnecting…"
    assert "reconnect" in indicator.toolTip() and "safe" in indicator.toolTip()
    assert not window.provisioning.is_running(), "the clock waits for the server"
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "team_offline.png"))

    seen = answer_box("OK")
    user.click_button(QWizard.WizardButton.CommitButton)
    assert "database is unavailable" in seen[0] and "Nothing was sent to Microsoft" in seen[0]
    assert wizard.currentId() == 2, "still on the review page"
    assert wizard.customer_page.ui.companyName.text() == valid_request.company_name

    outage_database.server.resume()
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=5000)
    assert window.provisioning.is_running()
    assert window.model.row_of(earlier.id) is not None
    assert counts() == (1, 1, 2), "nothing lost, nothing written by the failed Submit"

    user.click_button(QWizard.WizardButton.CommitButton)  # the same entries, submitted again
    assert wizard.currentId() == 3, "confirmation"
    assert counts() == (2, 2, 4)
    ids = [window.model.row_at(r).id for r in range(window.model.rowCount())]
    assert len(ids) == len(set(ids)) == 2
    wizard.done(0)
