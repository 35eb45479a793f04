"""Opening the database file: location, permissions, pragmas, migrations, transactions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from konferenz_cli.errors import DatabaseTooNew, KonferenzError

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "open_db",
    "resolve_db_path",
    "schema_version",
    "transaction",
]

BUSY_TIMEOUT_SECONDS = 30.0
DEFAULT_DB_NAME = "konferenz.db"


def resolve_db_path(option: str | os.PathLike[str] | None) -> Path:
    """The database file: ``--db``, else ``$KONFERENZ_DB``, else ``./konferenz.db``."""
    if option:
        return Path(option)
    from_env = os.environ.get("KONFERENZ_DB", "").strip()
    return Path(from_env) if from_env else Path(DEFAULT_DB_NAME)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (mode 0600)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)
    os.chmod(path, 0o600)


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN ourselves (see transaction()), so the
    # sqlite3 module never opens a transaction behind our back.
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def open_db(path: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
    """Open (creating on first use) the konferenz database and bring its schema up to date.

    The file is created with mode 0600. All pending migrations run in one
    transaction. Raises :class:`DatabaseTooNew` if the file holds migrations this
    version does not know.
    """
    db_path = resolve_db_path(path)
    if db_path.is_dir():
        raise KonferenzError("db.is_directory", path=str(db_path))
    if not db_path.exists():
        if not db_path.parent.exists():
            raise KonferenzError("db.folder_missing", path=str(db_path.parent))
        _create_private_file(db_path)
    try:
        conn = _connect(db_path)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as error:
        raise KonferenzError("db.not_a_database", path=str(db_path), reason=str(error)) from None
    if migrate:
        try:
            apply_migrations(db)
        except sqlite3.DatabaseError as error:
            db.close()
            raise KonferenzError("db.not_a_database", path=str(db_path), reason=str(error)) from None
    return db


def apply_migrations(db: Database) -> None:
    """Apply every pending migration in one transaction; refuse a newer schema."""
    from konferenz_cli.db.migrations import known_migrations, migrations

    known = known_migrations()
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise DatabaseTooNew("db.too_new", migration=unknown[-1])
    if not migrations.pending(db):
        return
    with transaction(db):
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")


def schema_version(db: Database) -> int:
    """The number of migrations applied to ``db`` (also kept in ``PRAGMA user_version``)."""
    from konferenz_cli.db.migrations import migrations

    return len(migrations.applied(db))


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction: everything inside is stored together or not at all.

    Starts with ``BEGIN IMMEDIATE`` so that a second writer waits for the busy
    timeout instead of failing later; nested use becomes a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")
