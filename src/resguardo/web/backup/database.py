"""The database side of backup and restore, for SQLite and PostgreSQL: dump, schema checks, replacement.

Its own module because it is the only part that knows the two engines: the sqlite3 online-backup API and
pg_dump/pg_restore/psql. A staged database is checked to be Resguardo's, intact and not from a newer schema
before the live one is replaced, in one transaction so a failure leaves the live database as it was.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from .common import BackupError, _db, _is_sqlite

PROJECT_APPS = ("casework", "records")  # a Resguardo database has migrations of these
_PG_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ", re.MULTILINE)


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = _db()
    args = [
        "-h",
        str(db.get("HOST") or "127.0.0.1"),
        "-p",
        str(db.get("PORT") or 5432),
        "-U",
        str(db.get("USER") or "postgres"),
    ]
    env = {"PGPASSWORD": str(db.get("PASSWORD") or ""), "PATH": "/usr/bin:/bin:/usr/local/bin"}
    return args, env


def _pg_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(name) is None:
        raise BackupError(
            f"{name} no está instalado (Debian: postgresql-client)",
            f"{name} is not installed (Debian: postgresql-client)",
        )
    _, env = _pg_env()
    return subprocess.run([name, *args], env=env, capture_output=True, text=True, check=False)


def _dump_database(dest_dir: Path) -> Path:
    if _is_sqlite():
        target = dest_dir / "db.sqlite3"
        source = sqlite3.connect(str(_db()["NAME"]))
        try:
            copy = sqlite3.connect(str(target))
            with copy:
                source.backup(copy)
            copy.close()
        finally:
            source.close()
        return target
    target = dest_dir / "db.dump"
    args, _ = _pg_env()
    result = _pg_tool("pg_dump", "-Fc", "--no-owner", *args, "-f", str(target), str(_db()["NAME"]))
    if result.returncode != 0:
        raise BackupError(f"pg_dump: {result.stderr.strip()}", f"pg_dump: {result.stderr.strip()}")
    return target


# --- Restore: checks on the database -------------------------------------------------------------


def _not_resguardo(why: str) -> BackupError:
    return BackupError(
        f"La base de datos de la copia no es de Resguardo ({why})",
        f"the database in the backup is not a Resguardo database ({why})",
    )


def _sqlite_facts(path: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """(recorded migrations, tables) of a staged SQLite file, opened read-only and checked for damage."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(
            f"No se pudo abrir la base de datos de la copia ({exc})", f"cannot open the database in the backup ({exc})"
        ) from exc
    try:
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise BackupError(
                "La copia no contiene una base de datos SQLite", "the database in the backup is not an SQLite database"
            ) from exc
        try:
            report = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            report = [(str(exc),)]
        if report != [("ok",)]:
            raise BackupError(
                f"La base de datos de la copia está dañada ({report[0][0]})",
                f"the database in the backup is damaged ({report[0][0]})",
            )
        if "django_migrations" not in tables:
            raise _not_resguardo("django_migrations")
        recorded = {(str(a), str(n)) for a, n in conn.execute("SELECT app, name FROM django_migrations")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"La base de datos de la copia está dañada ({exc})", f"the database in the backup is damaged ({exc})"
        ) from exc
    finally:
        conn.close()
    return recorded, tables


