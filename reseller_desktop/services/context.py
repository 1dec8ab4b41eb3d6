"""The services the views work with, wired once at start-up by ``app.py`` (or by a test)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reseller_desktop.domain.catalog import Catalog, CatalogError, load_catalog
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.resources import resource_path
from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.namespace import TakenPrefixes
from reseller_desktop.services.onboarding import OnboardingService
from reseller_desktop.services.provisioning import ProvisioningService
from reseller_desktop.services.subscriptions import SubscriptionService
from reseller_desktop.store.database import open_store
from reseller_desktop.store.errors import StoreError


@dataclass
class AppServices:
    catalog: Catalog
    onboarding: OnboardingService
    data_dir: Path
    clock: Clock = utcnow
    provisioning_speed: float = 1.0
    failure_rate: float = 0.0
    # Built from the fields above (customer management: the list, subscriptions, the simulator).
    customers: CustomerQueries = field(init=False)
    subscriptions: SubscriptionService = field(init=False)
    provisioning: ProvisioningService = field(init=False)

    def __post_init__(self) -> None:
        self.customers = CustomerQueries()
        self.subscriptions = SubscriptionService(
            self.catalog,
            clock=self.clock,
            actor=self.onboarding.actor,
            provisioning_speed=self.provisioning_speed,
        )
        self.provisioning = ProvisioningService(
            clock=self.clock, speed=self.provisioning_speed, failure_rate=self.failure_rate
        )


class StartupError(RuntimeError):
    """Something the app needs is missing or broken; the message says what to do, in one line."""


def catalog_file(config_dir: Path) -> Path:
    """The partner's ``offers.json`` in the config folder if there is one, else the shipped one."""
    override = config_dir / "offers.json"
    return override if override.is_file() else resource_path("offers.json")


def open_services(
    data_dir: Path,
    config_dir: Path,
    *,
    database: str | None = None,
    provisioning_speed: float = 1.0,
    failure_rate: float = 0.0,
    clock: Clock = utcnow,
) -> AppServices:
    """Load the catalog and the namespace, open the store, and wire the services."""
    try:
        resource_path()
    except FileNotFoundError as exc:
        raise StartupError(f"{exc}: reinstall the app.") from None
    try:
        catalog = load_catalog(catalog_file(config_dir))
    except CatalogError as exc:
        raise StartupError(f"The offer catalog is broken: {exc}") from None
    try:
        namespace = TakenPrefixes.from_file(resource_path("taken_prefixes.txt"))
    except OSError as exc:
        raise StartupError(f"A resource is missing: {exc.filename}. Reinstall the app.") from None
    try:
        open_store(database, data_dir)
    except StoreError as exc:
        raise StartupError(str(exc)) from None
    onboarding = OnboardingService(
        catalog, namespace, clock=clock, provisioning_speed=provisioning_speed
    )
    return AppServices(
        catalog=catalog,
        onboarding=onboarding,
        data_dir=data_dir,
        clock=clock,
        provisioning_speed=provisioning_speed,
        failure_rate=failure_rate,
    )
