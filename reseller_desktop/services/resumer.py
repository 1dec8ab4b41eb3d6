"""Carries on with journaled submissions that did not finish: at start, and when the store
answers again after an outage. Each is retried with its own request id, so Microsoft answers the
first result and nothing is created twice."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from peewee import PeeweeException
from PySide6.QtCore import QObject, Signal

from reseller_desktop.services.background import Background

if TYPE_CHECKING:  # loaded at the first resume (after the first paint)
    from reseller_desktop.services.onboarding import OnboardingService

log = logging.getLogger(__name__)

# A submission still "submitting" this long after its last attempt was cut off (a crash, a
# restart): younger ones may be running right now on another desktop.
STALE_AFTER = timedelta(minutes=2)


class SubmissionResumer(QObject):
    resumed = Signal(list)  # ids of the customers that resuming recorded in the book

    def __init__(
        self,
        onboarding: OnboardingService | Callable[[], OnboardingService],
        background: Background,
        *,
        stale_after: timedelta = STALE_AFTER,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Or what makes it at the first resume (start-up's: its modules load after the paint).
        self._onboarding = onboarding
        self.background = background
        self.stale_after = stale_after
        self._running = False

    @property
    def onboarding(self) -> OnboardingService:
        if callable(self._onboarding):
            self._onboarding = self._onboarding()
        return self._onboarding

    def resume_all(self) -> list[uuid.UUID]:
        """Resume now, on this thread; return the customers recorded."""
        from reseller_desktop.services.journal import IN_DOUBT
        from reseller_desktop.services.onboarding import OnboardingError

        onboarding = self.onboarding
        now = onboarding.clock()
        recorded: list[uuid.UUID] = []
        for entry in onboarding.journal.unfinished():
            if entry.state != IN_DOUBT and entry.updated_at > now - self.stale_after:
                continue
            try:
                result = onboarding.resume(entry)
            except OnboardingError as exc:  # refused, or still in doubt: the journal says so
                log.info("Submission %s not resumed yet: %s", entry.request_id, exc)
                continue
            except PeeweeException:  # the store went away again: next time
                break
            if result.recorded:
                recorded.append(result.customer.id)
        # First orders held for an agreement the book now says is accepted.
        with contextlib.suppress(PeeweeException):  # the store went away again: next time
            recorded += onboarding.place_held_orders()
        return recorded

    def resume_in_background(self) -> None:
        if self._running:
            return
        self._running = True
        _ = self.onboarding  # made here, on the GUI thread, not on the worker
        self.background.run(self.resume_all, self._done, self._failed)

    def _done(self, recorded: list[uuid.UUID]) -> None:
        self._running = False
        if recorded:
            log.info("Resumed %d submission(s)", len(recorded))
            self.resumed.emit(recorded)

    def _failed(self, error: Exception) -> None:
        self._running = False
        log.warning("Resuming submissions failed: %s", error)
