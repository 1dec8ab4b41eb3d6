"""The simulated service's provisioning: moves customers (and their subscriptions) on as Microsoft
would.

The state is data (DESIGN.md §10). ``Customer.next_change_at`` says when a customer is due to move
on; each tick asks the database for what is due (an index on that column) and advances a batch of
rows in one write transaction: it reads them again there (SQLite: under the write lock, BEGIN
IMMEDIATE; PostgreSQL: ``FOR UPDATE SKIP LOCKED``, in id order) and keeps only those still as it
saw them, a compare-and-swap: two desktops sharing a database (or a restart) can never advance a
customer twice. The winners are written with one statement (SQLite: executemany of one prepared
UPDATE, PostgreSQL: one UPDATE from arrays), their audit events with multi-row INSERTs. Each
stage's end is computed from the previous due time, so every desktop computes the same schedule
whenever it ticks; a customer overdue for several stages (after a weekend) goes through all of them
in one write, each stage audited at its own time.

A tick advances batches until nothing is due or its time budget is spent, then says ``more_due``
(the clock polls again at once): a backlog is caught up in steps that each stay short. On SQLite a
backlog's batch is picked in table order (``due_query``), which makes its commit a third as big.
On PostgreSQL a full batch (a backlog) has ``CONNECTIONS - 1`` more advanced alongside it, each on
a connection of its own: a batch waits on the server writing every row's index entries, one core
per connection, and the row locks (``SKIP LOCKED``) give each connection rows of its own.

The simulator keeps this state in the book's own columns (``status``, ``next_change_at``), so every
desktop sharing the store sees the same simulated Microsoft. ``ProvisioningService`` is plain
Python (tests drive it directly); the app polls it through the port (``poll_changes``).
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import SQL, Database, DatabaseProxy, SqliteDatabase, fn

from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.provisioning import (
    ACTIVE,
    COMPLETED,
    FAILED,
    FAILED_ACTION,
    ORDER_COMPLETED,
    PENDING,
    PROVISIONING,
    RETRIED,
    SIMULATOR_ACTOR,
    STARTED,
    SUBSCRIPTION_ACTIVATED,
    SUBSCRIPTION_ACTIVE,
    SUBSCRIPTION_PENDING,
    failure_reason,
    provisioning_fails,
    stage_duration,
)
from reseller_desktop.services.book_writes import (
    audit_row,
    insert_audit_rows,
    own_writes,
    resolved,
    write_transaction,
)
from reseller_desktop.services.connection_thread import ConnectionThread
from reseller_desktop.services.partner_center.port import Changes
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy

log = logging.getLogger(__name__)

BATCH = 2000  # customers advanced per write transaction
DUE_WINDOW = 25  # SQLite: a batch is picked in table order among this many batches due first
BUDGET_S = 0.15  # a tick starts no new batch after this long; more due -> the clock ticks again
WRITER_CACHE_KIB = 65536  # SQLite page cache of the connection that ticks
# PostgreSQL: connections advancing a backlog at once (100,000 overdue in 1M: 43.5 -> 27.7 s).
CONNECTIONS = 2
_CUSTOMER = Customer._meta.table_name
_SUBSCRIPTION = Subscription._meta.table_name
_IN_CHUNK = 500  # ids per IN (...) list


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


@dataclass
class _Move:
    """What one due customer becomes in this tick."""

    item: Due
    status: str
    next_at: datetime | None
    reason: str | None  # None: leave the status reason as it is
    outcome: str | None  # PROVISIONING, ACTIVE or FAILED; None: only its due time is cleared
    active_at: datetime | None = None  # when it became active (its subscriptions' events)


def _add(result: Changes, part: Changes) -> None:
    result.changed += part.changed
    result.activated += part.activated
    result.failed += part.failed


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
        budget_s: float = BUDGET_S,
        connections: int = CONNECTIONS,
    ) -> None:
        self.clock = clock
        self.speed = speed
        self.failure_rate = failure_rate
        self._database = database
        self.batch = batch
        self.budget_s = budget_s
        self.connections = connections

    @property
    def db(self) -> Database:
        return resolved(self._database)

    def _transaction(self) -> Any:
        return write_transaction(self.db)

    def due(self, now: datetime | None = None, *, lock: bool = False) -> list[Due]:
        """The customers due to move on at ``now`` (at most ``batch``, see ``due_query``).
        ``lock`` (inside a write transaction): PostgreSQL locks them, skipping those another
        desktop holds; SQLite's write lock is already held."""
        query = self.due_query(now or self.clock())
        if lock and not isinstance(self.db, SqliteDatabase):
            query = query.for_update(skip_locked=True)
        return [Due(*row) for row in query.tuples().execute(self.db)]

    def due_query(self, now: datetime) -> Any:
        """What is due at ``now``, found through the due index. PostgreSQL: earliest first.
        SQLite: of the earliest ``DUE_WINDOW`` batches' worth, the first in the table's order
        (rowid): a backlog's batch then holds rows, subscriptions and status index entries that
        share pages, and its commit writes a third of what due-time order made it write (100,000
        overdue in a million: 620 -> 200 ms a batch of 2,000). The window keeps the sort to what
        the due index hands over, however big the backlog. Each row's stages are computed from
        its own due time, so the order changes only which rows of a backlog come first."""
        columns = (Customer.id, Customer.status, Customer.next_change_at, Customer.company_name)
        earliest = (
            Customer.select(*columns)
            .where(Customer.next_change_at.is_null(False), Customer.next_change_at <= now)
            .order_by(Customer.next_change_at)
        )
        if not isinstance(self.db, SqliteDatabase):
            return earliest.limit(self.batch)
        window = earliest.select(SQL("rowid")).limit(self.batch * DUE_WINDOW)
        return (
            Customer.select(*columns)
            .where(SQL("rowid").in_(window))
            .order_by(SQL("rowid"))
            .limit(self.batch)
        )

    def tick(self, now: datetime | None = None) -> Changes:
        """Advance what is due, a batch at a time, until none is or the budget is spent. Each
        batch is read and written in one write transaction: what it reads is current."""
        now = now or self.clock()
        result = Changes()
        started = time.monotonic()
        if isinstance(self.db, SqliteDatabase):
            # A batch dirties some 16,000 pages of a large book (each customer's row, its
            # subscription, their index entries): with SQLite's 2 MB default cache they are read
            # again and spilled while the batch runs (a 10th of a catch-up's time). This
            # connection is the clock's, on its worker: the memory is the writer's alone.
            self.db.execute_sql(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        while True:
            alongside: list[ConnectionThread[tuple[bool, Changes]]] = []
            try:
                with self._transaction():
                    due = self.due(now, lock=True)
                    full = len(due) >= self.batch
                    if full and not isinstance(self.db, SqliteDatabase):
                        # Started once this batch's rows are locked: theirs are the next ones.
                        alongside = [
                            ConnectionThread(self.db, lambda: self._one_batch(now), "provisioning")
                            for _ in range(self.connections - 1)
                        ]
                        for other in alongside:
                            other.start()
                    part = self._advance_current(due, now)
            finally:
                for other in alongside:
                    other.join()
            _add(result, part)
            for other in alongside:
                if not other.result:
                    log.warning("A batch advanced alongside failed: %s", other.error)
                    continue  # its customers are still due: the next tick takes them
                more, advanced = other.result[0]
                _add(result, advanced)
                full = full and more
            result.more_due = full
            if not full or time.monotonic() - started >= self.budget_s:
                return result

    def _one_batch(self, now: datetime) -> tuple[bool, Changes]:
        """One batch in a write transaction of this thread's connection; whether it was full."""
        with self._transaction():
            due = self.due(now, lock=True)
            return len(due) >= self.batch, self._advance_current(due, now)

    def advance(self, due: list[Due], now: datetime) -> Changes:
        """Move each of ``due`` (read earlier) on, through every stage that ended by ``now``,
        unless someone else already moved it (see the module's docstring)."""
        if not due:
            return Changes()
        with self._transaction():
            return self._advance_current(self._unchanged(due), now)

    def _advance_current(self, due: list[Due], now: datetime) -> Changes:
        """Advance ``due``, read in this write transaction (current, and locked)."""
        result = Changes()
        if not due:
            return result
        events: list[tuple[Any, ...]] = []
        attempts = self._attempts([i.id for i in due if i.status in (PENDING, PROVISIONING)])
        moves = [self._plan(item, now, attempts.get(item.id, 0), events) for item in due]
        self._write(moves, now)
        own_writes(self.db).note(self.db, now)
        activated = [m for m in moves if m.outcome == ACTIVE]
        self._activate_subscriptions(activated, now, events)
        insert_audit_rows(self.db, events)
        for move in moves:
            item = move.item
            if move.outcome is None:
                continue
            result.changed.append(item.id)
            if move.outcome == ACTIVE and item.status in (PENDING, PROVISIONING):
                result.activated.append((item.id, item.company))
            elif move.outcome == FAILED:
                result.failed.append((item.id, item.company))
        return result

    def _unchanged(self, due: list[Due]) -> list[Due]:
        """Those of ``due`` still as they were read, locked for this transaction (SQLite: the
        write lock is held; PostgreSQL: row locks in id order, rows another desktop holds are
        skipped: it is advancing them)."""
        postgres = not isinstance(self.db, SqliteDatabase)
        current: dict[uuid.UUID, tuple[str, datetime]] = {}
        ids = sorted(item.id for item in due)
        for start in range(0, len(ids), _IN_CHUNK):
            query = (
                Customer.select(Customer.id, Customer.status, Customer.next_change_at)
                .where(Customer.id.in_(ids[start : start + _IN_CHUNK]))
                .order_by(Customer.id)
            )
            if postgres:
                query = query.for_update(skip_locked=True)
            for customer_id, status, next_at in query.tuples().execute(self.db):
                current[customer_id] = (status, next_at)
        return [item for item in due if current.get(item.id) == (item.status, item.due_at)]

    def _plan(self, item: Due, now: datetime, attempt: int, events: list[tuple[Any, ...]]) -> _Move:
        """Where ``item`` ends at ``now``: each stage that ended by then is taken and audited at
        the time it ended."""
        status, at = item.status, item.due_at
        outcome: str | None = None
        while True:
            if status == PENDING:
                next_at = at + stage_duration(item.id, PROVISIONING, self.speed)
                events.append(_event(item.id, at, STARTED, {"from": PENDING, "to": PROVISIONING}))
                status = outcome = PROVISIONING
                if next_at > now:
                    return _Move(item, PROVISIONING, next_at, "", outcome)
                at = next_at
                continue
            if status == PROVISIONING:
                if provisioning_fails(item.id, self.failure_rate, attempt):
                    reason = failure_reason(item.id, attempt)
                    events.append(_event(item.id, at, FAILED_ACTION, {"reason": reason}))
                    return _Move(item, FAILED, None, reason, FAILED)
                events.append(_event(item.id, at, COMPLETED, {"from": PROVISIONING, "to": ACTIVE}))
                return _Move(item, ACTIVE, None, "", ACTIVE, active_at=at)
            if status == ACTIVE:  # subscriptions bought after the customer was active
                return _Move(item, ACTIVE, None, "", ACTIVE, active_at=at)
            # Failed (or unknown) with a due time: nothing to do but clear it.
            return _Move(item, item.status, None, None, None)

    def _write(self, moves: list[_Move], now: datetime) -> None:
        """Every move in one statement, still conditional on the row as it was read."""
        rows = [
            (
                m.status,
                m.next_at,
                m.reason,
                _key(m.item.id),
                m.item.status,
                m.item.due_at,
            )
            for m in moves
        ]
        if isinstance(self.db, SqliteDatabase):
            self.db.cursor().executemany(
                f"UPDATE {_CUSTOMER} SET status = ?, next_change_at = ?, updated_at = ?, "
                "status_reason = COALESCE(?, status_reason) "
                "WHERE id = ? AND status = ? AND next_change_at = ?",
                [(s, n, now, r, k, o, d) for s, n, r, k, o, d in rows],
            )
            return
        columns = list(zip(*rows, strict=True))
        self.db.execute_sql(
            f"UPDATE {_CUSTOMER} AS c SET status = v.status, next_change_at = v.next_at, "
            "updated_at = %s, status_reason = COALESCE(v.reason, c.status_reason) "
            "FROM unnest(%s::text[], %s::timestamp[], %s::text[], %s::uuid[], %s::text[], "
            "%s::timestamp[]) AS v(status, next_at, reason, id, old_status, old_due) "
            "WHERE c.id = v.id AND c.status = v.old_status AND c.next_change_at = v.old_due",
            [now, *(list(column) for column in columns)],
        )

    def _activate_subscriptions(
        self, moves: list[_Move], now: datetime, events: list[tuple[Any, ...]]
    ) -> None:
        """Every pending subscription of these (now active) customers becomes active."""
        p = self.db.param
        for start in range(0, len(moves), _IN_CHUNK):
            chunk = moves[start : start + _IN_CHUNK]
            active_at = {m.item.id: m.active_at or m.item.due_at for m in chunk}
            keys = [_key(m.item.id) for m in chunk]
            where = f"customer_id IN ({', '.join([p] * len(keys))}) AND status = {p}"
            pending = self.db.execute_sql(
                f"UPDATE {_SUBSCRIPTION} SET status = {p}, order_status = {p}, updated_at = {p} "
                f"WHERE {where} RETURNING id, customer_id, offer_name, seats",
                [SUBSCRIPTION_ACTIVE, ORDER_COMPLETED, now, *keys, SUBSCRIPTION_PENDING],
            ).fetchall()
            for sub_id, customer_id, offer_name, seats in pending:
                customer = uuid.UUID(str(customer_id))
                details = {"subscription": str(uuid.UUID(str(sub_id))), "offer_name": offer_name}
                events.append(
                    _event(
                        customer,
                        active_at[customer],
                        SUBSCRIPTION_ACTIVATED,
                        details | {"seats": seats},
                    )
                )

    def _attempts(self, customer_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        """How many times provisioning was retried, per customer (absent: never)."""
        if self.failure_rate <= 0 or not customer_ids:
            return {}
        counts: dict[uuid.UUID, int] = {}
        for start in range(0, len(customer_ids), _IN_CHUNK):
            query = (
                AuditEvent.select(AuditEvent.customer, fn.COUNT(AuditEvent.action))
                .where(
                    AuditEvent.customer.in_(customer_ids[start : start + _IN_CHUNK]),
                    AuditEvent.action == RETRIED,
                )
                .group_by(AuditEvent.customer)
                .tuples()
            )
            for customer_id, count in query.execute(self.db):
                counts[uuid.UUID(str(customer_id))] = count
        return counts

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
