"""SQLite's side of backups: online copies and a read-only look into a backup file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["copy_file", "copy_open", "inspect"]


def copy_open(source: sqlite3.Connection, target_path: Path) -> None:
    """Copy an open database with SQLite's online backup: consistent even while others write."""
    target = sqlite3.connect(str(target_path))
    try:
        source.backup(target, pages=256)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def copy_file(source_path: Path, target_path: Path) -> None:
    """Copy the database file ``source_path`` (opened read-only) over the one at ``target_path``."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(str(target_path), timeout=30)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def inspect(path: Path, migration_set: str) -> tuple[str, list[str]]:
    """The integrity check result of the file at ``path`` and the migrations applied to it, in order.

    Raises :class:`sqlite3.DatabaseError` if the file is no SQLite database or has
    no migrations table.
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        status = connection.execute("PRAGMA integrity_check").fetchone()[0]
        applied = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [migration_set]
            )
        ]
    finally:
        connection.close()
    return str(status), applied
