"""Hand-made SQL for the writes that run a few times per submission, on both databases.

Peewee builds a statement's SQL anew on every call; for these small writes the building costs
about three times the running (0.15 ms against 0.05 ms), which shows in the create-customer
round trip. The text is made once per database, model and set of columns; the values go through
each field's own conversion (``db_value``), as peewee's would.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from peewee import Database, Field, Model


def insert_or_ignore(db: Database, model: type[Model], values: Mapping[Field, Any]) -> int:
    """INSERT the row unless its unique key exists; 1 when inserted, 0 when it was there.

    Columns not given take the model's defaults, as with ``Model.insert``."""
    row = dict(values)
    for field in model._meta.sorted_fields:  # type: ignore[attr-defined]
        if field not in row and field.default is not None:
            row[field] = field.default() if callable(field.default) else field.default
    fields = tuple(row)
    params = [f.db_value(row[f]) for f in fields]
    cursor = db.execute_sql(_insert_sql(db, model, fields, True), params)
    return int(cursor.rowcount)


def insert_new(db: Database, row: Model) -> None:
    """INSERT ``row``, a model instance not saved yet, as ``Model.create`` would (the fields it
    holds: those given and the defaults peewee filled in). An auto-numbered key is not read back."""
    data = row.__data__
    model = type(row)
    fields = tuple(f for f in model._meta.sorted_fields if f.name in data)  # type: ignore[attr-defined]
    db.execute_sql(
        _insert_sql(db, model, fields, False), [f.db_value(data[f.name]) for f in fields]
    )


def update_where(
    db: Database,
    model: type[Model],
    values: Mapping[Field, Any],
    key: Field,
    key_value: Any,
    *,
    not_in: tuple[Field, Sequence[Any]] | None = None,
) -> int:
    """UPDATE the rows whose ``key`` is ``key_value`` (and whose ``not_in`` field is none of
    the given values); the number of rows changed."""
    fields = tuple(values)
    params = [f.db_value(values[f]) for f in fields] + [key.db_value(key_value)]
    guard: tuple[Field, int] | None = None
    if not_in is not None:
        field, excluded = not_in
        guard = (field, len(excluded))
        params += [field.db_value(v) for v in excluded]
    cursor = db.execute_sql(_update_sql(db, model, fields, key, guard), params)
    return int(cursor.rowcount)


def _quoted(db: Database, name: str) -> str:
    return f"{db.quote[0]}{name}{db.quote[1]}"


@functools.lru_cache(maxsize=64)
def _insert_sql(db: Database, model: type[Model], fields: tuple[Field, ...], ignore: bool) -> str:
    table = _quoted(db, model._meta.table_name)  # type: ignore[attr-defined]
    columns = ", ".join(_quoted(db, f.column_name) for f in fields)
    marks = ", ".join([db.param] * len(fields))
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    # SQLite (3.24+) and PostgreSQL both take this form of "or ignore".
    return f"{sql} ON CONFLICT DO NOTHING" if ignore else sql


@functools.lru_cache(maxsize=32)
def _update_sql(
    db: Database,
    model: type[Model],
    fields: tuple[Field, ...],
    key: Field,
    guard: tuple[Field, int] | None,
) -> str:
    table = _quoted(db, model._meta.table_name)  # type: ignore[attr-defined]
    sets = ", ".join(f"{_quoted(db, f.column_name)} = {db.param}" for f in fields)
    sql = f"UPDATE {table} SET {sets} WHERE {_quoted(db, key.column_name)} = {db.param}"
    if guard is not None:
        field, count = guard
        marks = ", ".join([db.param] * count)
        sql += f" AND {_quoted(db, field.column_name)} NOT IN ({marks})"
    return sql
