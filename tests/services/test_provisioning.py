"""The provisioning simulator: statuses move on as data, once, after a restart, on two desktops."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from reseller_desktop.domain.provisioning import (
    FAILURE_REASONS,
    PENDING,
    PROVISIONING,
    failure_reason,
    provisioning_fails,
    stage_duration,
)
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.services.partner_center.simulator.provisioning import ProvisioningService
from reseller_desktop.services.provisioning_clock import ProvisioningClock
from reseller_desktop.store.database import DEFAULT_FILE_NAME, close_store, sqlite_database
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from tests.conftest import FakeClock
from tests.services.customer_book import BookCustomer, add_customers, varied

STAGES = {"provisioning_started", "provisioning_completed"}


def create(services: AppServices, request: NewCustomerRequest, n: int = 0) -> uuid.UUID:
    request = request.with_changes(
        domain_prefix=f"boulangerie{n}", request_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"req-{n}"))
    )
    return services.onboarding.create_customer(request).customer.id


def status_of(customer_id: uuid.UUID) -> str:
    return Customer.get_by_id(customer_id).status


def actions(customer_id: uuid.UUID) -> list[str]:
    query = AuditEvent.select().where(AuditEvent.customer == customer_id).order_by(AuditEvent.id)
    return [e.action for e in query]


def test_pending_then_provisioning_then_active_on_the_stored_schedule(
    services: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    cid = create(services, valid_request)
    service = services.partner_center.engine
    customer = Customer.get_by_id(cid)
    assert customer.status == PENDING
    pending_for = stage_duration(cid, PENDING)
    assert timedelta(minutes=1) <= pending_for <= timedelta(minutes=3)  # "several minutes"
    assert customer.next_change_at == clock.now + pending_for

    assert service.tick().changed == []  # nothing is due yet
    clock.now = customer.next_change_at - timedelta(seconds=1)
    assert service.tick().changed == [] and status_of(cid) == PENDING

    clock.now = customer.next_change_at
    result = service.tick()
    assert result.changed == [cid] and result.activated == []
    customer = Customer.get_by_id(cid)
    assert customer.status == PROVISIONING
    assert customer.next_change_at == clock.now + stage_duration(cid, PROVISIONING)
    assert Subscription.get(Subscription.customer == cid).status == "pending"

    clock.now = customer.next_change_at
    result = service.tick()
    assert result.activated == [(cid, valid_request.company_name)]
    customer = Customer.get_by_id(cid)
    assert (customer.status, customer.next_change_at) == ("active", None)
    subscription = Subscription.get(Subscription.customer == cid)
    assert (subscription.status, subscription.order_status) == ("active", "completed")
    assert actions(cid)[-3:] == [
        "provisioning_started",
        "provisioning_completed",
        "subscription_activated",
    ]
    clock.advance(hours=1)
    assert service.tick().changed == []


def test_speed_divides_the_durations_reproducibly() -> None:
    for n in range(200):  # each rounded to the microsecond once: equal within one
        cid = uuid.uuid5(uuid.NAMESPACE_URL, f"speed-{n}")
        faster = stage_duration(cid, PENDING, 60)
        assert abs(faster - stage_duration(cid, PENDING) / 60) <= timedelta(microseconds=1)
    cid = uuid.uuid4()
    assert stage_duration(cid, PENDING) == stage_duration(uuid.UUID(str(cid)), PENDING)
    durations = {stage_duration(uuid.uuid4(), PROVISIONING) for _ in range(20)}
    assert len(durations) == 20  # random per customer


def test_failures_are_reproducible_and_retry_goes_back_to_pending(
    services: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    service = services.partner_center.engine
    service.failure_rate = 1.0
    cid = create(services, valid_request)
    clock.advance(minutes=3)
    service.tick()
    clock.advance(minutes=7)
    result = service.tick()
    assert result.failed == [(cid, valid_request.company_name)]
    customer = Customer.get_by_id(cid)
    assert customer.status == "failed" and customer.next_change_at is None
    assert (
        customer.status_reason == failure_reason(cid) and customer.status_reason in FAILURE_REASONS
    )
    assert actions(cid)[-1] == "provisioning_failed"
    assert Subscription.get(Subscription.customer == cid).status == "pending"

    assert service.retry(cid, "alice") and status_of(cid) == PENDING
    assert not service.retry(cid, "alice")  # only a failed customer can be retried
    retried = AuditEvent.get(AuditEvent.action == "provisioning_retried")
    assert retried.actor == "alice"
    service.failure_rate = 0.0
    clock.advance(minutes=3)
    service.tick()
    clock.advance(minutes=7)
    assert service.tick().activated == [(cid, valid_request.company_name)]
    assert Customer.get_by_id(cid).status_reason == ""


def test_failure_rate_fails_about_that_share_and_each_attempt_is_drawn_anew() -> None:
    ids = [uuid.uuid4() for _ in range(2000)]
    failed = sum(provisioning_fails(i, 0.1) for i in ids)
    assert 140 < failed < 260
    assert [provisioning_fails(i, 0.1) for i in ids] == [provisioning_fails(i, 0.1) for i in ids]
    assert not any(provisioning_fails(i, 0.0) for i in ids)
    again = [provisioning_fails(i, 0.5, attempt=1) for i in ids]
    assert again != [provisioning_fails(i, 0.5, attempt=0) for i in ids]


def test_restart_with_customers_in_flight_resumes_where_it_was(
    services: AppServices,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
    data_dir: Path,
    database_url: str | None,
) -> None:
    ids = [create(services, valid_request, n) for n in range(3)]
    clock.advance(minutes=3)
    services.partner_center.engine.tick()
    assert {status_of(i) for i in ids} == {PROVISIONING}
    due_before = {i: Customer.get_by_id(i).next_change_at for i in ids}
    close_store()  # quit

    clock.advance(hours=2)  # the app stays closed for a while
    reopened = open_services(data_dir, data_dir / "config", database=database_url, clock=clock)
    assert {i: Customer.get_by_id(i).next_change_at for i in ids} == due_before
    result = reopened.partner_center.engine.tick()
    assert sorted(result.changed) == sorted(ids)
    assert {status_of(i) for i in ids} == {"active"}
    for i in ids:
        assert Counter(actions(i)) == Counter(
            customer_created=1,
            subscription_created=1,
            provisioning_started=1,
            provisioning_completed=1,
            subscription_activated=1,
        )
        # Each step is dated when it was due, not when the app came back.
        completed = AuditEvent.get(
            AuditEvent.customer == i, AuditEvent.action == "provisioning_completed"
        )
        assert completed.at == due_before[i]


def test_a_tick_advances_at_most_a_batch_and_says_more_is_due(
    services: AppServices, clock: FakeClock
) -> None:
    due = clock.now - timedelta(seconds=1)
    add_customers(
        [
            BookCustomer(f"Batch {i}", f"batch{i}", status=PENDING, next_change_at=due)
            for i in range(7)
        ]
    )
    # One batch per tick, on one connection.
    service = ProvisioningService(clock=clock, batch=5, budget_s=0, connections=1)
    first = service.tick()
    assert len(first.changed) == 5 and first.more_due
    second = service.tick()
    assert len(second.changed) == 2 and not second.more_due


def test_a_postgresql_backlog_is_advanced_on_several_connections_each_customer_once(
    services: AppServices, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: a full batch has others advanced alongside it, on connections of their own
    (closed after), each taking rows of its own; SQLite has one writer and goes a batch a time."""
    due = clock.now - timedelta(seconds=1)
    ids = add_customers(
        [
            BookCustomer(f"Backlog {i}", f"backlog{i}", status=PENDING, next_change_at=due)
            for i in range(23)
        ]
    )
    db = services.partner_center.engine.db
    postgres = not isinstance(db, SqliteDatabase)

    opened: list[Any] = []  # the connections opened alongside this thread's
    connect = db._connect

    def recorded() -> Any:
        opened.append(connect())
        return opened[-1]

    monkeypatch.setattr(db, "_connect", recorded)
    threads_before = threading.active_count()
    service = ProvisioningService(clock=clock, batch=5, budget_s=0, connections=3)
    first = service.tick()
    assert len(first.changed) == (15 if postgres else 5) and first.more_due
    assert len(set(first.changed)) == len(first.changed)
    while service.tick().more_due:
        pass
    # The threads opened alongside are gone, and their connections closed.
    assert threading.active_count() == threads_before
    assert len(opened) == (2 * 2 if postgres else 0) and all(c.closed for c in opened)
    started = Counter(
        e.customer_id for e in AuditEvent.select() if e.action == "provisioning_started"
    )
    assert set(started) == set(ids) and set(started.values()) == {1}
    assert {status_of(i) for i in ids} == {PROVISIONING}


