"""The use case "create a customer": validate, check the domain, write everything in one go."""

from __future__ import annotations

import getpass
import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peewee import IntegrityError, PeeweeException

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.credentials import AdminCredentials, temporary_password
from reseller_desktop.domain.provisioning import PENDING, stage_duration
from reseller_desktop.domain.request import DOMAIN_PREFIX_PATTERN, NewCustomerRequest
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.domain.validation import normalized, validate_request
from reseller_desktop.services.namespace import TakenPrefixes
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy
from reseller_desktop.store.postgres import database_user

log = logging.getLogger(__name__)

AVAILABLE, TAKEN, INVALID = "available", "taken", "invalid"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services and containers): still record something
        return "unknown"


def staff_actor(os_name: str, db_user: str | None) -> str:
    """Who acts, for the audit history: the OS login, and the database role when there is one
    and it differs ("alice (db: reseller_alice)"); cut to fit the column."""
    name = os_name if not db_user or db_user == os_name else f"{os_name} (db: {db_user})"
    return name[: AuditEvent.actor.max_length]


def current_actor() -> str:
    """``staff_actor`` for this process and the open store."""
    try:
        db_user = database_user(database_proxy.obj)
    except PeeweeException:  # the server went away just now: the OS login still says who
        db_user = None
    return staff_actor(os_user(), db_user)


class OnboardingError(Exception):
    """Creating the customer failed and nothing was written.

    ``message`` is for the user; ``problems`` maps request fields to what is wrong with them.
    """

    def __init__(self, message: Message, problems: dict[str, Message] | None = None) -> None:
        super().__init__(message.render())
        self.message = message
        self.problems = problems or {}


class PrefixTakenError(OnboardingError):
    """The domain prefix belongs to another tenant (maybe since the user last checked)."""


@dataclass(frozen=True)
class CreationResult:
    customer: Customer
    subscription: Subscription
    credentials: AdminCredentials
    already_existed: bool = False
    events: list[AuditEvent] = field(default_factory=list)


def search_text(company: str, prefix: str, first: str, last: str, email: str) -> str:
    """What the customer list's search box matches against (see ``Customer.search_text``)."""
    return " ".join((company, prefix, f"{first} {last}", email)).casefold()


def _prefix_taken(prefix: str) -> OnboardingError:
    return PrefixTakenError(
        Message(
            "Onboarding",
            QT_TRANSLATE_NOOP(
                "Onboarding",
                "The domain {domain} is already taken. Choose another domain prefix.",
            ),
            {"domain": f"{prefix}.onmicrosoft.com"},
        ),
        {
            "domain_prefix": Message(
                "Onboarding",
                QT_TRANSLATE_NOOP(
                    "Onboarding", "This prefix is already taken: choose another one."
                ),
            )
        },
    )


def _prefix_just_taken(prefix: str) -> OnboardingError:
    """Someone else saved a customer with this prefix between our check and our insert."""
    return PrefixTakenError(
        Message(
            "Onboarding",
            QT_TRANSLATE_NOOP(
                "Onboarding",
                "The domain {domain} was just taken by a customer saved at the same moment. "
                "Nothing was written: choose another domain prefix and submit again.",
            ),
            {"domain": f"{prefix}.onmicrosoft.com"},
        ),
        {
            "domain_prefix": Message(
                "Onboarding",
                QT_TRANSLATE_NOOP("Onboarding", "This prefix was just taken: choose another one."),
            )
        },
    )


