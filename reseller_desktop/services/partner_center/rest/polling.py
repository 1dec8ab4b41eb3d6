"""Live status from the real Partner Center: which customers to ask about, and what changed.

The state stays data (DESIGN.md §10): ``Customer.next_change_at`` says when to look at a
customer again. One poll:

1. reads the customers due (at most ``batch``, earliest first), as the simulator's engine does;
2. **claims** them with a compare-and-swap (``next_change_at`` moved to now + ``LEASE`` where it
   is still what was read), one short transaction: two desktops sharing a database never ask
   Microsoft about the same customer at once; a desktop that dies mid-poll leaves a lease that
   runs out;
3. asks Partner Center, with no transaction open: the customer (404 = not visible yet), its first
   order's provisioning status, and each pending subscription's status;
4. applies what changed with the same compare-and-swap UPDATE as the simulator (``WHERE id AND
   status AND next_change_at`` = the claim), the subscriptions that became active, and the audit
   events, in one transaction; ``next_change_at`` is the next look, backing off with the
   customer's age, and none once it is active with nothing pending.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from peewee import Database, DatabaseProxy

from reseller_desktop.domain.agreement import ACCEPTED, EXPIRED, LINK_SENT
from reseller_desktop.domain.gdap import APPROVAL_PENDING
from reseller_desktop.domain.provisioning import (
    ACTIVE,
    COMPLETED,
    FAILED,
    FAILED_ACTION,
    IN_FLIGHT,
    ORDER_COMPLETED,
    PENDING,
    PROVISIONING,
    STARTED,
    SUBSCRIPTION_ACTIVATED,
    SUBSCRIPTION_ACTIVE,
    SUBSCRIPTION_PENDING,
)
from reseller_desktop.services.book_writes import (
    audit_row,
    insert_audit_rows,
    resolved,
    write_transaction,
)
from reseller_desktop.services.partner_center.errors import (
    NotFoundError,
    OutcomeUnknownError,
    PartnerCenterError,
    ServiceBusyError,
    ServiceUnavailableError,
    SignInAgainError,
)
from reseller_desktop.services.partner_center.port import AgreementState, Changes
from reseller_desktop.services.partner_center.rest.client import PartnerCenterHttp
from reseller_desktop.store.models import Customer, Subscription

log = logging.getLogger(__name__)

ACTOR = "Microsoft Partner Center"
BATCH = 20  # customers per poll: about 3 calls each, well under 500 requests a minute
AGREEMENT_LOOK = timedelta(seconds=60)  # how often to ask about one customer's agreement
AGREEMENT_BATCH = 10  # customers asked per round
AGREEMENT_ROUND = timedelta(seconds=10)  # the book is read for agreements this often
LEASE = timedelta(seconds=60)  # a claimed customer is another desktop's again after this
FIRST_LOOK = timedelta(seconds=30)  # after a create or an order
MIN_LOOK = timedelta(seconds=15)
MAX_LOOK = timedelta(minutes=5)
# Partner Center's provisioning statuses (case-insensitive) that mean done / failed.
DONE = frozenset({"fulfilled", "succeeded", "completed", "provisioned"})
BROKEN = frozenset({"failed", "cancelled", "canceled"})
# Errors that stop the whole poll (the service or the sign-in, not one customer).
_STOP = (ServiceUnavailableError, ServiceBusyError, SignInAgainError, OutcomeUnknownError)
_CUSTOMER = Customer._meta.table_name
_SUBSCRIPTION = Subscription._meta.table_name


def next_look(created_at: datetime, now: datetime) -> datetime:
    """When to ask again: a quarter of the customer's age, between MIN_LOOK and MAX_LOOK."""
    age = max(now - created_at, timedelta(0))
    return now + min(MAX_LOOK, max(MIN_LOOK, age / 4))


@dataclass(frozen=True)
class Claimed:
    id: uuid.UUID
    status: str
    lease: datetime  # next_change_at as claimed (the compare-and-swap's expected value)
    company: str
    created_at: datetime


@dataclass(frozen=True)
class Sub:
    id: uuid.UUID
    order_id: uuid.UUID | None
    status: str
    offer_name: str
    seats: int


