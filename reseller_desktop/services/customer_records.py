"""One customer as the details dialog shows it: plain, frozen data, never a store row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TypeVar

from reseller_desktop.domain.request import DOMAIN_SUFFIX

_Record = TypeVar("_Record")


@dataclass(frozen=True)
class CustomerRecord:
    id: uuid.UUID
    company_name: str
    domain_prefix: str
    country: str
    address_line1: str
    address_line2: str
    city: str
    state: str
    postal_code: str
    first_name: str
    last_name: str
    email: str
    phone: str
    registration_number: str
    language: str
    culture: str
    mca_accepted: bool
    mca_date: date | None
    mca_signer_first_name: str
    mca_signer_last_name: str
    mca_signer_email: str
    mca_signer_phone: str
    agreement_status: str
    agreement_link: str
    agreement_expires_at: datetime | None
    gdap_default: bool
    admin_relationship_id: str
    admin_relationship_status: str
    admin_relationship_template: str
    admin_relationship_roles: str
    reseller_id: str
    reseller_name: str
    status: str
    status_reason: str
    created_at: datetime
    created_by: str

    @property
    def domain(self) -> str:
        return f"{self.domain_prefix}{DOMAIN_SUFFIX}"

    @property
    def admin_user(self) -> str:
        return f"admin@{self.domain}"


@dataclass(frozen=True)
class SubscriptionRecord:
    id: uuid.UUID
    offer_id: str
    offer_name: str
    family: str
    seats: int
    term: str
    billing_cycle: str
    status: str
    order_id: uuid.UUID
    order_status: str
    seats_changed_at: datetime
    created_at: datetime


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    details: str  # JSON


def record(kind: type[_Record], row: Any) -> _Record:
    """``kind`` filled from the attributes of the same names on ``row``."""
    return kind(**{f.name: getattr(row, f.name) for f in fields(kind)})  # type: ignore[arg-type]