class OnboardingService:
    """Creates customers. The store must be open (``database_proxy`` initialised)."""

    def __init__(
        self,
        catalog: Catalog,
        namespace: TakenPrefixes,
        *,
        clock: Clock = utcnow,
        actor: str | None = None,
        provisioning_speed: float = 1.0,
    ) -> None:
        self.catalog = catalog
        self.namespace = namespace
        self.clock = clock
        self.actor = actor or current_actor()
        self.provisioning_speed = provisioning_speed

    def prefix_status(self, prefix: str) -> str:
        """``available``, ``taken`` or ``invalid`` (the wizard's live indicator asks this)."""
        prefix = prefix.strip()
        if not DOMAIN_PREFIX_PATTERN.fullmatch(prefix):
            return INVALID
        if prefix in self.namespace:
            return TAKEN
        return TAKEN if self._prefix_in_book(prefix) else AVAILABLE

    def _prefix_in_book(self, prefix: str) -> bool:
        return Customer.select().where(Customer.domain_key == prefix.lower()).exists()

    def create_customer(self, request: NewCustomerRequest) -> CreationResult:
        """Create the customer and its first subscription, or raise OnboardingError.

        Idempotent on ``request.request_id``: a second call returns the customer of the first one,
        writes nothing, and its credentials carry no password (it was shown the first time).
        """
        try:
            existing = self._existing(request.request_id)
            if existing is not None:
                return existing
            request = normalized(request)
            problems = validate_request(request, self.catalog, today=self._today())
            if problems:
                raise OnboardingError(
                    Message(
                        "Onboarding",
                        QT_TRANSLATE_NOOP(
                            "Onboarding",
                            "Some entries need fixing before the customer can be created.",
                        ),
                    ),
                    problems,
                )
            if self.prefix_status(request.domain_prefix) == TAKEN:
                raise _prefix_taken(request.domain_prefix)
            try:
                result = self._write(request)
            except IntegrityError:
                # Lost a race, decided by the unique indexes (the transaction is rolled back by
                # now): either the same request was just saved (a retry, or a second click on
                # another desktop) or someone else just took the prefix.
                existing = self._existing(request.request_id)
                if existing is not None:
                    return existing
                if self._prefix_in_book(request.domain_prefix):
                    raise _prefix_just_taken(request.domain_prefix) from None
                raise
        except PeeweeException as exc:
            log.warning("Saving a customer failed: %s", type(exc).__name__)
            raise OnboardingError(
                Message(
                    "Onboarding",
                    QT_TRANSLATE_NOOP(
                        "Onboarding",
                        "The customer could not be saved because the database is unavailable "
                        "({reason}). Nothing was written: check the connection and submit again.",
                    ),
                    {"reason": str(exc).strip().splitlines()[0] if str(exc).strip() else "?"},
                )
            ) from None
        log.info("Created customer %s (%s)", result.customer.id, result.customer.domain)
        # The password is made only now, after the commit, so no error path can ever carry it.
        return CreationResult(
            customer=result.customer,
            subscription=result.subscription,
            credentials=AdminCredentials(result.customer.admin_user, temporary_password()),
            events=result.events,
        )

    def _today(self) -> date:
        return self.clock().date()

    def _existing(self, request_id: str) -> CreationResult | None:
        customer = Customer.get_or_none(Customer.request_id == request_id)
        if customer is None:
            return None
        subscription = (
            Subscription.select()
            .where(Subscription.customer == customer)
            .order_by(Subscription.created_at)
            .first()
        )
        return CreationResult(
            customer=customer,
            subscription=subscription,
            credentials=AdminCredentials(customer.admin_user, None),
            already_existed=True,
        )

    def _audit(self, customer: Customer, action: str, details: dict[str, Any]) -> AuditEvent:
        return AuditEvent.create(
            customer=customer,
            at=self.clock(),
            actor=self.actor,
            action=action,
            details=json.dumps(details, ensure_ascii=False, default=str),
        )

    def _write(self, r: NewCustomerRequest) -> CreationResult:
        offer = self.catalog.get(r.offer_id)
        assert offer is not None  # validated above
        now = self.clock()
        customer_id = uuid.uuid4()
        with database_proxy.atomic():
            customer = Customer.create(
                id=customer_id,
                company_name=r.company_name,
                domain_prefix=r.domain_prefix,
                domain_key=r.domain_prefix.lower(),
                country=r.country,
                address_line1=r.address_line1,
                address_line2=r.address_line2,
                city=r.city,
                state=r.state,
                postal_code=r.postal_code,
                first_name=r.first_name,
                last_name=r.last_name,
                email=r.email,
                phone=r.phone,
                registration_number=r.registration_number,
                language=r.language,
                culture=r.culture,
                mca_accepted=r.mca_accepted,
                mca_date=r.mca_date,
                mca_signer_first_name=r.mca_signer_first_name,
                mca_signer_last_name=r.mca_signer_last_name,
                mca_signer_email=r.mca_signer_email,
                mca_signer_phone=r.mca_signer_phone,
                status=PENDING,
                next_change_at=now + stage_duration(customer_id, PENDING, self.provisioning_speed),
                request_id=r.request_id,
                offer_summary=offer.name,
                total_seats=r.seats,
                search_text=search_text(
                    r.company_name, r.domain_prefix, r.first_name, r.last_name, r.email
                ),
                created_at=now,
                updated_at=now,
                created_by=self.actor,
            )
            subscription = Subscription.create(
                customer=customer,
                offer_id=offer.id,
                offer_name=offer.name,
                family=offer.family,
                seats=r.seats,
                term=r.term,
                billing_cycle=r.billing_cycle,
                seats_changed_at=now,
                created_at=now,
                updated_at=now,
            )
            events = [
                self._audit(customer, "customer_created", {"domain": customer.domain}),
                self._audit(
                    customer,
                    "subscription_created",
                    {
                        "subscription": str(subscription.id),
                        "offer": offer.id,
                        "seats": r.seats,
                        "term": r.term,
                        "billing_cycle": r.billing_cycle,
                        "order": str(subscription.order_id),
                    },
                ),
            ]
        return CreationResult(
            customer, subscription, AdminCredentials(customer.admin_user), False, events
        )
