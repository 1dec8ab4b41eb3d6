"""Creating a customer: validation, the namespace, atomicity, idempotency and the password."""

from __future__ import annotations

import json
import logging
import string
from pathlib import Path

import pytest
from peewee import OperationalError

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.services import onboarding as onboarding_module
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.onboarding import (
    AVAILABLE,
    INVALID,
    TAKEN,
    OnboardingError,
    PrefixTakenError,
)
from reseller_desktop.store.models import AuditEvent, Customer, Subscription


def counts() -> tuple[int, int, int]:
    return Customer.select().count(), Subscription.select().count(), AuditEvent.select().count()


def test_creates_customer_subscription_and_history(
    services: AppServices, valid_request: NewCustomerRequest, clock
) -> None:
    result = services.onboarding.create_customer(valid_request)

    assert not result.already_existed
    customer = Customer.get_by_id(result.customer.id)
    assert customer.company_name == "Boulangerie Dupont SARL"
    assert customer.domain == "boulangeriedupont.onmicrosoft.com"
    assert customer.status == "pending"
    assert customer.next_change_at > clock()
    assert customer.created_at == clock()
    assert customer.created_by == services.onboarding.actor
    subscription = Subscription.get(Subscription.customer == customer)
    assert (subscription.offer_id, subscription.seats, subscription.status) == (
        "CFQ7TTC0LCHC",
        25,
        "pending",
    )
    assert subscription.offer_name == "Microsoft 365 Business Premium"
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert actions == ["customer_created", "subscription_created"]
    assert json.loads(AuditEvent.get(action="subscription_created").details)["seats"] == 25


def test_admin_credentials(services: AppServices, valid_request: NewCustomerRequest) -> None:
    credentials = services.onboarding.create_customer(valid_request).credentials
    assert credentials.user_name == "admin@boulangeriedupont.onmicrosoft.com"
    password = credentials.password
    assert password is not None and len(password) >= 12
    assert any(c in string.ascii_uppercase for c in password)
    assert any(c in string.ascii_lowercase for c in password)
    assert any(c in string.digits for c in password)
    assert any(c in string.punctuation for c in password)
    assert password not in repr(credentials)


def test_same_request_id_returns_the_same_customer_and_writes_nothing(
    services: AppServices, valid_request: NewCustomerRequest
) -> None:
    first = services.onboarding.create_customer(valid_request)
    before = counts()
    again = services.onboarding.create_customer(valid_request)
    assert again.already_existed
    assert again.customer.id == first.customer.id
    assert again.subscription.id == first.subscription.id
    assert again.credentials.password is None and again.credentials.password_shown_before
    assert counts() == before


@pytest.mark.parametrize("prefix", ["contoso", "CONTOSO", "Fabrikam"])
def test_prefix_taken_in_the_microsoft_namespace(
    services: AppServices, valid_request: NewCustomerRequest, prefix: str
) -> None:
    assert services.onboarding.prefix_status(prefix) == TAKEN
    with pytest.raises(PrefixTakenError) as info:
        services.onboarding.create_customer(valid_request.with_changes(domain_prefix=prefix))
    assert f"{prefix}.onmicrosoft.com is already taken" in info.value.message.render()
    assert "domain_prefix" in info.value.problems
    assert counts() == (0, 0, 0)


def test_prefix_is_unique_regardless_of_case(
    services: AppServices, valid_request: NewCustomerRequest
) -> None:
    services.onboarding.create_customer(valid_request)
    assert services.onboarding.prefix_status("BoulangerieDupont") == TAKEN
    assert services.onboarding.prefix_status("boulangerie-dupont") == INVALID
    assert services.onboarding.prefix_status("boulangeriedupont2") == AVAILABLE
    other = NewCustomerRequest(**{**valid_request.__dict__, "request_id": new_request_id()})
    with pytest.raises(PrefixTakenError):
        services.onboarding.create_customer(other.with_changes(domain_prefix="BOULANGERIEDUPONT"))
    assert counts()[0] == 1


def test_prefix_taken_by_a_concurrent_save_is_reported(
    services: AppServices, valid_request: NewCustomerRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.onboarding.create_customer(valid_request)
    before = counts()
    # The other desktop saved between our availability check and our insert.
    monkeypatch.setattr(services.onboarding, "prefix_status", lambda prefix: AVAILABLE)
    with pytest.raises(PrefixTakenError):
        services.onboarding.create_customer(valid_request.with_changes(request_id=new_request_id()))
    assert counts() == before


def test_invalid_request_writes_nothing(
    services: AppServices, valid_request: NewCustomerRequest
) -> None:
    bad = valid_request.with_changes(email="not an address", seats=301)
    with pytest.raises(OnboardingError) as info:
        services.onboarding.create_customer(bad)
    assert {"email", "seats"} <= set(info.value.problems)
    assert counts() == (0, 0, 0)


def test_failure_while_recording_leaves_no_half_customer_and_is_resumed(
    services: AppServices, valid_request: NewCustomerRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert = onboarding_module.insert_new

    def fail(db, row):  # type: ignore[no-untyped-def]
        if isinstance(row, Subscription):  # after the customer row, in the same transaction
            raise OperationalError("disk I/O error")
        return insert(db, row)

    monkeypatch.setattr(onboarding_module, "insert_new", fail)
    result = services.onboarding.create_customer(valid_request)
    # Microsoft created the customer: its one-time password is shown, the book records it later.
    assert not result.recorded and result.credentials.password
    assert counts() == (0, 0, 0), "the customer row was rolled back with the subscription"
    entry = services.journal.get(valid_request.request_id)
    assert entry is not None and entry.state == "ordered" and entry.password_shown
    monkeypatch.undo()

    resumed = services.onboarding.resume(entry)
    assert resumed.recorded and resumed.customer.id == result.customer.id
    assert not resumed.password_lost, "it was shown the first time"
    assert counts() == (1, 1, 2)
    assert services.journal.get(valid_request.request_id).state == "provisioning"


def test_password_is_nowhere_on_disk(
    services: AppServices,
    valid_request: NewCustomerRequest,
    data_dir: Path,
    database_url: str | None,
) -> None:
    handler = logging.FileHandler(data_dir / "test.log", encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        password = services.onboarding.create_customer(valid_request).credentials.password
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    assert password
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "test.log" and p.stat().st_size > 0 for p in files)
    if database_url is None:
        assert any(p.suffix == ".sqlite3" for p in files)
    else:  # the server's files are not ours to read: look through every row it holds instead
        for model in (Customer, Subscription, AuditEvent):
            rows = list(model.select().dicts())
            assert rows and password not in json.dumps(rows, default=str), model.__name__
    for path in files:
        assert password.encode() not in path.read_bytes(), path.name
