"""Indexes for the customer list: one per sortable column, and substring search.

The list sorts, filters and pages in the database (keyset pagination on ``(sort column, row key)``),
so each sortable column has an index whose order the list can walk. Search is a substring match
on ``Customer.search_text``:

- SQLite: an FTS5 table with the trigram tokenizer over ``customer.search_text`` (external
  content: it stores only the index, kept current by triggers). ``detail=none``: it records
  which rows hold each trigram, not where, so it builds faster and is smaller; the list queries
  it with ``LIKE`` (FTS5 narrows to the rows holding every trigram of the word, then SQLite checks
  the ``LIKE`` itself), which needs no positions. ``columnsize=0``: no per-row token counts,
  which only ranking (bm25) reads and the list never asks for. Without FTS5 or the trigram
  tokenizer (SQLite < 3.34) the step skips it and the list falls back to ``LIKE`` on the table.
  The index reads the text followed by two spaces (``SEARCH_PAD``), so every character of
  the text starts one of its trigrams: the rows holding a word of 1-2 characters are those
  holding one of the trigrams that begin with it, which its vocabulary table
  (``SEARCH_VOCAB``, one row per trigram with its number of rows) lists in a range seek.
- PostgreSQL: a pg_trgm GIN index, which ``LIKE '%term%'`` uses, and for words of 1-2
  characters (pg_trgm has no trigram for them) a GIN index of each text's characters and pairs
  of characters (``customer_search_grams``, over a copy of the text: ``SEARCH_COPY``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from peewee import Database, DatabaseError, SqliteDatabase

from reseller_desktop.store.errors import interrupted

log = logging.getLogger(__name__)

SEARCH_TABLE = "customer_search"
SEARCH_VOCAB = "customer_search_vocab"
# Two characters after the text, so that its last two characters start a trigram too.
SEARCH_PAD = "'  '"
GRAMS_FUNCTION = "customer_search_grams"

# Columns the list sorts by that have no index yet (status, created_at and domain_key have one).
_SORT_COLUMNS = ("country", "offer_summary", "total_seats")

_PADDED = f"search_text || {SEARCH_PAD}"
_SQLITE_SEARCH_TRIGGERS = [
    f"CREATE TRIGGER {SEARCH_TABLE}_insert AFTER INSERT ON customer BEGIN "
    f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) VALUES (new.rowid, new.{_PADDED}); END",
    f"CREATE TRIGGER {SEARCH_TABLE}_delete AFTER DELETE ON customer BEGIN "
    f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, search_text) "
    f"VALUES ('delete', old.rowid, old.{_PADDED}); END",
    f"CREATE TRIGGER {SEARCH_TABLE}_update AFTER UPDATE OF search_text "
    f"ON customer BEGIN "
    f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, search_text) "
    f"VALUES ('delete', old.rowid, old.{_PADDED}); "
    f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) VALUES (new.rowid, new.{_PADDED}); END",
]


def add_list_indexes(db: Database) -> None:
    """Migration step: the customer list's sort indexes and its search index."""
    if isinstance(db, SqliteDatabase):
        _sqlite(db)
    else:
        _postgres(db)


def _sqlite(db: SqliteDatabase) -> None:
    # Case-insensitive company order, as people expect ("alpine" beside "Alpine").
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_company_nocase "
        "ON customer (company_name COLLATE NOCASE)"
    )
    for column in _SORT_COLUMNS:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS customer_{column} ON customer ({column})")
    if not sqlite_trigram_available(db):
        log.warning("SQLite has no FTS5 trigram tokenizer: customer search will scan the table")
        return
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
        "search_text, content='customer', content_rowid='rowid', tokenize='trigram', "
        "detail=none, columnsize=0)"
    )
    _sqlite_search_triggers(db)
    fill_search_index(db)


def _sqlite_search_triggers(db: Database) -> None:
    for suffix in ("insert", "delete", "update"):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {SEARCH_TABLE}_{suffix}")
    for sql in _SQLITE_SEARCH_TRIGGERS:
        db.execute_sql(sql)


def fill_search_index(db: Database) -> None:
    """(Re)index every customer's search text, padded as the triggers pad it (FTS5's own
    'rebuild' would read the text unpadded)."""
    db.execute_sql(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('delete-all')")
    db.execute_sql(
        f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) SELECT rowid, {_PADDED} FROM customer"
    )


