"""The services the views work with, wired once at start-up by ``app.py`` (or by a test).

The Partner Center port and the use cases around it (onboarding, subscriptions, edits, the
agreement follow-up, the journal) are made at their first use: the list needs none of them, so
start-up paints it before their modules load (a first poll, a first click builds them).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from reseller_desktop.domain.catalog import Catalog, CatalogError, load_catalog
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.resources import resource_path
from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.partner_center.backend import (
    CONNECTOR_MODULE,
    PARTNER_CENTER,
    SIMULATOR,
    TOKEN_CACHE_FILE,
    BackendError,
    PartnerCenterSettings,
    build_port,
    partner_tenant,
)
from reseller_desktop.store.database import (
    OtherOwnerError,
    Owner,
    current_sqlite_file,
    open_store,
)
from reseller_desktop.store.errors import StoreError
from reseller_desktop.store.migrations import migrate
from reseller_desktop.store.models import database_proxy

if TYPE_CHECKING:
    from peewee import Database, DatabaseProxy

    from reseller_desktop.services.agreements import AgreementService
    from reseller_desktop.services.country_rules import CountryRulesCache
    from reseller_desktop.services.customer_edits import CustomerEditService
    from reseller_desktop.services.journal import SubmissionJournal
    from reseller_desktop.services.onboarding import OnboardingService
    from reseller_desktop.services.partner_center.port import PartnerCenter
    from reseller_desktop.services.partner_center.rest.tokens import TokenSource
    from reseller_desktop.services.subscriptions import SubscriptionService

# What the members made at first use import (a test keeps the list whole), after the port's.
DEFERRED_MODULES = (
    "reseller_desktop.services.journal",
    "reseller_desktop.services.onboarding",
    "reseller_desktop.services.agreements",
    "reseller_desktop.services.subscriptions",
    "reseller_desktop.services.customer_edits",
    "reseller_desktop.services.country_rules",
)
SIMULATOR_MODULE = "reseller_desktop.services.partner_center.simulator"


def deferred_modules(simulated: bool) -> tuple[str, ...]:
    """The modules loaded after the first paint: the port's (the simulator or the connector)
    and the use cases'."""
    return (SIMULATOR_MODULE if simulated else CONNECTOR_MODULE, *DEFERRED_MODULES)


def deferred_modules_loaded(simulated: bool) -> bool:
    return all(name in sys.modules for name in deferred_modules(simulated))


def load_deferred_modules(simulated: bool) -> None:
    """Import what the port and the members made at first use need. The window runs this on a
    worker after its first paint: the interpreter hands over to the GUI thread every few ms,
    where the same imports made by the first poll held it for about 50 ms at once (the
    connector's, 200 ms)."""
    for name in deferred_modules(simulated):
        importlib.import_module(name)


T = TypeVar("T")
_MAKING = threading.RLock()  # the GUI thread and a worker may both ask for a member first


class _Made(Generic[T]):
    """A member of ``AppServices`` made by ``make`` at its first read, once; assigning it
    replaces it (tests put a fake in)."""

    def __init__(self, make: Callable[[AppServices], T]) -> None:
        self.make = make
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, services: None, owner: type) -> _Made[T]: ...
    @overload
    def __get__(self, services: AppServices, owner: type) -> T: ...
    def __get__(self, services: AppServices | None, owner: type) -> T | _Made[T]:
        if services is None:
            return self
        made = services.__dict__
        if self.name not in made:
            with _MAKING:
                if self.name not in made:
                    made[self.name] = self.make(services)
        return made[self.name]  # type: ignore[no-any-return]


def _journal(services: AppServices) -> SubmissionJournal:
    from reseller_desktop.services.journal import SubmissionJournal

    return SubmissionJournal(clock=services.clock)


def _onboarding(services: AppServices) -> OnboardingService:
    from reseller_desktop.services.onboarding import OnboardingService

    return OnboardingService(
        services.catalog,
        services.partner_center,
        journal=services.journal,
        clock=services.clock,
        actor=services.actor,
        partner_domains=services.partner_domains,
    )


def _subscriptions(services: AppServices) -> SubscriptionService:
    from reseller_desktop.services.subscriptions import SubscriptionService

    return SubscriptionService(
        services.catalog,
        services.partner_center,
        clock=services.clock,
        actor=services.onboarding.actor,
    )


def _customer_edits(services: AppServices) -> CustomerEditService:
    from reseller_desktop.services.customer_edits import CustomerEditService

    edits = CustomerEditService(
        services.catalog,
        services.partner_center,
        clock=services.clock,
        actor=services.onboarding.actor,
    )
    edits.partner_domains = services.partner_domains
    return edits


