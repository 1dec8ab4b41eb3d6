"""Creating the ready rows, one customer at a time, through the onboarding use case.

Each row goes through ``OnboardingService.create_customer`` (validation, the submission journal,
the port, the book) with its derived request id (``request_ids.py``), on a worker thread; the
window hears about each row on the GUI thread. **Pause** and **Stop** take effect between two
customers: the one in flight always finishes, so there is never half a customer. Throttling
(Partner Center's 429) waits as long as the service asks and tries the same row again; an
unknown outcome is asked again with the same request id a few times, then left "in doubt" to
the journal's resumer.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.services.background import Background
from reseller_desktop.services.bulk_import.checking import (
    ALREADY_CREATED,
    CREATED,
    FAILED,
    IN_DOUBT,
    column_key,
)
from reseller_desktop.services.bulk_import.parsing import build_request
from reseller_desktop.services.bulk_import.request_ids import current_request_id
from reseller_desktop.services.onboarding import (
    OnboardingError,
    OnboardingService,
    OutcomeUnknownError,
    ServiceBusyError,
)
from reseller_desktop.services.partner_center.port import Reseller

log = logging.getLogger(__name__)

DOUBT_RETRY_MS = (1000, 3000, 9000)  # an unknown outcome: ask again (same id), then leave it
MAX_BUSY_WAIT_MS = 60_000


@dataclass(frozen=True)
class RowOutcome:
    """What creating one row did. ``password`` lives in memory only (never logged: no repr)."""

    index: int
    state: str  # CREATED, ALREADY_CREATED, FAILED or IN_DOUBT
    request_id: str = ""
    customer_id: uuid.UUID | None = None
    company: str = ""
    domain: str = ""
    admin_user: str = ""
    password: str | None = field(default=None, repr=False)
    password_lost: bool = False
    message: Message | None = None
    problems: dict[str, Message] = field(default_factory=dict)


class _Busy(Exception):  # noqa: N818 - a signal to the controller, not an error
    def __init__(self, retry_after: float) -> None:
        super().__init__()
        self.retry_after = retry_after


class _Doubt(Exception):  # noqa: N818
    def __init__(self, request_id: str, message: Message) -> None:
        super().__init__()
        self.request_id = request_id
        self.message = message


def create_row(
    onboarding: OnboardingService,
    catalog: Catalog,
    index: int,
    values: dict[str, str],
    resellers: Sequence[Reseller] | None = None,
) -> RowOutcome:
    """Create one row's customer (blocking). Raises _Busy or _Doubt for the controller.
    ``resellers``: an indirect provider's (the row names one), None for a direct partner."""
    prefix = values.get("domain_prefix", "").strip()
    request_id = current_request_id(onboarding.journal, prefix)
    request, problems = build_request(values, catalog, request_id, resellers=resellers)
    if problems:
        return RowOutcome(
            index,
            FAILED,
            request_id,
            message=next(iter(problems.values())),
            problems={column_key(k): v for k, v in problems.items()},
        )
    try:
        result = onboarding.create_customer(request)
    except ServiceBusyError as busy:
        raise _Busy(busy.retry_after) from None
    except OutcomeUnknownError as doubt:
        raise _Doubt(request_id, doubt.message) from None
    except OnboardingError as error:
        return RowOutcome(
            index,
            FAILED,
            request_id,
            company=request.company_name,
            domain=request.domain,
            message=error.message,
            problems={column_key(k): v for k, v in error.problems.items()},
        )
    state = ALREADY_CREATED if result.already_existed else CREATED
    return RowOutcome(
        index,
        state,
        request_id,
        customer_id=result.customer.id,
        company=result.customer.company_name,
        domain=result.customer.domain,
        admin_user=result.credentials.user_name,
        password=result.credentials.password,
        password_lost=result.password_lost,
        message=result.order_problem,
    )


def _failure(index: int, exc: Exception) -> RowOutcome:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return RowOutcome(
        index,
        FAILED,
        message=Message(
            "BulkImport",
            QT_TRANSLATE_NOOP(
                "BulkImport",
                "Not created: {reason}. Press Create again to retry: the same request is "
                "sent, so nothing is created twice.",
            ),
            {"reason": text},
        ),
    )


