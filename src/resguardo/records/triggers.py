"""Database triggers that keep the communication record append-only for anyone who goes around the app.

Installed by migration 0002 on SQLite and PostgreSQL:

- entries and attachments: UPDATE and DELETE are refused (and, on PostgreSQL, TRUNCATE while any entry
  exists);
- a new entry must follow the last entry of its agency: ``seq`` is the last one plus 1 and ``prev_hash`` is
  the previous entry's ``entry_hash`` (64 zeros for the first), so no bug can fork the chain or leave a gap;
- an attachment can only be added to the newest entry of its agency (in the same transaction as the entry);
- the chain head cannot be deleted, and can only move to the agency's actual last entry.

Someone with full control of the database can still drop the triggers; the hash chain then shows what they
changed (``manage.py verify_record``). ``drop`` and ``install`` exist for the tamper tests and for
``without_triggers``, which test clean-up uses to empty the tables; the application never calls them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from resguardo.records.canonical import GENESIS

REFUSED = "the communication record is append-only"

SQLITE_TRIGGERS = {
    "records_entry_no_update": f"""
        CREATE TRIGGER IF NOT EXISTS records_entry_no_update BEFORE UPDATE ON records_entry
        BEGIN SELECT RAISE(ABORT, 'records_entry: UPDATE refused, {REFUSED}'); END""",
    "records_entry_no_delete": f"""
        CREATE TRIGGER IF NOT EXISTS records_entry_no_delete BEFORE DELETE ON records_entry
        BEGIN SELECT RAISE(ABORT, 'records_entry: DELETE refused, {REFUSED}'); END""",
    "records_entry_chain": f"""
        CREATE TRIGGER IF NOT EXISTS records_entry_chain BEFORE INSERT ON records_entry
        WHEN NEW.seq <> COALESCE((SELECT MAX(seq) FROM records_entry WHERE agency_id = NEW.agency_id), 0) + 1
          OR NEW.prev_hash <> COALESCE((SELECT entry_hash FROM records_entry
                                        WHERE agency_id = NEW.agency_id AND seq = NEW.seq - 1), '{GENESIS}')
        BEGIN SELECT RAISE(ABORT, 'records_entry: a new entry must follow the last entry of its agency'); END""",
    "records_attachment_no_update": f"""
        CREATE TRIGGER IF NOT EXISTS records_attachment_no_update BEFORE UPDATE ON records_attachment
        BEGIN SELECT RAISE(ABORT, 'records_attachment: UPDATE refused, {REFUSED}'); END""",
    "records_attachment_no_delete": f"""
        CREATE TRIGGER IF NOT EXISTS records_attachment_no_delete BEFORE DELETE ON records_attachment
        BEGIN SELECT RAISE(ABORT, 'records_attachment: DELETE refused, {REFUSED}'); END""",
    "records_attachment_newest": """
        CREATE TRIGGER IF NOT EXISTS records_attachment_newest BEFORE INSERT ON records_attachment
        WHEN NOT EXISTS (SELECT 1 FROM records_entry e WHERE e.id = NEW.entry_id
                         AND e.seq = (SELECT MAX(seq) FROM records_entry WHERE agency_id = e.agency_id))
        BEGIN SELECT RAISE(ABORT, 'records_attachment: only the newest entry can receive attachments'); END""",
    "records_chainhead_no_delete": f"""
        CREATE TRIGGER IF NOT EXISTS records_chainhead_no_delete BEFORE DELETE ON records_chainhead
        BEGIN SELECT RAISE(ABORT, 'records_chainhead: DELETE refused, {REFUSED}'); END""",
    "records_chainhead_forward": """
        CREATE TRIGGER IF NOT EXISTS records_chainhead_forward BEFORE UPDATE ON records_chainhead
        WHEN NEW.agency_id <> OLD.agency_id OR NEW.last_seq < OLD.last_seq
          OR NOT EXISTS (SELECT 1 FROM records_entry WHERE agency_id = NEW.agency_id AND seq = NEW.last_seq
                         AND entry_hash = NEW.last_hash
                         AND seq = (SELECT MAX(seq) FROM records_entry WHERE agency_id = NEW.agency_id))
        BEGIN SELECT RAISE(ABORT, 'records_chainhead: the head can only move to the last entry'); END""",
}

POSTGRES_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%: % refused, {REFUSED}', TG_TABLE_NAME, TG_OP;
END $$;

CREATE OR REPLACE FUNCTION records_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM records_entry) THEN
    RAISE EXCEPTION '%: TRUNCATE refused, {REFUSED}', TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION records_entry_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq <> COALESCE((SELECT MAX(seq) FROM records_entry WHERE agency_id = NEW.agency_id), 0) + 1
     OR NEW.prev_hash <> COALESCE((SELECT entry_hash FROM records_entry
                                   WHERE agency_id = NEW.agency_id AND seq = NEW.seq - 1), '{GENESIS}') THEN
    RAISE EXCEPTION 'records_entry: a new entry must follow the last entry of its agency';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION records_attachment_newest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM records_entry e WHERE e.id = NEW.entry_id
                 AND e.seq = (SELECT MAX(seq) FROM records_entry WHERE agency_id = e.agency_id)) THEN
    RAISE EXCEPTION 'records_attachment: only the newest entry can receive attachments';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION records_chainhead_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'records_chainhead: DELETE refused, {REFUSED}';
  END IF;
  IF NEW.agency_id <> OLD.agency_id OR NEW.last_seq < OLD.last_seq
     OR NOT EXISTS (SELECT 1 FROM records_entry WHERE agency_id = NEW.agency_id AND seq = NEW.last_seq
                    AND entry_hash = NEW.last_hash
                    AND seq = (SELECT MAX(seq) FROM records_entry WHERE agency_id = NEW.agency_id)) THEN
    RAISE EXCEPTION 'records_chainhead: the head can only move to the last entry';
  END IF;
  RETURN NEW;
END $$;
"""