def _agreements(services: AppServices) -> AgreementService | None:
    from reseller_desktop.services.agreements import AgreementService

    return AgreementService(services.partner_center, services.onboarding, clock=services.clock)


def _country_rules(services: AppServices) -> CountryRulesCache | None:
    from reseller_desktop.services.country_rules import FOLDER, CountryRulesCache, backend_key

    if services.country_rules_of is None or services.config_dir is None:
        return None
    name = f"{backend_key(*services.country_rules_of)}.json"
    return CountryRulesCache(services.config_dir / FOLDER / name, clock=services.clock)


def _port(services: AppServices) -> PartnerCenter:
    make = services.make_port
    if make is None:
        raise RuntimeError("no Partner Center was wired")
    return make()


class AppServices:
    """The use cases, wired once: views receive this and build none of it.

    ``partner_center`` is the port, or what makes it at its first use (start-up's simulator);
    the members below it are made at their first read (see the module's docstring).
    """

    partner_center = _Made(_port)
    journal = _Made(_journal)
    onboarding = _Made(_onboarding)
    subscriptions = _Made(_subscriptions)
    customer_edits = _Made(_customer_edits)
    agreements = _Made(_agreements)  # agreement and GDAP follow-up after creation
    country_rules = _Made(_country_rules)  # the country rules of this backend

    def __init__(
        self,
        catalog: Catalog,
        customers: CustomerQueries,
        data_dir: Path,
        partner_center: PartnerCenter | Callable[[], PartnerCenter],
        *,
        simulated: bool | None = None,
        clock: Clock = utcnow,
        config_dir: Path | None = None,
        tokens: TokenSource | None = None,
        actor: str | None = None,
        country_rules_of: tuple[str, str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.customers = customers
        self.data_dir = data_dir
        self.clock = clock
        self.config_dir = config_dir  # where the partner's offers.json would be
        self.tokens = tokens  # who is signed in to Partner Center (None: simulator)
        self.actor = actor  # who acts, for the audit history (None: the OS login)
        self.country_rules_of = country_rules_of  # (backend, partner tenant): whose rules
        self.partner_domains: tuple[str, ...] = ()
        self.make_port: Callable[[], PartnerCenter] | None = None
        if callable(partner_center):  # made at its first use: the badge cannot ask it
            if simulated is None:
                raise ValueError("say whether the port made at first use is the simulator")
            self.make_port = partner_center
        else:
            self.partner_center = partner_center  # type: ignore[assignment]
            simulated = bool(getattr(partner_center, "is_simulated", False))
        self.simulated: bool = simulated  # the window's "Simulator" badge

    def set_partner_domains(self, domains: Sequence[str]) -> None:
        """The partner's own e-mail domains (Preferences, read by the views): every path that
        creates or edits a customer refuses them for the contact."""
        self.partner_domains = tuple(domains)
        made: dict[str, Any] = self.__dict__
        for name in ("onboarding", "customer_edits"):
            if name in made:
                made[name].partner_domains = self.partner_domains

    def close_port(self) -> None:
        """Close the port's connections (the connector's pool), if it was made."""
        close = getattr(self.__dict__.get("partner_center"), "close", None)
        if close is not None:
            close()

    def copy(self, **members: Any) -> AppServices:
        """A copy sharing what is made so far, with ``members`` replaced (tests: a second
        desktop, a flaky use case)."""
        twin = object.__new__(AppServices)
        twin.__dict__.update(self.__dict__)
        twin.__dict__.update(members)
        return twin


@dataclass(frozen=True)
class DataLocations:
    """Where the app keeps what it writes, for Help > Where data lives."""

    data_dir: Path
    drafts_dir: Path
    database: str  # the SQLite file, or the team database and its server (never a password)
    database_file: Path | None  # the SQLite file (its backups lie beside it)
    config_dir: Path | None
    catalog_file: Path | None  # the offer catalog in use
    log_file: Path | None  # None: not logging to a file


def data_locations(services: AppServices) -> DataLocations:
    """The folders and files this session uses, as the services and the logging set them up."""
    sqlite_file = current_sqlite_file()
    if sqlite_file is not None:
        database = str(sqlite_file)
    else:
        db = services.customers.db
        params = getattr(db, "connect_params", {}) or {}
        host = params.get("host") or "localhost"
        port = params.get("port")
        server = f"{host}:{port}" if port else str(host)
        database = f"PostgreSQL {db.database} @ {server}"
    files = [
        Path(handler.baseFilename)
        for handler in logging.getLogger().handlers
        if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull
    ]
    log_file = files[-1] if files else None
    source = Path(services.catalog.source) if services.catalog.source else None
    return DataLocations(
        data_dir=services.data_dir,
        drafts_dir=services.data_dir / "drafts",
        database=database,
        database_file=sqlite_file,
        config_dir=services.config_dir,
        catalog_file=source if source is not None and source.is_file() else None,
        log_file=log_file,
    )


def wire_services(
    catalog: Catalog,
    port: PartnerCenter,
    data_dir: Path,
    *,
    clock: Clock = utcnow,
    actor: str | None = None,
    database: Database | DatabaseProxy = database_proxy,
    config_dir: Path | None = None,
) -> AppServices:
    """The services on the open store, around ``port``."""
    return AppServices(
        catalog,
        CustomerQueries(database),
        data_dir,
        port,
        clock=clock,
        config_dir=config_dir,
        actor=actor,
    )


class StartupError(RuntimeError):
    """Something the app needs is missing or broken; the message says what to do, in one line."""


def book_owner(settings: PartnerCenterSettings) -> Owner:
    """Whom the book opened with ``settings`` belongs to: the backend and partner tenant."""
    if settings.simulated:
        return Owner(SIMULATOR, "")
    return Owner(PARTNER_CENTER, partner_tenant(settings))


def _backend_name(owner: Owner) -> str:
    if owner.backend == SIMULATOR:
        return "the simulator"
    if owner.backend != PARTNER_CENTER:
        return f"the backend '{owner.backend}'"  # a newer version's
    if owner.partner_tenant:
        return f"Partner Center (tenant {owner.partner_tenant})"
    return "Partner Center"


def other_owner_text(exc: OtherOwnerError) -> str:
    """The start-up line for a book that belongs to another backend or partner tenant."""
    if exc.owner.backend == SIMULATOR:
        use_it = "start with --partner-center simulator"
    elif exc.owner.partner_tenant:
        use_it = (
            f"choose Partner Center with tenant {exc.owner.partner_tenant} "
            "(Preferences › Partner Center, or --partner-center with its access token)"
        )
    else:
        use_it = "choose Partner Center"
    return (
        f"The database {exc.where} holds the customers of {_backend_name(exc.owner)}, but "
        f"{_backend_name(exc.chosen)} was chosen: a book never mixes them. To use this one, "
        f"{use_it}; to work with {_backend_name(Owner(exc.chosen.backend))}, give --database "
        "another database (an empty one, or one of its own)."
    )


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
    partner_center: PartnerCenterSettings | None = None,
    agreement_delay: timedelta | None = None,
    never_accept_rate: float = 0.0,
    upgrade: Callable[[Database], object] = migrate,
) -> AppServices:
    """Load the catalog and the namespace, open the store (``upgrade`` brings an older book up to
    date), and wire the services around the Partner Center that ``partner_center`` chooses
    (default: the embedded simulator)."""
    try:
        resource_path()
    except FileNotFoundError as exc:
        raise StartupError(f"{exc}: reinstall the app.") from None
    try:
        catalog = load_catalog(catalog_file(config_dir))
    except CatalogError as exc:
        raise StartupError(f"The offer catalog is broken: {exc}") from None
    prefixes = resource_path("taken_prefixes.txt")
    if not prefixes.is_file():
        raise StartupError(f"A resource is missing: {prefixes}. Reinstall the app.")
    settings = partner_center or PartnerCenterSettings()
    owner = book_owner(settings)

    def simulator() -> PartnerCenter:
        # The embedded simulator is the default Partner Center (the window shows a badge).
        from reseller_desktop.services.partner_center.simulator import SimulatedPartnerCenter
        from reseller_desktop.services.partner_center.simulator.namespace import TakenPrefixes

        return SimulatedPartnerCenter(
            TakenPrefixes.from_file(prefixes),
            clock=clock,
            speed=provisioning_speed,
            failure_rate=failure_rate,
            accept_after=agreement_delay,
            never_accept_rate=never_accept_rate,
        )

    try:
        # The settings are checked now; the port (the simulator or the connector) is made at
        # its first use, after the list's first paint.
        port, tokens = build_port(
            settings, simulator, token_cache=data_dir / TOKEN_CACHE_FILE, clock=clock
        )
    except BackendError as exc:
        raise StartupError(str(exc)) from None
    try:
        # The book belongs to one backend and partner tenant: each has its own default file,
        # and a database given explicitly that belongs to another one is refused.
        open_store(database, data_dir, owner=owner, upgrade=upgrade)
    except StoreError as exc:
        text = other_owner_text(exc) if isinstance(exc, OtherOwnerError) else str(exc)
        raise StartupError(text) from None
    return AppServices(
        catalog,
        CustomerQueries(database_proxy),
        data_dir,
        port,
        simulated=settings.simulated,
        clock=clock,
        config_dir=config_dir,
        tokens=tokens,
        # This backend's country rules (kept from Partner Center's answers), else the shipped
        # ones.
        country_rules_of=(owner.backend, owner.partner_tenant),
    )
