"""PostgreSQL for teams: libpq passwords, roles, reconnecting after an outage, the search index."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database, OperationalError

from reseller_desktop.store import migrations
from reseller_desktop.store.database import close_store, open_store
from reseller_desktop.store.errors import StoreError, stopped_by_server
from reseller_desktop.store.models import Customer
from reseller_desktop.store.postgres import (
    ReconnectingPostgresqlDatabase,
    database_user,
    postgres_database,
    postgres_search_index,
)
from tests.pg_server import PASSWORD_ROLE, PostgresServer, ScratchDatabase, free_port

SECRET = "Tr0ub4dor&3-not-in-any-message"


@pytest.fixture
def password_role(postgres_server: PostgresServer, postgres_url: str) -> Iterator[tuple[str, str]]:
    """A login role that must give its password (SECRET), and the test database's URL for it."""
    name = "staff_with_password"
    postgres_server.drop_role(name, "reseller_test")
    postgres_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{SECRET}' IN ROLE {PASSWORD_ROLE}")
    postgres_server.execute(f"GRANT CREATE ON SCHEMA public TO {name}", database="reseller_test")
    yield name, postgres_url.replace("//postgres@", f"//{name}@")
    close_store()
    postgres_server.drop_role(name, "reseller_test")


@pytest.fixture
def no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))


