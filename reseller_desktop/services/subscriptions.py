"""The use cases "add a subscription", "change the seats" and "cancel a subscription" of an
existing customer.

The same offer rules as the wizard (offer, term, billing cycle, seat range, the family cap across
the customer's subscriptions), plus the new-commerce rules (``domain/seat_rules.py``): seats are
removed, and a subscription cancelled, only within 7 days of its purchase (for seats: or of the last
increase). Each change is one transaction with its audit event, and refreshes the customer's list
columns (``offer_summary``, ``total_seats``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from peewee import PeeweeException, SqliteDatabase, fn

from reseller_desktop.domain.catalog import Catalog, Offer
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.offer_checks import validate_seats
from reseller_desktop.domain.provisioning import FAILED, SUBSCRIPTION_PENDING
from reseller_desktop.domain.request import new_request_id
from reseller_desktop.domain.seat_rules import (
    can_decrease,
    decrease_deadline,
    seat_change_problem,
)
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.services.partner_center.errors import (
    OutcomeUnknownError,
    PartnerCenterError,
    ServiceBusyError,
    ServiceUnavailableError,
)
from reseller_desktop.services.partner_center.port import OrderLine, PartnerCenter, PlacedOrder
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy

CONTEXT = "Subscriptions"
SUMMARY_MAX = Customer.offer_summary.max_length
# Subscriptions that count towards the seat cap and the customer's totals.
_COUNTED = ("pending", "active")
# A subscription cancelled within its 7-day window (Partner Center says "deleted").
SUBSCRIPTION_CANCELLED = "cancelled"


def _m(text: str, **args: Any) -> Message:
    return Message(CONTEXT, text, args)


class SubscriptionError(Exception):
    """Nothing was written. ``problems`` maps fields (offer_id, seats, term, billing_cycle, or
    "" for the whole request) to what is wrong and how to fix it."""

    def __init__(self, problems: dict[str, Message]) -> None:
        first = next(iter(problems.values()))
        super().__init__(first.render())
        self.problems = problems


@dataclass(frozen=True)
class SeatChange:
    """What the Change seats dialog needs to explain the rules."""

    subscription_id: uuid.UUID
    offer: Offer | None
    offer_name: str
    seats: int
    can_decrease_until: datetime
    family_seats_elsewhere: int
    family_cap: int | None
    term: str = ""
    billing_cycle: str = ""


def cancel_deadline(bought_at: datetime) -> datetime:
    """Until when (UTC) a subscription bought at ``bought_at`` may be cancelled."""
    return decrease_deadline(bought_at)


def cancel_window_problem(bought_at: datetime, now: datetime) -> Message | None:
    """Why a subscription bought at ``bought_at`` can no longer be cancelled (None: it can)."""
    if can_decrease(bought_at, now):
        return None
    deadline = cancel_deadline(bought_at)
    return _m(
        QT_TRANSLATE_NOOP(
            "Subscriptions",
            "A subscription can be cancelled only within 7 days of its purchase, and that period "
            "ended on {deadline}. It stays active until the end of its term.",
        ),
        deadline=deadline.strftime("%Y-%m-%d %H:%M UTC"),
        deadline_at=deadline,  # for views that show it in local time
    )


class SubscriptionService:
    def __init__(
        self,
        catalog: Catalog,
        port: PartnerCenter,
        *,
        clock: Clock = utcnow,
        actor: str = "",
    ) -> None:
        self.catalog = catalog
        self.port = port
        self.clock = clock
        self.actor = actor

    # ------------------------------------------------------------------------------------------
    # Reads

    def family_seats_in_use(
        self, customer_id: uuid.UUID, family: str, *, excluding: uuid.UUID | None = None
    ) -> int:
        """Seats of ``family`` on the customer's live subscriptions (minus ``excluding``)."""
        query = Subscription.select(fn.COALESCE(fn.SUM(Subscription.seats), 0)).where(
            Subscription.customer == customer_id,
            fn.LOWER(Subscription.family) == family.casefold(),
            Subscription.status.in_(_COUNTED),
        )
        if excluding is not None:
            query = query.where(Subscription.id != excluding)
        return int(query.scalar() or 0)

    def seat_change(self, subscription_id: uuid.UUID) -> SeatChange:
        sub = Subscription.get_by_id(subscription_id)
        offer = self.catalog.get(sub.offer_id)
        family = offer.family if offer else sub.family
        return SeatChange(
            subscription_id=sub.id,
            offer=offer,
            offer_name=sub.offer_name,
            seats=sub.seats,
            can_decrease_until=decrease_deadline(sub.seats_changed_at),
            family_seats_elsewhere=self.family_seats_in_use(
                _customer_id(sub), family, excluding=sub.id
            ),
            family_cap=self.catalog.family_cap(family),
            term=sub.term,
            billing_cycle=sub.billing_cycle,
        )

    # ------------------------------------------------------------------------------------------
    # Add a subscription

    def add_problems(
        self, customer_id: uuid.UUID, offer_id: str, seats: int, term: str, billing_cycle: str
    ) -> dict[str, Message]:
        """Every problem with adding this subscription (empty: it can be added)."""
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            return {"": _m(QT_TRANSLATE_NOOP("Subscriptions", "This customer no longer exists."))}
        if customer.status == FAILED:
            return {
                "": _m(
                    QT_TRANSLATE_NOOP(
                        "Subscriptions",
                        "The customer's tenant could not be provisioned, so nothing can be "
                        "bought for it yet. Retry the provisioning first.",
                    )
                )
            }
        offer = self.catalog.get(offer_id)
        if offer is None:
            return {
                "offer_id": _m(QT_TRANSLATE_NOOP("Subscriptions", "Choose an offer from the list."))
            }
        problems: dict[str, Message] = {}
        if term not in offer.terms:
            problems["term"] = _m(
                QT_TRANSLATE_NOOP("Subscriptions", "Choose one of this offer's terms: {terms}."),
                terms=", ".join(offer.terms),
            )
        elif billing_cycle not in offer.terms[term]:
            problems["billing_cycle"] = _m(
                QT_TRANSLATE_NOOP(
                    "Subscriptions", "Choose one of the billing cycles of this term: {cycles}."
                ),
                cycles=", ".join(offer.terms[term]),
            )
        in_use = self.family_seats_in_use(customer_id, offer.family)
        problem = validate_seats(self.catalog, offer, seats, family_seats_in_use=in_use)
        if problem is not None:
            problems["seats"] = problem
        return problems

    def add_subscription(
        self,
        customer_id: uuid.UUID,
        offer_id: str,
        seats: int,
        term: str,
        billing_cycle: str,
        *,
        request_id: str | None = None,
    ) -> uuid.UUID:
        """Buy a subscription for the customer; raise SubscriptionError when not allowed.

        ``request_id`` makes a retry of the same purchase answer the first order."""
        try:
            problems = self.add_problems(customer_id, offer_id, seats, term, billing_cycle)
            if problems:
                raise SubscriptionError(problems)
            line = OrderLine(offer_id, term, billing_cycle, seats)
            placed = _remote(
                lambda: self.port.place_order(customer_id, line, request_id or new_request_id())
            )
            with self._transaction(customer_id):
                known = Subscription.get_or_none(Subscription.id == placed.subscription_id)
                if known is not None:  # a retry of a purchase that was recorded
                    return placed.subscription_id
                # Again under the lock: another desktop may have used the family's seats meanwhile.
                problems = self.add_problems(customer_id, offer_id, seats, term, billing_cycle)
                if problems:
                    raise SubscriptionError(problems)
                return self._add(customer_id, offer_id, seats, term, billing_cycle, placed)
        except PeeweeException as exc:
            raise SubscriptionError({"": _unavailable(exc)}) from None

    def _add(
        self,
        customer_id: uuid.UUID,
        offer_id: str,
        seats: int,
        term: str,
        billing_cycle: str,
        placed: PlacedOrder,
    ) -> uuid.UUID:
        offer = self.catalog.get(offer_id)
        assert offer is not None
        now = self.clock()
        sub = Subscription.create(
            id=placed.subscription_id,
            order_id=placed.order_id,
            customer=customer_id,
            offer_id=offer.id,
            offer_name=offer.name,
            family=offer.family,
            seats=seats,
            term=term,
            billing_cycle=billing_cycle,
            status=SUBSCRIPTION_PENDING,
            seats_changed_at=now,
            created_at=now,
            updated_at=now,
        )
        due = placed.next_poll_at
        if due is not None:  # Microsoft says when to look again at this order
            customer = Customer.get_by_id(customer_id)
            if customer.next_change_at is None or customer.next_change_at > due:
                Customer.update(next_change_at=due).where(Customer.id == customer_id).execute()
        self._audit(
            customer_id,
            "subscription_created",
            {
                "subscription": str(sub.id),
                "offer": offer.id,
                "offer_name": offer.name,
                "seats": seats,
                "term": term,
                "billing_cycle": billing_cycle,
                "order": str(sub.order_id),
            },
        )
        self._refresh_summary(customer_id, now)
        return sub.id

    # ------------------------------------------------------------------------------------------
    # Change seats

    def change_problem(self, subscription_id: uuid.UUID, seats: int) -> Message | None:
        sub = Subscription.get_or_none(Subscription.id == subscription_id)
        if sub is None:
            return _m(QT_TRANSLATE_NOOP("Subscriptions", "This subscription no longer exists."))
        if sub.status == SUBSCRIPTION_CANCELLED:
            return _cancelled()
        offer = self.catalog.get(sub.offer_id)
        if offer is None:
            return _m(
                QT_TRANSLATE_NOOP(
                    "Subscriptions",
                    "This offer is no longer in the offer catalog, so its seats cannot be "
                    "changed here. Change them in Partner Center.",
                )
            )
        return seat_change_problem(
            self.catalog,
            offer,
            current=sub.seats,
            new=seats,
            seats_changed_at=sub.seats_changed_at,
            now=self.clock(),
            family_seats_in_use=self.family_seats_in_use(
                _customer_id(sub), offer.family, excluding=sub.id
            ),
        )

    def change_seats(self, subscription_id: uuid.UUID, seats: int) -> None:
        """Set the subscription's seats; raise SubscriptionError (field "seats") when refused."""
        try:
            sub = Subscription.get_or_none(Subscription.id == subscription_id)
            if sub is None:
                gone = self.change_problem(subscription_id, seats)
                assert gone is not None
                raise SubscriptionError({"seats": gone})
            problem = self.change_problem(subscription_id, seats)
            if problem is not None:
                raise SubscriptionError({"seats": problem})
            _remote(
                lambda: self.port.change_seats(
                    _customer_id(sub), subscription_id, seats, new_request_id()
                )
            )
            with self._transaction(_customer_id(sub)):
                problem = self.change_problem(subscription_id, seats)  # again, under the lock
                if problem is not None:
                    raise SubscriptionError({"seats": problem})
                sub = Subscription.get_by_id(subscription_id)
                now = self.clock()
                values: dict[Any, Any] = {Subscription.seats: seats, Subscription.updated_at: now}
                if seats > sub.seats:
                    values[Subscription.seats_changed_at] = now  # a new 7-day window opens
                Subscription.update(values).where(Subscription.id == subscription_id).execute()
                self._audit(
                    _customer_id(sub),
                    "seats_changed",
                    {
                        "subscription": str(sub.id),
                        "offer_name": sub.offer_name,
                        "from": sub.seats,
                        "to": seats,
                    },
                )
                self._refresh_summary(_customer_id(sub), now)
        except PeeweeException as exc:
            raise SubscriptionError({"": _unavailable(exc)}) from None

    # ------------------------------------------------------------------------------------------
    # Cancel

    def cancel_problem(self, subscription_id: uuid.UUID) -> Message | None:
        """Why the subscription cannot be cancelled now (None: it can)."""
        sub = Subscription.get_or_none(Subscription.id == subscription_id)
        if sub is None:
            return _m(QT_TRANSLATE_NOOP("Subscriptions", "This subscription no longer exists."))
        if sub.status == SUBSCRIPTION_CANCELLED:
            return _cancelled()
        return cancel_window_problem(sub.created_at, self.clock())

    def cancel_subscription(
        self, subscription_id: uuid.UUID, *, request_id: str | None = None
    ) -> None:
        """Cancel the subscription at Microsoft, then mark it cancelled: its seats leave the
        customer's totals. Raise SubscriptionError (field "") when refused or after 7 days.

        ``request_id`` makes a retry of the same cancellation answer the first one."""
        try:
            sub = Subscription.get_or_none(Subscription.id == subscription_id)
            problem = self.cancel_problem(subscription_id)
            if problem is not None or sub is None:
                raise SubscriptionError({"": problem or _cancelled()})
            customer_id = _customer_id(sub)
            _remote(
                lambda: self.port.cancel_subscription(
                    customer_id, subscription_id, request_id or new_request_id()
                )
            )
            with self._transaction(customer_id):
                problem = self.cancel_problem(subscription_id)  # again, under the lock
                if problem is not None:
                    raise SubscriptionError({"": problem})
                now = self.clock()
                Subscription.update(status=SUBSCRIPTION_CANCELLED, updated_at=now).where(
                    Subscription.id == subscription_id
                ).execute()
                self._audit(
                    customer_id,
                    "subscription_cancelled",
                    {
                        "subscription": str(sub.id),
                        "offer": sub.offer_id,
                        "offer_name": sub.offer_name,
                        "seats": sub.seats,
                    },
                )
                self._refresh_summary(customer_id, now)
        except PeeweeException as exc:
            raise SubscriptionError({"": _unavailable(exc)}) from None

    # ------------------------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, customer_id: uuid.UUID) -> Iterator[None]:
        """A transaction that holds the customer against concurrent changes, so two desktops
        cannot both pass the seat cap check (SQLite: the write lock; PostgreSQL: the row)."""
        db = database_proxy.obj
        if isinstance(db, SqliteDatabase):
            with db.atomic("IMMEDIATE"):
                yield
            return
        with db.atomic():
            list(Customer.select(Customer.id).where(Customer.id == customer_id).for_update())
            yield

    def _refresh_summary(self, customer_id: uuid.UUID, now: datetime) -> None:
        """Recompute the list's denormalised columns from the customer's subscriptions."""
        rows = (
            Subscription.select(Subscription.offer_name, Subscription.seats)
            .where(Subscription.customer == customer_id, Subscription.status.in_(_COUNTED))
            .order_by(Subscription.created_at, Subscription.id)
            .tuples()
        )
        names: list[str] = []
        total = 0
        for name, seats in cast(Iterable[tuple[str, int]], rows):
            total += seats
            if name not in names:
                names.append(name)
        summary = ", ".join(names)
        if len(summary) > SUMMARY_MAX:
            summary = summary[: SUMMARY_MAX - 1] + "…"
        Customer.update(offer_summary=summary, total_seats=total, updated_at=now).where(
            Customer.id == customer_id
        ).execute()

    def _audit(self, customer_id: uuid.UUID, action: str, details: dict[str, Any]) -> None:
        AuditEvent.create(
            customer=customer_id,
            at=self.clock(),
            actor=self.actor,
            action=action,
            details=json.dumps(details, ensure_ascii=False),
        )


