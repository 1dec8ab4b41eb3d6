"""Live updates and outages: what another desktop changed reaches this one; a lost server is
reported once, probed with backoff, and found again."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from reseller_desktop.domain.provisioning import PENDING
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.change_feed import ChangeFeed
from reseller_desktop.services.connection_monitor import ConnectionMonitor
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.services.partner_center.simulator.provisioning import ProvisioningService
from reseller_desktop.store.models import AuditEvent, Customer
from tests.conftest import FakeClock
from tests.pg_server import ScratchDatabase
from tests.services.customer_book import BookCustomer, add_customers
from tests.services.desktops import acting_as, create_on, second_store

STAGES = {"provisioning_started", "provisioning_completed"}


@pytest.fixture
def feed(qtbot, services: AppServices):  # type: ignore[no-untyped-def]
    feed = ChangeFeed(interval_ms=20)
    feed.start()
    yield feed
    feed.stop()


@pytest.fixture
def other_db(services: AppServices, database_url: str | None, data_dir: Path):  # type: ignore[no-untyped-def]
    db = second_store(database_url, data_dir)
    yield db
    db.close()


def test_another_desktop_s_new_and_advanced_customers_are_reported(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    feed: ChangeFeed,
    other_db,  # type: ignore[no-untyped-def]
    clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:
    with qtbot.waitSignal(feed.customers_changed, timeout=2000) as created:
        customer = create_on(other_db, services, valid_request)
    assert created.args == [[customer.id]]

    clock.now = customer.next_change_at
    bob_clock = ProvisioningService(clock=clock, database=other_db)
    with qtbot.waitSignal(feed.customers_changed, timeout=2000) as advanced:
        assert bob_clock.tick().changed == [customer.id]
    assert advanced.args == [[customer.id]]
    assert Customer.get_by_id(customer.id).status == "provisioning"


def test_what_this_desktop_s_clock_wrote_is_not_reported_back_but_another_s_is(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    feed: ChangeFeed,
    other_db,  # type: ignore[no-untyped-def]
    clock: FakeClock,
) -> None:
    due = clock.now - timedelta(seconds=1)
    ours = add_customers(
        [
            BookCustomer(f"Ours {i}", f"ours{i}", status=PENDING, next_change_at=due)
            for i in range(300)
        ]
    )
    seen: list[list[uuid.UUID]] = []
    everything: list[bool] = []
    feed.customers_changed.connect(seen.append)
    feed.book_changed.connect(lambda: everything.append(True))
    later = clock.now + timedelta(seconds=10)
    theirs = add_customers([BookCustomer("Theirs", "theirs", status=PENDING, next_change_at=later)])
    # Our own insert is reported (not by the clock): not what this test is about.
    added = {*ours, *theirs}
    qtbot.waitUntil(lambda: everything or {i for ids in seen for i in ids} >= added)
    seen.clear()
    everything.clear()
    # This desktop's clock, on a thread of its own as in the app (its own connection): it tells
    # the views itself.
    clock.advance(seconds=1)  # a stamp of its own, not the insert's
    alice = ProvisioningService(clock=clock)
    ticked: list[list[uuid.UUID]] = []

    def tick() -> None:
        ticked.append(alice.tick().changed)
        alice.db.close()  # this thread's connection

    thread = threading.Thread(target=tick)
    thread.start()
    thread.join(timeout=20)
    assert sorted(ticked[0]) == sorted(ours)
    for _ in range(3):
        assert feed.poll() == []
    assert seen == [] and everything == []

    clock.advance(seconds=30)  # the same clock: their stamp is not one of ours
    bob = ProvisioningService(clock=clock, database=other_db)
    with qtbot.waitSignal(feed.customers_changed, timeout=2000) as advanced:
        assert bob.tick().changed == theirs
    assert advanced.args == [theirs] and everything == []


def test_nothing_new_is_reported_once(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    feed: ChangeFeed,
    other_db,  # type: ignore[no-untyped-def]
    valid_request: NewCustomerRequest,
) -> None:
    seen: list[list[uuid.UUID]] = []
    feed.customers_changed.connect(seen.append)
    create_on(other_db, services, valid_request)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    for _ in range(5):
        assert feed.poll() == []
    assert len(seen) == 1


def test_a_change_to_many_customers_at_once_is_reported(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    feed: ChangeFeed,
    other_db,  # type: ignore[no-untyped-def]
    clock: FakeClock,
    database_url: str | None,
) -> None:
    ids = add_customers([BookCustomer(f"Bulk {i}", f"bulk{i}") for i in range(250)])
    feed.poll()  # our own insert: not what this test is about
    seen: list[list[uuid.UUID]] = []
    everything: list[bool] = []
    feed.customers_changed.connect(seen.append)
    feed.book_changed.connect(lambda: everything.append(True))
    clock.advance(seconds=5)
    with acting_as(other_db):  # one statement that touches 250 rows
        Customer.update(updated_at=clock.now, total_seats=Customer.total_seats + 1).execute()

    if database_url is None:  # SQLite reads the ids
        qtbot.waitUntil(lambda: {i for batch in seen for i in batch} == set(ids), timeout=2000)
    else:  # too many for one notification: "refresh what you show"
        qtbot.waitUntil(lambda: everything == [True], timeout=2000)


def test_two_desktops_clocks_advance_each_customer_once(
    services: AppServices,
    other_db,  # type: ignore[no-untyped-def]
    clock: FakeClock,
) -> None:
    start = clock.now
    add_customers(
        [
            BookCustomer(
                f"Shared {i}",
                f"shared{i}",
                status=PENDING,
                next_change_at=start + timedelta(seconds=5 * i),
            )
            for i in range(30)
        ]
    )
    alice = ProvisioningService(clock=clock)
    bob = ProvisioningService(clock=clock, database=other_db)
    clock.advance(minutes=1)
    stale = bob.due()
    assert len(alice.tick().changed) == len(stale) > 0
    assert bob.advance(stale, clock.now).changed == [], "Bob's stale compare-and-swap lost"
    for _ in range(20):  # both at the same moment, Bob in a thread (its own connection)
        clock.advance(seconds=30)
        thread = threading.Thread(target=bob.tick)
        thread.start()
        alice.tick()
        thread.join(timeout=20)
    other_db.close()
    per_customer = Counter(
        (e.customer_id, e.action) for e in AuditEvent.select() if e.action in STAGES
    )
    assert len(per_customer) == 60 and set(per_customer.values()) == {1}
    assert {c.status for c in Customer.select()} == {"active"}


def test_the_monitor_reports_an_outage_once_and_finds_the_server_again(
    qtbot,  # type: ignore[no-untyped-def]
    outage_url: str,
    outage_database: ScratchDatabase,
    data_dir: Path,
    valid_request: NewCustomerRequest,
) -> None:
    services = open_services(data_dir, data_dir / "config", database=outage_url)
    monitor = ConnectionMonitor(first_retry_ms=50, max_retry_ms=200)
    feed = ChangeFeed(monitor=monitor, interval_ms=20)
    feed.start()
    states: list[bool] = []
    monitor.online_changed.connect(states.append)
    catch_up: list[bool] = []
    feed.book_changed.connect(lambda: catch_up.append(True))

    outage_database.server.stop_server()
    qtbot.waitUntil(lambda: states == [False], timeout=2000)  # the feed noticed
    assert not monitor.is_online() and monitor.last_error
    monitor.report_failure(RuntimeError("again"))  # more failures: still one signal
    qtbot.wait(300)  # several probes fail meanwhile, none of them in this thread
    assert states == [False] and feed.poll() == []

    outage_database.server.resume()
    qtbot.waitUntil(lambda: states == [False, True], timeout=5000)
    # Back online, the feed listens again (on its worker) and says: catch up.
    qtbot.waitUntil(lambda: catch_up == [True], timeout=2000)
    with qtbot.waitSignal(feed.customers_changed, timeout=2000) as created:
        customer = services.onboarding.create_customer(valid_request).customer
    assert created.args == [[customer.id]]
    feed.stop()
    monitor.stop()


def test_a_late_job_is_blamed_on_the_store_only_when_the_store_does_not_answer(
    qtbot,  # type: ignore[no-untyped-def]
    outage_url: str,
    outage_database: ScratchDatabase,
    data_dir: Path,
) -> None:
    open_services(data_dir, data_dir / "config", database=outage_url)
    monitor = ConnectionMonitor(first_retry_ms=50, max_retry_ms=200)
    states: list[bool] = []
    monitor.online_changed.connect(states.append)
    monitor.suspect()  # a Submit waiting on Partner Center, say: the store answers
    qtbot.waitUntil(lambda: not monitor._suspecting, timeout=5000)
    assert states == [] and monitor.is_online()

    outage_database.server.stop_server()
    monitor.suspect()
    qtbot.waitUntil(lambda: states == [False], timeout=10_000)
    assert "no answer" in monitor.last_error
    outage_database.server.resume()
    qtbot.waitUntil(lambda: states == [False, True], timeout=5000)
    monitor.stop()
