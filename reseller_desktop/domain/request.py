"""The request to create a customer, as the wizard (or a CSV import) fills it in."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date

# Partner Center: letters and digits only, 1 to 27 characters (ASCII: Python's \d matches more).
DOMAIN_PREFIX_PATTERN = re.compile(r"[A-Za-z0-9]{1,27}", re.ASCII)
DOMAIN_SUFFIX = ".onmicrosoft.com"


def new_request_id() -> str:
    """A fresh idempotency key (Partner Center's ``MS-RequestId``)."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class NewCustomerRequest:
    """Everything needed to create a customer and its first subscription.

    Field names are the keys of validation problems, so views can show each problem next to the
    widget that edits that field.
    """

    company_name: str = ""
    domain_prefix: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    registration_number: str = ""
    language: str = ""  # two letters, e.g. "fr"
    culture: str = ""  # e.g. "fr-FR"
    # Microsoft Customer Agreement attestation
    mca_accepted: bool = False
    mca_date: date | None = None
    mca_signer_first_name: str = ""
    mca_signer_last_name: str = ""
    mca_signer_email: str = ""
    mca_signer_phone: str = ""
    # GDAP: Partner Center's default relationship (enableGDAPByDefault), and optionally an admin
    # relationship requested with a role template (roles "; "-separated, duration P1D..P2Y).
    gdap_default: bool = True
    admin_template: str = ""
    admin_roles: str = ""
    admin_duration: str = ""
    admin_auto_extend: bool = False
    # Indirect providers: the reseller the customer belongs to (associatedPartnerId).
    reseller_id: str = ""
    reseller_name: str = ""
    # First subscription
    offer_id: str = ""
    seats: int = 1
    term: str = "P1Y"
    billing_cycle: str = "monthly"
    request_id: str = field(default_factory=new_request_id)

    def with_changes(self, **changes: object) -> NewCustomerRequest:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def domain(self) -> str:
        return f"{self.domain_prefix}{DOMAIN_SUFFIX}"

    @property
    def admin_role_list(self) -> tuple[str, ...]:
        return tuple(role.strip() for role in self.admin_roles.split(";") if role.strip())

    @property
    def admin_user(self) -> str:
        return f"admin@{self.domain}"

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


TEXT_FIELDS = [
    f.name
    for f in fields(NewCustomerRequest)
    if f.name
    not in {"mca_accepted", "mca_date", "seats", "request_id", "gdap_default", "admin_auto_extend"}
]
