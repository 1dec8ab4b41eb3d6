"""The use case "create a customer": validate, check the domain, write everything in one go."""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from peewee import IntegrityError, PeeweeException

from reseller_desktop.domain.agreement import ACCEPTED, REQUIRED
from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.credentials import AdminCredentials
from reseller_desktop.domain.gdap import approval_url, display_name
from reseller_desktop.domain.provisioning import ACTIVE, PENDING
from reseller_desktop.domain.request import DOMAIN_PREFIX_PATTERN, NewCustomerRequest
from reseller_desktop.domain.search import search_text
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.domain.validation import normalized, validate_request
from reseller_desktop.services.journal import (
    AWAITING_AGREEMENT,
    CREATED,
    FAILED,
    IN_DOUBT,
    ORDERED,
    JournalEntry,
    SubmissionJournal,
)
from reseller_desktop.services.partner_center.errors import (
    DomainTakenError,
    PartnerCenterError,
)
from reseller_desktop.services.partner_center.errors import (
    OutcomeUnknownError as PortOutcomeUnknownError,
)
from reseller_desktop.services.partner_center.errors import (
    ServiceBusyError as PortServiceBusyError,
)
from reseller_desktop.services.partner_center.errors import (
    ServiceUnavailableError as PortServiceUnavailableError,
)
from reseller_desktop.services.partner_center.port import (
    AdminRelationship,
    AgreementState,
    CreatedCustomer,
    OrderLine,
    PartnerCenter,
    PlacedOrder,
    RelationshipRequest,
    agreement_request_id,
    order_request_id,
    relationship_request_id,
)
from reseller_desktop.services.partner_center.rest.codes import hint
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy
from reseller_desktop.store.postgres import database_user
from reseller_desktop.store.statements import insert_new

log = logging.getLogger(__name__)

AVAILABLE, TAKEN, INVALID = "available", "taken", "invalid"
# The customer accepted the agreement before the first order (in their admin center).
ACCEPTED_ALREADY = AgreementState(ACCEPTED)


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
    """Creating the customer failed and nothing was created.

    ``message`` is for the user; ``problems`` maps request fields to what is wrong with them.
    """

    def __init__(self, message: Message, problems: dict[str, Message] | None = None) -> None:
        super().__init__(message.render())
        self.message = message
        self.problems = problems or {}


class PrefixTakenError(OnboardingError):
    """The domain prefix belongs to another tenant (maybe since the user last checked)."""