def _customer_id(sub: Subscription) -> uuid.UUID:
    """The subscription's customer id, without loading the customer."""
    return cast(uuid.UUID, sub.customer_id)  # type: ignore[attr-defined]


def _remote(call: Any) -> Any:
    """A port call, its failures as SubscriptionError (on the seats when Microsoft says so)."""
    try:
        return call()
    except PartnerCenterError as error:
        if isinstance(error, (OutcomeUnknownError, ServiceUnavailableError, ServiceBusyError)):
            message = _m(
                QT_TRANSLATE_NOOP(
                    "Subscriptions",
                    "Microsoft did not answer ({reason}). Try again: the same purchase is "
                    "never made twice.",
                ),
                reason=error.description or error.code,
            )
        else:
            message = _m(
                QT_TRANSLATE_NOOP(
                    "Subscriptions", "Microsoft refused the change: {description} (code {code})."
                ),
                description=error.description or error.code,
                code=error.code,
            )
        raise SubscriptionError({error.field or "": message}) from None


def _cancelled() -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "Subscriptions", "This subscription is cancelled: it can no longer be changed."
        )
    )


def _unavailable(exc: Exception) -> Message:
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _m(
        QT_TRANSLATE_NOOP(
            "Subscriptions",
            "The change could not be saved because the database is unavailable ({reason}). "
            "Nothing was written: check the connection and try again.",
        ),
        reason=reason,
    )
