"""The Partner Center port: what the app asks of Microsoft, as one interface and plain data.

Every call may raise a ``PartnerCenterError`` (``errors.py``). Calls that create something take a
request id (Partner Center's ``MS-RequestId``): calling again with the same id answers the first
result instead of doing the work twice, so a caller retries an unknown outcome with the same id.
Implementations may block (network, database): callers run them off the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from reseller_desktop.domain.countries import AddressRules
from reseller_desktop.domain.credentials import AdminCredentials
from reseller_desktop.domain.request import NewCustomerRequest


@dataclass(frozen=True)
class CreatedCustomer:
    """Partner Center's answer to "create a customer".

    ``credentials.password`` is None when the answer replays an earlier call whose reply (with the
    password) was lost: the password must then be reset, it cannot be recovered.
    """

    customer_id: uuid.UUID
    tenant_id: uuid.UUID
    domain: str
    credentials: AdminCredentials
    created_at: datetime
    # When to ask about this customer again (the service's hint; None: at the next poll).
    next_poll_at: datetime | None = None
    replayed: bool = False


@dataclass(frozen=True)
class OrderLine:
    offer_id: str
    term: str
    billing_cycle: str
    seats: int


@dataclass(frozen=True)
class PlacedOrder:
    order_id: uuid.UUID
    subscription_id: uuid.UUID
    status: str = "pending"
    next_poll_at: datetime | None = None
    replayed: bool = False


@dataclass(frozen=True)
class AddressQuery:
    country: str
    address_line1: str
    address_line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""


@dataclass(frozen=True)
class AddressCheck:
    """``status`` as Partner Center says it (VerifiedAddress, StreetPartial, NotValidated...);
    ``suggestion`` an address to offer the user (never applied silently)."""

    status: str
    suggestion: AddressQuery | None = None
    message: str = ""

    @property
    def verified(self) -> bool:
        return self.status.startswith("Verified")


@dataclass(frozen=True)
class CustomerProfile:
    """The company and contact details Partner Center keeps for a customer (its billing profile).
    The domain and the country are fixed once the tenant exists: they are not part of it."""

    company_name: str
    address: AddressQuery
    first_name: str
    last_name: str
    email: str
    phone: str = ""


@dataclass(frozen=True)
class AgreementState:
    """The customer's Microsoft Customer Agreement (``domain/agreement.py``'s statuses) and the
    acceptance link to send them (empty until one is sent)."""

    status: str
    link: str = ""
    expires_at: datetime | None = None


@dataclass(frozen=True)
class Reseller:
    """An indirect reseller of the signed-in indirect provider (``id``: its tenant id, sent as
    ``associatedPartnerId``)."""

    id: str
    name: str


@dataclass(frozen=True)
class RelationshipRequest:
    """A GDAP admin relationship to request: Entra role names, an ISO duration, auto-extend."""

    display_name: str
    roles: tuple[str, ...]
    duration: str
    auto_extend: bool


@dataclass(frozen=True)
class AdminRelationship:
    id: str
    status: str  # domain/gdap.py: approval_pending, active, expired
    approval_url: str
    expires_at: datetime | None = None


@dataclass
class Changes:
    """What changed at Microsoft since the last poll."""

    changed: list[uuid.UUID] = field(default_factory=list)  # customers whose state changed
    activated: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # id, company
    failed: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # id, company
    more_due: bool = False  # more changes are waiting: poll again at once
    agreements: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # id, new status
    relationships: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # id, new status


@runtime_checkable
class PartnerCenter(Protocol):
    """Microsoft Partner Center, as the use cases see it."""

    #: Shown to the user ("Simulator"), so that nobody mistakes a demo for a real tenant.
    name: str
    is_simulated: bool

    def domain_available(self, prefix: str) -> bool:
        """Whether ``<prefix>.onmicrosoft.com`` is free (case-insensitive)."""
        ...

    def validate_address(self, address: AddressQuery) -> AddressCheck: ...

    def country_rules(self, country: str) -> AddressRules: ...

    def create_customer(self, request: NewCustomerRequest, request_id: str) -> CreatedCustomer:
        """Create the customer's tenant with its admin account (idempotent on ``request_id``)."""
        ...

    def place_order(self, customer_id: uuid.UUID, line: OrderLine, request_id: str) -> PlacedOrder:
        """Buy a subscription for the customer (idempotent on ``request_id``)."""
        ...

    def change_seats(
        self, customer_id: uuid.UUID, subscription_id: uuid.UUID, seats: int, request_id: str
    ) -> None: ...

    def update_customer_profile(
        self, customer_id: uuid.UUID, profile: CustomerProfile, request_id: str
    ) -> None:
        """Replace the customer's company and contact details (idempotent: the same profile)."""
        ...

    def cancel_subscription(
        self, customer_id: uuid.UUID, subscription_id: uuid.UUID, request_id: str
    ) -> None:
        """Cancel a subscription within 7 days of its purchase (Partner Center sets it to
        "deleted" and refunds the unused part); refused with a ``PartnerCenterError`` after that.
        Cancelling a cancelled subscription again answers the same."""
        ...

    def poll_changes(self, now: datetime) -> Changes:
        """What changed since the last poll: customers visible or provisioned, orders fulfilled,
        subscriptions active or failed."""
        ...

    def retry_provisioning(self, customer_id: uuid.UUID, actor: str) -> bool:
        """Ask again to provision a customer whose provisioning failed (False: not failed)."""
        ...

    def reset_admin_password(self, customer_id: uuid.UUID) -> AdminCredentials:
        """Give the customer's admin a new temporary password (the old one stops working)."""
        ...

    def agreement_status(self, customer_id: uuid.UUID) -> AgreementState:
        """Whether the customer accepted the Microsoft Customer Agreement (orders wait until)."""
        ...

    def send_agreement_link(self, customer_id: uuid.UUID, request_id: str) -> AgreementState:
        """A Microsoft-hosted acceptance link for the customer (a fresh one when the last
        expired; idempotent on ``request_id``). Accepted already: answers that, no link."""
        ...

    def resellers(self) -> list[Reseller]:
        """The indirect provider's resellers (empty for a direct-bill partner)."""
        ...

    def request_admin_relationship(
        self, customer_id: uuid.UUID, request: RelationshipRequest, request_id: str
    ) -> AdminRelationship:
        """Ask the customer for a GDAP admin relationship, locked for their approval."""
        ...


def order_request_id(request_id: str) -> str:
    """The request id of the first order placed for the customer created by ``request_id``:
    derived, so a retry of the whole submission reuses it too."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"order:{request_id}"))


def agreement_request_id(request_id: str) -> str:
    """The request id of the first acceptance link sent for the customer of ``request_id``."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"agreement:{request_id}"))


def relationship_request_id(request_id: str) -> str:
    """The request id of the admin relationship first requested for the customer."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"gdap:{request_id}"))
