"""Saving the wizard's entries as a draft while the user types, and offering them back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from reseller_desktop.domain.clock import Clock
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.drafts import DraftStore, request_to_draft, restore_request
from reseller_desktop.views.wizard.confirmation_page import local_time_text
from reseller_desktop.views.wizard.field_names import field_name
from reseller_desktop.views.wizard.questions import confirm_restore

log = logging.getLogger(__name__)

DRAFT_NAME = "add_customer"


class DraftKeeper(QObject):
    """Writes the request (never a password: it does not exist before Submit) a moment after
    the last edit, so a crash loses at most that moment."""

    def __init__(
        self, store: DraftStore, clock: Clock, parent: QObject, *, delay_ms: int = 300
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._source: Callable[[], NewCustomerRequest] | None = None
        self._failed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_pending)

    def save_later(self, source: Callable[[], NewCustomerRequest]) -> None:
        self._source = source
        self._timer.start()

    def save_now(self, source: Callable[[], NewCustomerRequest]) -> None:
        self._timer.stop()
        self._source = None
        self._write(source())

    def pending(self) -> bool:
        return self._timer.isActive()

    def _save_pending(self) -> None:
        if self._source is not None:
            source, self._source = self._source, None
            self._write(source())

    def _write(self, request: NewCustomerRequest) -> None:
        try:
            self.store.save(
                DRAFT_NAME, {"request": request_to_draft(request)}, saved_at=self.clock()
            )
            self._failed = False
        except OSError as exc:  # a full or read-only disk must not interrupt typing
            if not self._failed:
                log.warning("Cannot save the wizard's draft: %s", exc.strerror or exc)
            self._failed = True

    def stop(self) -> None:
        """Write what is pending now (closing the wizard) rather than drop it."""
        if self._timer.isActive():
            self._timer.stop()
            self._save_pending()

    def discard(self) -> None:
        self._timer.stop()
        self._source = None
        self.store.discard(DRAFT_NAME)

    def ask_restore(self, parent: QWidget) -> NewCustomerRequest | None:
        """The saved draft if there is one and the user wants it back (else it is deleted)."""
        loaded = self.store.load(DRAFT_NAME)
        if loaded is None:
            return None
        values, saved_at = loaded
        raw = values.get("request")
        # Only values the wizard can take come back (a seat count beyond what a spin box holds
        # would fail every restore); the others are named in the question and left blank.
        request, dropped = restore_request(raw if isinstance(raw, dict) else {})
        if dropped:
            log.warning("Draft values not restored: %s", ", ".join(dropped))
        if not confirm_restore(parent, self._summary(request, saved_at, dropped)):
            self.discard()
            return None
        return request

    def _summary(
        self, request: NewCustomerRequest, saved_at: datetime | None, dropped: list[str]
    ) -> str:
        company = request.company_name.strip() or QCoreApplication.translate(
            "AddCustomerWizard", "(no company name yet)"
        )
        summary = company
        if saved_at is not None:
            summary = QCoreApplication.translate(
                "AddCustomerWizard", "{company}, saved {time}."
            ).format(company=company, time=local_time_text(saved_at))
        if dropped:
            # request_id has no field: a fresh one is used, which needs no word to the user.
            names = sorted({field_name(n) for n in dropped if n != "request_id"})
            if names:
                summary += "\n\n" + QCoreApplication.translate(
                    "AddCustomerWizard",
                    "Some saved entries were not valid and were not restored: {fields}.",
                ).format(fields=", ".join(names))
        return summary
