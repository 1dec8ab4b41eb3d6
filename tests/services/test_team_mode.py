"""Several staff on one database: simultaneous submits, who did what, and server outages."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.services import onboarding as onboarding_module
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.services.onboarding import (
    CreationResult,
    OnboardingError,
    OnboardingService,
    PrefixTakenError,
    os_user,
    staff_actor,
)
from reseller_desktop.services.partner_center.port import CreatedCustomer, PartnerCenter
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy
from tests.pg_server import ScratchDatabase


def counts() -> tuple[int, int, int]:
    return Customer.select().count(), Subscription.select().count(), AuditEvent.select().count()


class BothAtOnce:
    """A Partner Center whose create waits until the other staff member's create is ready too:
    both then ask at the same moment (a test double around the simulator)."""

    def __init__(self, port: PartnerCenter, barrier: threading.Barrier) -> None:
        self._port = port
        self._barrier = barrier

    def __getattr__(self, name: str) -> object:
        return getattr(self._port, name)

    def create_customer(self, request: NewCustomerRequest, request_id: str) -> CreatedCustomer:
        self._barrier.wait()
        return self._port.create_customer(request, request_id)


def staff(services: AppServices, name: str, both_ready: threading.Barrier) -> OnboardingService:
    """A second staff member's service on the same database, submitting at the same moment as
    another one."""
    port = BothAtOnce(services.onboarding.port, both_ready)
    return OnboardingService(
        services.catalog,
        port,  # type: ignore[arg-type]
        clock=services.clock,
        actor=name,
    )


def at_once(*submits: Callable[[], CreationResult]) -> list[CreationResult | Exception]:
    """Run the submits in threads (each with its own connection), results in order."""

    def run(submit: Callable[[], CreationResult]) -> CreationResult | Exception:
        try:
            return submit()
        except Exception as exc:
            return exc
        finally:
            database_proxy.close()  # this thread's connection

    with ThreadPoolExecutor(len(submits)) as pool:
        return [f.result(timeout=30) for f in [pool.submit(run, s) for s in submits]]


def test_same_prefix_at_the_same_moment_gives_one_customer(
    services: AppServices, valid_request: NewCustomerRequest
) -> None:
    barrier = threading.Barrier(2, timeout=10)
    alice, bob = staff(services, "alice", barrier), staff(services, "bob", barrier)
    results = at_once(
        lambda: alice.create_customer(valid_request.with_changes(request_id=new_request_id())),
        lambda: bob.create_customer(
            valid_request.with_changes(
                request_id=new_request_id(), domain_prefix="BoulangerieDupont"
            )
        ),
    )

    created = [r for r in results if isinstance(r, CreationResult)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(created) == 1 and len(refused) == 1, results
    assert isinstance(refused[0], PrefixTakenError)
    assert "is already taken" in refused[0].message.render()
    assert "already taken" in refused[0].problems["domain_prefix"].render()
    winner = Customer.get_by_id(created[0].customer.id).created_by
    assert counts() == (1, 1, 2)
    assert {e.actor for e in AuditEvent.select()} == {winner}, "the other wrote nothing"
    assert created[0].credentials.password


def test_same_request_submitted_twice_at_once_is_created_once(
    services: AppServices, valid_request: NewCustomerRequest
) -> None:
    barrier = threading.Barrier(2, timeout=10)
    first, second = staff(services, "alice", barrier), staff(services, "alice", barrier)
    results = at_once(
        lambda: first.create_customer(valid_request),
        lambda: second.create_customer(valid_request),
    )

    assert all(isinstance(r, CreationResult) for r in results), results
    # Both callers get the customer; the one whose call created it has the password.
    outcomes = sorted(results, key=lambda r: r.credentials.password is None)  # type: ignore[union-attr]
    new, again = outcomes  # type: ignore[misc]
    assert new.customer.id == again.customer.id
    assert new.credentials.password and again.credentials.password is None
    assert counts() == (1, 1, 2)


def test_audit_names_the_staff_member(
    services: AppServices, valid_request: NewCustomerRequest, database_url: str | None
) -> None:
    me = os_user()
    expected = me if database_url is None else staff_actor(me, "postgres")
    assert services.onboarding.actor == expected
    customer = services.onboarding.create_customer(valid_request).customer
    assert Customer.get_by_id(customer.id).created_by == expected
    assert {e.actor for e in AuditEvent.select()} == {expected}


def test_staff_actor_combines_os_and_database_users() -> None:
    assert staff_actor("alice", None) == "alice"
    assert staff_actor("alice", "alice") == "alice"
    assert staff_actor("alice", "reseller_alice") == "alice (db: reseller_alice)"
    long = staff_actor("a" * 80, "b" * 60)
    assert len(long) == AuditEvent.actor.max_length and long.startswith("a" * 80 + " (db: ")


def test_submit_while_the_server_is_down_writes_nothing_then_works(
    outage_url: str,
    outage_database: ScratchDatabase,
    data_dir: Path,
    valid_request: NewCustomerRequest,
) -> None:
    services = open_services(data_dir, data_dir / "config", database=outage_url)
    earlier = valid_request.with_changes(domain_prefix="avantpanne", request_id=new_request_id())
    services.onboarding.create_customer(earlier)
    outage_database.server.stop_server()

    with pytest.raises(OnboardingError) as info:
        services.onboarding.create_customer(valid_request)
    text = info.value.message.render()
    assert "database is unavailable" in text and "Nothing was sent to Microsoft" in text
    assert "\n" not in text and info.value.problems == {}

    outage_database.server.resume()
    result = services.onboarding.create_customer(valid_request)
    assert not result.already_existed and result.credentials.password
    assert counts() == (2, 2, 4), "nothing lost, nothing twice"


def test_server_lost_in_the_middle_of_a_submit_leaves_nothing_half_written(
    outage_url: str,
    outage_database: ScratchDatabase,
    data_dir: Path,
    valid_request: NewCustomerRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = open_services(data_dir, data_dir / "config", database=outage_url)
    insert = onboarding_module.insert_new

    def server_stops_first(db, row):  # type: ignore[no-untyped-def]
        if isinstance(row, Subscription):
            outage_database.server.stop_server()  # the customer row is inserted, not committed
        return insert(db, row)

    monkeypatch.setattr(onboarding_module, "insert_new", server_stops_first)
    # Microsoft created the customer; the book could not record it: the password is shown now.
    first = services.onboarding.create_customer(valid_request)
    assert not first.recorded and first.credentials.password
    monkeypatch.undo()

    outage_database.server.resume()
    assert counts() == (0, 0, 0), "nothing half-written"
    result = services.onboarding.create_customer(valid_request)  # the same entries, resubmitted
    assert result.recorded and result.customer.id == first.customer.id
    assert counts() == (1, 1, 2), "recorded once"
