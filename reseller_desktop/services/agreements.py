"""The customer's agreement and GDAP relationship after creation: statuses that Microsoft moves
on (reported by the poll), a fresh acceptance link when one expired, and the first order placed
as soon as the agreement is accepted.

Blocking (the port, the store): ``apply`` runs on the provisioning clock's worker, right after
its poll; the views call the rest from a worker too.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

from peewee import PeeweeException

from reseller_desktop.domain.agreement import ACCEPTED, EXPIRED, LINK_SENT
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.request import new_request_id
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.services.onboarding import OnboardingError, OnboardingService
from reseller_desktop.services.partner_center.errors import PartnerCenterError
from reseller_desktop.services.partner_center.port import AgreementState, Changes, PartnerCenter
from reseller_desktop.store.models import AuditEvent, Customer, database_proxy

log = logging.getLogger(__name__)

_AGREEMENT_ACTIONS = {ACCEPTED: "agreement_accepted", EXPIRED: "agreement_expired"}
_RELATIONSHIP_ACTIONS = {
    "active": "admin_relationship_approved",
    "expired": "admin_relationship_expired",
}


class AgreementService:
    def __init__(
        self,
        port: PartnerCenter,
        onboarding: OnboardingService,
        *,
        clock: Clock = utcnow,
    ) -> None:
        self.port = port
        self.onboarding = onboarding
        self.clock = clock

    @property
    def microsoft(self) -> str:
        """Who acts when Microsoft moves a status on, for the history."""
        return "Microsoft (simulated)" if self.port.is_simulated else "Microsoft Partner Center"

    def apply(self, changes: Changes) -> None:
        """Record the statuses the poll reported, then place the orders they release (their
        customers join ``changes.changed``)."""
        now = self.clock()
        with database_proxy.atomic():
            for customer_id, status in changes.agreements:
                updated = (
                    Customer.update(agreement_status=status, updated_at=now)
                    .where(Customer.id == customer_id, Customer.agreement_status != status)
                    .execute()
                )
                if updated and status in _AGREEMENT_ACTIONS:
                    self._audit(customer_id, _AGREEMENT_ACTIONS[status], {}, self.microsoft)
            for customer_id, status in changes.relationships:
                updated = (
                    Customer.update(admin_relationship_status=status, updated_at=now)
                    .where(
                        Customer.id == customer_id,
                        Customer.admin_relationship_id != "",
                        Customer.admin_relationship_status != status,
                    )
                    .execute()
                )
                if updated and status in _RELATIONSHIP_ACTIONS:
                    self._audit(customer_id, _RELATIONSHIP_ACTIONS[status], {}, self.microsoft)
        accepted = [customer for customer, status in changes.agreements if status == ACCEPTED]
        if accepted:
            for customer_id in self.onboarding.place_held_orders(accepted):
                if customer_id not in changes.changed:
                    changes.changed.append(customer_id)

    def send_new_link(self, customer_id: uuid.UUID) -> AgreementState:
        """A fresh acceptance link (the last one expired, or none was sent); recorded in the
        book and the history. Raises ``OnboardingError`` when Microsoft cannot do it now."""
        try:
            state = self.port.send_agreement_link(customer_id, new_request_id())
        except PartnerCenterError as error:
            raise OnboardingError(
                Message(
                    "Agreements",
                    QT_TRANSLATE_NOOP(
                        "Agreements",
                        "Microsoft did not send a new acceptance link ({code}). Try again later.",
                    ),
                    {"code": error.code},
                )
            ) from None
        self._record(customer_id, state, "agreement_link_sent")
        if state.status == ACCEPTED:
            self.onboarding.place_held_orders([customer_id])
        return state

    def _record(self, customer_id: uuid.UUID, state: AgreementState, action: str) -> None:
        try:
            with database_proxy.atomic():
                Customer.update(
                    agreement_status=state.status,
                    agreement_link=state.link,
                    agreement_expires_at=state.expires_at,
                    updated_at=self.clock(),
                ).where(Customer.id == customer_id).execute()
                if state.status == LINK_SENT:
                    self._audit(
                        customer_id, action, {"expires": state.expires_at}, self.onboarding.actor
                    )
        except PeeweeException as exc:  # the link is on screen; the book catches up at the poll
            log.warning("Agreement link of %s not recorded: %s", customer_id, exc)

    def _audit(
        self, customer_id: uuid.UUID, action: str, details: dict[str, Any], actor: str
    ) -> None:
        AuditEvent.create(
            customer=customer_id,
            at=self.clock(),
            actor=actor,
            action=action,
            details=json.dumps(details, ensure_ascii=False, default=str),
        )
