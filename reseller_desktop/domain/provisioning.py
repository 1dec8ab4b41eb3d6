"""How long Microsoft takes to provision a tenant: the simulated schedule.

Durations are "several minutes" like the real service, random per customer but reproducible from its
id, so every desktop sharing a database computes the same schedule. Whether a provisioning fails,
and why, is reproducible the same way (from the id and the attempt number).
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from .text import QT_TRANSLATE_NOOP, Message

# Customer statuses, in the order they are reached. Stored in the database as these plain strings.
PENDING = "pending"
PROVISIONING = "provisioning"
ACTIVE = "active"
FAILED = "failed"
CUSTOMER_STATUSES = (PENDING, PROVISIONING, ACTIVE, FAILED)
IN_FLIGHT = (PENDING, PROVISIONING)

# Subscription and order statuses (Partner Center's names).
SUBSCRIPTION_PENDING = "pending"
SUBSCRIPTION_ACTIVE = "active"
ORDER_PENDING = "pending"
ORDER_COMPLETED = "completed"

# Audit actions of a provisioning, written by the simulator and by the Partner Center connector's
# poller alike (the history shows them in words).
STARTED = "provisioning_started"
COMPLETED = "provisioning_completed"
FAILED_ACTION = "provisioning_failed"
RETRIED = "provisioning_retried"
SUBSCRIPTION_ACTIVATED = "subscription_activated"
SIMULATOR_ACTOR = "Microsoft (simulated)"  # who acts in the simulator's audit rows

# Seconds each stage lasts at normal speed: (shortest, longest).
STAGE_SECONDS = {PENDING: (60, 180), PROVISIONING: (120, 420)}
NEXT_STATUS = {PENDING: PROVISIONING, PROVISIONING: ACTIVE}
# A subscription bought for a customer that is already active takes this long to become active.
SUBSCRIPTION_SECONDS = (20, 90)

# Why a simulated provisioning fails: codes stored in Customer.status_reason (never the translated
# text), each with the message shown to the user.
FAILURE_REASONS: dict[str, Message] = {
    "compliance_review": Message(
        "Provisioning",
        QT_TRANSLATE_NOOP(
            "Provisioning",
            "Microsoft's compliance review did not approve the customer. Check the company name "
            "and address, then retry.",
        ),
    ),
    "directory_timeout": Message(
        "Provisioning",
        QT_TRANSLATE_NOOP(
            "Provisioning",
            "Creating the Microsoft Entra directory timed out on Microsoft's side. Retry.",
        ),
    ),
    "billing_profile": Message(
        "Provisioning",
        QT_TRANSLATE_NOOP(
            "Provisioning",
            "The billing profile could not be created. Check the customer's address, then retry.",
        ),
    ),
}


def stage_duration(customer_id: uuid.UUID, status: str, speed: float = 1.0) -> timedelta:
    """How long ``customer_id`` stays in ``status`` (pending or provisioning) at ``speed``x."""
    low, high = STAGE_SECONDS[status]
    rng = random.Random(f"{customer_id}:{status}")
    return timedelta(seconds=rng.uniform(low, high) / max(speed, 1e-9))


def subscription_delay(subscription_id: uuid.UUID, speed: float = 1.0) -> timedelta:
    """How long a subscription added to an active customer stays pending, at ``speed``x."""
    low, high = SUBSCRIPTION_SECONDS
    rng = random.Random(f"{subscription_id}:subscription")
    return timedelta(seconds=rng.uniform(low, high) / max(speed, 1e-9))


def provisioning_fails(customer_id: uuid.UUID, failure_rate: float, attempt: int = 0) -> bool:
    """Whether attempt number ``attempt`` (0 = the first) to provision ``customer_id`` fails."""
    if failure_rate <= 0:
        return False
    return random.Random(f"{customer_id}:fails:{attempt}").random() < failure_rate


def failure_reason(customer_id: uuid.UUID, attempt: int = 0) -> str:
    """The reason code of a failed attempt (a key of FAILURE_REASONS)."""
    codes = sorted(FAILURE_REASONS)
    return random.Random(f"{customer_id}:reason:{attempt}").choice(codes)


def failure_message(code: str) -> Message:
    """What to tell the user about a failure ``code`` (an unknown code is shown as it is)."""
    known = FAILURE_REASONS.get(code)
    if known is not None:
        return known
    return Message("Provisioning", "{reason}", {"reason": code})
