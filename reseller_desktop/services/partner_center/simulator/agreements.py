"""The simulated service's customer agreements, GDAP relationships and indirect resellers.

- Agreement: with ``accept_after`` None every customer has accepted already (in their admin
  center): orders go through at once. Otherwise a customer accepts a link some time after it is
  sent (``accept_after`` divided by ``speed``, reproducibly random per customer), a fraction
  (``never_rate``) never does, and a link expires after ``LINK_LIFETIME``.
- Relationships: the customer's admin approves after ``approve_after`` (divided by ``speed``); an
  unapproved request expires after 90 days; an approved one at the end of its duration unless it
  auto-extends (by 180 days).
Each state change is a compare-and-swap UPDATE, so two desktops sharing the store report it once.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from reseller_desktop.domain.agreement import ACCEPTED, EXPIRED, LINK_LIFETIME, LINK_SENT, REQUIRED
from reseller_desktop.domain.clock import Clock
from reseller_desktop.domain.gdap import (
    ACTIVE,
    APPROVAL_PENDING,
    REQUEST_LIFETIME,
    approval_url,
    duration_days,
)
from reseller_desktop.services.partner_center.port import (
    AdminRelationship,
    AgreementState,
    RelationshipRequest,
    Reseller,
)
from reseller_desktop.store.partner_models import SimulatedAgreement, SimulatedRelationship

# A simulated Microsoft-hosted acceptance page (the real link comes from Partner Center).
LINK = "https://admin.microsoft.com/AdminPortal/Home#/partners/mca/accept/{token}"
AUTO_EXTENSION = timedelta(days=180)
StatusChange = tuple[uuid.UUID, str]

SIMULATED_RESELLERS = (
    Reseller("6f3c1a52-7d0e-4c1b-9a55-0d2b8f5e4a01", "Alpine IT Services"),
    Reseller("2b9d7e14-3c6a-4f8e-8d21-5a7c9b0e1f02", "Bureautique du Rhône"),
    Reseller("9a1e5c73-0b4d-4e6f-a8c2-7d3f1e9b5c03", "Contoso Solutions Ltd"),
)


def _fraction(customer_id: uuid.UUID, what: str) -> float:
    return random.Random(f"{customer_id}:{what}").random()


class SimulatedAgreements:
    def __init__(
        self,
        clock: Clock,
        *,
        accept_after: timedelta | None = None,
        never_rate: float = 0.0,
        approve_after: timedelta = timedelta(minutes=10),
        speed: float = 1.0,
    ) -> None:
        self.clock = clock
        self.accept_after = accept_after
        self.never_rate = never_rate
        self.approve_after = approve_after
        self.speed = speed

    # -- the agreement

    def _latest(self, customer_id: uuid.UUID) -> SimulatedAgreement | None:
        return (
            SimulatedAgreement.select()
            .where(SimulatedAgreement.customer_id == customer_id)
            .order_by(SimulatedAgreement.sent_at.desc())
            .first()
        )

    def status(self, customer_id: uuid.UUID) -> AgreementState:
        if self.accept_after is None:
            return AgreementState(ACCEPTED)
        self.tick(self.clock())
        row = self._latest(customer_id)
        if row is None:
            return AgreementState(REQUIRED)
        return AgreementState(row.status, row.link, row.expires_at)

    def send_link(self, customer_id: uuid.UUID, request_id: str) -> AgreementState:
        known = SimulatedAgreement.get_or_none(SimulatedAgreement.request_id == request_id)
        if known is not None:
            return AgreementState(known.status, known.link, known.expires_at)
        current = self.status(customer_id)
        if current.status in (ACCEPTED, LINK_SENT):
            return current  # nothing to send, or the link still works
        now = self.clock()
        delay = self.accept_after or timedelta(0)
        never = _fraction(customer_id, "never") < self.never_rate
        accept_at = (
            None
            if never
            else now + delay * (0.5 + _fraction(customer_id, "accept")) / max(self.speed, 1e-9)
        )
        row = SimulatedAgreement.create(
            request_id=request_id,
            customer_id=customer_id,
            link=LINK.format(token=uuid.uuid5(uuid.NAMESPACE_URL, f"mca:{request_id}")),
            status=LINK_SENT,
            sent_at=now,
            expires_at=now + LINK_LIFETIME,
            accept_at=accept_at,
        )
        return AgreementState(LINK_SENT, row.link, row.expires_at)

    def tick(
        self, now: datetime
    ) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
        """Agreements and relationships whose status changed by ``now``."""
        agreements: list[tuple[uuid.UUID, str]] = []
        sent = SimulatedAgreement.select().where(  # only what is due: the poll runs each second
            SimulatedAgreement.status == LINK_SENT,
            (SimulatedAgreement.accept_at <= now) | (SimulatedAgreement.expires_at <= now),
        )
        for row in sent:
            if row.accept_at is not None and row.accept_at <= min(now, row.expires_at):
                status = ACCEPTED
            elif row.expires_at <= now:
                status = EXPIRED
            else:
                continue
            won = (
                SimulatedAgreement.update(status=status)
                .where(
                    SimulatedAgreement.request_id == row.request_id,
                    SimulatedAgreement.status == LINK_SENT,
                )
                .execute()
            )
            if won:
                agreements.append((_uuid(row.customer_id), status))
        return agreements, self._tick_relationships(now)

    # -- GDAP

    def request_relationship(
        self, customer_id: uuid.UUID, request: RelationshipRequest, request_id: str
    ) -> AdminRelationship:
        known = SimulatedRelationship.get_or_none(SimulatedRelationship.request_id == request_id)
        if known is None:
            now = self.clock()
            known = SimulatedRelationship.create(
                request_id=request_id,
                relationship_id=f"{uuid.uuid4()}-{uuid.uuid4()}",
                customer_id=customer_id,
                roles="; ".join(request.roles),
                duration=request.duration,
                auto_extend=request.auto_extend,
                status=APPROVAL_PENDING,
                requested_at=now,
                approve_at=now
                + self.approve_after
                * (0.5 + _fraction(customer_id, "approve"))
                / max(self.speed, 1e-9),
                expires_at=now + REQUEST_LIFETIME,
            )
        return _relationship(known)

    def _tick_relationships(self, now: datetime) -> list[tuple[uuid.UUID, str]]:
        changed: list[tuple[uuid.UUID, str]] = []
        due = SimulatedRelationship.select().where(
            SimulatedRelationship.status.in_((APPROVAL_PENDING, ACTIVE)),
            (SimulatedRelationship.expires_at <= now) | (SimulatedRelationship.approve_at <= now),
        )
        for row in due:
            expires_at = row.expires_at
            if row.status == APPROVAL_PENDING and row.approve_at and row.approve_at <= now:
                if row.approve_at >= row.expires_at:
                    status = EXPIRED
                else:
                    status = ACTIVE
                    expires_at = row.approve_at + timedelta(days=duration_days(row.duration) or 1)
            elif row.expires_at <= now and row.status == ACTIVE and row.auto_extend:
                status, expires_at = ACTIVE, row.expires_at + AUTO_EXTENSION
            elif row.expires_at <= now:
                status = EXPIRED
            else:
                continue
            won = (
                SimulatedRelationship.update(status=status, expires_at=expires_at, approve_at=None)
                .where(
                    SimulatedRelationship.request_id == row.request_id,
                    SimulatedRelationship.status == row.status,
                    SimulatedRelationship.expires_at == row.expires_at,
                )
                .execute()
            )
            if won and status != row.status:
                changed.append((_uuid(row.customer_id), status))
        return changed


def _relationship(row: SimulatedRelationship) -> AdminRelationship:
    return AdminRelationship(
        row.relationship_id, row.status, approval_url(row.relationship_id), row.expires_at
    )


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