POSTGRES_TRIGGERS = {
    (
        "records_entry_no_change",
        "records_entry",
    ): "BEFORE UPDATE OR DELETE ON records_entry FOR EACH ROW EXECUTE FUNCTION records_refuse_change()",
    (
        "records_entry_no_truncate",
        "records_entry",
    ): "BEFORE TRUNCATE ON records_entry FOR EACH STATEMENT EXECUTE FUNCTION records_refuse_truncate()",
    (
        "records_entry_chain",
        "records_entry",
    ): "BEFORE INSERT ON records_entry FOR EACH ROW EXECUTE FUNCTION records_entry_chain()",
    (
        "records_attachment_no_change",
        "records_attachment",
    ): "BEFORE UPDATE OR DELETE ON records_attachment FOR EACH ROW EXECUTE FUNCTION records_refuse_change()",
    (
        "records_attachment_no_truncate",
        "records_attachment",
    ): "BEFORE TRUNCATE ON records_attachment FOR EACH STATEMENT EXECUTE FUNCTION records_refuse_truncate()",
    (
        "records_attachment_newest",
        "records_attachment",
    ): "BEFORE INSERT ON records_attachment FOR EACH ROW EXECUTE FUNCTION records_attachment_newest()",
    (
        "records_chainhead_guard",
        "records_chainhead",
    ): "BEFORE UPDATE OR DELETE ON records_chainhead FOR EACH ROW EXECUTE FUNCTION records_chainhead_guard()",
    (
        "records_chainhead_no_truncate",
        "records_chainhead",
    ): "BEFORE TRUNCATE ON records_chainhead FOR EACH STATEMENT EXECUTE FUNCTION records_refuse_truncate()",
}
POSTGRES_FUNCTION_NAMES = [
    "records_refuse_change",
    "records_refuse_truncate",
    "records_entry_chain",
    "records_attachment_newest",
    "records_chainhead_guard",
]


def install(connection: Any) -> None:
    """Create the triggers (idempotent). ``connection`` is a Django database connection."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for sql in SQLITE_TRIGGERS.values():
                cursor.execute(sql)
        elif connection.vendor == "postgresql":
            cursor.execute(POSTGRES_FUNCTIONS)
            for (name, table), body in POSTGRES_TRIGGERS.items():
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                cursor.execute(f"CREATE TRIGGER {name} {body}")
        else:  # pragma: no cover - only the two supported databases
            raise NotImplementedError(f"append-only triggers for {connection.vendor}")


def drop(connection: Any) -> None:
    """Remove the triggers: what someone altering the database by hand would do first."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        elif connection.vendor == "postgresql":
            for name, table in POSTGRES_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            for function in POSTGRES_FUNCTION_NAMES:
                cursor.execute(f"DROP FUNCTION IF EXISTS {function}()")


def installed(connection: Any) -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'records_%'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'records_%'")
        return {row[0] for row in cursor.fetchall()}


@contextmanager
def without_triggers(connection: Any) -> Iterator[None]:
    """Drop the triggers for the duration of the block, then put them back (tests and tamper simulations)."""
    drop(connection)
    try:
        yield
    finally:
        install(connection)


def empty_record_tables(connection: Any) -> None:
    """Delete every row of the record (tests only: lets a transactional test database be flushed)."""
    with without_triggers(connection), connection.cursor() as cursor:
        for table in ("records_attachment", "records_chainhead", "records_entry"):
            cursor.execute(f"DELETE FROM {table}")
