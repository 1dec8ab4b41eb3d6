"""Switching backend never mixes the books: a book belongs to one backend and partner tenant
(``book_owner``), each backend has its own default SQLite file, and a database given explicitly
that belongs to another one is refused at start with one line."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reseller_desktop.services.context import AppServices, StartupError, open_services
from reseller_desktop.services.customer_queries import ListQuery
from reseller_desktop.services.partner_center.backend import (
    PARTNER_CENTER,
    SIMULATOR,
    PartnerCenterSettings,
    partner_tenant,
)
from reseller_desktop.store import migrations
from reseller_desktop.store.database import (
    DEFAULT_FILE_NAME,
    Owner,
    close_store,
    current_sqlite_file,
    default_file_name,
    open_store,
)
from reseller_desktop.store.journal_models import SIMULATOR_BACKEND
from reseller_desktop.store.models import database_proxy
from tests.msal_stub import CLIENT, TENANT
from tests.services.customer_book import BookCustomer, add_customers

TID = "72F988BF-86F1-41AF-91AB-2D7CD011DB47"


def _b64(data: dict[str, str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def token(tid: str = TID) -> str:
    """A ready access token (PARTNER_CENTER_ACCESS_TOKEN) of partner tenant ``tid``."""
    claims = {"upn": "alice@contoso-partner.com", "tid": tid}
    return f"{_b64({'alg': 'RS256'})}.{_b64(claims)}.sig"


def partner_center(tid: str = TID) -> PartnerCenterSettings:
    return PartnerCenterSettings().overridden("http://127.0.0.1:9", token(tid))


@pytest.fixture
def opened() -> Iterator[list[AppServices]]:
    wired: list[AppServices] = []
    yield wired
    for services in wired:
        services.close_port()
    close_store()


def open_with(
    data_dir: Path,
    opened: list[AppServices],
    settings: PartnerCenterSettings | None = None,
    database: str | None = None,
) -> AppServices:
    close_store()
    services = open_services(
        data_dir, data_dir / "config", database=database, partner_center=settings
    )
    opened.append(services)
    return services


def listed(services: AppServices) -> list[str]:
    return [row.company for row in services.customers.page(ListQuery(), None, 100).rows]


def owner_row() -> tuple[str, str]:
    db = database_proxy.obj
    rows = db.execute_sql("SELECT backend, partner_tenant FROM book_owner").fetchall()
    assert len(rows) == 1
    return (rows[0][0], rows[0][1])


@pytest.fixture(params=["sqlite", "postgresql"])
def explicit_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database named with --database: a SQLite file elsewhere, or the team's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'team' / 'book.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


def test_the_simulator_and_partner_center_keep_separate_default_books(
    data_dir: Path, opened: list[AppServices]
) -> None:
    simulator = open_with(data_dir, opened)
    assert current_sqlite_file() == data_dir / DEFAULT_FILE_NAME == data_dir / "customers.sqlite3"
    assert owner_row() == (SIMULATOR, "")
    add_customers([BookCustomer("Simulated Bakery", "simbakery")])
    assert listed(simulator) == ["Simulated Bakery"]

    real = open_with(data_dir, opened, partner_center())
    tenant = TID.lower()
    assert current_sqlite_file() == data_dir / f"customers-partner-center-{tenant}.sqlite3"
    assert owner_row() == (PARTNER_CENTER, tenant)
    assert listed(real) == []  # the simulator's customer is not shown
    add_customers([BookCustomer("Real Brewery", "realbrewery")])
    assert listed(real) == ["Real Brewery"]

    assert listed(open_with(data_dir, opened)) == ["Simulated Bakery"]
    assert listed(open_with(data_dir, opened, partner_center())) == ["Real Brewery"]
    # Another partner tenant: another book again.
    other = open_with(data_dir, opened, partner_center("other-tenant-id"))
    assert current_sqlite_file() == data_dir / "customers-partner-center-other-tenant-id.sqlite3"
    assert listed(other) == []


def test_the_tenant_comes_from_the_token_else_from_preferences() -> None:
    assert partner_tenant(PartnerCenterSettings()) == ""
    assert partner_tenant(partner_center()) == TID.lower()
    saved = PartnerCenterSettings(backend=PARTNER_CENTER, tenant_id=f" {TENANT.upper()} ")
    assert partner_tenant(saved) == TENANT
    assert partner_tenant(saved.overridden(None, "not-a-jwt")) == TENANT
    assert SIMULATOR == SIMULATOR_BACKEND  # the store's name for the books of older versions


def test_default_file_names_are_safe_on_every_system() -> None:
    assert default_file_name(None) == default_file_name(Owner()) == "customers.sqlite3"
    assert default_file_name(Owner(PARTNER_CENTER, "")) == "customers-partner-center.sqlite3"
    assert (
        default_file_name(Owner(PARTNER_CENTER, "contoso.onmicrosoft.com"))
        == "customers-partner-center-contoso.onmicrosoft.com.sqlite3"
    )
    odd = default_file_name(Owner(PARTNER_CENTER, "../a b\\c:d*"))
    assert odd == "customers-partner-center-a-b-c-d.sqlite3"


def test_partner_center_with_the_entra_app_has_its_book_per_tenant(
    data_dir: Path, opened: list[AppServices]
) -> None:
    settings = PartnerCenterSettings(backend=PARTNER_CENTER, tenant_id=TENANT, client_id=CLIENT)
    open_with(data_dir, opened, settings)
    assert current_sqlite_file() == data_dir / f"customers-partner-center-{TENANT}.sqlite3"
    assert owner_row() == (PARTNER_CENTER, TENANT)


def refusal(data_dir: Path, settings: PartnerCenterSettings | None, url: str) -> str:
    close_store()
    with pytest.raises(StartupError) as info:
        open_services(data_dir, data_dir / "config", database=url, partner_center=settings)
    line = str(info.value)
    assert "\n" not in line
    return line


def test_a_simulator_book_is_refused_for_partner_center(
    data_dir: Path, opened: list[AppServices], explicit_url: str
) -> None:
    add_to = open_with(data_dir, opened, database=explicit_url)
    add_customers([BookCustomer("Simulated Bakery", "simbakery")])
    assert listed(add_to) == ["Simulated Bakery"]

    line = refusal(data_dir, partner_center(), explicit_url)
    assert line.startswith("The database ")
    assert "holds the customers of the simulator" in line
    assert f"but Partner Center (tenant {TID.lower()}) was chosen" in line
    assert "start with --partner-center simulator" in line
    assert "give --database another database" in line

    # Nothing was written: the book still opens for its owner, with its customers.
    assert listed(open_with(data_dir, opened, database=explicit_url)) == ["Simulated Bakery"]
    assert owner_row() == (SIMULATOR, "")


def test_a_partner_center_book_is_refused_for_the_simulator_and_other_tenants(
    data_dir: Path, opened: list[AppServices], explicit_url: str
) -> None:
    real = open_with(data_dir, opened, partner_center(), database=explicit_url)
    assert owner_row() == (PARTNER_CENTER, TID.lower())  # an empty book is claimed
    add_customers([BookCustomer("Real Brewery", "realbrewery")])
    assert listed(real) == ["Real Brewery"]

    line = refusal(data_dir, None, explicit_url)
    assert f"holds the customers of Partner Center (tenant {TID.lower()})" in line
    assert "but the simulator was chosen" in line
    assert f"choose Partner Center with tenant {TID.lower()}" in line

    line = refusal(data_dir, partner_center("another-tenant"), explicit_url)
    assert f"holds the customers of Partner Center (tenant {TID.lower()})" in line
    assert "but Partner Center (tenant another-tenant) was chosen" in line

    assert listed(open_with(data_dir, opened, partner_center(), database=explicit_url)) == [
        "Real Brewery"
    ]


def test_a_password_in_the_address_stays_out_of_the_refusal(
    data_dir: Path, opened: list[AppServices], postgres_url: str
) -> None:
    open_with(data_dir, opened, database=postgres_url)
    # postgresql://postgres@127.0.0.1:PORT/db; the test server trusts 127.0.0.1.
    with_password = postgres_url.replace("postgres@", "postgres:s3cret-pw@", 1)
    line = refusal(data_dir, partner_center(), with_password)
    assert "postgres:***@" in line
    assert "s3cret-pw" not in line


def previous_version_book(url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A book as the version before ``book_owner`` wrote it."""
    with monkeypatch.context() as patch:
        before = migrations.STEPS.index(migrations._add_book_owner)
        patch.setattr(migrations, "STEPS", migrations.STEPS[:before])
        open_store(url, data_dir)
    assert not database_proxy.obj.table_exists("book_owner")


