"""The simulated service's provisioning: moves customers (and their subscriptions) on as Microsoft
would.

The state is data (DESIGN.md §10). ``Customer.next_change_at`` says when a customer is due to move
on; each tick asks the database for what is due (an index on that column), and advances each row
with a conditional UPDATE (``WHERE id = ? AND status = ? AND next_change_at = ?``), a
compare-and-swap: two desktops sharing a database (or a restart) can never advance a customer
twice, and each stage's end is computed from the previous due time, so every desktop computes the
same schedule whenever it ticks.

The simulator keeps this state in the book's own columns (``status``, ``next_change_at``), so every
desktop sharing the store sees the same simulated Microsoft. ``ProvisioningService`` is plain
Python (tests drive it directly); the app polls it through the port (``poll_changes``).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import Database, DatabaseProxy

from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.provisioning import (
    ACTIVE,
    FAILED,
    ORDER_COMPLETED,
    PENDING,
    PROVISIONING,
    SUBSCRIPTION_ACTIVE,
    SUBSCRIPTION_PENDING,
    failure_reason,
    provisioning_fails,
    stage_duration,
)
from reseller_desktop.services.book_writes import (
    audit_row,
    insert_audit_rows,
    resolved,
    write_transaction,
)
from reseller_desktop.services.partner_center.port import Changes
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy

log = logging.getLogger(__name__)

# Audit actions written by the simulator (the history shows them in words).
STARTED = "provisioning_started"
COMPLETED = "provisioning_completed"
FAILED_ACTION = "provisioning_failed"
RETRIED = "provisioning_retried"
SUBSCRIPTION_ACTIVATED = "subscription_activated"
SIMULATOR_ACTOR = "Microsoft (simulated)"
BATCH = 200  # customers advanced per tick at most; more due -> the clock ticks again at once
_CUSTOMER = Customer._meta.table_name
_SUBSCRIPTION = Subscription._meta.table_name


def _key(customer_id: uuid.UUID) -> Any:
    """An id as the store keeps it (SQLite: 32 hex digits; PostgreSQL: a uuid)."""
    return Customer.id.db_value(customer_id)


def _event(customer_id: uuid.UUID, at: datetime, action: str, details: dict[str, Any]) -> tuple:
    return audit_row(customer_id, at, SIMULATOR_ACTOR, action, details)


@dataclass(frozen=True)
class Due:
    id: uuid.UUID
    status: str
    due_at: datetime
    company: str


class ProvisioningService:
    """Advances what is due. ``database`` defaults to the app's store (the proxy)."""

    def __init__(
        self,
        *,
        clock: Clock = utcnow,
        speed: float = 1.0,
        failure_rate: float = 0.0,
        database: Database | DatabaseProxy = database_proxy,
        batch: int = BATCH,
    ) -> None:
        self.clock = clock
        self.speed = speed
        self.failure_rate = failure_rate
        self._database = database
        self.batch = batch

    @property
    def db(self) -> Database:
        return resolved(self._database)

    def _transaction(self) -> Any:
        return write_transaction(self.db)

    def due(self, now: datetime | None = None) -> list[Due]:
        """The customers due to move on at ``now``, earliest first (at most ``batch``)."""
        now = now or self.clock()
        query = (
            Customer.select(
                Customer.id, Customer.status, Customer.next_change_at, Customer.company_name
            )
            .where(Customer.next_change_at.is_null(False), Customer.next_change_at <= now)
            .order_by(Customer.next_change_at)
            .limit(self.batch)
            .tuples()
        )
        return [Due(*row) for row in query.execute(self.db)]

    def tick(self, now: datetime | None = None) -> Changes:
        """Advance every customer that is due; return what changed."""
        now = now or self.clock()
        due = self.due(now)
        result = self.advance(due, now)
        result.more_due = len(due) >= self.batch
        return result

    def advance(self, due: list[Due], now: datetime) -> Changes:
        """Move each of ``due`` on by one step, unless someone else already did.

        Plain SQL in one transaction: one conditional UPDATE per customer (its row count says
        whether we won), then the subscriptions of the activated customers and every audit
        event in one statement each. The query builder would cost more than the database."""
        result = Changes()
        if not due:
            return result
        events: list[tuple[Any, ...]] = []
        activated: list[Due] = []
        with self._transaction():
            for item in due:
                outcome = self._advance_one(item, now, events)
                if outcome is None:
                    continue  # another desktop got there first
                result.changed.append(item.id)
                if outcome == ACTIVE:
                    activated.append(item)
                    if item.status == PROVISIONING:
                        result.activated.append((item.id, item.company))
                elif outcome == FAILED:
                    result.failed.append((item.id, item.company))
            self._activate_subscriptions(activated, now, events)
            insert_audit_rows(self.db, events)
        return result

    def _advance_one(self, item: Due, now: datetime, events: list[tuple[Any, ...]]) -> str | None:
        def audit(action: str, details: dict[str, Any]) -> None:
            events.append(_event(item.id, item.due_at, action, details))

        if item.status == PENDING:
            next_at = item.due_at + stage_duration(item.id, PROVISIONING, self.speed)
            if not self._swap(item, PROVISIONING, next_at, now):
                return None
            audit(STARTED, {"from": PENDING, "to": PROVISIONING})
            return PROVISIONING
        if item.status == PROVISIONING:
            attempt = self._attempt(item.id) if self.failure_rate > 0 else 0
            if provisioning_fails(item.id, self.failure_rate, attempt):
                reason = failure_reason(item.id, attempt)
                if not self._swap(item, FAILED, None, now, reason=reason):
                    return None
                audit(FAILED_ACTION, {"reason": reason})
                return FAILED
            if not self._swap(item, ACTIVE, None, now):
                return None
            audit(COMPLETED, {"from": PROVISIONING, "to": ACTIVE})
            return ACTIVE
        if item.status == ACTIVE:  # subscriptions bought after the customer was active
            return ACTIVE if self._swap(item, ACTIVE, None, now) else None
        # Failed (or unknown) with a due time: nothing to do but clear it.
        self._swap(item, item.status, None, now, reason=None)
        return None

    def _swap(
        self,
        item: Due,
        status: str,
        next_at: datetime | None,
        now: datetime,
        reason: str | None = "",
    ) -> bool:
        """The compare-and-swap: change the row only if it is still as ``item`` saw it.
        ``reason`` None leaves the status reason as it is."""
        p = self.db.param
        reason_sql = f", status_reason = {p}" if reason is not None else ""
        params: list[Any] = [status, next_at, now]
        if reason is not None:
            params.append(reason)
        params += [_key(item.id), item.status, item.due_at]
        cursor = self.db.execute_sql(
            f"UPDATE {_CUSTOMER} SET status = {p}, next_change_at = {p}, updated_at = {p}"
            f"{reason_sql} WHERE id = {p} AND status = {p} AND next_change_at = {p}",
            params,
        )
        return cursor.rowcount == 1

    def _activate_subscriptions(
        self, items: list[Due], now: datetime, events: list[tuple[Any, ...]]
    ) -> None:
        """Every pending subscription of these (now active) customers becomes active."""
        if not items:
            return
        p = self.db.param
        due_at = {item.id: item.due_at for item in items}
        keys = [_key(item.id) for item in items]
        where = f"customer_id IN ({', '.join([p] * len(keys))}) AND status = {p}"
        pending = self.db.execute_sql(
            f"SELECT id, customer_id, offer_name, seats FROM {_SUBSCRIPTION} WHERE {where}",
            [*keys, SUBSCRIPTION_PENDING],
        ).fetchall()
        if not pending:
            return
        self.db.execute_sql(
            f"UPDATE {_SUBSCRIPTION} SET status = {p}, order_status = {p}, updated_at = {p} "
            f"WHERE {where}",
            [SUBSCRIPTION_ACTIVE, ORDER_COMPLETED, now, *keys, SUBSCRIPTION_PENDING],
        )
        for sub_id, customer_id, offer_name, seats in pending:
            customer = uuid.UUID(str(customer_id))
            details = {"subscription": str(uuid.UUID(str(sub_id))), "offer_name": offer_name}
            events.append(
                _event(
                    customer, due_at[customer], SUBSCRIPTION_ACTIVATED, details | {"seats": seats}
                )
            )

    def _attempt(self, customer_id: uuid.UUID) -> int:
        """How many times provisioning was retried (0 on the first attempt)."""
        return (
            AuditEvent.select()
            .where(AuditEvent.customer == customer_id, AuditEvent.action == RETRIED)
            .count(self.db)
        )

    def retry(self, customer_id: uuid.UUID, actor: str) -> bool:
        """Put a failed customer back to pending; False when it is not failed (any more)."""
        now = self.clock()
        next_at = now + stage_duration(customer_id, PENDING, self.speed)
        with self._transaction():
            updated = (
                Customer.update(
                    status=PENDING, status_reason="", next_change_at=next_at, updated_at=now
                )
                .where(Customer.id == customer_id, Customer.status == FAILED)
                .execute(self.db)
            )
            if updated != 1:
                return False
            AuditEvent.insert(
                customer=customer_id, at=now, actor=actor, action=RETRIED, details="{}"
            ).execute(self.db)
        return True