def add_short_word_search(db: Database) -> None:
    """Migration step: words of 1-2 characters found through an index (see the module's
    docstring): SQLite pads the trigram index's text and lists its vocabulary; PostgreSQL indexes
    each text's characters and pairs of characters."""
    if isinstance(db, SqliteDatabase):
        if not db.table_exists(SEARCH_TABLE):
            return  # no FTS5 trigram tokenizer: the list scans
        _sqlite_search_triggers(db)
        fill_search_index(db)
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_VOCAB} "
            f"USING fts5vocab({SEARCH_TABLE}, 'row')"
        )
        return
    with _unless_refused(db, "No index for short search words: they will be looked for by a scan"):
        for sql in _POSTGRES_GRAMS:
            db.execute_sql(sql)
    _index_copy_trigrams(db)


def _index_copy_trigrams(db: Database) -> None:
    if not _copy_exists(db):
        return
    without = (
        "No trigram index on the search copy: longer words' matches are read from the customers"
    )
    with _unless_refused(db, without):
        db.execute_sql(_COPY_TRIGRAM_INDEX)


@contextlib.contextmanager
def _unless_refused(db: Database, without: str) -> Iterator[None]:
    """A part of a migration step that the server may refuse (no privilege, no extension): in a
    savepoint, so that a refusal undoes that part alone and is logged with ``without`` (what
    the app does instead), and the rest of the step runs. An interruption is no refusal: the
    user stopped the upgrade, and the step must end."""
    try:
        with db.atomic():
            yield
    except DatabaseError as exc:
        if interrupted(exc):
            raise
        log.warning("%s (%s)", without, exc)


def sqlite_trigram_available(db: SqliteDatabase) -> bool:
    """Whether this SQLite library has FTS5 with the trigram tokenizer (3.34+)."""
    try:
        with db.atomic():  # a savepoint: the probe leaves nothing behind
            db.execute_sql(
                "CREATE VIRTUAL TABLE temp._trigram_probe USING fts5(x, tokenize='trigram')"
            )
            db.execute_sql("DROP TABLE temp._trigram_probe")
    except DatabaseError as exc:
        if interrupted(exc):
            raise
        return False
    return True


def _postgres(db: Database) -> None:
    # Keyset pagination orders by (column, id): the index matches that order exactly.
    for column in ("company_name", "status", "created_at", *_SORT_COLUMNS):
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS customer_{column}_id ON customer ({column}, id)"
        )
    with _unless_refused(db, "No trigram index for customer search: search will scan the table"):
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        db.execute_sql(
            "CREATE INDEX IF NOT EXISTS customer_search_trgm "
            "ON customer USING gin (search_text gin_trgm_ops)"
        )


# The distinct characters and pairs of characters of a text: "abc" -> {a, b, c, ab, bc} (and
# an empty string, which no search asks for; a GIN index keeps each key once per row). One
# expression of built-in functions, which PostgreSQL inlines: 9 us a text, where a query over
# generate_series costs 190 us. IMMUTABLE, so that an index can hold its result.
_GRAMS_FUNCTION_SQL = rf"""
CREATE OR REPLACE FUNCTION {GRAMS_FUNCTION}(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_to_array(t, NULL)
    || string_to_array(regexp_replace(t, '(..)', E'\\1\x01', 'g'), E'\x01')
    || string_to_array(regexp_replace(substr(t, 2), '(..)', E'\\1\x01', 'g'), E'\x01')
$$"""