def test_url_without_password_takes_it_from_the_password_file(
    password_role: tuple[str, str],
    postgres_server: PostgresServer,
    no_libpq_password: None,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name, url = password_role
    with pytest.raises(StoreError) as info:
        open_store(url, data_dir)
    message = str(info.value)
    assert "no password supplied" in message and ".pgpass" in message and "\n" not in message

    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{postgres_server.port}:reseller_test:{name}:{SECRET}\n")
    passfile.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    db = open_store(url, data_dir)
    assert database_user(db) == name
    assert migrations.current_version(db) == migrations.latest_version()


def test_password_from_the_environment(
    password_role: tuple[str, str], no_libpq_password: None, data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    name, url = password_role
    monkeypatch.setenv("PGPASSWORD", SECRET)
    assert database_user(open_store(url, data_dir)) == name


@pytest.mark.parametrize("where", ["user part", "parameter"])
def test_a_password_in_the_address_never_shows_in_messages(
    password_role: tuple[str, str], no_libpq_password: None, data_dir: Path, where: str
) -> None:
    name, url = password_role
    wrong = "Wr0ng-Secret%21"
    if where == "user part":
        url = url.replace(f"//{name}@", f"//{name}:{wrong}@")
    else:
        url += f"?password={wrong}&sslmode=disable"
    with pytest.raises(StoreError) as info:
        open_store(url, data_dir)
    message = str(info.value)
    assert "password authentication failed" in message
    assert "Wr0ng" not in message and "***" in message
    assert "sslmode=disable" in message or where == "user part"


def test_server_not_running_at_start_is_a_one_line_error(
    postgres_server: PostgresServer, data_dir: Path
) -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/reseller"  # nothing listens there
    with pytest.raises(StoreError) as info:
        open_store(url, data_dir)
    message = str(info.value)
    assert message.startswith(f"Cannot open the database {url}: ")
    assert "Connection refused" in message and "server is running" in message
    assert "\n" not in message


def test_connection_names_the_app_unless_the_address_does(
    postgres_url: str, data_dir: Path
) -> None:
    query = "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()"
    db = open_store(postgres_url, data_dir)
    assert isinstance(db, ReconnectingPostgresqlDatabase)
    assert db.execute_sql(query).fetchone()[0] == "reseller-desktop"
    close_store()
    db = open_store(postgres_url + "?application_name=front-desk", data_dir)
    assert db.execute_sql(query).fetchone()[0] == "front-desk"
    close_store()


def test_session_settings_of_the_address_add_to_the_apps(
    postgres_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Options the address (or PGOPTIONS) gives keep the app's time limits and JIT off; where
    both set one, the address wins."""

    def shown(db: Database, *names: str) -> list[str]:
        return [db.execute_sql(f"SHOW {name}").fetchone()[0] for name in names]

    monkeypatch.delenv("PGOPTIONS", raising=False)
    db = open_store(postgres_url + "?options=-c%20search_path%3Dpublic%2Cpg_catalog", data_dir)
    assert shown(db, "search_path") == ["public,pg_catalog"]
    assert shown(db, "statement_timeout", "lock_timeout", "jit") == ["15s", "5s", "off"]
    close_store()
    db = open_store(postgres_url + "?options=-c%20statement_timeout%3D20s", data_dir)
    assert shown(db, "statement_timeout", "lock_timeout", "jit") == ["20s", "5s", "off"]
    close_store()
    db = open_store(postgres_url + "?options=", data_dir)  # an empty one takes nothing away
    assert shown(db, "statement_timeout", "lock_timeout", "jit") == ["15s", "5s", "off"]
    close_store()
    monkeypatch.setenv("PGOPTIONS", "-c lock_timeout=7s")
    db = open_store(postgres_url, data_dir)
    assert shown(db, "statement_timeout", "lock_timeout", "jit") == ["15s", "7s", "off"]
    close_store()


def test_libpq_environment_fills_in_what_the_address_leaves_out(
    postgres_server: PostgresServer,
    postgres_url: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGHOST", "127.0.0.1")
    monkeypatch.setenv("PGPORT", str(postgres_server.port))
    monkeypatch.setenv("PGUSER", "postgres")
    db = open_store("postgresql:///reseller_test", data_dir)
    assert db.execute_sql("SELECT current_database()").fetchone()[0] == "reseller_test"
    close_store()
    short = postgres_url.replace("postgresql://", "postgres://")  # the other spelling libpq knows
    assert database_user(open_store(short, data_dir)) == "postgres"
    close_store()


def test_next_query_after_a_server_restart_reconnects(
    outage_url: str, outage_database: ScratchDatabase, data_dir: Path
) -> None:
    db = open_store(outage_url, data_dir)
    before = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    outage_database.server.stop_server()
    with pytest.raises(OperationalError, match="Connection refused"):
        Customer.select().count()
    outage_database.server.resume()
    assert Customer.select().count() == 0
    assert db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != before


def test_idle_connection_survives_a_restart_unnoticed(
    outage_url: str, outage_database: ScratchDatabase, data_dir: Path
) -> None:
    db = open_store(outage_url, data_dir)
    outage_database.server.stop_server()
    outage_database.server.resume()
    assert Customer.select().count() == 0  # the dead connection is replaced, nothing raised
    with db.atomic():  # and a transaction starts on the new one
        assert Customer.select().count() == 0


def test_search_index_serves_substring_search(postgres_url: str, data_dir: Path) -> None:
    db = open_store(postgres_url, data_dir)
    postgres_search_index(db)
    postgres_search_index(db)  # a migration step may meet an index made by hand: no error
    (definition,) = db.execute_sql(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'customer_search_trgm'"
    ).fetchone()
    assert "gin (search_text gin_trgm_ops)" in definition
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")  # a tiny table: force the planner's hand
        plan = db.execute_sql(
            "EXPLAIN SELECT id FROM customer WHERE search_text LIKE %s", ("%dupont%",)
        ).fetchall()
    assert "customer_search_trgm" in " ".join(row[0] for row in plan)
    close_store()


def test_search_index_is_a_no_op_on_sqlite(data_dir: Path) -> None:
    db = open_store(None, data_dir)
    before = db.get_indexes("customer")
    postgres_search_index(db)
    assert db.get_indexes("customer") == before
    close_store()


def test_team_roles_as_the_readme_sets_them_up(
    postgres_server: PostgresServer, data_dir: Path
) -> None:
    """The README's Team mode recipe: a shared role owns everything, one login per staff."""
    from reseller_desktop.services.context import open_services

    database, group = "reseller_team", "reseller_staff_test"
    staff = ["alice_test", "bob_test"]
    cleanup = [*staff, group]
    for role in cleanup:
        postgres_server.drop_role(role)
    postgres_server.drop_database(database)
    try:
        postgres_server.execute(f"CREATE ROLE {group} NOLOGIN")
        postgres_server.execute(f"CREATE DATABASE {database} OWNER {group}")
        postgres_server.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm", database=database)
        for name in staff:
            postgres_server.execute(f"CREATE ROLE {name} LOGIN IN ROLE {group}")
            postgres_server.execute(f"ALTER ROLE {name} SET role = {group}")
        actors = []
        for name in staff:
            services = open_services(
                data_dir, data_dir / "config", database=postgres_server.url(database, name)
            )
            postgres_search_index(Customer._meta.database)
            actors.append(services.onboarding.actor)
            close_store()
        me = getpass.getuser()
        assert actors == [f"{me} (db: alice_test)", f"{me} (db: bob_test)"]
        owners = {
            row[0]
            for row in _rows(
                postgres_server,
                database,
                "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'",
            )
        }
        assert owners == {group}  # bob can run the next migration on alice's tables
    finally:
        postgres_server.drop_database(database)
        for role in cleanup:
            postgres_server.drop_role(role)


def _rows(server: PostgresServer, database: str, sql: str) -> list[tuple]:
    conn = server.admin(database)
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()
    finally:
        conn.close()


def test_a_statement_the_server_stops_at_its_time_out_is_told_apart_from_a_lost_connection(
    postgres_url: str,
) -> None:
    """What PostgreSQL stops (statement_timeout) is said so, whether peewee re-raised the
    driver's error or only keeps it; a lost connection is not."""
    db = postgres_database(postgres_url)
    db.connect()
    try:
        with pytest.raises(OperationalError) as stopped, db.atomic():
            db.execute_sql("SET LOCAL statement_timeout = 50")
            db.execute_sql("SELECT pg_sleep(5)")
        assert stopped_by_server(stopped.value)
        assert stopped_by_server(OperationalError(stopped.value.orig))  # kept, not chained
    finally:
        db.close()
    assert not stopped_by_server(OperationalError("server closed the connection unexpectedly"))
