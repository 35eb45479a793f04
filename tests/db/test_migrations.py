"""The schema: a blank database gets every table; an old file upgrades in one go with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from konferenz_cli.db.connection import open_db, schema_version
from konferenz_cli.db.migrations import migrations
from konferenz_cli.errors import DatabaseTooNew

DATA = Path(__file__).resolve().parent.parent / "data"
EXPECTED_TABLES = {
    "series",
    "events",
    "rooms",
    "agenda_items",
    "rounds",
    "topics",
    "sessions",
    "participants",
    "preferences",
    "assignments",
    "assignment_runs",
    "attendance",
    "results",
    "mail_log",
    "ical_state",
    "import_mappings",
    "event_settings",
}


def test_blank_database_has_every_table_foreign_keys_and_wal(db_path: Path) -> None:
    db = open_db(db_path)

    assert EXPECTED_TABLES <= set(db.table_names())
    assert "session_details" in db.view_names()
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(migrations._migrations)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_version_1_file_upgrades_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "schema-v1.db", path)

    db = open_db(path)

    assert schema_version(db) == len(migrations._migrations)
    assert EXPECTED_TABLES <= set(db.table_names())
    event = db.execute("SELECT slug, title, doors, organisers FROM events").fetchall()
    assert event == [("ik-2023", "Integrationskonferenz 2023", "09:45", '["Vielfaltszentrum"]')]
    assert db.execute("SELECT name, capacity FROM topics").fetchall() == [("Sprache", 40)]
    assert db.execute("SELECT round, topic, capacity FROM session_details").fetchall() == [(1, "Sprache", 40)]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_upgraded_file_works_with_the_commands(tmp_path: Path, cli) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "schema-v1.db", path)

    result = cli("event", "show", "--format", "json", db=path)

    assert result.exit_code == 0, result.stderr
    assert '"series": "Integrationskonferenz WMK"' in result.stdout


def test_failed_upgrade_leaves_the_old_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "schema-v1.db", path)

    def broken(db):  # a migration that fails half-way
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(
        migrations, "_migrations", [*migrations._migrations, migrations._Migration("m999_broken", broken)]
    )
    with pytest.raises(RuntimeError):
        open_db(path)

    with sqlite3.connect(path) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == ["m001_create_events"]
    assert "participants" not in tables
    assert "half_done" not in tables


def test_database_from_a_newer_version_is_refused(tmp_path: Path, cli) -> None:
    path = tmp_path / "new.db"
    open_db(path).execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('konferenz', 'm099_future', 'x')"
    )

    with pytest.raises(DatabaseTooNew):
        open_db(path)
    result = cli("events", db=path)
    assert result.exit_code == 1
    assert "neueren konferenz-Version" in result.stderr


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path, cli) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Einkaufsliste: Kaffee, Kekse\n" * 100, encoding="utf-8")

    result = cli("events", db=path)

    assert result.exit_code == 1
    assert "keine konferenz-Datenbank" in result.stderr


def test_tables_are_linked_by_foreign_keys_for_browsing(db_path: Path) -> None:
    """Datasette and sqlite-utils show links between rows only where foreign keys say so."""
    db = open_db(db_path)

    links = {
        (table, fk.column, fk.other_table)
        for table in db.table_names()
        if not table.startswith("_")
        for fk in db.table(table).foreign_keys
    }

    assert {
        ("events", "series_id", "series"),
        ("agenda_items", "event_id", "events"),
        ("sessions", "topic_id", "topics"),
        ("sessions", "round_id", "rounds"),
        ("sessions", "room_id", "rooms"),
        ("participants", "event_id", "events"),
        ("preferences", "participant_id", "participants"),
        ("preferences", "topic_id", "topics"),
        ("assignments", "session_id", "sessions"),
        ("attendance", "participant_id", "participants"),
        ("results", "topic_id", "topics"),
        ("mail_log", "participant_id", "participants"),
    } <= links