def test_the_tick_reads_only_what_is_due_through_the_index(
    services: AppServices, clock: FakeClock
) -> None:
    db = services.partner_center.engine.db
    if not isinstance(db, SqliteDatabase):
        pytest.skip("SQLite's query plan")
    add_customers(varied(200))  # rows for the planner to weigh
    db.execute_sql("ANALYZE")
    service = services.partner_center.engine
    sql, params = service.due_query(clock.now).sql()
    plan = [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
    # The earliest due through the due index alone, their rows looked up in rowid order: no
    # scan of the table, no sort.
    assert any("COVERING INDEX customer_due" in step for step in plan), plan
    assert any("INTEGER PRIMARY KEY" in step for step in plan), plan
    assert not any(step.startswith("SCAN") or "TEMP B-TREE" in step for step in plan), plan


def test_clock_announces_changes_with_signals(
    qtbot, services: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    ticker = ProvisioningClock(
        services.partner_center, services.journal, Background(), clock=clock, interval_ms=10
    )
    cid = create(services, valid_request)
    clock.advance(minutes=3)
    with qtbot.waitSignal(ticker.customers_changed, timeout=2000) as changed:
        ticker.start()  # the QTimer ticks by itself
    ticker.stop()
    assert changed.args == [[cid]]
    clock.advance(minutes=7)
    with qtbot.waitSignal(ticker.customer_activated) as activated:
        ticker.tick()
    assert activated.args == [cid, valid_request.company_name]


def two_desktops(data_dir: Path, clock: FakeClock) -> tuple[ProvisioningService, ...]:
    """Two services, each with its own connection to one SQLite file (two app instances)."""
    path = data_dir / DEFAULT_FILE_NAME
    return tuple(ProvisioningService(clock=clock, database=sqlite_database(path)) for _ in range(2))


@pytest.mark.parametrize("database_url", [None], ids=["sqlite"])
def test_two_stores_on_one_sqlite_file_advance_each_customer_once(
    services: AppServices, clock: FakeClock, data_dir: Path, database_url: str | None
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
            for i in range(40)
        ]
    )
    alice, bob = two_desktops(data_dir, clock)
    # Bob read what was due, then Alice advanced it before Bob wrote: Bob's stale swap must fail.
    clock.advance(minutes=1)
    stale = bob.due()
    assert len(stale) == 13
    assert len(alice.tick().changed) == 13
    assert bob.advance(stale, clock.now).changed == []
    # Then both tick in turn, and at the same moment from two threads, until all are active.
    for _ in range(30):
        clock.advance(seconds=30)
        threads = [threading.Thread(target=s.tick) for s in (alice, bob)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=20)
        bob.tick()
        alice.tick()
    for service in (alice, bob):
        service.db.close()
    per_customer = Counter(
        (e.customer_id, e.action) for e in AuditEvent.select() if e.action in STAGES
    )
    assert len(per_customer) == 80 and set(per_customer.values()) == {1}
    assert {c.status for c in Customer.select()} == {"active"}


def test_a_backlog_is_caught_up_in_batches_each_stage_dated_when_it_was_due(
    services: AppServices, clock: FakeClock
) -> None:
    """After a weekend: every customer overdue for both stages goes through both in one tick of
    several batches; the failed ones (a failure rate) fail with their own reason."""
    weekend = clock.now - timedelta(days=2)
    customers = [
        BookCustomer(
            f"Backlog {i}",
            f"backlog{i}",
            status=PENDING,
            next_change_at=weekend + timedelta(minutes=i),
        )
        for i in range(60)
    ]
    ids = add_customers(customers)
    due_at = {c.id: c.next_change_at for c in customers}
    service = ProvisioningService(clock=clock, batch=25, failure_rate=0.3)
    result = service.tick()

    assert sorted(result.changed) == sorted(ids) and not result.more_due
    failing = {i for i in ids if provisioning_fails(i, 0.3)}
    assert 0 < len(failing) < len(ids)
    assert {i for i, _company in result.failed} == failing
    assert {i for i, _company in result.activated} == set(ids) - failing
    assert service.due() == []
    for i in ids:
        customer = Customer.get_by_id(i)
        started_at = due_at[i]
        assert started_at is not None
        ended_at = started_at + stage_duration(i, PROVISIONING)
        events = {e.action: e.at for e in AuditEvent.select().where(AuditEvent.customer == i)}
        assert events["provisioning_started"] == started_at
        assert customer.next_change_at is None and customer.updated_at == clock.now
        if i in failing:
            assert customer.status == "failed"
            assert customer.status_reason == failure_reason(i, 0)
            assert events["provisioning_failed"] == ended_at
        else:
            assert customer.status == "active" and customer.status_reason == ""
            assert events["provisioning_completed"] == ended_at
            assert events["subscription_activated"] == ended_at
            assert {s.status for s in Subscription.select().where(Subscription.customer == i)} == {
                "active"
            }


def test_a_tick_stops_at_its_time_budget_and_says_more_is_due(
    services: AppServices, clock: FakeClock
) -> None:
    due = clock.now - timedelta(seconds=1)
    add_customers(
        [
            BookCustomer(f"Budget {i}", f"budget{i}", status=PENDING, next_change_at=due)
            for i in range(12)
        ]
    )
    generous = ProvisioningService(clock=clock, batch=5, budget_s=60)
    first = generous.tick()  # three batches: 5, 5, 2
    assert len(first.changed) == 12 and not first.more_due
    assert {c.status for c in Customer.select()} == {PROVISIONING}


def test_a_stale_batch_advances_only_what_nobody_else_moved(
    services: AppServices, clock: FakeClock
) -> None:
    """The batched compare-and-swap, on one database: what moved since it was read is left."""
    due = clock.now - timedelta(seconds=1)
    ids = add_customers(
        [
            BookCustomer(f"Stale {i}", f"stale{i}", status=PENDING, next_change_at=due)
            for i in range(10)
        ]
    )
    service = ProvisioningService(clock=clock)
    stale = service.due()
    moved = ids[:4]
    Customer.update(next_change_at=due - timedelta(seconds=5)).where(
        Customer.id.in_(moved)
    ).execute()
    result = service.advance(stale, clock.now)
    assert sorted(result.changed) == sorted(ids[4:])
    assert {status_of(i) for i in moved} == {PENDING}
    assert {status_of(i) for i in ids[4:]} == {PROVISIONING}
    assert not any(STAGES & set(actions(i)) for i in moved)
