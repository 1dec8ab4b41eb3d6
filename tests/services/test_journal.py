"""The submission journal: lost replies, time-outs, throttling, in-doubt commits, crashes and
restarts, on SQLite and PostgreSQL. Nothing is created twice and no password is lost silently."""

from __future__ import annotations

import string
from collections.abc import Iterator

import pytest
from peewee import OperationalError

from reseller_desktop.domain.credentials import LOOK_ALIKES, SYMBOLS
from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices, wire_services
from reseller_desktop.services.onboarding import (
    OnboardingError,
    OutcomeUnknownError,
    ServiceBusyError,
)
from reseller_desktop.services.resumer import SubmissionResumer
from reseller_desktop.store.journal_models import Submission
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy
from tests.conftest import FakeClock
from tests.services.faulty_port import Crash, FaultyPort


def counts() -> tuple[int, int, int]:
    return Customer.select().count(), Subscription.select().count(), AuditEvent.select().count()


def state(request_id: str) -> str:
    return Submission.get_by_id(request_id).state


@pytest.fixture
def port(services: AppServices) -> FaultyPort:
    return FaultyPort(services.partner_center)  # type: ignore[arg-type]


@pytest.fixture
def app(services: AppServices, port: FaultyPort, clock: FakeClock) -> AppServices:
    """The services around the faulty Partner Center."""
    return wire_services(services.catalog, port, services.data_dir, clock=clock)  # type: ignore[arg-type]


def test_the_journal_records_the_submission_before_microsoft_is_asked(
    app: AppServices, port: FaultyPort, valid_request: NewCustomerRequest
) -> None:
    port.arm("create_customer", "crash_before")
    with pytest.raises(Crash):
        app.onboarding.create_customer(valid_request)
    entry = app.journal.get(valid_request.request_id)
    assert entry is not None and entry.state == "submitting"
    assert entry.request() == valid_request, "what was asked, to resume it"
    row = Submission.get_by_id(valid_request.request_id)
    assert "password" not in row.payload.lower()


def test_a_lost_reply_is_unknown_then_the_retry_finds_the_customer_and_offers_a_reset(
    app: AppServices, port: FaultyPort, valid_request: NewCustomerRequest
) -> None:
    port.arm("create_customer", "lose_reply")
    with pytest.raises(OutcomeUnknownError) as info:
        app.onboarding.create_customer(valid_request)
    text = info.value.message.render()
    assert text.startswith("Outcome unknown") and "Nothing was" not in text
    assert state(valid_request.request_id) == "in_doubt"
    assert counts() == (0, 0, 0)

    again = app.onboarding.create_customer(valid_request)  # the same request id
    assert again.recorded and not again.already_existed
    assert again.credentials.password is None and again.password_lost
    assert len(port.customer_ids()) == 1 and counts() == (1, 1, 2), "one customer"
    assert state(valid_request.request_id) == "provisioning"

    new = app.onboarding.reset_admin_password(again.customer.id)
    assert new.user_name == "admin@boulangeriedupont.onmicrosoft.com" and new.password
    assert not app.onboarding.password_lost(again.customer.id)
    history = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert history[-1] == "admin_password_reset"
    assert new.password not in AuditEvent.get(action="admin_password_reset").details


def test_a_time_out_before_microsoft_acted_creates_once_on_retry(
    app: AppServices, port: FaultyPort, valid_request: NewCustomerRequest
) -> None:
    port.arm("create_customer", "time_out")
    with pytest.raises(OutcomeUnknownError):
        app.onboarding.create_customer(valid_request)
    result = app.onboarding.create_customer(valid_request)
    assert result.credentials.password and not result.password_lost, "created by the retry"
    assert counts() == (1, 1, 2)


def test_throttling_says_microsoft_is_busy_and_nothing_was_created(
    app: AppServices, port: FaultyPort, valid_request: NewCustomerRequest
) -> None:
    port.arm("create_customer", "busy", 7.0)
    with pytest.raises(ServiceBusyError) as info:
        app.onboarding.create_customer(valid_request)
    assert info.value.retry_after == 7.0
    assert (
        "Microsoft is busy" in info.value.message.render() and "7 s" in info.value.message.render()
    )
    assert counts() == (0, 0, 0) and not port.customer_ids()
    assert app.onboarding.create_customer(valid_request).credentials.password
    assert counts() == (1, 1, 2)


