"""The import's run: throttling slows it down, an unknown outcome is asked again with the same
request id, Pause holds between two customers, and nothing is ever created twice."""

from __future__ import annotations

import pytest

from reseller_desktop.services.background import Background
from reseller_desktop.services.bulk_import.checking import CREATED
from reseller_desktop.services.bulk_import.run import BulkRun, RowOutcome
from reseller_desktop.services.bulk_import.template import EXAMPLE
from reseller_desktop.services.context import AppServices, wire_services
from reseller_desktop.store.models import Customer
from tests.conftest import FakeClock
from tests.services.faulty_port import FaultyPort


@pytest.fixture
def database_url() -> str | None:
    return None  # the run's logic; the onboarding tests cover PostgreSQL


@pytest.fixture
def port(services: AppServices) -> FaultyPort:
    return FaultyPort(services.partner_center)  # type: ignore[arg-type]


@pytest.fixture
def app(services: AppServices, port: FaultyPort, clock: FakeClock) -> AppServices:
    return wire_services(services.catalog, port, services.data_dir, clock=clock)  # type: ignore[arg-type]


def rows(count: int) -> list[tuple[int, dict[str, str]]]:
    return [
        (i, dict(EXAMPLE, domain_prefix=f"batch{i}", company_name=f"Batch {i}"))
        for i in range(count)
    ]


def make_run(app: AppServices, count: int) -> tuple[BulkRun, list[RowOutcome]]:
    run = BulkRun(
        app.onboarding, app.catalog, Background(threads=1), rows(count), doubt_retry_ms=(0, 0, 0)
    )
    outcomes: list[RowOutcome] = []
    run.row_finished.connect(outcomes.append)
    return run, outcomes


def test_throttling_and_lost_replies_slow_the_run_down_without_duplicates(
    qtbot, app: AppServices, port: FaultyPort
) -> None:
    port.arm("create_customer", "busy", 0.05)
    port.arm("create_customer", "lose_reply")  # created, but the answer is lost: asked again
    run, outcomes = make_run(app, 3)
    waits: list[float] = []
    run.waiting.connect(waits.append)
    with qtbot.waitSignal(run.finished, timeout=20_000) as finished:
        run.start()
    assert finished.args == [False]
    assert waits == [pytest.approx(0.1)]
    assert [o.state for o in outcomes] == [CREATED, CREATED, CREATED]
    # The lost reply's password never reached the user: the row says so (reset offered).
    assert outcomes[0].password is None and outcomes[0].password_lost
    assert all(o.password for o in outcomes[1:])
    assert Customer.select().count() == 3


def test_pause_holds_between_two_customers_and_resume_goes_on(qtbot, app: AppServices) -> None:
    run, outcomes = make_run(app, 3)

    def pause_after_first(_outcome: RowOutcome) -> None:
        run.row_finished.disconnect(pause_after_first)
        run.pause()

    run.row_finished.connect(pause_after_first)
    with qtbot.waitSignal(run.paused_changed, timeout=10_000):
        run.start()
    qtbot.waitUntil(lambda: len(outcomes) == 1)
    assert run.paused() and run.running()
    assert Customer.select().count() == 1  # nothing goes on while paused
    with qtbot.waitSignal(run.finished, timeout=10_000):
        run.resume()
    assert len(outcomes) == 3 and Customer.select().count() == 3
