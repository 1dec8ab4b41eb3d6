"""How long Microsoft takes to provision a tenant: the simulated schedule.

Durations are "several minutes" like the real service, random per customer but reproducible from its
id, so every desktop sharing a database computes the same schedule.
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

# Customer statuses, in the order they are reached. Stored in the database as these plain strings.
PENDING = "pending"
PROVISIONING = "provisioning"
ACTIVE = "active"
FAILED = "failed"
CUSTOMER_STATUSES = (PENDING, PROVISIONING, ACTIVE, FAILED)

# Seconds each stage lasts at normal speed: (shortest, longest).
STAGE_SECONDS = {PENDING: (60, 180), PROVISIONING: (120, 420)}
NEXT_STATUS = {PENDING: PROVISIONING, PROVISIONING: ACTIVE}


def stage_duration(customer_id: uuid.UUID, status: str, speed: float = 1.0) -> timedelta:
    """How long ``customer_id`` stays in ``status`` (pending or provisioning) at ``speed``x."""
    low, high = STAGE_SECONDS[status]
    rng = random.Random(f"{customer_id}:{status}")
    return timedelta(seconds=rng.uniform(low, high) / max(speed, 1e-9))
