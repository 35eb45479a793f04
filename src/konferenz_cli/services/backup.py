"""Consistent copies of the database while it is in use, and restoring one safely."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from konferenz_cli.db import backup as sqlite_backup
from konferenz_cli.errors import KonferenzError, not_a_readable_file

__all__ = ["backup_database", "check_backup", "restore_database"]


def _private_file(path: Path) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(descriptor)
    os.chmod(path, 0o600)


def _copy(source: sqlite3.Connection, target_path: Path) -> None:
    """Copy with SQLite's online backup: consistent even while other processes write."""
    sqlite_backup.copy_open(source, target_path)
    os.chmod(target_path, 0o600)


def backup_database(db_path: Path, target: Path, *, overwrite: bool = False) -> int:
    """Write a consistent copy of the database at ``db_path`` to ``target`` (mode 0600); returns its size."""
    from konferenz_cli.db.connection import open_db

    if target.resolve() == db_path.resolve():
        raise KonferenzError("backup.same_file", path=str(target))
    if target.is_dir():
        raise KonferenzError("output.is_directory", path=str(target))
    if target.exists() and not overwrite:
        raise KonferenzError("backup.exists", path=str(target))
    if not target.parent.is_dir():
        raise KonferenzError("output.folder_missing", path=str(target.parent))
    database = open_db(db_path)
    try:
        _private_file(target)
        _copy(database.conn, target)
    finally:
        database.close()
    return target.stat().st_size


def check_backup(path: Path) -> int:
    """Check that ``path`` is an intact konferenz database this version can open; returns its schema version."""
    from konferenz_cli.db.migrations import MIGRATION_SET, known_migrations

    if not path.is_file():
        raise not_a_readable_file(path)
    try:
        status, applied = sqlite_backup.inspect(path, MIGRATION_SET)
    except sqlite3.DatabaseError:
        raise KonferenzError("restore.not_konferenz", path=str(path)) from None
    if status != "ok":
        raise KonferenzError("restore.damaged", path=str(path), reason=status)
    if not applied:
        raise KonferenzError("restore.not_konferenz", path=str(path))
    known = known_migrations()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise KonferenzError("db.too_new", migration=unknown[-1])
    return len(applied)


def restore_database(backup: Path, db_path: Path) -> Path | None:
    """Replace the database at ``db_path`` with ``backup`` after checking it.

    The current database is first copied next to it (``…before-restore-<time>.db``);
    returns that path, or None if there was no database yet.
    """
    from konferenz_cli.db.connection import open_db

    check_backup(backup)
    safety: Path | None = None
    if db_path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.db")
        backup_database(db_path, safety)
    else:
        _private_file(db_path)
    sqlite_backup.copy_file(backup, db_path)
    open_db(db_path).close()
    return safety
