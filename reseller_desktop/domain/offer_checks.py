"""The offer of a new-customer request: the offer itself, its term, billing cycle and seats.

Offers, their seat ranges and the per-customer seat caps of their families come from the
``Catalog``.
"""

from __future__ import annotations

from .catalog import Catalog, Offer
from .request import NewCustomerRequest
from .text import QT_TRANSLATE_NOOP, Message
from .text_checks import message


def validate_seats(
    catalog: Catalog, offer: Offer, seats: int, *, family_seats_in_use: int = 0
) -> Message | None:
    """The problem with buying ``seats`` of ``offer`` when ``family_seats_in_use`` seats of its
    family are already in use on the customer (the family cap), or None when allowed.

    Too many seats are explained by the tighter limit: the family cap when it leaves no more than
    the offer's maximum ("Business plans are limited to 300 seats per customer"), else the
    offer's range."""
    if isinstance(seats, bool) or not isinstance(seats, int):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter a whole number of seats between {minimum} and {maximum}."
            ),
            minimum=offer.min_seats,
            maximum=offer.max_seats,
        )
    out_of_range = message(
        QT_TRANSLATE_NOOP("Validation", "Enter between {minimum} and {maximum} seats."),
        minimum=offer.min_seats,
        maximum=offer.max_seats,
    )
    if seats < offer.min_seats:
        return out_of_range
    cap = catalog.family_cap(offer.family)
    used = family_seats_in_use
    if isinstance(used, bool) or not isinstance(used, int) or used < 0:
        used = 0
    if cap is not None and seats + used > cap and cap - used <= offer.max_seats:
        return _cap_problem(offer, cap, used)
    if seats > offer.max_seats:
        return out_of_range
    return None


def _cap_problem(offer: Offer, cap: int, used: int) -> Message:
    """Why the family cap refuses more seats, with how many are still allowed."""
    available = cap - used
    business = offer.family.casefold() == "business"
    if used == 0:
        if business:
            text = QT_TRANSLATE_NOOP(
                "Validation",
                "Business plans are limited to {cap} seats per customer, across all their "
                "Business subscriptions: enter {available} at most.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Validation",
                "Plans of this family are limited to {cap} seats per customer in total: enter "
                "{available} at most.",
            )
    elif available <= 0:
        if business:
            text = QT_TRANSLATE_NOOP(
                "Validation",
                "Business plans are limited to {cap} seats per customer in total and {used} are "
                "already in use; remove seats from another Business subscription first.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Validation",
                "Plans of this family are limited to {cap} seats per customer in total and "
                "{used} are already in use; remove seats from another of them first.",
            )
    elif business:
        text = QT_TRANSLATE_NOOP(
            "Validation",
            "Business plans are limited to {cap} seats per customer in total; {used} are "
            "already in use, so enter {available} at most.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Validation",
            "Plans of this family are limited to {cap} seats per customer in total; {used} are "
            "already in use, so enter {available} at most.",
        )
    return message(text, cap=cap, used=used, available=max(available, 0))


def offer_problems(
    request: NewCustomerRequest, catalog: Catalog, business_seats_in_use: int
) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    offer_id = request.offer_id.strip() if isinstance(request.offer_id, str) else ""
    offer = catalog.get(offer_id) if offer_id else None
    if offer is None:
        problems["offer_id"] = (
            message(QT_TRANSLATE_NOOP("Validation", "Choose an offer from the list."))
            if not offer_id
            else message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Choose an offer from the list; this one is not in the offer catalog.",
                )
            )
        )
        return problems
    term = request.term.strip() if isinstance(request.term, str) else ""
    if term not in offer.terms:
        problems["term"] = message(
            QT_TRANSLATE_NOOP("Validation", "Choose one of this offer's terms: {terms}."),
            terms=", ".join(offer.terms),
        )
    else:
        cycle = request.billing_cycle.strip() if isinstance(request.billing_cycle, str) else ""
        if cycle not in offer.terms[term]:
            problems["billing_cycle"] = message(
                QT_TRANSLATE_NOOP(
                    "Validation", "Choose one of the billing cycles of this term: {cycles}."
                ),
                cycles=", ".join(offer.terms[term]),
            )
    in_use = business_seats_in_use if offer.family.casefold() == "business" else 0
    problem = validate_seats(catalog, offer, request.seats, family_seats_in_use=in_use)
    if problem is not None:
        problems["seats"] = problem
    return problems
