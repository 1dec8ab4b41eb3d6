"""Migration step: let every desktop learn which customers changed, soon after the change.

- PostgreSQL: statement-level triggers on ``customer`` send ``NOTIFY customer_changed`` with the
  changed ids (comma-separated) when the writing transaction commits; a statement that changes
  more than ``NOTIFY_MAX_IDS`` customers (a bulk load) sends ``*``: "refresh what you show". One
  notification per statement, not per row, so a COPY of a million customers sends one.
- SQLite (two app instances on one file): no notifications exist. Readers notice that another
  connection committed (``PRAGMA data_version``) and ask which customers have an ``updated_at``
  at or after the last one they saw: an index on ``updated_at`` keeps that a short range scan.
  Every writer (onboarding, provisioning, subscriptions) sets ``updated_at``.
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

CHANNEL = "customer_changed"
ALL_CHANGED = "*"
# 200 ids of 36 characters and a comma: 7,400 bytes, under NOTIFY's 8,000-byte payload limit.
NOTIFY_MAX_IDS = 200

_POSTGRES = [
    f"""CREATE OR REPLACE FUNCTION customer_notify_changes() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            found integer;
            ids text;
        BEGIN
            SELECT count(*), string_agg(id::text, ',') INTO found, ids
              FROM (SELECT id FROM changed_rows LIMIT {NOTIFY_MAX_IDS + 1}) c;
            IF found > {NOTIFY_MAX_IDS} THEN
                PERFORM pg_notify('{CHANNEL}', '{ALL_CHANGED}');
            ELSIF found > 0 THEN
                PERFORM pg_notify('{CHANNEL}', ids);
            END IF;
            RETURN NULL;
        END $$""",
    # A trigger with a transition table serves one event only: one for INSERT, one for UPDATE.
    "DROP TRIGGER IF EXISTS customer_notify_insert ON customer",
    "CREATE TRIGGER customer_notify_insert AFTER INSERT ON customer "
    "REFERENCING NEW TABLE AS changed_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION customer_notify_changes()",
    "DROP TRIGGER IF EXISTS customer_notify_update ON customer",
    "CREATE TRIGGER customer_notify_update AFTER UPDATE ON customer "
    "REFERENCING NEW TABLE AS changed_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION customer_notify_changes()",
]


def add_change_tracking(db: Database) -> None:
    """Migration step: NOTIFY triggers (PostgreSQL) or an index on ``updated_at`` (SQLite)."""
    if isinstance(db, SqliteDatabase):
        db.execute_sql("CREATE INDEX IF NOT EXISTS customer_updated ON customer (updated_at)")
        return
    for sql in _POSTGRES:
        db.execute_sql(sql)