def test_a_refusal_names_the_field_microsoft_blames(
    app: AppServices, port: FaultyPort, valid_request: NewCustomerRequest
) -> None:
    port.arm("create_customer", "refuse", ("600051", "Phone number is required."))
    with pytest.raises(OnboardingError) as info:
        app.onboarding.create_customer(valid_request)
    assert set(info.value.problems) == {"phone"}
    assert "Phone number is required. (code 600051)" in info.value.message.render()
    entry = app.journal.get(valid_request.request_id)
    assert entry is not None and (entry.state, entry.error_code) == ("failed", "600051")


def test_an_order_refused_after_the_customer_exists_keeps_the_password(
    app: AppServices, port: FaultyPort, valid_request: NewCustomerRequest
) -> None:
    port.arm("place_order", "refuse", ("800070", "The offer is not available in FR."))
    result = app.onboarding.create_customer(valid_request)
    assert result.credentials.password, "the tenant exists: its password is shown"
    assert result.subscription is None and result.order_problem is not None
    assert "800070" in result.order_problem.render()
    assert counts() == (1, 0, 1)


@pytest.fixture
def commit_fails_after_success(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Arm to make the next commit happen, then raise as if the reply was lost."""
    armed: list[bool] = []
    db = database_proxy.obj
    commit = db.commit

    def commit_then_fail() -> None:
        commit()
        if armed:
            armed.pop()
            raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(db, "commit", commit_then_fail)
    yield armed


def test_an_in_doubt_commit_at_microsoft_is_unknown_then_resolved_without_a_duplicate(
    app: AppServices,
    port: FaultyPort,
    valid_request: NewCustomerRequest,
    commit_fails_after_success: list[bool],
) -> None:
    real_create = port.real.create_customer

    calls: list[str] = []

    def create(request: NewCustomerRequest, request_id: str):  # type: ignore[no-untyped-def]
        if not calls:
            commit_fails_after_success.append(True)  # the simulated service's own commit
        calls.append(request_id)
        return real_create(request, request_id)

    port.real.create_customer = create  # type: ignore[method-assign]
    with pytest.raises(OutcomeUnknownError):
        app.onboarding.create_customer(valid_request)
    assert len(port.customer_ids()) == 1, "the commit did happen"
    assert state(valid_request.request_id) == "in_doubt"

    retry = app.onboarding.create_customer(valid_request)
    assert retry.password_lost and retry.credentials.password is None
    assert counts() == (1, 1, 2) and len(port.customer_ids()) == 1
    assert app.onboarding.reset_admin_password(retry.customer.id).password


def test_an_in_doubt_commit_of_the_book_keeps_the_password(
    app: AppServices,
    port: FaultyPort,
    valid_request: NewCustomerRequest,
    monkeypatch: pytest.MonkeyPatch,
    commit_fails_after_success: list[bool],
) -> None:
    record = app.onboarding._record

    def record_in_doubt(*args, **kwargs):  # type: ignore[no-untyped-def]
        commit_fails_after_success.append(True)
        return record(*args, **kwargs)

    monkeypatch.setattr(app.onboarding, "_record", record_in_doubt)
    result = app.onboarding.create_customer(valid_request)
    assert result.recorded and result.credentials.password, "found again: the password stays"
    assert not result.password_lost
    assert counts() == (1, 1, 2)


def test_restart_resumes_every_unfinished_state(
    qtbot,  # type: ignore[no-untyped-def]
    app: AppServices,
    port: FaultyPort,
    valid_request: NewCustomerRequest,
    clock: FakeClock,
) -> None:
    """Kill the app at each step, then start it again: each submission ends where it should."""
    requests = {
        name: valid_request.with_changes(
            domain_prefix=f"boulangerie{name}", request_id=new_request_id()
        )
        for name in ("submitting", "created", "ordered", "indoubt", "orderlost", "failed", "done")
    }
    port.arm("create_customer", "crash")  # created at Microsoft, then the app died
    with pytest.raises(Crash):
        app.onboarding.create_customer(requests["submitting"])
    port.arm("place_order", "crash_before")
    with pytest.raises(Crash):
        app.onboarding.create_customer(requests["created"])
    port.arm("place_order", "crash")
    with pytest.raises(Crash):
        app.onboarding.create_customer(requests["ordered"])
    port.arm("create_customer", "lose_reply")
    with pytest.raises(OutcomeUnknownError):
        app.onboarding.create_customer(requests["indoubt"])
    port.arm("create_customer", "refuse", ("600050", "Registration number invalid."))
    with pytest.raises(OnboardingError):
        app.onboarding.create_customer(requests["failed"])
    app.onboarding.create_customer(requests["done"])
    port.arm("place_order", "lose_reply")  # the customer is recorded, its order in doubt
    in_doubt_order = app.onboarding.create_customer(requests["orderlost"])
    assert in_doubt_order.credentials.password and in_doubt_order.subscription is None
    assert in_doubt_order.order_problem is not None
    states = {name: state(r.request_id) for name, r in requests.items()}
    assert states == {
        # a crash before the journal heard of Microsoft's answers: both are replayed
        "submitting": "submitting",
        "created": "submitting",
        "ordered": "submitting",
        "indoubt": "in_doubt",
        "orderlost": "in_doubt",
        "failed": "failed",
        "done": "provisioning",
    }
    assert counts()[:2] == (2, 1)

    clock.advance(minutes=5)  # the next start, later
    restarted = wire_services(app.catalog, port.real, app.data_dir, clock=clock)
    resumer = SubmissionResumer(restarted.onboarding, Background())
    with qtbot.waitSignal(resumer.resumed, timeout=5000) as resumed:
        resumer.resume_in_background()
    assert len(resumed.args[0]) == 5
    states = {name: state(r.request_id) for name, r in requests.items()}
    assert states == {
        "submitting": "provisioning",
        "created": "provisioning",
        "ordered": "provisioning",
        "indoubt": "provisioning",
        "orderlost": "provisioning",
        "failed": "failed",
        "done": "provisioning",
    }
    assert counts()[:2] == (6, 6), "each once, with its subscription"
    assert len(port.customer_ids()) == 6
    lost_order = Customer.get(Customer.request_id == requests["orderlost"].request_id)
    assert (lost_order.offer_summary, lost_order.total_seats) == (
        "Microsoft 365 Business Premium",
        25,
    )
    for name in ("submitting", "created", "ordered", "indoubt"):
        customer = Customer.get(Customer.request_id == requests[name].request_id)
        assert restarted.onboarding.password_lost(customer.id), f"{name}: reset offered"
    assert resumer.resume_all() == [], "nothing left to do"


def test_a_fresh_submission_of_another_desktop_is_left_alone(
    app: AppServices, port: FaultyPort, valid_request: NewCustomerRequest
) -> None:
    port.arm("create_customer", "crash")
    with pytest.raises(Crash):
        app.onboarding.create_customer(valid_request)
    resumer = SubmissionResumer(app.onboarding, Background())
    assert resumer.resume_all() == [], "maybe still running elsewhere: not yet"


def test_the_simulator_s_passwords_are_readable() -> None:
    from reseller_desktop.domain.credentials import temporary_password

    for _ in range(300):
        password = temporary_password()
        assert len(password) == 16 and password[0] in string.ascii_letters
        assert not LOOK_ALIKES & set(password)
        assert set(password) & set(SYMBOLS) and set(password) & set(string.digits)
        assert set(password) & set(string.ascii_uppercase)
        assert set(password) & set(string.ascii_lowercase)


def test_request_ids_must_be_uuids(app: AppServices, valid_request: NewCustomerRequest) -> None:
    for bad in ("", "abc", "\0" + new_request_id(), "1" * 65, new_request_id() + "\0"):
        with pytest.raises(OnboardingError) as info:
            app.onboarding.create_customer(valid_request.with_changes(request_id=bad))
        assert set(info.value.problems) == {"request_id"}
        assert "must be a UUID" in info.value.message.render()
    assert counts() == (0, 0, 0) and Submission.select().count() == 0
