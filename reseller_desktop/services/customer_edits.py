"""The use case "edit a customer's company and contact details" after the customer exists.

The company name, the address (not the country), the contact's name, e-mail and phone may change;
the domain prefix never does (it names the Microsoft tenant). Edits are checked with the wizard's
own rules (``domain/validation.py``), sent to Partner Center as the customer's profile, then saved
in one transaction with an audit event that says what changed (each field's old and new value).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from peewee import PeeweeException

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.domain.search import search_text
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.domain.validation import normalized, validate_request
from reseller_desktop.services.customer_records import CustomerRecord
from reseller_desktop.services.partner_center.errors import (
    OutcomeUnknownError,
    PartnerCenterError,
    ServiceBusyError,
    ServiceUnavailableError,
)
from reseller_desktop.services.partner_center.port import (
    AddressQuery,
    CustomerProfile,
    PartnerCenter,
)
from reseller_desktop.store.models import AuditEvent, Customer, database_proxy

CONTEXT = "CustomerEdits"
EDITED = "customer_edited"  # the audit action; details: {"changes": {field: [old, new]}}


@dataclass(frozen=True)
class CustomerDetails:
    """The editable details of a customer, as shown and as typed (field names as in the request,
    so validation problems key the same widgets)."""

    company_name: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""

    @classmethod
    def of(cls, customer: CustomerRecord | Customer) -> CustomerDetails:
        return cls(**{f.name: getattr(customer, f.name) for f in fields(cls)})


EDITABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CustomerDetails))


def _m(text: str, **args: Any) -> Message:
    return Message(CONTEXT, text, args)


class CustomerEditError(Exception):
    """Nothing was written. ``problems`` maps fields ("" for the whole edit) to what is wrong and
    how to fix it."""

    def __init__(self, problems: dict[str, Message]) -> None:
        first = next(iter(problems.values()))
        super().__init__(first.render())
        self.problems = problems


def _as_request(
    customer: CustomerRecord | Customer, details: CustomerDetails
) -> NewCustomerRequest:
    """The customer as a request, with ``details`` in place of its editable fields."""
    kept = {
        name: getattr(customer, name)
        for name in (
            "domain_prefix",
            "country",
            "registration_number",
            "language",
            "culture",
            "mca_accepted",
            "mca_date",
            "mca_signer_first_name",
            "mca_signer_last_name",
            "mca_signer_email",
            "mca_signer_phone",
        )
    }
    return NewCustomerRequest(**kept, **asdict(details))


class CustomerEditService:
    def __init__(
        self,
        catalog: Catalog,
        port: PartnerCenter,
        *,
        clock: Clock = utcnow,
        actor: str = "",
    ) -> None:
        self.catalog = catalog
        self.port = port
        self.clock = clock
        self.actor = actor
        # The partner's own e-mail domains (plain data from the app's wiring, see onboarding).
        self.partner_domains: tuple[str, ...] = ()

    def problems(
        self, customer: CustomerRecord | Customer, details: CustomerDetails
    ) -> dict[str, Message]:
        """Every problem of ``details`` for this customer (its country decides the address and
        phone rules), by field; empty when they can be saved. Reads nothing: safe to call as the
        user types."""
        request = _as_request(customer, details)
        # A contact e-mail recorded before the rule stays editable around it: only a changed
        # e-mail is refused on the partner's own domains.
        changed = details.email.strip().casefold() != str(customer.email or "").strip().casefold()
        found = validate_request(
            request,
            self.catalog,
            today=self._today(),
            partner_domains=self.partner_domains if changed else (),
        )
        return {name: found[name] for name in EDITABLE_FIELDS if name in found}

    def tidied(
        self, customer: CustomerRecord | Customer, details: CustomerDetails
    ) -> CustomerDetails:
        """``details`` as they are saved: trimmed, postal code in capitals, state as its code..."""
        request = normalized(_as_request(customer, details))
        return CustomerDetails(**{name: getattr(request, name) for name in EDITABLE_FIELDS})

    def changes(
        self, customer: CustomerRecord | Customer, shown: CustomerDetails, details: CustomerDetails
    ) -> dict[str, tuple[str, str]]:
        """The fields the user changed: typed ``details`` against the ``shown`` ones, field ->
        (old value, new value as saved)."""
        after = self.tidied(customer, details)
        return {
            name: (getattr(shown, name), getattr(after, name))
            for name in EDITABLE_FIELDS
            if getattr(shown, name) != getattr(after, name)
        }

    def save(
        self,
        customer_id: uuid.UUID,
        shown: CustomerDetails,
        details: CustomerDetails,
        *,
        request_id: str | None = None,
    ) -> list[str]:
        """Save ``details`` (typed over ``shown``, what the user saw); return the fields that
        changed (none: nothing is sent or written). Raise CustomerEditError when a value breaks a
        rule, Microsoft refuses, or another desktop changed one of these fields meanwhile."""
        try:
            row = Customer.get_or_none(Customer.id == customer_id)
            if row is None:
                raise CustomerEditError({"": _gone()})
            problems = self.problems(row, details)
            if problems:
                raise CustomerEditError(problems)
            changes = self.changes(row, shown, details)
            if not changes:
                return []
            _check_unchanged_elsewhere(row, shown, changes)
            # Fields the user did not change keep their stored value (another desktop's, maybe).
            after = replace(
                CustomerDetails.of(row), **{name: new for name, (_old, new) in changes.items()}
            )
            profile = CustomerProfile(
                company_name=after.company_name,
                address=AddressQuery(
                    country=row.country,
                    address_line1=after.address_line1,
                    address_line2=after.address_line2,
                    city=after.city,
                    state=after.state,
                    postal_code=after.postal_code,
                ),
                first_name=after.first_name,
                last_name=after.last_name,
                email=after.email,
                phone=after.phone,
            )
            _remote(
                lambda: self.port.update_customer_profile(
                    customer_id, profile, request_id or new_request_id()
                )
            )
            with database_proxy.atomic():
                row = Customer.get_or_none(Customer.id == customer_id)
                if row is None:
                    raise CustomerEditError({"": _gone()})
                _check_unchanged_elsewhere(row, shown, changes)
                now = self.clock()
                values: dict[str, Any] = {name: new for name, (_old, new) in changes.items()}
                merged = {**asdict(CustomerDetails.of(row)), **values}
                values["search_text"] = search_text(
                    merged["company_name"],
                    row.domain_prefix,
                    merged["first_name"],
                    merged["last_name"],
                    merged["email"],
                    merged["city"],
                    row.registration_number,
                )
                values["updated_at"] = now
                Customer.update(**values).where(Customer.id == customer_id).execute()
                AuditEvent.create(
                    customer=customer_id,
                    at=now,
                    actor=self.actor,
                    action=EDITED,
                    details=json.dumps(
                        {"changes": {name: list(pair) for name, pair in changes.items()}},
                        ensure_ascii=False,
                    ),
                )
            return list(changes)
        except PeeweeException as exc:
            raise CustomerEditError({"": _unavailable(exc)}) from None

    def _today(self) -> date:
        return self.clock().date()


def _check_unchanged_elsewhere(
    row: Customer, shown: CustomerDetails, changes: dict[str, tuple[str, str]]
) -> None:
    """Refuse when a field being changed no longer holds what the user saw (another desktop)."""
    moved = [name for name in changes if getattr(row, name) != getattr(shown, name)]
    if moved:
        raise CustomerEditError(
            {
                "": _m(
                    QT_TRANSLATE_NOOP(
                        "CustomerEdits",
                        "Someone else changed this customer's details meanwhile. Close this "
                        "window and open it again to see their changes, then edit again.",
                    )
                )
            }
        )


def _gone() -> Message:
    return _m(QT_TRANSLATE_NOOP("CustomerEdits", "This customer no longer exists."))


def _remote(call: Any) -> Any:
    """A port call, its failures as CustomerEditError."""
    try:
        return call()
    except PartnerCenterError as error:
        if isinstance(error, (OutcomeUnknownError, ServiceUnavailableError, ServiceBusyError)):
            message = _m(
                QT_TRANSLATE_NOOP(
                    "CustomerEdits",
                    "Microsoft did not answer ({reason}). Nothing was saved: try again.",
                ),
                reason=error.description or error.code,
            )
        else:
            message = _m(
                QT_TRANSLATE_NOOP(
                    "CustomerEdits",
                    "Microsoft refused the new details: {description} (code {code}).",
                ),
                description=error.description or error.code,
                code=error.code,
            )
        raise CustomerEditError({error.field or "": message}) from None


def _unavailable(exc: Exception) -> Message:
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _m(
        QT_TRANSLATE_NOOP(
            "CustomerEdits",
            "The details could not be saved because the database is unavailable ({reason}). "
            "Nothing was written: check the connection and try again.",
        ),
        reason=reason,
    )
