"""A second desktop on the test's store, in the same process: its own connection (two app
instances on one SQLite file, or two staff on one PostgreSQL server).

peewee binds the models to one process-global proxy. The second desktop's own services take a
database (``CustomerQueries``, ``ProvisioningService``, ``ChangeFeed``, ``ConnectionMonitor``);
for the model-based ones (onboarding), ``acting_as`` points the proxy at its database for the
duration of a call. Nothing else runs meanwhile (no event-loop turn), so the first desktop never
sees the swap.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import Database

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.onboarding import OnboardingService
from reseller_desktop.services.partner_center.simulator import SimulatedPartnerCenter
from reseller_desktop.store.database import DEFAULT_FILE_NAME, sqlite_database
from reseller_desktop.store.models import Customer, database_proxy
from reseller_desktop.store.postgres import postgres_database


def second_store(database_url: str | None, data_dir: Path) -> Database:
    """Another connection to the store the ``services`` fixture opened."""
    if database_url is None:
        db: Database = sqlite_database(data_dir / DEFAULT_FILE_NAME)
    else:
        db = postgres_database(database_url)
    db.connect()
    return db


@contextmanager
def acting_as(db: Database) -> Iterator[None]:
    """The models use ``db`` inside the block (see the module's docstring)."""
    main = database_proxy.obj
    database_proxy.initialize(db)
    try:
        yield
    finally:
        database_proxy.initialize(main)


def other_services(services: AppServices, db: Database) -> AppServices:
    """The services of a second desktop whose reads and clock use ``db``."""
    port = services.partner_center
    assert isinstance(port, SimulatedPartnerCenter)
    other_port = SimulatedPartnerCenter(port.namespace, clock=services.clock, database=db)
    return services.copy(customers=CustomerQueries(db), partner_center=other_port)


def create_on(
    db: Database, services: AppServices, request: NewCustomerRequest, actor: str = "bob"
) -> Customer:
    """Create a customer as another staff member working on ``db``."""
    with acting_as(db):
        service = OnboardingService(
            services.catalog, services.onboarding.port, clock=services.clock, actor=actor
        )
        return Customer.get_by_id(service.create_customer(request).customer.id)
