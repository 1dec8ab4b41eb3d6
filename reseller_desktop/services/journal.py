"""The submission journal: every remote create is recorded before it is attempted.

States (plain strings in the store):

    submitting -> created -> ordered -> provisioning -> active
                      \\-> awaiting_agreement -> provisioning   (the first order is held until
                                                     the customer accepts the agreement)
                                 \\-> failed          (Partner Center refused: nothing to retry)
    any state before provisioning  -> in_doubt  (timeout, lost reply, crash: retried with the
                                                 same request id, which answers the first result)

``provisioning`` means the book has recorded the customer. The journal never holds a password;
``password_shown`` says whether the first reply's password reached the user's screen, so a
customer whose password was lost in transit can be offered a reset.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from peewee import Database, DatabaseProxy, Field

from reseller_desktop.domain.agreement import ACCEPTED
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.store.journal_models import Submission
from reseller_desktop.store.models import Customer, database_proxy
from reseller_desktop.store.statements import insert_or_ignore, update_where

SUBMITTING = "submitting"
CREATED = "created"
ORDERED = "ordered"
PROVISIONING = "provisioning"
ACTIVE = "active"
FAILED = "failed"
IN_DOUBT = "in_doubt"
AWAITING_AGREEMENT = "awaiting_agreement"
# Submissions the app must carry on with (at once when the connection is back, and at start).
UNFINISHED = (SUBMITTING, CREATED, ORDERED, IN_DOUBT)


@dataclass(frozen=True)
class JournalEntry:
    request_id: str
    state: str
    customer_id: uuid.UUID | None
    payload: dict[str, Any]
    error_code: str
    error_text: str
    attempts: int
    password_shown: bool
    updated_at: datetime

    def request(self) -> NewCustomerRequest:
        """The request as it was submitted."""
        values = dict(self.payload)
        if values.get("mca_date"):
            values["mca_date"] = date.fromisoformat(values["mca_date"])
        known = set(NewCustomerRequest.field_names())
        return NewCustomerRequest(**{k: v for k, v in values.items() if k in known})


def request_payload(request: NewCustomerRequest) -> str:
    """What was asked, as JSON for the journal (the request has no secret by design)."""
    return json.dumps(asdict(request), ensure_ascii=False, default=str)


def _entry(row: Submission) -> JournalEntry:
    customer = row.customer_id
    return JournalEntry(
        request_id=row.request_id,
        state=row.state,
        customer_id=customer
        if customer is None or isinstance(customer, uuid.UUID)
        else uuid.UUID(str(customer)),
        payload=json.loads(row.payload or "{}"),
        error_code=row.error_code,
        error_text=row.error_text,
        attempts=row.attempts,
        password_shown=bool(row.password_shown),
        updated_at=row.updated_at,
    )


class SubmissionJournal:
    """Reads and writes the journal (the store must be open). Each write is its own commit."""

    def __init__(
        self, *, clock: Clock = utcnow, database: Database | DatabaseProxy = database_proxy
    ) -> None:
        self.clock = clock
        self._database = database

    def _db(self) -> Database:
        db = self._database
        return db.obj if isinstance(db, DatabaseProxy) else db

    def begin(self, request: NewCustomerRequest, actor: str = "") -> JournalEntry:
        """Record the submission (or count one more attempt of a known one) and return it."""
        now = self.clock()
        payload = request_payload(request)
        values: dict[Field, Any] = {
            Submission.request_id: request.request_id,
            Submission.kind: "customer",
            Submission.state: SUBMITTING,
            Submission.payload: payload,
            Submission.attempts: 1,
            Submission.created_at: now,
            Submission.updated_at: now,
            Submission.actor: actor[: Submission.actor.max_length],
        }
        if insert_or_ignore(self._db(), Submission, values) == 1:  # new: one statement, one commit
            return JournalEntry(
                request.request_id, SUBMITTING, None, json.loads(payload), "", "", 1, False, now
            )
        Submission.update(attempts=Submission.attempts + 1, updated_at=now).where(
            Submission.request_id == request.request_id
        ).execute()
        entry = self.get(request.request_id)
        assert entry is not None
        return entry

    def get(self, request_id: str) -> JournalEntry | None:
        row = Submission.get_or_none(Submission.request_id == request_id)
        return _entry(row) if row is not None else None

    def of_customer(self, customer_id: uuid.UUID) -> JournalEntry | None:
        row = Submission.get_or_none(Submission.customer_id == customer_id)
        return _entry(row) if row is not None else None

    def mark(
        self,
        request_id: str,
        state: str,
        *,
        customer_id: uuid.UUID | None = None,
        error_code: str = "",
        error_text: str = "",
    ) -> None:
        values: dict[Any, Any] = {
            Submission.state: state,
            Submission.updated_at: self.clock(),
            Submission.error_code: error_code[: Submission.error_code.max_length],
            Submission.error_text: error_text,
        }
        if customer_id is not None:
            values[Submission.customer_id] = customer_id
        # Never move a finished submission back.
        finished = (Submission.state, (PROVISIONING, ACTIVE)) if state != ACTIVE else None
        update_where(
            self._db(), Submission, values, Submission.request_id, request_id, not_in=finished
        )

    def mark_recorded(
        self,
        request_id: str,
        customer_id: uuid.UUID,
        password_shown: bool,
        *,
        order_in_doubt: bool = False,
        order_held: bool = False,
    ) -> None:
        """The book recorded the customer (call inside the transaction that records it); an
        order still in doubt keeps the submission unfinished, to be resumed; a held order waits
        for the customer's acceptance of the agreement."""
        state = IN_DOUBT if order_in_doubt else AWAITING_AGREEMENT if order_held else PROVISIONING
        values: dict[Any, Any] = {
            Submission.state: state,
            Submission.customer_id: customer_id,
            Submission.updated_at: self.clock(),
            Submission.error_code: "order" if order_in_doubt else "",
        }
        if password_shown:
            values[Submission.password_shown] = 1
        Submission.update(values).where(Submission.request_id == request_id).execute()

    def mark_password_shown(self, request_id: str) -> None:
        Submission.update(password_shown=1).where(Submission.request_id == request_id).execute()

    def mark_active(self, customer_ids: list[uuid.UUID]) -> None:
        if customer_ids:
            Submission.update(state=ACTIVE, updated_at=self.clock()).where(
                Submission.customer_id.in_(customer_ids), Submission.state == PROVISIONING
            ).execute()

    def held_and_accepted(
        self, customer_ids: list[uuid.UUID] | None = None, limit: int = 100
    ) -> list[JournalEntry]:
        """Submissions whose first order is held while the book says the customer accepted the
        agreement: the orders to place now."""
        query = (
            Submission.select()
            .join(Customer, on=(Submission.customer_id == Customer.id))
            .where(Submission.state == AWAITING_AGREEMENT, Customer.agreement_status == ACCEPTED)
        )
        if customer_ids is not None:
            if not customer_ids:
                return []
            query = query.where(Submission.customer_id.in_(customer_ids))
        rows = query.order_by(Submission.created_at).limit(limit)
        return [_entry(row) for row in rows]

    def unfinished(self, limit: int = 100) -> list[JournalEntry]:
        rows = (
            Submission.select()
            .where(Submission.state.in_(UNFINISHED))
            .order_by(Submission.created_at)
            .limit(limit)
        )
        return [_entry(row) for row in rows]
