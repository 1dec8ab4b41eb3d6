"""Fill a store with a realistic customer book, fast (for the other benchmarks and for demos).

    python benchmarks/make_book.py --customers 1000000 --database sqlite:////tmp/book.db

Customers come from varied countries, offers and statuses; about a tenth are still in flight
(pending or provisioning, with a due time), the rest active or failed. SQLite generates the rows
itself (INSERT ... SELECT); PostgreSQL takes them through COPY with its secondary indexes built
after the load (book_postgres.py); other databases through the driver's executemany. Peewee model
instances would be ten times slower.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from peewee import Database, SqliteDatabase

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.book_postgres import Loader, bulk_load
from reseller_desktop.domain.catalog import load_catalog
from reseller_desktop.domain.search import search_key, search_text
from reseller_desktop.resources import resource_path
from reseller_desktop.store.database import (
    DEFAULT_FILE_NAME,
    close_store,
    database_from_url,
    open_store,
    sqlite_database,
)
from reseller_desktop.store.indexes import (
    SEARCH_COPY,
    SEARCH_TABLE,
    fill_search_copy,
    fill_search_index,
)
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from reseller_desktop.store.postgres import is_postgres

# (country, culture, city, state, postal code, street)
PLACES = [
    ("FR", "fr-FR", "Paris", "", "75008", "Rue du Faubourg Saint-Honoré"),
    ("FR", "fr-FR", "Lyon", "", "69002", "Place Bellecour"),
    ("BE", "fr-BE", "Bruxelles", "", "1000", "Rue de la Loi"),
    ("CH", "fr-CH", "Genève", "", "1204", "Rue du Rhône"),
    ("CA", "fr-CA", "Québec", "QC", "G1R 4S9", "Rue des Carrières"),
    ("US", "en-US", "Mountain View", "CA", "94043", "Amphitheatre Pkwy"),
    ("US", "en-US", "Seattle", "WA", "98101", "Pike Street"),
    ("GB", "en-GB", "London", "", "SW1A 2AA", "Downing Street"),
    ("DE", "de-DE", "Berlin", "", "11011", "Platz der Republik"),
    ("LU", "fr-LU", "Luxembourg", "", "L-1648", "Place Guillaume II"),
]
WORDS = (
    "alpine azur boreal cedar delta ember fjord granite harbor iris juniper kestrel lumen meridian "
    "nova orchid pacific quartz riviera sierra tundra umbra vertex willow zenith atlas bastion "
    "cobalt dune etoile falcon glacier horizon"
).split()
KINDS = ["Conseil", "Logistique", "Santé", "Industries", "Studio", "Finance", "Bâtiment", "Labs"]
FORMS = ["SARL", "SAS", "SA", "GmbH", "Ltd", "Inc.", "SRL", "AG"]
FIRST = ["Camille", "Léa", "Hugo", "Émile", "Jules", "Chloé", "Noah", "Zoé", "Anna", "Luca"]
LAST = ["Dupont", "Martin", "Bernard", "Lefèvre", "Müller", "Smith", "Rossi", "Girard", "Roux"]


def build(url: str | None, customers: int, seed: int, data_dir: Path) -> float:
    rng = random.Random(seed)
    catalog = load_catalog(resource_path("offers.json"))
    offers = list(catalog.offers)
    _new_sqlite_file(url, data_dir)
    db = open_store(url, data_dir)
    now = datetime(2026, 11, 23, 12, 0, 0)
    customer_cols = (
        "id company_name domain_prefix domain_key country address_line1 address_line2 city state "
        "postal_code first_name last_name email phone registration_number language culture "
        "mca_accepted mca_date mca_signer_first_name mca_signer_last_name mca_signer_email "
        "mca_signer_phone status status_reason next_change_at request_id offer_summary total_seats "
        "search_text created_at updated_at created_by"
    ).split()
    subscription_cols = (
        "id customer_id offer_id offer_name family seats term billing_cycle status order_id "
        "order_status seats_changed_at created_at updated_at"
    ).split()
    # A schema change must be mirrored here: fail loudly rather than fill a wrong book. Columns
    # left out must have a database default (the facts added since, e.g. the agreement status).
    for model, cols in ((Customer, customer_cols), (Subscription, subscription_cols)):
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(cols) <= set(fields), set(cols) - set(fields)
        for name in set(fields) - set(cols):
            field = fields[name]
            defaulted = field.null or any("DEFAULT" in str(c.sql) for c in field.constraints or [])
            assert defaulted, f"{model.__name__}.{name} needs a value in make_book.py"
    event_cols = ["customer_id", "at", "actor", "action", "details"]
    base = rng.getrandbits(96) << 32
    started = time.perf_counter()
    if db.param == "?":
        _fill_sqlite(db, customers, seed, customer_cols, subscription_cols, offers)
        return _finish(started)
    fmt = "%Y-%m-%d %H:%M:%S"

    def rows(start: int, stop: int) -> tuple[list[tuple], list[tuple], list[tuple]]:
        c_rows: list[tuple] = []
        s_rows: list[tuple] = []
        e_rows: list[tuple] = []
        for i in range(start, stop):
            cid = f"{base + i:032x}"
            country, culture, city, state, postal, street = PLACES[i % len(PLACES)]
            word = WORDS[i % len(WORDS)]
            company = f"{word.capitalize()} {KINDS[i % 8]} {FORMS[(i // 8) % 8]} {i}"
            prefix = f"{word}{i}"
            first, last = FIRST[i % 10], LAST[(i // 10) % 9]
            email = f"{first.lower()}.{i}@{word}{i}.example.com"
            offer = offers[i % len(offers)]
            seats = rng.randint(offer.min_seats, min(offer.max_seats, 300))
            created = (now - timedelta(seconds=(customers - i) * 7)).strftime(fmt)
            roll = rng.random()
            due = None
            if roll < 0.05:
                status = "pending"
                due = (now + timedelta(seconds=rng.uniform(0, 180))).strftime(fmt)
            elif roll < 0.1:
                status = "provisioning"
                due = (now + timedelta(seconds=rng.uniform(0, 420))).strftime(fmt)
            elif roll < 0.11:
                status = "failed"
            else:
                status = "active"
            c_rows.append(
                (
                    cid, company, prefix, prefix, country, f"{1 + i % 200} {street}", "", city,
                    state, postal, first, last, email, "", "", culture[:2], culture, 1,
                    created[:10], first, last, email, "", status,
                    "Tenant provisioning failed" if status == "failed" else "", due,
                    f"book-{cid}", offer.name, seats,
                    search_text(company, prefix, first, last, email, city),
                    created, created, "make_book",
                )
            )  # fmt: skip
            active = status == "active"
            s_rows.append(
                (
                    f"{base + customers + i:032x}", cid, offer.id, offer.name, offer.family, seats,
                    "P1Y", "monthly", "active" if active else "pending",
                    f"{base + 2 * customers + i:032x}", "completed" if active else "pending",
                    created, created, created,
                )
            )  # fmt: skip
            e_rows.append((cid, created, "make_book", "customer_created", "{}"))
        return c_rows, s_rows, e_rows

    tables = {
        Customer._meta.table_name: customer_cols,
        Subscription._meta.table_name: subscription_cols,
        AuditEvent._meta.table_name: event_cols,
    }
    loading = bulk_load(db, list(tables)) if is_postgres(db) else _inserts(db)
    batch = 50_000
    with loading as load:
        for start in range(0, customers, batch):
            made = rows(start, min(start + batch, customers))
            for (table, columns), table_rows in zip(tables.items(), made, strict=True):
                load(table, columns, table_rows)
    if is_postgres(db) and db.table_exists(SEARCH_COPY):
        with db.atomic():
            db.execute_sql("SET LOCAL maintenance_work_mem = '1GB'")
            db.execute_sql("SET LOCAL statement_timeout = 0")
            fill_search_copy(db)
    return _finish(started)


@contextmanager
def _inserts(db: Database) -> Iterator[Loader]:
    """Other databases: the driver's executemany, in one transaction."""
    with db.atomic():
        cursor = db.cursor()

        def load(table: str, columns: Sequence[str], rows: list[tuple]) -> None:
            marks = ", ".join([db.param] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

        yield load


def _finish(started: float) -> float:
    elapsed = time.perf_counter() - started
    close_store()
    return elapsed


def _new_sqlite_file(url: str | None, data_dir: Path) -> None:
    """A new SQLite book gets 16 KiB pages (the page size is fixed once the file has a table):
    the load, the index builds and the search index's rebuild move a quarter as many pages."""
    if url and not url.lower().startswith("sqlite:"):
        return
    target = database_from_url(url) if url else sqlite_database(data_dir / DEFAULT_FILE_NAME)
    if not isinstance(target, SqliteDatabase) or target.database == ":memory:":
        return
    path = Path(target.database)  # created empty (owner-only) by sqlite_database if missing
    if path.stat().st_size == 0:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA page_size = 16384")
        conn.execute("PRAGMA journal_mode = WAL")  # writes the header: the size sticks
        conn.close()


def _fill_sqlite(db, customers, seed, customer_cols, subscription_cols, offers) -> None:
    """The same book generated inside SQLite: one INSERT ... SELECT per table over a numbers
    sequence, with the varied parts looked up in small temporary tables. No Python per row, so
    a million customers take seconds. Pseudo-random choices are hashes of (row, seed)."""
    # A throwaway bulk load: no rollback journal (a WAL would write every page twice), no fsync,
    # temporary tables in memory. The file goes back to WAL mode at the end.
    db.execute_sql("PRAGMA journal_mode = OFF")
    db.execute_sql("PRAGMA foreign_keys = OFF")  # every row's parent is generated alongside it
    db.execute_sql("PRAGMA synchronous = OFF")
    db.execute_sql("PRAGMA temp_store = MEMORY")
    db.execute_sql("PRAGMA cache_size = -524288")
    # Index builds sort their keys with helper threads too (this SQLite's default is none).
    db.execute_sql("PRAGMA threads = 2")
    tables: dict[str, tuple[str, list[tuple[Any, ...]]]] = {
        "bk_place": (
            "country culture city state postal street cityf",
            [(*place, search_key(place[2])) for place in PLACES],
        ),
        "bk_word": ("w", [(w,) for w in WORDS]),
        # Each with its folded form (search text, domain/search.py): no Python call per row.
        "bk_kind": ("v vf", [(v, search_key(v)) for v in KINDS]),
        "bk_form": ("f ff", [(f, search_key(f)) for f in FORMS]),
        "bk_first": ("n nf", [(n, search_key(n)) for n in FIRST]),
        "bk_last": ("n nf", [(n, search_key(n)) for n in LAST]),
        "bk_offer": (
            "oid name family maxseats",
            [(o.id, o.name, o.family, min(o.max_seats, 300)) for o in offers],
        ),
    }
    # Building each index once at the end is several times faster than updating it per row.
    # The same goes for the triggers that keep the search index current: the index is rebuilt
    # in one pass at the end instead.
    indexes = db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type"
    ).fetchall()
    # The app folds search text with str.casefold; SQLite's lower() only folds ASCII. casefold
    # maps character by character, so the search text is put together from folded parts.
    assert all(w == w.casefold() and w.isascii() for w in WORDS)
    with db.atomic():
        for kind, name, _sql in indexes:
            db.execute_sql(f'DROP {kind.upper()} "{name}"')
        for table, (cols, rows) in tables.items():
            names = cols.split()
            db.execute_sql(f"DROP TABLE IF EXISTS temp.{table}")
            db.execute_sql(f"CREATE TEMP TABLE {table} (k INTEGER PRIMARY KEY, {', '.join(names)})")
            marks = ", ".join("?" * (len(names) + 1))
            db.cursor().executemany(
                f"INSERT INTO temp.{table} VALUES ({marks})",
                [(k, *row) for k, row in enumerate(rows)],
            )
        n = {t: len(rows) for t, (_c, rows) in tables.items()}
        # h(i, salt): a reproducible pseudo-random number in [0, 1000000) for row i.
        h = f"(((i + {seed}) * 2654435761 + %d) %% 1000003 %% 1000000)"
        db.execute_sql(f"""
            CREATE TEMP TABLE bk_row AS
            WITH RECURSIVE seq(i) AS (
                SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < {customers - 1})
            SELECT i,
                   printf('%08x%024x', {seed}, i) AS cid,
                   printf('%08x%024x', {seed} + 1, i) AS sid,
                   printf('%08x%024x', {seed} + 2, i) AS oid_,
                   {h % 17} AS roll,
                   {h % 31} AS r2,
                   datetime('2026-11-23 12:00:00', printf('-%d seconds', ({customers} - i) * 7))
                       AS created
            FROM seq""")
        db.execute_sql(f"""
            INSERT INTO customer ({", ".join(customer_cols)})
            SELECT * FROM (SELECT
              r.cid AS id,
              upper(substr(w.w, 1, 1)) || substr(w.w, 2) || ' ' || k.v || ' ' || f.f || ' ' || r.i
                AS company_name,
              w.w || r.i AS domain_prefix, w.w || r.i AS domain_key,
              p.country AS country, (1 + r.i % 200) || ' ' || p.street AS address_line1,
              '' AS address_line2, p.city AS city, p.state AS state, p.postal AS postal_code,
              fn.n AS first_name, ln.n AS last_name,
              lower(fn.n) || '.' || r.i || '@' || w.w || r.i || '.example.com' AS email,
              '' AS phone, '' AS registration_number, substr(p.culture, 1, 2) AS language,
              p.culture AS culture, 1 AS mca_accepted, substr(r.created, 1, 10) AS mca_date,
              fn.n AS mca_signer_first_name, ln.n AS mca_signer_last_name,
              lower(fn.n) || '.' || r.i || '@' || w.w || r.i || '.example.com'
                AS mca_signer_email,
              '' AS mca_signer_phone,
              CASE WHEN r.roll < 50000 THEN 'pending' WHEN r.roll < 100000 THEN 'provisioning'
                   WHEN r.roll < 110000 THEN 'failed' ELSE 'active' END AS status,
              CASE WHEN r.roll >= 100000 AND r.roll < 110000 THEN 'Tenant provisioning failed'
                   ELSE '' END AS status_reason,
              CASE WHEN r.roll < 50000
                     THEN datetime('2026-11-23 12:00:00', printf('+%d seconds', r.r2 % 180))
                   WHEN r.roll < 100000
                     THEN datetime('2026-11-23 12:00:00', printf('+%d seconds', r.r2 % 420))
                   END AS next_change_at,
              'book-' || r.cid AS request_id, o.name AS offer_summary,
              1 + r.r2 % o.maxseats AS total_seats,
              w.w || ' ' || k.vf || ' ' || f.ff || ' ' || r.i || ' ' || w.w || r.i || ' '
                || fn.nf || ' ' || ln.nf || ' ' || fn.nf || '.' || r.i || '@' || w.w || r.i
                || '.example.com' || ' ' || p.cityf AS search_text,
              r.created AS created_at, r.created AS updated_at, 'make_book' AS created_by
            FROM temp.bk_row r
            JOIN temp.bk_word w ON w.k = r.i % {n["bk_word"]}
            JOIN temp.bk_kind k ON k.k = r.i % {n["bk_kind"]}
            JOIN temp.bk_form f ON f.k = (r.i / 8) % {n["bk_form"]}
            JOIN temp.bk_place p ON p.k = r.i % {n["bk_place"]}
            JOIN temp.bk_first fn ON fn.k = r.i % {n["bk_first"]}
            JOIN temp.bk_last ln ON ln.k = (r.i / 10) % {n["bk_last"]}
            JOIN temp.bk_offer o ON o.k = r.i % {n["bk_offer"]}
            )""")
        db.execute_sql(f"""
            INSERT INTO subscription ({", ".join(subscription_cols)})
            SELECT * FROM (SELECT r.sid AS id, r.cid AS customer_id, o.oid AS offer_id,
              o.name AS offer_name, o.family AS family, 1 + r.r2 % o.maxseats AS seats,
              'P1Y' AS term, 'monthly' AS billing_cycle,
              CASE WHEN r.roll >= 110000 THEN 'active' ELSE 'pending' END AS status,
              r.oid_ AS order_id,
              CASE WHEN r.roll >= 110000 THEN 'completed' ELSE 'pending' END AS order_status,
              r.created AS seats_changed_at, r.created AS created_at, r.created AS updated_at
            FROM temp.bk_row r JOIN temp.bk_offer o ON o.k = r.i % {n["bk_offer"]}
            )""")
        db.execute_sql("""
            INSERT INTO audit_event (customer_id, at, actor, action, details)
            SELECT cid, created, 'make_book', 'customer_created', '{}' FROM temp.bk_row""")
        db.execute_sql("DROP TABLE temp.bk_row")
        for _kind, _name, sql in indexes:
            db.execute_sql(sql)
        if db.table_exists(SEARCH_TABLE):
            # Without automatic merging the one-pass fill is about a third faster; searches
            # are as fast after it, and merging resumes (FTS5's default) for later writes.
            automerge = f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) VALUES ('automerge', ?)"
            db.execute_sql(automerge, (0,))
            fill_search_index(db)
            db.execute_sql(automerge, (4,))
    db.execute_sql("PRAGMA journal_mode = WAL")
    db.execute_sql("PRAGMA foreign_keys = ON")
    db.execute_sql("ANALYZE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--database", help="peewee URL (default: a SQLite file in --data-dir)")
    parser.add_argument("--data-dir", type=Path, default=Path("book-data"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    elapsed = build(args.database, args.customers, args.seed, args.data_dir)
    rate = args.customers / elapsed if elapsed else float("inf")
    print(f"{args.customers} customers in {elapsed:.1f} s: {rate:,.0f} customers/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