@dataclass
class Look:
    """What Partner Center said about one customer."""

    status: str
    reason: str = ""
    activated: list[Sub] = field(default_factory=list)
    pending_left: bool = False


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class RestPoller:
    """``poll_changes`` of the REST connector (see the module's docstring)."""

    def __init__(
        self, http: PartnerCenterHttp, database: Database | DatabaseProxy, batch: int = BATCH
    ) -> None:
        self.http = http
        self._database = database
        self.batch = batch
        self._agreement_looks: dict[uuid.UUID, datetime] = {}  # when each was last asked
        self._agreement_round: datetime | None = None
        self._relationship_looks: dict[uuid.UUID, datetime] = {}
        self._relationship_round: datetime | None = None

    @property
    def db(self) -> Database:
        return resolved(self._database)

    def _transaction(self) -> Any:
        return write_transaction(self.db)

    # -- 1 and 2: what is due, claimed

    def claim(self, now: datetime) -> tuple[list[Claimed], bool]:
        """The due customers this desktop won (and whether more were due)."""
        p = self.db.param
        rows = self.db.execute_sql(
            f"SELECT id, status, next_change_at, company_name, created_at FROM {_CUSTOMER} "
            f"WHERE next_change_at IS NOT NULL AND next_change_at <= {p} "
            f"ORDER BY next_change_at LIMIT {int(self.batch)}",
            (now,),
        ).fetchall()
        more = len(rows) >= self.batch
        won: list[Claimed] = []
        if not rows:
            return won, more
        lease = now + LEASE
        with self._transaction():
            for key, status, due_at, company, created_at in rows:
                due_at = Customer.next_change_at.python_value(due_at)
                if status not in (*IN_FLIGHT, ACTIVE):
                    # Failed (or unknown) with a due time: nothing to ask, clear it.
                    self.db.execute_sql(
                        f"UPDATE {_CUSTOMER} SET next_change_at = NULL "
                        f"WHERE id = {p} AND status = {p} AND next_change_at = {p}",
                        (key, status, due_at),
                    )
                    continue
                cursor = self.db.execute_sql(
                    f"UPDATE {_CUSTOMER} SET next_change_at = {p} "
                    f"WHERE id = {p} AND status = {p} AND next_change_at = {p}",
                    (lease, key, status, due_at),
                )
                if cursor.rowcount == 1:
                    won.append(
                        Claimed(
                            _uuid(Customer.id.python_value(key)),
                            status,
                            lease,
                            company,
                            Customer.created_at.python_value(created_at),
                        )
                    )
        return won, more

    def subscriptions(self, customers: list[Claimed]) -> dict[uuid.UUID, list[Sub]]:
        """The book's subscriptions of ``customers``, oldest first (the first is the first
        order's)."""
        found: dict[uuid.UUID, list[Sub]] = {c.id: [] for c in customers}
        if not customers:
            return found
        p = self.db.param
        keys = [Customer.id.db_value(c.id) for c in customers]
        rows = self.db.execute_sql(
            f"SELECT id, customer_id, order_id, status, offer_name, seats FROM {_SUBSCRIPTION} "
            f"WHERE customer_id IN ({', '.join([p] * len(keys))}) ORDER BY created_at",
            keys,
        ).fetchall()
        for sub_id, customer, order_id, status, offer_name, seats in rows:
            found[_uuid(customer)].append(
                Sub(
                    _uuid(sub_id),
                    _uuid(order_id) if order_id is not None else None,
                    status,
                    offer_name,
                    seats,
                )
            )
        return found

    # -- 3: asking Partner Center (no transaction open)

    def look(self, item: Claimed, subs: list[Sub]) -> Look:
        base = f"/v1/customers/{item.id}"
        status = item.status
        reason = ""
        if status in IN_FLIGHT:
            answer = self.http.call("GET", base, accept=(404,), what="The customer")
            if answer.status_code == 404:
                return Look(status, pending_left=True)  # not visible yet
            status = PROVISIONING
            first = subs[0] if subs else None
            if first is None or first.order_id is None:
                status = ACTIVE  # no order to wait for: the tenant is there
            else:
                state = self._provisioning(item.id, first.order_id)
                if state in BROKEN:
                    status, reason = FAILED, f"order_{state}"
                elif state in DONE:
                    status = ACTIVE
        look = Look(status, reason)
        if status == ACTIVE:
            for sub in subs:
                if sub.status != SUBSCRIPTION_PENDING:
                    continue
                if self._subscription_status(item.id, sub.id) == SUBSCRIPTION_ACTIVE:
                    look.activated.append(sub)
                else:
                    look.pending_left = True
        return look

    def _provisioning(self, customer_id: uuid.UUID, order_id: uuid.UUID) -> str:
        """The order's provisioning state, lower case: failed if a line item failed, fulfilled
        when all are, else pending."""
        try:
            answer = self.http.call(
                "GET",
                f"/v1/customers/{customer_id}/orders/{order_id}/provisioningstatus",
                what="The order",
            )
        except NotFoundError:
            return "pending"
        items = _json(answer).get("items") or []
        states = [str(i.get("status", "")).lower() for i in items if isinstance(i, dict)]
        if any(s in BROKEN for s in states):
            return next(s for s in states if s in BROKEN)
        if states and all(s in DONE for s in states):
            return "fulfilled"
        return "pending"

    def _subscription_status(self, customer_id: uuid.UUID, subscription_id: uuid.UUID) -> str:
        try:
            answer = self.http.call(
                "GET",
                f"/v1/customers/{customer_id}/subscriptions/{subscription_id}",
                what="The subscription",
            )
        except NotFoundError:
            return SUBSCRIPTION_PENDING
        return str(_json(answer).get("status", "")).lower()

    # -- 4: applying

    def apply(self, looks: list[tuple[Claimed, Look]], now: datetime) -> Changes:
        changes = Changes()
        if not looks:
            return changes
        p = self.db.param
        events: list[tuple[Any, ...]] = []
        with self._transaction():
            for item, look in looks:
                moved = look.status != item.status
                next_at = (
                    next_look(item.created_at, now)
                    if look.status in IN_FLIGHT or look.pending_left
                    else None
                )
                if look.status == FAILED:
                    next_at = None
                sets = f"status = {p}, next_change_at = {p}"
                params: list[Any] = [look.status, next_at]
                if moved or look.activated:
                    sets += f", updated_at = {p}"
                    params.append(now)
                if moved:
                    sets += f", status_reason = {p}"
                    params.append(look.reason)
                params += [Customer.id.db_value(item.id), item.status, item.lease]
                cursor = self.db.execute_sql(
                    f"UPDATE {_CUSTOMER} SET {sets} "
                    f"WHERE id = {p} AND status = {p} AND next_change_at = {p}",
                    params,
                )
                if cursor.rowcount != 1:
                    continue  # the lease ran out and another desktop took over
                self._activate(look, now)
                if not moved and not look.activated:
                    continue
                changes.changed.append(item.id)

                def event(action: str, details: dict[str, Any], cid: uuid.UUID = item.id) -> None:
                    events.append(audit_row(cid, now, ACTOR, action, details))

                if item.status == PENDING and look.status in (PROVISIONING, ACTIVE):
                    event(STARTED, {"from": PENDING, "to": PROVISIONING})
                if look.status == ACTIVE and item.status in IN_FLIGHT:
                    event(COMPLETED, {"from": PROVISIONING, "to": ACTIVE})
                    changes.activated.append((item.id, item.company))
                if look.status == FAILED:
                    event(FAILED_ACTION, {"reason": look.reason})
                    changes.failed.append((item.id, item.company))
                for sub in look.activated:
                    event(
                        SUBSCRIPTION_ACTIVATED,
                        {"subscription": str(sub.id), "offer_name": sub.offer_name}
                        | {"seats": sub.seats},
                    )
            insert_audit_rows(self.db, events)
        return changes

    def _activate(self, look: Look, now: datetime) -> None:
        if not look.activated:
            return
        p = self.db.param
        keys = [Subscription.id.db_value(sub.id) for sub in look.activated]
        self.db.execute_sql(
            f"UPDATE {_SUBSCRIPTION} SET status = {p}, order_status = {p}, updated_at = {p} "
            f"WHERE id IN ({', '.join([p] * len(keys))}) AND status = {p}",
            [SUBSCRIPTION_ACTIVE, ORDER_COMPLETED, now, *keys, SUBSCRIPTION_PENDING],
        )

    # -- agreements

    def agreements(
        self, now: datetime, status_of: Callable[[uuid.UUID], AgreementState]
    ) -> list[tuple[uuid.UUID, str]]:
        """Customers whose acceptance link is out, asked about at most every ``AGREEMENT_LOOK``
        (a few at a time, every ``AGREEMENT_ROUND``): those that accepted, or whose link ran
        out."""
        if self._agreement_round is not None and now - self._agreement_round < AGREEMENT_ROUND:
            return []
        self._agreement_round = now
        rows = (
            Customer.select(Customer.id, Customer.agreement_expires_at)
            .where(Customer.agreement_status == LINK_SENT)
            .order_by(Customer.created_at)
            .tuples()
            .execute(self.db)
        )
        changed: list[tuple[uuid.UUID, str]] = []
        asked = 0
        for raw_id, expires_at in rows:
            customer_id = _uuid(raw_id)
            if expires_at is not None and expires_at <= now:
                changed.append((customer_id, EXPIRED))
                continue
            last = self._agreement_looks.get(customer_id)
            if asked >= AGREEMENT_BATCH or (last is not None and now - last < AGREEMENT_LOOK):
                continue
            self._agreement_looks[customer_id] = now
            asked += 1
            try:
                state = status_of(customer_id)
            except _STOP:
                break
            except PartnerCenterError as error:
                log.warning("Agreement of %s not checked: %s", customer_id, error.code)
                continue
            if state.status == ACCEPTED:
                changed.append((customer_id, ACCEPTED))
        return changed

    def relationships(
        self, now: datetime, status_of: Callable[[str], str]
    ) -> list[tuple[uuid.UUID, str]]:
        """Customers whose GDAP admin relationship awaits approval, asked about (Microsoft
        Graph, ``status_of(relationship id)``) at the agreements' pace: those whose status
        changed (approved: active; expired or terminated)."""
        if (
            self._relationship_round is not None
            and now - self._relationship_round < AGREEMENT_ROUND
        ):
            return []
        self._relationship_round = now
        rows = (
            Customer.select(Customer.id, Customer.admin_relationship_id)
            .where(
                Customer.admin_relationship_status == APPROVAL_PENDING,
                Customer.admin_relationship_id != "",
            )
            .order_by(Customer.created_at)
            .tuples()
            .execute(self.db)
        )
        changed: list[tuple[uuid.UUID, str]] = []
        asked = 0
        for raw_id, relationship_id in rows:
            customer_id = _uuid(raw_id)
            last = self._relationship_looks.get(customer_id)
            if asked >= AGREEMENT_BATCH or (last is not None and now - last < AGREEMENT_LOOK):
                continue
            self._relationship_looks[customer_id] = now
            asked += 1
            try:
                status = status_of(str(relationship_id))
            except _STOP:
                break
            except PartnerCenterError as error:
                log.warning("Admin relationship of %s not checked: %s", customer_id, error.code)
                continue
            if status != APPROVAL_PENDING:
                changed.append((customer_id, status))
        return changed

    # -- the whole poll

    def poll(self, now: datetime) -> Changes:
        claimed, more = self.claim(now)
        subs = self.subscriptions(claimed)
        looks: list[tuple[Claimed, Look]] = []
        stopped: PartnerCenterError | None = None
        for item in claimed:
            try:
                looks.append((item, self.look(item, subs[item.id])))
            except _STOP as error:
                stopped = error  # the rest keep their lease: looked at again once it runs out
                break
            except PartnerCenterError as error:
                log.warning("Partner Center refused a look at %s: %s", item.id, error.code)
                looks.append((item, Look(item.status, pending_left=True)))
        changes = self.apply(looks, now)
        if stopped is not None and not looks:
            raise stopped
        changes.more_due = more and stopped is None
        return changes


def _json(answer: Any) -> dict[str, Any]:
    try:
        body = answer.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
