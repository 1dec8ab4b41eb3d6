"""The Microsoft Customer Agreement as it works since 2026-01-05: the customer accepts it
(Microsoft 365 admin center, or an acceptance link the partner sends); a partner can no longer
attest it. Orders are blocked until it is accepted.

Statuses (stored as these plain strings): required -> link_sent -> accepted, or expired (the link
ran out before the customer accepted; a fresh one can be sent). "" is a customer recorded before
this flow (the partner attested acceptance then).
"""

from __future__ import annotations

from datetime import timedelta

from .text import QT_TRANSLATE_NOOP, Message

REQUIRED = "required"
LINK_SENT = "link_sent"
ACCEPTED = "accepted"
EXPIRED = "expired"
AGREEMENT_STATUSES = (REQUIRED, LINK_SENT, ACCEPTED, EXPIRED)
# Statuses that hold the first order.
HOLDING = (REQUIRED, LINK_SENT, EXPIRED)
# How long an acceptance link stays valid (the simulator's figure; Microsoft's may differ).
LINK_LIFETIME = timedelta(days=30)

_LABELS = {
    REQUIRED: QT_TRANSLATE_NOOP("Agreement", "Required"),
    LINK_SENT: QT_TRANSLATE_NOOP("Agreement", "Link sent"),
    ACCEPTED: QT_TRANSLATE_NOOP("Agreement", "Accepted"),
    EXPIRED: QT_TRANSLATE_NOOP("Agreement", "Expired"),
    "": QT_TRANSLATE_NOOP("Agreement", "Attested (before 2026)"),
}


def agreement_label(status: str) -> Message:
    """The status in words (untranslated; views translate it)."""
    return Message("Agreement", _LABELS.get(status, status))


def holds_order(status: str) -> bool:
    return status in HOLDING