class BulkRun(QObject):
    """Runs the creation of ``indices`` (see the module's docstring); signals on the GUI thread."""

    row_started = Signal(int)
    row_finished = Signal(object)  # RowOutcome
    progressed = Signal(int, int, float)  # done, total, seconds left (-1: not known yet)
    waiting = Signal(float)  # throttled: seconds until the next try
    paused_changed = Signal(bool)
    finished = Signal(bool)  # True: stopped before the end

    def __init__(
        self,
        onboarding: OnboardingService,
        catalog: Catalog,
        background: Background,
        rows: Sequence[tuple[int, dict[str, str]]],
        *,
        monotonic: Callable[[], float] = time.monotonic,
        doubt_retry_ms: Sequence[int] = DOUBT_RETRY_MS,
        resellers: Sequence[Reseller] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._resellers = None if resellers is None else tuple(resellers)
        self._onboarding = onboarding
        self._catalog = catalog
        self._background = background
        self._rows = list(rows)
        self._monotonic = monotonic
        self._doubt_retry_ms = tuple(doubt_retry_ms)
        self._next = 0
        self._doubts = 0
        self._paused = False
        self._stopping = False
        self._in_flight = False
        self._done = False
        self._started_at = 0.0
        self._spent = 0.0  # seconds of work so far (pauses excluded), for the estimate

    @property
    def total(self) -> int:
        return len(self._rows)

    @property
    def completed(self) -> int:
        return self._next

    def running(self) -> bool:
        return not self._done

    def paused(self) -> bool:
        return self._paused

    def start(self) -> None:
        self.progressed.emit(0, self.total, -1.0)
        self._step()

    def pause(self) -> None:
        if not self._paused and not self._done:
            self._paused = True
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if self._paused and not self._done:
            self._paused = False
            self.paused_changed.emit(False)
            if not self._in_flight:
                self._step()

    def stop(self) -> None:
        """Stop after the customer in flight (or at once when none is)."""
        self._stopping = True
        if not self._in_flight and not self._done:
            self._finish(True)

    def _step(self) -> None:
        if self._done or self._in_flight or self._paused:
            return
        if self._stopping:
            self._finish(True)
            return
        if self._next >= len(self._rows):
            self._finish(False)
            return
        index, values = self._rows[self._next]
        self._in_flight = True
        self._started_at = self._monotonic()
        self.row_started.emit(index)
        onboarding, catalog, resellers = self._onboarding, self._catalog, self._resellers
        self._background.run(
            lambda: create_row(onboarding, catalog, index, dict(values), resellers),
            self._row_done,
            lambda exc: self._row_failed(index, exc),
        )

    def _row_done(self, outcome: RowOutcome) -> None:
        self._in_flight = False
        self._spent += self._monotonic() - self._started_at
        self._doubts = 0
        self._next += 1
        self.row_finished.emit(outcome)
        if self._done:  # stopped by a slot of row_finished
            return
        done = self._next
        left = len(self._rows) - done
        eta = self._spent / done * left if done else -1.0
        self.progressed.emit(done, len(self._rows), eta)
        self._step()

    def _row_failed(self, index: int, exc: Exception) -> None:
        self._in_flight = False
        if isinstance(exc, _Busy):  # slow down, never fail the run
            wait = min(max(exc.retry_after * 1000, 100), MAX_BUSY_WAIT_MS)
            self.waiting.emit(wait / 1000)
            self._later(int(wait))
            return
        if isinstance(exc, _Doubt):
            if self._doubts < len(self._doubt_retry_ms):
                delay = self._doubt_retry_ms[self._doubts]
                self._doubts += 1
                self._later(delay)
                return
            outcome = RowOutcome(index, IN_DOUBT, exc.request_id, message=exc.message)
        else:
            log.warning("Import row failed: %s", type(exc).__name__)
            outcome = _failure(index, exc)
        self._row_done(outcome)

    def _later(self, ms: int) -> None:
        self._in_flight = True  # nothing else starts meanwhile; Stop ends after the wait

        def again() -> None:
            self._in_flight = False
            self._step()

        QTimer.singleShot(ms, self, again)

    def _finish(self, stopped: bool) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(stopped)
