"""Bulk loading for make_book.py on PostgreSQL: COPY, with the secondary indexes rebuilt after.

Inserting a million rows through indexes (a trigram GIN index among them) costs many times what
building each index once at the end does, and COPY streams rows without a statement per row.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from peewee import Database, PeeweeException

# COPY's text format: backslash escapes, \N for NULL.
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})

Loader = Callable[[str, Sequence[str], list[tuple[Any, ...]]], None]


def _field(value: Any) -> str:
    return "\\N" if value is None else str(value).translate(_ESCAPES)


def copy_text(rows: list[tuple[Any, ...]]) -> str:
    """Rows in COPY's text format (booleans as True/False, which PostgreSQL reads)."""
    # Generated rows rarely hold a tab, newline or backslash: join without escaping, then check
    # the whole text at C speed, and escape field by field only when the counts show a need.
    text = "".join("\t".join(["\\N" if v is None else str(v) for v in row]) + "\n" for row in rows)
    if not rows:
        return text
    width = len(rows[0])
    plain = (
        all(len(row) == width for row in rows)
        and text.count("\n") == len(rows)
        and text.count("\t") == len(rows) * (width - 1)
        and "\r" not in text
        # Every backslash is one of our NULLs (a value "\N" would read as NULL: escape it).
        and text.count("\\") == sum(row.count(None) for row in rows)
    )
    if plain:
        return text
    return "".join("\t".join(map(_field, row)) + "\n" for row in rows)


def _secondary_indexes(cursor: Any, tables: Sequence[str]) -> list[tuple[str, str]]:
    """(name, definition) of the indexes on ``tables`` that no constraint owns."""
    cursor.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
        "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE t.relname = ANY(%s) AND t.relnamespace = current_schema()::regnamespace "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
        (list(tables),),
    )
    return [(str(name), str(definition)) for name, definition in cursor.fetchall()]


@contextmanager
def bulk_load(db: Database, tables: Sequence[str]) -> Iterator[Loader]:
    """One transaction: drop the secondary indexes of ``tables``, yield ``load(table, columns,
    rows)``, rebuild the indexes, commit, ANALYZE."""
    with db.atomic():
        cursor = db.cursor()
        cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
        # The app's 15 s limit per statement is for a user's reads, not for building the
        # trigram index of millions of rows.
        cursor.execute("SET LOCAL statement_timeout = 0")
        try:
            with db.atomic():  # a savepoint: only a superuser may skip foreign-key checks
                db.execute_sql("SET LOCAL session_replication_role = replica")
        except PeeweeException:
            pass  # checked row by row then: slower, same result
        indexes = _secondary_indexes(cursor, tables)
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")

        def load(table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
            cursor.copy_expert(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN", io.StringIO(copy_text(rows))
            )

        yield load
        for _name, definition in indexes:
            cursor.execute(definition)
    db.execute_sql("ANALYZE")