def _postgres_facts(dump: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """(recorded migrations, tables) of a pg_dump custom archive, read with pg_restore: no database needed."""
    listing = _pg_tool("pg_restore", "--list", str(dump))
    if listing.returncode != 0:
        raise BackupError(
            "La base de datos de la copia no es un volcado válido de PostgreSQL",
            "the database in the backup is not a valid PostgreSQL dump",
        )
    tables = {name for _, name in _PG_TABLE.findall(listing.stdout)}
    if "django_migrations" not in tables:
        raise _not_resguardo("django_migrations")
    data = _pg_tool("pg_restore", "--data-only", "--table=django_migrations", "-f", "-", str(dump))
    recorded: set[tuple[str, str]] = set()
    rows = data.stdout.split("COPY public.django_migrations (id, app, name, applied) FROM stdin;\n", 1)
    if data.returncode != 0 or len(rows) != 2:
        raise _not_resguardo("django_migrations")
    for line in rows[1].split("\n"):
        if line == "\\.":
            break
        fields = line.split("\t")
        if len(fields) != 4:
            raise _not_resguardo("django_migrations")
        recorded.add((fields[1], fields[2]))
    return recorded, tables


def _check_schema(recorded: set[tuple[str, str]], tables: set[str]) -> list[str]:
    """Refuse a database that is not Resguardo's, or is from a newer schema; return the migrations it lacks."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.graph.nodes)
    missing_apps = sorted(set(PROJECT_APPS) - {app for app, _ in recorded})
    if missing_apps:
        raise _not_resguardo(", ".join(missing_apps))
    unknown = sorted(recorded - known)
    if unknown:
        app, name = unknown[0]
        raise BackupError(
            f"La copia es de una versión más reciente de Resguardo (migración {app}.{name}); "
            "restáurela con esa versión",
            f"the backup is from a newer version of Resguardo (migration {app}.{name}); restore it with that version",
        )
    # The tables the recorded migrations create must be there (a forged django_migrations is not enough).
    state = loader.project_state(nodes=sorted(recorded), at_end=True)
    promised = {
        m._meta.db_table
        for m in state.apps.get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy
    }
    absent = sorted(promised - tables)
    if absent:
        raise BackupError(
            f"La base de datos de la copia está incompleta (falta la tabla {absent[0]})",
            f"the database in the backup is incomplete (table {absent[0]} is missing)",
        )
    return [f"{app}.{name}" for app, name in sorted(known - recorded)]


# --- Restore: replacing the live database ---------------------------------------------------------


def _replace_sqlite(staged: Path) -> None:
    source = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    live = sqlite3.connect(str(_db()["NAME"]), timeout=30)
    try:
        with live:
            source.backup(live)  # one transaction on the live file: a failure leaves it as it was
    except sqlite3.Error as exc:
        raise BackupError(
            f"No se pudo escribir la base de datos ({exc})", f"cannot write the database ({exc})"
        ) from exc
    finally:
        source.close()
        live.close()


def _replace_postgresql(dump: Path, staging: Path) -> None:
    """Turn the dump into SQL first (which reads every byte of it), then run it in ONE transaction after
    dropping what is there now, so tables of a newer live schema do not survive beside an older backup and a
    failure leaves the live database as it was."""
    script = staging / "restore.sql"
    made = _pg_tool("pg_restore", "--no-owner", "-f", str(script), str(dump))
    if made.returncode != 0:
        raise BackupError(f"pg_restore: {made.stderr.strip()}", f"pg_restore: {made.stderr.strip()}")
    drop = """DO $$DECLARE r record; BEGIN
      FOR r IN SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE 'DROP TABLE IF EXISTS ' || r.t || ' CASCADE'; END LOOP;
      FOR r IN SELECT format('%I.%I', sequence_schema, sequence_name) AS s FROM information_schema.sequences
               WHERE sequence_schema = 'public' LOOP EXECUTE 'DROP SEQUENCE IF EXISTS ' || r.s || ' CASCADE'; END LOOP;
      FOR r IN SELECT p.oid::regprocedure::text AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid
               AND d.deptype = 'e') LOOP EXECUTE 'DROP FUNCTION IF EXISTS ' || r.f || ' CASCADE'; END LOOP;
    END$$;"""
    args, _ = _pg_env()
    result = _pg_tool(
        "psql",
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "--single-transaction",
        *args,
        "-d",
        str(_db()["NAME"]),
        "-c",
        drop,
        "-f",
        str(script),
    )
    if result.returncode != 0:
        raise BackupError(
            f"No se restauró la base de datos; sigue como estaba (psql: {result.stderr.strip()})",
            f"the database was not restored and is as it was (psql: {result.stderr.strip()})",
        )