def test_a_book_of_a_previous_version_belongs_to_the_simulator(
    data_dir: Path,
    opened: list[AppServices],
    explicit_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previous_version_book(explicit_url, data_dir, monkeypatch)
    add_customers([BookCustomer("Loyal Customer", "loyal")])
    close_store()

    line = refusal(data_dir, partner_center(), explicit_url)
    assert "holds the customers of the simulator" in line
    assert owner_row() == (SIMULATOR, "")  # claimed by the migration, kept after the refusal
    services = open_with(data_dir, opened, database=explicit_url)
    assert listed(services) == ["Loyal Customer"]  # existing users keep their customers


def test_an_empty_book_of_a_previous_version_is_claimed_by_whoever_opens_it(
    data_dir: Path,
    opened: list[AppServices],
    explicit_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previous_version_book(explicit_url, data_dir, monkeypatch)
    close_store()
    open_with(data_dir, opened, partner_center(), database=explicit_url)
    assert owner_row() == (PARTNER_CENTER, TID.lower())


def test_the_default_simulator_file_of_a_previous_version_keeps_its_customers(
    data_dir: Path, opened: list[AppServices], monkeypatch: pytest.MonkeyPatch
) -> None:
    previous_version_book(f"sqlite:///{data_dir / DEFAULT_FILE_NAME}", data_dir, monkeypatch)
    add_customers([BookCustomer("Loyal Customer", "loyal")])
    close_store()
    services = open_with(data_dir, opened)  # the simulator's default book, as before
    assert listed(services) == ["Loyal Customer"]
    assert owner_row() == (SIMULATOR, "")
    assert list(data_dir.glob(f"{DEFAULT_FILE_NAME}.v*.bak"))  # backed up before the migration
