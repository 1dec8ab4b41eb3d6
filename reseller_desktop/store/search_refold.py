"""Migration step: the search text folded (no accents, no case) and with the city and the
registration number, so "sante" finds "Santé" and a city or a registration number finds its
customers (``domain/search.py``).

Rows are re-read and rewritten in chunks; on SQLite the search index's update trigger is set aside
meanwhile and the index rebuilt once at the end (one pass instead of a delete and an insert per
row).
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

from reseller_desktop.domain.search import search_text
from reseller_desktop.store.indexes import SEARCH_TABLE, fill_search_index

CHUNK = 5000


def refold_search_text(db: Database) -> None:
    sqlite = isinstance(db, SqliteDatabase)
    key = "rowid" if sqlite else "id"
    p = db.param
    trigger = None
    if sqlite:
        row = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (f"{SEARCH_TABLE}_update",),
        ).fetchone()
        trigger = row[0] if row else None
        if trigger:
            db.execute_sql(f"DROP TRIGGER {SEARCH_TABLE}_update")
    last = None
    while True:
        after = f"WHERE {key} > {p} " if last is not None else ""
        rows = db.execute_sql(
            f"SELECT {key}, company_name, domain_prefix, first_name, last_name, email, city, "
            f"registration_number FROM customer {after}ORDER BY {key} LIMIT {CHUNK}",
            (last,) if last is not None else (),
        ).fetchall()
        if not rows:
            break
        values = [(search_text(*row[1:]), row[0]) for row in rows]
        if sqlite:
            db.cursor().executemany(
                f"UPDATE customer SET search_text = {p} WHERE {key} = {p}", values
            )
        else:  # one statement per chunk: the change-notification trigger fires per statement
            from psycopg2.extras import execute_values

            execute_values(
                db.cursor(),
                "UPDATE customer AS c SET search_text = v.t FROM (VALUES %s) AS v(t, id) "
                "WHERE c.id = v.id::uuid",
                [(text, str(row_id)) for text, row_id in values],
                page_size=CHUNK,
            )
        last = rows[-1][0]
    if trigger:
        db.execute_sql(trigger)
        fill_search_index(db)
