"""Changing the number of seats of an existing subscription (new-commerce rules).

Seats may be added at any time. They may be removed only within 7 days of the purchase or of the
last increase (``seats_changed_at``), never below the offer's minimum; a family cap (Business: 300
seats per customer) limits increases across the customer's subscriptions of that family.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .catalog import Catalog, Offer
from .offer_checks import validate_seats
from .text import QT_TRANSLATE_NOOP, Message

CONTEXT = "SeatRules"
DECREASE_WINDOW = timedelta(days=7)


def decrease_deadline(seats_changed_at: datetime) -> datetime:
    """Until when (UTC) seats may be removed: 7 days after the purchase or last increase."""
    return seats_changed_at + DECREASE_WINDOW


def can_decrease(seats_changed_at: datetime, now: datetime) -> bool:
    return now <= decrease_deadline(seats_changed_at)


def seat_change_problem(
    catalog: Catalog,
    offer: Offer,
    *,
    current: int,
    new: int,
    seats_changed_at: datetime,
    now: datetime,
    family_seats_in_use: int = 0,
) -> Message | None:
    """The problem with going from ``current`` to ``new`` seats, or None when allowed.

    ``family_seats_in_use`` counts the seats of the customer's *other* subscriptions of the same
    family (for the cap).
    """
    if isinstance(new, bool) or not isinstance(new, int):
        return validate_seats(catalog, offer, new)
    if new == current:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SeatRules", "Enter a number different from the current {current} seats."
            ),
            {"current": current},
        )
    if new < current:
        if new < offer.min_seats:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "SeatRules",
                    "Enter {minimum} or more: this offer cannot have fewer seats.",
                ),
                {"minimum": offer.min_seats},
            )
        if not can_decrease(seats_changed_at, now):
            deadline = decrease_deadline(seats_changed_at)
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "SeatRules",
                    "Seats can be removed only within 7 days of the purchase or the last "
                    "increase, and that period ended on {deadline}. Keep at least {current} "
                    "seats; you can still add seats.",
                ),
                {
                    "deadline": deadline.strftime("%Y-%m-%d %H:%M UTC"),
                    "deadline_at": deadline,  # for views that show it in local time
                    "current": current,
                },
            )
        return None
    return validate_seats(catalog, offer, new, family_seats_in_use=family_seats_in_use)