class ServiceBusyError(OnboardingError):
    """Microsoft asked to try later (throttling): nothing was created."""

    def __init__(self, message: Message, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OutcomeUnknownError(OnboardingError):
    """The customer may or may not have been created (a timeout, a lost reply): the submission
    is journaled as in doubt and is checked again with the same request id."""


@dataclass(frozen=True)
class CustomerSummary:
    id: uuid.UUID
    company_name: str
    domain: str
    created_at: datetime
    status: str = PENDING


@dataclass(frozen=True)
class SubscriptionSummary:
    id: uuid.UUID
    offer_name: str
    seats: int
    order_id: uuid.UUID | None


@dataclass(frozen=True)
class CreationResult:
    """What the confirmation page shows: plain data, and the password only in ``credentials``."""

    request_id: str
    customer: CustomerSummary
    subscription: SubscriptionSummary | None
    credentials: AdminCredentials
    already_existed: bool = False
    # The first reply's password never reached the user (lost reply, restart): offer a reset.
    password_lost: bool = False
    # False: Microsoft created the customer but the book could not record it yet (retried).
    recorded: bool = True
    # The first order was refused (the customer exists): what to tell the user.
    order_problem: Message | None = None
    events: list[str] = field(default_factory=list)
    # The Microsoft Customer Agreement: the first order waits until the customer accepts it.
    agreement: AgreementState = ACCEPTED_ALREADY
    order_held: bool = False
    # The GDAP admin relationship requested with the customer (None: none requested).
    relationship: AdminRelationship | None = None
    relationship_template: str = ""
    gdap_default: bool = False
    reseller_name: str = ""


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


def _m(text: str, **args: Any) -> Message:
    return Message("Onboarding", text, args)


def _unavailable(exc: Exception) -> OnboardingError:
    text = str(exc).strip()
    return OnboardingError(
        _m(
            QT_TRANSLATE_NOOP(
                "Onboarding",
                "The customer could not be saved because the database is unavailable "
                "({reason}). Nothing was sent to Microsoft: check the connection and submit "
                "again.",
            ),
            reason=text.splitlines()[0] if text else "?",
        )
    )


def _in_doubt() -> OutcomeUnknownError:
    return OutcomeUnknownError(
        _m(
            QT_TRANSLATE_NOOP(
                "Onboarding",
                "Outcome unknown: Microsoft did not confirm whether the customer was created. "
                "Checking again with the same request, so nothing is created twice.",
            )
        )
    )


def _refused(error: PartnerCenterError) -> OnboardingError:
    """Partner Center's refusal: Microsoft's words and code above, and beside the field it
    concerns what to do about it (an unknown code: its correlation id, to quote to support)."""
    fix = hint(error)
    if not error.field:
        return OnboardingError(fix)
    message = _m(
        QT_TRANSLATE_NOOP(
            "Onboarding", "Microsoft refused the request: {description} (code {code})."
        ),
        description=error.description or error.code,
        code=error.code,
    )
    return OnboardingError(message, {error.field: fix})


def valid_request_id(request_id: str) -> bool:
    """A request id is a UUID in its usual text form (Partner Center's ``MS-RequestId``)."""
    if not isinstance(request_id, str) or len(request_id) > 64 or "\0" in request_id:
        return False
    try:
        uuid.UUID(request_id)
    except ValueError:
        return False
    return True


class OnboardingService:
    """Creates customers through the Partner Center port and records them in the book.

    Blocking (the port and the store may wait on a server): views call it from a worker thread.
    Every submission is journaled before the port is asked (``journal.py``).
    """

    def __init__(
        self,
        catalog: Catalog,
        port: PartnerCenter,
        *,
        journal: SubmissionJournal | None = None,
        clock: Clock = utcnow,
        actor: str | None = None,
        partner_domains: Sequence[str] = (),
    ) -> None:
        self.catalog = catalog
        self.port = port
        self.clock = clock
        self.journal = journal or SubmissionJournal(clock=clock)
        self.actor = actor or current_actor()
        # The partner's own e-mail domains, refused for a customer's contact (every path: the
        # wizard, the import, a resumed draft). Plain data set by the app's wiring from
        # Preferences (services never read settings); reassign it when Preferences change.
        self.partner_domains: tuple[str, ...] = tuple(partner_domains)

    def prefix_status(self, prefix: str) -> str:
        """``available``, ``taken`` or ``invalid`` (the wizard's live indicator asks this).

        Raises ``PartnerCenterError`` when the service cannot answer now."""
        prefix = prefix.strip()
        if not DOMAIN_PREFIX_PATTERN.fullmatch(prefix):
            return INVALID
        return AVAILABLE if self.port.domain_available(prefix) else TAKEN

    # -- creating

    def create_customer(self, request: NewCustomerRequest) -> CreationResult:
        """Create the customer and its first subscription, or raise OnboardingError.

        Idempotent on ``request.request_id``: a second call returns the customer of the first
        one and writes nothing; its credentials carry no password (``password_lost`` says
        whether the first one ever reached the user).
        """
        if not valid_request_id(request.request_id):
            raise OnboardingError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "Onboarding",
                        "The request id is not valid (it must be a UUID such as "
                        "{example}). Start a new customer to get a new one.",
                    ),
                    example="123e4567-e89b-12d3-a456-426614174000",
                ),
                {"request_id": _m(QT_TRANSLATE_NOOP("Onboarding", "Not a valid request id."))},
            )
        try:
            existing = self._existing(request.request_id)
        except PeeweeException as exc:
            raise _unavailable(exc) from None
        if existing is not None:
            return existing
        request = normalized(request)
        problems = validate_request(
            request, self.catalog, today=self._today(), partner_domains=self.partner_domains
        )
        if problems:
            raise OnboardingError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "Onboarding",
                        "Some entries need fixing before the customer can be created.",
                    )
                ),
                problems,
            )
        return self._submit(request)

    def resume(self, entry: JournalEntry) -> CreationResult:
        """Carry on with a journaled submission that did not finish (same request id)."""
        existing = self._existing(entry.request_id)
        if existing is not None:
            if entry.state == IN_DOUBT and entry.error_code == "order":
                return self._resume_order(entry, existing)
            return existing
        return self._submit(entry.request())

    def _submit(self, request: NewCustomerRequest) -> CreationResult:
        journal = self.journal
        try:
            # Before Microsoft is asked: a crash from here on leaves a row to resume.
            journal.begin(request, self.actor)
        except PeeweeException as exc:
            raise _unavailable(exc) from None
        rid = request.request_id
        try:
            created = self.port.create_customer(request, rid)
        except PartnerCenterError as error:
            self._journal_failure(rid, error)
            raise self._as_onboarding_error(error, request) from None
        line = OrderLine(request.offer_id, request.term, request.billing_cycle, request.seats)
        order: PlacedOrder | None = None
        order_problem: Message | None = None
        agreement = self._agreement(created.customer_id, rid)
        relationship = self._relationship(request, created.customer_id)
        held = agreement.status != ACCEPTED
        try:
            if held:  # Microsoft refuses orders until the customer accepts the agreement
                _quietly(journal.mark, rid, CREATED, customer_id=created.customer_id)
            else:
                order = self.port.place_order(created.customer_id, line, order_request_id(rid))
        except (PortOutcomeUnknownError, PortServiceUnavailableError, PortServiceBusyError):
            # The customer exists: keep its password on screen; the order is resumed later.
            _quietly(
                journal.mark, rid, IN_DOUBT, customer_id=created.customer_id, error_code="order"
            )
            order_problem = _m(
                QT_TRANSLATE_NOOP(
                    "Onboarding",
                    "The customer was created, but Microsoft did not confirm the order yet. "
                    "It is checked again automatically.",
                )
            )
        except PartnerCenterError as error:
            order_problem = _refused(error).message
            _quietly(journal.mark, rid, CREATED, customer_id=created.customer_id)
        else:  # one journal write for both steps (a crash before it replays both)
            if not held:
                _quietly(journal.mark, rid, ORDERED, customer_id=created.customer_id)
        result: CreationResult | None
        try:
            result = self._record(
                request,
                created,
                order,
                order_in_doubt=order is None and order_problem is not None,
                agreement=agreement,
                relationship=relationship,
            )
        except IntegrityError:
            # Lost a race, decided by the unique indexes: either the same request was just
            # recorded (another desktop resumed it, a double click) or someone took the prefix.
            again = self._existing(rid, created.credentials)
            if again is None:
                _quietly(journal.mark, rid, FAILED, error_code="DomainTaken")
                raise _prefix_just_taken(request.domain_prefix) from None
            result = again
        except PeeweeException:
            # The commit may have happened (a reply lost on the way back): look again once.
            try:
                result = self._existing(rid, created.credentials)
            except PeeweeException:
                result = None
            if result is None:
                log.warning("Recording customer %s is in doubt: resumed later", created.customer_id)
                if created.credentials.password is not None:
                    _quietly(journal.mark_password_shown, rid)
                return replace(
                    self._unrecorded(request, created, order, order_problem),
                    agreement=agreement,
                    order_held=held,
                    relationship=relationship,
                    relationship_template=request.admin_template if relationship else "",
                    gdap_default=request.gdap_default,
                    reseller_name=request.reseller_name,
                )
        assert result is not None
        if created.credentials.password is not None:
            lost = False
        else:  # a replay: lost unless an earlier answer reached the user
            lost = not self._password_was_shown(rid)
        log.info("Created customer %s (%s)", created.customer_id, created.domain)
        return replace(result, password_lost=lost, order_problem=order_problem)

    def _agreement(self, customer_id: uuid.UUID, request_id: str) -> AgreementState:
        """Accepted already (in the admin center), or the acceptance link to send: the first
        order waits for it. Microsoft not answering now: "required", a link is sent later."""
        try:
            state = self.port.agreement_status(customer_id)
            if state.status != ACCEPTED:
                state = self.port.send_agreement_link(customer_id, agreement_request_id(request_id))
        except PartnerCenterError as error:
            log.warning("Agreement link for %s not sent yet: %s", customer_id, error.code)
            return AgreementState(REQUIRED)
        return state

    def _relationship(
        self, request: NewCustomerRequest, customer_id: uuid.UUID
    ) -> AdminRelationship | None:
        """The GDAP admin relationship asked with the template (None: none asked, or Microsoft
        did not answer: the details can ask again)."""
        if not request.admin_template or not request.admin_role_list:
            return None
        asked = RelationshipRequest(
            display_name(request.company_name, request.admin_template),
            request.admin_role_list,
            request.admin_duration or "P2Y",
            request.admin_auto_extend,
        )
        try:
            return self.port.request_admin_relationship(
                customer_id, asked, relationship_request_id(request.request_id)
            )
        except PartnerCenterError as error:
            log.warning("Admin relationship for %s not requested: %s", customer_id, error.code)
            return None

    def _journal_failure(self, request_id: str, error: PartnerCenterError) -> None:
        if isinstance(error, PortOutcomeUnknownError):
            _quietly(self.journal.mark, request_id, IN_DOUBT, error_code=error.code)
        elif isinstance(error, (PortServiceUnavailableError, PortServiceBusyError)):
            # Nothing was done: the user may submit again (the same request id).
            _quietly(self.journal.mark, request_id, FAILED, error_code=error.code)
        else:
            _quietly(
                self.journal.mark,
                request_id,
                FAILED,
                error_code=error.code,
                error_text=error.description,
            )

    def _as_onboarding_error(
        self, error: PartnerCenterError, request: NewCustomerRequest
    ) -> OnboardingError:
        if isinstance(error, PortOutcomeUnknownError):
            return _in_doubt()
        if isinstance(error, DomainTakenError):
            return _prefix_taken(request.domain_prefix)
        if isinstance(error, PortServiceBusyError):
            return ServiceBusyError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "Onboarding",
                        "Microsoft is busy and asked to wait {seconds} s. Nothing was created: "
                        "submit again in a moment.",
                    ),
                    seconds=max(1, round(error.retry_after)),
                ),
                error.retry_after,
            )
        if isinstance(error, PortServiceUnavailableError):
            return _unavailable(error)
        return _refused(error)

    def _unrecorded(
        self,
        request: NewCustomerRequest,
        created: CreatedCustomer,
        order: PlacedOrder | None,
        order_problem: Message | None,
    ) -> CreationResult:
        """Microsoft created the customer, the book could not record it yet: show the password
        now (it exists only in this reply); the journal records the customer later."""
        offer = self.catalog.get(request.offer_id)
        return CreationResult(
            request_id=request.request_id,
            customer=CustomerSummary(
                created.customer_id, request.company_name, created.domain, created.created_at
            ),
            subscription=SubscriptionSummary(
                order.subscription_id,
                offer.name if offer else request.offer_id,
                request.seats,
                order.order_id,
            )
            if order is not None
            else None,
            credentials=created.credentials,
            password_lost=created.credentials.password is None,
            recorded=False,
            order_problem=order_problem,
        )

    # -- the admin password

    def reset_admin_password(self, customer_id: uuid.UUID) -> AdminCredentials:
        """A new temporary password for the customer's admin (the old one stops working).

        Raises ``OnboardingError`` with a message for the user when Microsoft cannot do it."""
        try:
            credentials = self.port.reset_admin_password(customer_id)
        except PartnerCenterError as error:
            if isinstance(error, PortOutcomeUnknownError):
                raise OnboardingError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "Onboarding",
                            "Microsoft did not confirm the reset: reset the password again.",
                        )
                    )
                ) from None
            raise self._as_onboarding_error(error, NewCustomerRequest()) from None
        with contextlib.suppress(PeeweeException):  # the history is worth a line, not a failure
            entry = self.journal.of_customer(customer_id)
            if entry is not None:
                self.journal.mark_password_shown(entry.request_id)
            self._audit(customer_id, "admin_password_reset", {"user": credentials.user_name})
        return credentials

    def _password_was_shown(self, request_id: str) -> bool:
        try:
            entry = self.journal.get(request_id)
        except PeeweeException:
            return False
        return entry is not None and entry.password_shown

    def password_lost(self, customer_id: uuid.UUID) -> bool:
        """Whether the customer's first admin password never reached the user."""
        entry = self.journal.of_customer(customer_id)
        return entry is not None and not entry.password_shown

    # -- the book

    def _today(self) -> date:
        return self.clock().date()

    def _existing(
        self, request_id: str, credentials: AdminCredentials | None = None
    ) -> CreationResult | None:
        if not self._recorded(request_id):  # the usual answer, and a cheap one
            return None
        row = Customer.get_or_none(Customer.request_id == request_id)
        if row is None:
            return None
        subscription = (
            Subscription.select()
            .where(Subscription.customer == row)
            .order_by(Subscription.created_at)
            .first()
        )
        entry = self.journal.get(request_id)
        return CreationResult(
            request_id=request_id,
            customer=_customer_summary(row),
            subscription=_subscription_summary(subscription),
            credentials=credentials or AdminCredentials(row.admin_user, None),
            already_existed=credentials is None,
            password_lost=credentials is None and entry is not None and not entry.password_shown,
            agreement=AgreementState(
                row.agreement_status or ACCEPTED, row.agreement_link, row.agreement_expires_at
            ),
            order_held=entry is not None and entry.state == AWAITING_AGREEMENT,
            relationship=_relationship_of(row),
            relationship_template=row.admin_relationship_template,
            gdap_default=bool(row.gdap_default),
            reseller_name=row.reseller_name,
        )

    @staticmethod
    def _recorded(request_id: str) -> bool:
        """Whether the book holds the customer of ``request_id`` (one indexed probe; peewee's
        ``get`` builds a 40-column SELECT, which costs more than it runs)."""
        db = database_proxy.obj
        cursor = db.execute_sql(
            f"SELECT 1 FROM customer WHERE request_id = {db.param}", (request_id,)
        )
        return cursor.fetchone() is not None

    def _audit(self, customer: Any, action: str, details: dict[str, Any]) -> None:
        event = AuditEvent(
            customer=customer,
            at=self.clock(),
            actor=self.actor,
            action=action,
            details=json.dumps(details, ensure_ascii=False, default=str),
        )
        insert_new(database_proxy.obj, event)

    def _record(
        self,
        r: NewCustomerRequest,
        created: CreatedCustomer,
        order: PlacedOrder | None,
        *,
        order_in_doubt: bool = False,
        agreement: AgreementState = ACCEPTED_ALREADY,
        relationship: AdminRelationship | None = None,
    ) -> CreationResult:
        """Write the customer, its first subscription and their history in one transaction."""
        offer = self.catalog.get(r.offer_id)
        assert offer is not None  # validated before
        now = self.clock()
        due = [t for t in (created.next_poll_at, order.next_poll_at if order else None) if t]
        with database_proxy.atomic():
            customer = Customer(
                id=created.customer_id,
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
                agreement_status=agreement.status,
                agreement_link=agreement.link,
                agreement_expires_at=agreement.expires_at,
                gdap_default=r.gdap_default,
                admin_relationship_id=relationship.id if relationship else "",
                admin_relationship_status=relationship.status if relationship else "",
                admin_relationship_template=r.admin_template if relationship else "",
                admin_relationship_roles=r.admin_roles if relationship else "",
                reseller_id=r.reseller_id,
                reseller_name=r.reseller_name,
                status=PENDING,
                next_change_at=min(due) if due else now,
                request_id=r.request_id,
                offer_summary=offer.name if order else "",
                total_seats=r.seats if order else 0,
                search_text=search_text(
                    r.company_name,
                    r.domain_prefix,
                    r.first_name,
                    r.last_name,
                    r.email,
                    r.city,
                    r.registration_number,
                ),
                created_at=now,
                updated_at=now,
                created_by=self.actor,
            )
            insert_new(database_proxy.obj, customer)
            self._audit(customer, "customer_created", _creation_details(r, customer.domain))
            events = ["customer_created"]
            if agreement.status != ACCEPTED:
                self._audit(
                    customer,
                    "agreement_link_sent" if agreement.link else "agreement_required",
                    {"expires": agreement.expires_at},
                )
                events.append("order_held")
            if relationship is not None:
                self._audit(
                    customer,
                    "admin_relationship_requested",
                    {"template": r.admin_template, "roles": r.admin_roles, "id": relationship.id},
                )
            subscription = self._record_order(r, created.customer_id, order) if order else None
            if subscription is not None:
                events.append("subscription_created")
            # The journal moves on in the same commit: recorded (unless the order is still in
            # doubt), and whether the password was handed to the user with this answer.
            self.journal.mark_recorded(
                r.request_id,
                created.customer_id,
                created.credentials.password is not None,
                order_in_doubt=order_in_doubt,
                order_held=agreement.status != ACCEPTED,
            )
        return CreationResult(
            request_id=r.request_id,
            customer=_customer_summary(customer),
            subscription=_subscription_summary(subscription),
            credentials=created.credentials,
            events=events,
            agreement=agreement,
            order_held=agreement.status != ACCEPTED,
            relationship=relationship,
            relationship_template=r.admin_template if relationship else "",
            gdap_default=r.gdap_default,
            reseller_name=r.reseller_name,
        )

    def _record_order(
        self, r: NewCustomerRequest, customer_id: uuid.UUID, order: PlacedOrder
    ) -> Subscription:
        """The first subscription and its history (inside the caller's transaction)."""
        offer = self.catalog.get(r.offer_id)
        assert offer is not None
        now = self.clock()
        subscription = Subscription(
            id=order.subscription_id,
            customer=customer_id,
            offer_id=offer.id,
            offer_name=offer.name,
            family=offer.family,
            seats=r.seats,
            term=r.term,
            billing_cycle=r.billing_cycle,
            order_id=order.order_id,
            seats_changed_at=now,
            created_at=now,
            updated_at=now,
        )
        insert_new(database_proxy.obj, subscription)
        self._audit(
            customer_id,
            "subscription_created",
            {
                "subscription": str(subscription.id),
                "offer": offer.id,
                "seats": r.seats,
                "term": r.term,
                "billing_cycle": r.billing_cycle,
                "order": str(subscription.order_id),
            },
        )
        return subscription

    # -- orders held until the customer accepts the agreement

    def place_held_orders(self, customer_ids: list[uuid.UUID] | None = None) -> list[uuid.UUID]:
        """Place the first order of every customer whose agreement the book says is accepted
        and whose order is still held (``customer_ids``: only those); return the customers
        whose order was placed. Same order request id as a direct order: never placed twice."""
        placed: list[uuid.UUID] = []
        for entry in self.journal.held_and_accepted(customer_ids):
            try:
                self._place_held(entry)
            except PartnerCenterError as error:  # refused, or not now: the journal says so
                log.warning("Held order %s not placed yet: %s", entry.request_id, error.code)
                if not isinstance(
                    error,
                    (PortOutcomeUnknownError, PortServiceUnavailableError, PortServiceBusyError),
                ):
                    _quietly(
                        self.journal.mark,
                        entry.request_id,
                        FAILED,
                        error_code=error.code,
                        error_text=error.description,
                    )
                continue
            assert entry.customer_id is not None
            _held_order_done(entry.customer_id)
            placed.append(entry.customer_id)
        return placed

    def _place_held(self, entry: JournalEntry) -> None:
        assert entry.customer_id is not None
        customer_id = entry.customer_id
        r = entry.request()
        line = OrderLine(r.offer_id, r.term, r.billing_cycle, r.seats)
        order = self.port.place_order(customer_id, line, order_request_id(r.request_id))
        offer = self.catalog.get(r.offer_id)
        with database_proxy.atomic():
            row = Customer.get_by_id(customer_id)
            if not Subscription.select().where(Subscription.id == order.subscription_id).exists():
                self._record_order(r, customer_id, order)
                due = row.next_change_at
                if order.next_poll_at is not None and (due is None or due > order.next_poll_at):
                    due = order.next_poll_at
                Customer.update(
                    offer_summary=offer.name if offer else r.offer_id,
                    total_seats=r.seats,
                    next_change_at=due,
                    updated_at=self.clock(),
                ).where(Customer.id == customer_id).execute()
            self.journal.mark_recorded(r.request_id, customer_id, False)
            if row.status == ACTIVE:
                self.journal.mark_active([customer_id])

    def _resume_order(self, entry: JournalEntry, existing: CreationResult) -> CreationResult:
        """The customer is recorded but its first order was in doubt: ask again (same id)."""
        r = entry.request()
        line = OrderLine(r.offer_id, r.term, r.billing_cycle, r.seats)
        try:
            order = self.port.place_order(
                existing.customer.id, line, order_request_id(r.request_id)
            )
        except PartnerCenterError as error:
            if not isinstance(error, (PortOutcomeUnknownError, PortServiceUnavailableError)):
                self.journal.mark(r.request_id, FAILED, error_code=error.code)
            raise self._as_onboarding_error(error, r) from None
        offer = self.catalog.get(r.offer_id)
        with database_proxy.atomic():
            if not Subscription.select().where(Subscription.id == order.subscription_id).exists():
                self._record_order(r, existing.customer.id, order)
                Customer.update(
                    offer_summary=offer.name if offer else r.offer_id,
                    total_seats=r.seats,
                    updated_at=self.clock(),
                ).where(Customer.id == existing.customer.id).execute()
            self.journal.mark_recorded(r.request_id, existing.customer.id, False)
        again = self._existing(r.request_id)
        assert again is not None
        return again


