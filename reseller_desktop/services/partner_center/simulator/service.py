"""A simulated Partner Center behind the port: it behaves like the service, in the app's store.

- Domain prefixes: taken when listed in ``resources/taken_prefixes.txt`` (other tenants), or owned
  by a customer of the book or of this simulated service.
- Create customer: idempotent on the request id (the ``simulated_tenant`` table remembers it, on
  every desktop sharing the store); a replay answers the first customer without its password,
  which the simulator never keeps. The temporary password is random and readable.
- Provisioning: "not found for a while", then pending -> provisioning -> active (or failed at
  ``failure_rate``), with durations of several minutes divided by ``speed``
  (``provisioning.py``).
- Agreement, GDAP, resellers: ``agreements.py`` (accepted after a configurable delay, a few
  never; relationships approved after a delay; a few indirect resellers).
- Errors: any store failure during a create is an unknown outcome (the commit may have happened):
  the caller retries with the same request id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timedelta

from peewee import Database, DatabaseProxy, IntegrityError, PeeweeException

from reseller_desktop.domain.address_checks import (
    AddressNotValidError,
    normalised_address,
    same_address,
)
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.countries import AddressRules, address_rules
from reseller_desktop.domain.credentials import AdminCredentials, temporary_password
from reseller_desktop.domain.provisioning import ACTIVE, PENDING, stage_duration, subscription_delay
from reseller_desktop.domain.request import DOMAIN_SUFFIX, NewCustomerRequest
from reseller_desktop.domain.seat_rules import can_decrease
from reseller_desktop.services.partner_center.errors import (
    DomainTakenError,
    NotFoundError,
    OutcomeUnknownError,
    PartnerCenterError,
    ServiceUnavailableError,
)
from reseller_desktop.services.partner_center.port import (
    AddressCheck,
    AddressQuery,
    AdminRelationship,
    AgreementState,
    Changes,
    CreatedCustomer,
    CustomerProfile,
    OrderLine,
    PlacedOrder,
    RelationshipRequest,
    Reseller,
)
from reseller_desktop.services.partner_center.simulator.agreements import (
    SIMULATED_RESELLERS,
    SimulatedAgreements,
)
from reseller_desktop.services.partner_center.simulator.namespace import TakenPrefixes
from reseller_desktop.services.partner_center.simulator.provisioning import ProvisioningService
from reseller_desktop.store.journal_models import SimulatedOrder, SimulatedTenant
from reseller_desktop.store.models import Customer, Subscription, database_proxy
from reseller_desktop.store.statements import insert_new

# Partner Center's refusal of a cancellation past its window (new commerce: 7 days, 168 hours).
CANCEL_WINDOW_CLOSED = "CancellationWindowExpired"


class SimulatedPartnerCenter:
    """The port's simulator (see the module's docstring)."""

    name = "Simulator"
    is_simulated = True

    def __init__(
        self,
        namespace: TakenPrefixes,
        *,
        clock: Clock = utcnow,
        speed: float = 1.0,
        failure_rate: float = 0.0,
        database: Database | DatabaseProxy = database_proxy,
        password: Callable[[], str] = temporary_password,
        accept_after: timedelta | None = None,
        never_accept_rate: float = 0.0,
        approve_after: timedelta = timedelta(minutes=10),
    ) -> None:
        self.namespace = namespace
        self.agreements = SimulatedAgreements(
            clock,
            accept_after=accept_after,
            never_rate=never_accept_rate,
            approve_after=approve_after,
            speed=speed,
        )
        self.clock = clock
        self.speed = speed
        self._password = password
        self.engine = ProvisioningService(
            clock=clock, speed=speed, failure_rate=failure_rate, database=database
        )

    @property
    def failure_rate(self) -> float:
        return self.engine.failure_rate

    # -- questions

    def domain_available(self, prefix: str) -> bool:
        key = prefix.strip().lower()
        if key in self.namespace:
            return False
        try:
            return not (
                SimulatedTenant.select().where(SimulatedTenant.domain_key == key).exists()
                or Customer.select().where(Customer.domain_key == key).exists()
            )
        except PeeweeException as exc:
            raise ServiceUnavailableError(_reason(exc)) from exc

    def country_rules(self, country: str) -> AddressRules:
        return address_rules(country)

    def validate_address(self, address: AddressQuery) -> AddressCheck:
        # The address library's normalisation (domain/address_checks.py), offered when it
        # differs by more than case and spacing: "SW1A2AA" -> "SW1A 2AA", "California" -> "CA".
        typed = asdict(address)
        try:
            normal = normalised_address(typed)
        except AddressNotValidError as exc:
            return AddressCheck("NotValidated", message=str(exc))
        if same_address(normal, typed):
            return AddressCheck("VerifiedAddress")
        return AddressCheck("VerifiedShippable", suggestion=AddressQuery(**normal))

    # -- creating

    def create_customer(self, request: NewCustomerRequest, request_id: str) -> CreatedCustomer:
        key = request.domain_prefix.lower()
        try:
            known, taken = self._lookup(request_id, key)
            if known is not None:
                return self._replay(known, request)
            if taken or key in self.namespace:
                raise DomainTakenError(request.domain)
            now = self.clock()
            tenant = SimulatedTenant(
                request_id=request_id,
                customer_id=uuid.uuid4(),
                tenant_id=uuid.uuid4(),
                domain_key=key,
                created_at=now,
            )
            try:
                with database_proxy.atomic():
                    insert_new(self.engine.db, tenant)
            except IntegrityError:
                # Lost a race: the same request (another desktop, a double click) or the prefix.
                known = SimulatedTenant.get_or_none(SimulatedTenant.request_id == request_id)
                if known is not None:
                    return self._replay(known, request)
                raise DomainTakenError(request.domain) from None
        except PeeweeException as exc:
            raise OutcomeUnknownError(_reason(exc)) from None
        return self._answer(tenant, request, self._password(), replayed=False)

    def _lookup(self, request_id: str, domain_key: str) -> tuple[SimulatedTenant | None, bool]:
        """The tenant this request id created, and whether the domain is someone's: one query
        (a create is on the wizard's critical path)."""
        db = self.engine.db
        p = db.param
        tenant, customer = SimulatedTenant._meta.table_name, Customer._meta.table_name
        rows = db.execute_sql(
            f"SELECT request_id, customer_id, tenant_id, domain_key, created_at FROM {tenant} "
            f"WHERE request_id = {p} OR domain_key = {p} "
            f"UNION ALL SELECT NULL, NULL, NULL, domain_key, NULL FROM {customer} "
            f"WHERE domain_key = {p} LIMIT 2",
            (request_id, domain_key, domain_key),
        ).fetchall()
        for row in rows:
            if row[0] == request_id:
                return SimulatedTenant(
                    request_id=row[0],
                    customer_id=SimulatedTenant.customer_id.python_value(row[1]),
                    tenant_id=SimulatedTenant.tenant_id.python_value(row[2]),
                    domain_key=row[3],
                    created_at=SimulatedTenant.created_at.python_value(row[4]),
                ), True
        return None, bool(rows)

    def _replay(self, tenant: SimulatedTenant, request: NewCustomerRequest) -> CreatedCustomer:
        # The first answer's password is not kept anywhere: the caller has to reset it.
        return self._answer(tenant, request, None, replayed=True)

    def _answer(
        self,
        tenant: SimulatedTenant,
        request: NewCustomerRequest,
        password: str | None,
        *,
        replayed: bool,
    ) -> CreatedCustomer:
        customer_id = _uuid(tenant.customer_id)
        domain = f"{request.domain_prefix}{DOMAIN_SUFFIX}"
        return CreatedCustomer(
            customer_id=customer_id,
            tenant_id=_uuid(tenant.tenant_id),
            domain=domain,
            credentials=AdminCredentials(f"admin@{domain}", password),
            created_at=tenant.created_at,
            next_poll_at=tenant.created_at + stage_duration(customer_id, PENDING, self.speed),
            replayed=replayed,
        )

    def place_order(self, customer_id: uuid.UUID, line: OrderLine, request_id: str) -> PlacedOrder:
        try:
            known, status = self._order_lookup(request_id, customer_id)
            if known is not None:
                return self._order(known, replayed=True)
            if status is None:
                raise NotFoundError(f"Customer {customer_id}")
            order = SimulatedOrder(
                request_id=request_id,
                customer_id=customer_id,
                order_id=uuid.uuid4(),
                subscription_id=uuid.uuid4(),
                created_at=self.clock(),
            )
            try:
                with database_proxy.atomic():
                    insert_new(self.engine.db, order)
            except IntegrityError:
                known = SimulatedOrder.get_or_none(SimulatedOrder.request_id == request_id)
                if known is None:
                    raise
                return self._order(known, replayed=True)
        except PeeweeException as exc:
            raise OutcomeUnknownError(_reason(exc)) from None
        placed = self._order(order, replayed=False)
        if status == ACTIVE:
            # Already provisioned: the new subscription only waits for its own activation.
            delay = subscription_delay(placed.subscription_id, self.speed)
            return PlacedOrder(
                placed.order_id, placed.subscription_id, next_poll_at=self.clock() + delay
            )
        return placed

    def _order_lookup(
        self, request_id: str, customer_id: uuid.UUID
    ) -> tuple[SimulatedOrder | None, str | None]:
        """The order this request id placed, and the customer's state (None: unknown): one
        query."""
        db = self.engine.db
        p = db.param
        key = SimulatedTenant.customer_id.db_value(customer_id)
        orders, tenants = SimulatedOrder._meta.table_name, SimulatedTenant._meta.table_name
        row = db.execute_sql(
            f"SELECT (SELECT order_id FROM {orders} WHERE request_id = {p}), "
            f"(SELECT subscription_id FROM {orders} WHERE request_id = {p}), "
            f"(SELECT status FROM {Customer._meta.table_name} WHERE id = {p}), "
            f"(SELECT 1 FROM {tenants} WHERE customer_id = {p})",
            (request_id, request_id, key, key),
        ).fetchone()
        status = row[2] if row[2] is not None else (PENDING if row[3] is not None else None)
        if row[0] is None:
            return None, status
        order = SimulatedOrder(
            request_id=request_id,
            customer_id=customer_id,
            order_id=SimulatedOrder.order_id.python_value(row[0]),
            subscription_id=SimulatedOrder.subscription_id.python_value(row[1]),
        )
        return order, status

    @staticmethod
    def _order(order: SimulatedOrder, *, replayed: bool) -> PlacedOrder:
        return PlacedOrder(_uuid(order.order_id), _uuid(order.subscription_id), replayed=replayed)

    def _customer_status(self, customer_id: uuid.UUID) -> str:
        """The customer's provisioning state (pending while the book has not recorded it yet):
        one hand-written query (it runs on every create, for the agreement's state)."""
        db = self.engine.db
        p = db.param
        key = SimulatedTenant.customer_id.db_value(customer_id)
        status, tenant = db.execute_sql(
            f"SELECT (SELECT status FROM {Customer._meta.table_name} WHERE id = {p}), "
            f"(SELECT 1 FROM {SimulatedTenant._meta.table_name} WHERE customer_id = {p})",
            (key, key),
        ).fetchone()
        if status is not None:
            return str(status)
        if tenant is not None:
            return PENDING
        raise NotFoundError(f"Customer {customer_id}")

    def change_seats(
        self, customer_id: uuid.UUID, subscription_id: uuid.UUID, seats: int, request_id: str
    ) -> None:
        try:
            self._customer_status(customer_id)
        except PeeweeException as exc:
            raise ServiceUnavailableError(_reason(exc)) from exc

    def update_customer_profile(
        self, customer_id: uuid.UUID, profile: CustomerProfile, request_id: str
    ) -> None:
        # The simulated tenant keeps no profile of its own: the book's copy is the only one.
        try:
            self._customer_status(customer_id)
        except PeeweeException as exc:
            raise ServiceUnavailableError(_reason(exc)) from exc

    def cancel_subscription(
        self, customer_id: uuid.UUID, subscription_id: uuid.UUID, request_id: str
    ) -> None:
        try:
            self._customer_status(customer_id)
            bought = self._purchase_time(customer_id, subscription_id)
        except PeeweeException as exc:
            raise ServiceUnavailableError(_reason(exc)) from exc
        if bought is None:
            raise NotFoundError(f"Subscription {subscription_id}")
        if not can_decrease(bought, self.clock()):
            raise PartnerCenterError(
                CANCEL_WINDOW_CLOSED,
                "The subscription can be cancelled only within 168 hours of its purchase.",
            )

    def _purchase_time(self, customer_id: uuid.UUID, subscription_id: uuid.UUID) -> datetime | None:
        """When the subscription was bought (the simulator's order, else the book's row)."""
        order = (
            SimulatedOrder.select(SimulatedOrder.created_at)
            .where(
                SimulatedOrder.subscription_id == subscription_id,
                SimulatedOrder.customer_id == customer_id,
            )
            .tuples()
            .first()
        )
        if order is not None:
            return order[0]  # type: ignore[no-any-return]
        row = (
            Subscription.select(Subscription.created_at)
            .where(Subscription.id == subscription_id, Subscription.customer == customer_id)
            .tuples()
            .first()
        )
        return row[0] if row is not None else None

    def reset_admin_password(self, customer_id: uuid.UUID) -> AdminCredentials:
        try:
            row = (
                Customer.select(Customer.domain_prefix)
                .where(Customer.id == customer_id)
                .tuples()
                .first()
            )
            if row is None:
                tenant = SimulatedTenant.get_or_none(SimulatedTenant.customer_id == customer_id)
                if tenant is None:
                    raise NotFoundError(f"Customer {customer_id}")
                row = (tenant.domain_key,)
        except PeeweeException as exc:
            raise ServiceUnavailableError(_reason(exc)) from exc
        return AdminCredentials(f"admin@{row[0]}{DOMAIN_SUFFIX}", self._password())

    # -- provisioning

    def poll_changes(self, now: datetime) -> Changes:
        try:
            changes = self.engine.tick(now)
            changes.agreements, changes.relationships = self.agreements.tick(now)
        except PeeweeException as exc:  # the store's error stays the cause: the monitor reads it
            raise ServiceUnavailableError(_reason(exc)) from exc
        for customer_id, _status in (*changes.agreements, *changes.relationships):
            if customer_id not in changes.changed:
                changes.changed.append(customer_id)
        return changes

    # -- agreement, GDAP, resellers

    def agreement_status(self, customer_id: uuid.UUID) -> AgreementState:
        try:
            self._customer_status(customer_id)
            return self.agreements.status(customer_id)
        except PeeweeException as exc:
            raise ServiceUnavailableError(_reason(exc)) from exc

    def send_agreement_link(self, customer_id: uuid.UUID, request_id: str) -> AgreementState:
        try:
            self._customer_status(customer_id)
            return self.agreements.send_link(customer_id, request_id)
        except PeeweeException as exc:
            raise OutcomeUnknownError(_reason(exc)) from None

    def resellers(self) -> list[Reseller]:
        return list(SIMULATED_RESELLERS)

    def request_admin_relationship(
        self, customer_id: uuid.UUID, request: RelationshipRequest, request_id: str
    ) -> AdminRelationship:
        try:
            self._customer_status(customer_id)
            return self.agreements.request_relationship(customer_id, request, request_id)
        except PeeweeException as exc:
            raise OutcomeUnknownError(_reason(exc)) from None

    def retry_provisioning(self, customer_id: uuid.UUID, actor: str) -> bool:
        try:
            return self.engine.retry(customer_id, actor)
        except PeeweeException as exc:
            raise ServiceUnavailableError(_reason(exc)) from exc


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