# The index is on a copy of the search text in a table of its own, kept by triggers: on the
# customer table every provisioning step (a status, a due time) would write each row's 80
# keys into it again, since a row whose indexed columns change is written anew with every index.
# The copy holds the columns the list sorts by too, all but the status (which the provisioning
# clock changes on every tick: each change would write the copy as well). A search whose matches
# are many, sorted by one of them, then reads this narrow table alone (100,000 matches sorted by
# country: 100 ms, where joining their ids back to the customers costs 200 to 700). It has its
# own trigram index for the longer words, so that their matches are read from it too.
SEARCH_COPY = "customer_search_text"
SEARCH_COPY_TRIGRAMS = f"{SEARCH_COPY}_trgm"
# The list's sort columns the copy holds, and their types.
COPY_SORT_COLUMNS = {
    "company_name": "text",
    "domain_key": "text",
    "country": "text",
    "offer_summary": "text",
    "total_seats": "integer",
    "created_at": "timestamp",
}
_COPIED_COLUMNS = ["search_text", *COPY_SORT_COLUMNS]
_COPIED = ", ".join(_COPIED_COLUMNS)
_COPY_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {GRAMS_FUNCTION} "
    f"ON {SEARCH_COPY} USING gin ({GRAMS_FUNCTION}(search_text))"
)
_COPY_TRIGRAM_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {SEARCH_COPY_TRIGRAMS} "
    f"ON {SEARCH_COPY} USING gin (search_text gin_trgm_ops)"
)
# Copy every customer's text (those a trigger has not copied yet), then index the copies.
_FILL_SEARCH_COPY = [
    f"INSERT INTO {SEARCH_COPY} (customer_id, {_COPIED}) "
    f"SELECT id, {_COPIED} FROM customer ON CONFLICT DO NOTHING",
    _COPY_INDEX,
    f"ANALYZE {SEARCH_COPY}",
]
_COPY_SET = ", ".join(f"{column} = NEW.{column}" for column in _COPIED_COLUMNS)
_COPY_CHANGED = " OR ".join(
    f"OLD.{column} IS DISTINCT FROM NEW.{column}" for column in _COPIED_COLUMNS
)
_COPY_TRIGGERS = [
    f"""CREATE OR REPLACE FUNCTION {SEARCH_COPY}_insert() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {SEARCH_COPY} (customer_id, {_COPIED})
            SELECT id, {_COPIED} FROM added;
            RETURN NULL;
        END $$""",
    f"""CREATE OR REPLACE FUNCTION {SEARCH_COPY}_update() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE {SEARCH_COPY} SET {_COPY_SET} WHERE customer_id = NEW.id;
            RETURN NULL;
        END $$""",
    f"DROP TRIGGER IF EXISTS {SEARCH_COPY}_insert ON customer",
    f"CREATE TRIGGER {SEARCH_COPY}_insert AFTER INSERT ON customer "
    f"REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION {SEARCH_COPY}_insert()",
    f"DROP TRIGGER IF EXISTS {SEARCH_COPY}_update ON customer",
    f"CREATE TRIGGER {SEARCH_COPY}_update AFTER UPDATE OF {_COPIED} ON customer "
    f"FOR EACH ROW WHEN ({_COPY_CHANGED}) EXECUTE FUNCTION {SEARCH_COPY}_update()",
]
_COPY_COLUMNS_SQL = ", ".join(
    f"{column} {kind} NOT NULL" for column, kind in COPY_SORT_COLUMNS.items()
)
_POSTGRES_GRAMS = [
    _GRAMS_FUNCTION_SQL,
    f"CREATE TABLE IF NOT EXISTS {SEARCH_COPY} ("
    "customer_id uuid PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE, "
    f"search_text text NOT NULL, {_COPY_COLUMNS_SQL})",
    *_COPY_TRIGGERS,
    *_FILL_SEARCH_COPY,
]


def add_domain_to_search_copy(db: Database) -> None:
    """Migration step, superseded: ``rebuild_search_copy``, the step after it, makes again a
    copy that lacks any column it now holds (the domain, which this step used to add, too)."""


def rebuild_search_copy(db: Database) -> None:
    """Migration step, PostgreSQL: a search copy made before it held every sort column but the
    status (see ``SEARCH_COPY``) is made again: copied, both its indexes built (about 2 minutes
    for a million customers)."""
    if isinstance(db, SqliteDatabase) or not _copy_exists(db):
        return
    if set(COPY_SORT_COLUMNS) <= copy_columns(db):
        return
    # Dropped and made again at once: refused, the old copy and its triggers stay.
    with _unless_refused(db, "The search copy was left as it was: it lacks sort columns"):
        db.execute_sql(f"DROP TABLE {SEARCH_COPY}")
        for sql in _POSTGRES_GRAMS:
            db.execute_sql(sql)
    _index_copy_trigrams(db)


def _copy_exists(db: Database) -> bool:
    found = db.execute_sql("SELECT to_regclass(%s)", (SEARCH_COPY,)).fetchone()
    return bool(found and found[0])


def copy_columns(db: Database) -> set[str]:
    """PostgreSQL: the search copy's columns, and ``SEARCH_COPY_TRIGRAMS`` if its trigram index
    exists (none of them without a copy)."""
    # The catalog, not information_schema: its views cost 4 ms on a new session, and this is
    # read before the first page.
    rows = db.execute_sql(
        "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) "
        "AND attnum > 0 AND NOT attisdropped "
        "UNION ALL SELECT %s WHERE to_regclass(%s) IS NOT NULL",
        (SEARCH_COPY, SEARCH_COPY_TRIGRAMS, SEARCH_COPY_TRIGRAMS),
    ).fetchall()
    return {row[0] for row in rows}


def fill_search_copy(db: Database) -> None:
    """PostgreSQL: copy the search texts a bulk load wrote without triggers (its session in the
    replica role), the copy's two indexes built once after."""
    for index in (GRAMS_FUNCTION, SEARCH_COPY_TRIGRAMS):
        db.execute_sql(f"DROP INDEX IF EXISTS {index}")
    for sql in _FILL_SEARCH_COPY:
        db.execute_sql(sql)
    _index_copy_trigrams(db)
