"""The services the views work with, wired once at start-up by ``app.py`` (or by a test)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from peewee import Database, DatabaseProxy

from reseller_desktop.domain.catalog import Catalog, CatalogError, load_catalog
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.resources import resource_path
from reseller_desktop.services.agreements import AgreementService
from reseller_desktop.services.country_rules import FOLDER as COUNTRY_RULES_FOLDER
from reseller_desktop.services.country_rules import CountryRulesCache, backend_key
from reseller_desktop.services.customer_edits import CustomerEditService
from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.journal import SubmissionJournal
from reseller_desktop.services.onboarding import OnboardingService
from reseller_desktop.services.partner_center.backend import (
    PARTNER_CENTER,
    SIMULATOR,
    TOKEN_CACHE_FILE,
    BackendError,
    PartnerCenterSettings,
    build_port,
    partner_tenant,
)
from reseller_desktop.services.partner_center.port import PartnerCenter
from reseller_desktop.services.partner_center.rest.tokens import TokenSource
from reseller_desktop.services.partner_center.simulator import SimulatedPartnerCenter
from reseller_desktop.services.partner_center.simulator.namespace import TakenPrefixes
from reseller_desktop.services.subscriptions import SubscriptionService
from reseller_desktop.store.database import (
    OtherOwnerError,
    Owner,
    current_sqlite_file,
    open_store,
)
from reseller_desktop.store.errors import StoreError
from reseller_desktop.store.migrations import migrate
from reseller_desktop.store.models import database_proxy


@dataclass
class AppServices:
    """The use cases, wired once: views receive this and build none of it."""

    catalog: Catalog
    partner_center: PartnerCenter
    onboarding: OnboardingService
    subscriptions: SubscriptionService
    customer_edits: CustomerEditService
    customers: CustomerQueries
    journal: SubmissionJournal
    data_dir: Path
    clock: Clock = utcnow
    config_dir: Path | None = None  # where the partner's offers.json would be
    tokens: TokenSource | None = None  # who is signed in to Partner Center (None: simulator)
    agreements: AgreementService | None = None  # agreement and GDAP follow-up after creation
    country_rules: CountryRulesCache | None = None  # the country rules of this backend

    def set_partner_domains(self, domains: Sequence[str]) -> None:
        """The partner's own e-mail domains (Preferences, read by the views): every path that
        creates or edits a customer refuses them for the contact."""
        self.onboarding.partner_domains = tuple(domains)
        self.customer_edits.partner_domains = tuple(domains)


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
    journal = SubmissionJournal(clock=clock)
    onboarding = OnboardingService(catalog, port, journal=journal, clock=clock, actor=actor)
    return AppServices(
        catalog=catalog,
        partner_center=port,
        onboarding=onboarding,
        subscriptions=SubscriptionService(catalog, port, clock=clock, actor=onboarding.actor),
        customer_edits=CustomerEditService(catalog, port, clock=clock, actor=onboarding.actor),
        customers=CustomerQueries(database),
        journal=journal,
        data_dir=data_dir,
        clock=clock,
        config_dir=config_dir,
        agreements=AgreementService(port, onboarding, clock=clock),
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
    try:
        namespace = TakenPrefixes.from_file(resource_path("taken_prefixes.txt"))
    except OSError as exc:
        raise StartupError(f"A resource is missing: {exc.filename}. Reinstall the app.") from None
    # The embedded simulator is the default Partner Center (the window shows a badge).
    try:
        port, tokens = build_port(
            partner_center or PartnerCenterSettings(),
            lambda: SimulatedPartnerCenter(
                namespace,
                clock=clock,
                speed=provisioning_speed,
                failure_rate=failure_rate,
                accept_after=agreement_delay,
                never_accept_rate=never_accept_rate,
            ),
            token_cache=data_dir / TOKEN_CACHE_FILE,
            clock=clock,
        )
    except BackendError as exc:
        raise StartupError(str(exc)) from None
    try:
        # The book belongs to one backend and partner tenant: each has its own default file,
        # and a database given explicitly that belongs to another one is refused.
        open_store(
            database,
            data_dir,
            owner=book_owner(partner_center or PartnerCenterSettings()),
            upgrade=upgrade,
        )
    except StoreError as exc:
        close = getattr(port, "close", None)
        if close is not None:
            close()  # the connector's connection pool
        text = other_owner_text(exc) if isinstance(exc, OtherOwnerError) else str(exc)
        raise StartupError(text) from None
    services = wire_services(catalog, port, data_dir, clock=clock, config_dir=config_dir)
    services.tokens = tokens
    # This backend's country rules (kept from Partner Center's answers), else the shipped ones.
    owner = book_owner(partner_center or PartnerCenterSettings())
    services.country_rules = CountryRulesCache(
        config_dir
        / COUNTRY_RULES_FOLDER
        / f"{backend_key(owner.backend, owner.partner_tenant)}.json",
        clock=clock,
    )
    return services