def _held_order_done(customer_id: uuid.UUID) -> None:
    log.info("Held order of %s placed: the agreement was accepted", customer_id)


def _creation_details(r: NewCustomerRequest, domain: str) -> dict[str, Any]:
    details: dict[str, Any] = {"domain": domain}
    if r.reseller_id:
        details["reseller"] = r.reseller_name or r.reseller_id
    details["gdap_default"] = r.gdap_default
    return details


def _relationship_of(row: Customer) -> AdminRelationship | None:
    if not row.admin_relationship_id:
        return None
    return AdminRelationship(
        row.admin_relationship_id,
        row.admin_relationship_status,
        approval_url(row.admin_relationship_id),
    )


def _customer_summary(row: Customer) -> CustomerSummary:
    return CustomerSummary(
        id=row.id if isinstance(row.id, uuid.UUID) else uuid.UUID(str(row.id)),
        company_name=row.company_name,
        domain=row.domain,
        created_at=row.created_at,
        status=row.status,
    )


def _subscription_summary(row: Subscription | None) -> SubscriptionSummary | None:
    if row is None:
        return None
    return SubscriptionSummary(
        id=row.id, offer_name=row.offer_name, seats=row.seats, order_id=row.order_id
    )


def _quietly(write: Any, *args: Any, **kwargs: Any) -> None:
    """A journal write that may fail with the store: the journal catches up when it answers
    (an unfinished row is resumed; nothing here depends on the write)."""
    try:
        write(*args, **kwargs)
    except PeeweeException as exc:
        log.warning("Journal write failed: %s", type(exc).__name__)
