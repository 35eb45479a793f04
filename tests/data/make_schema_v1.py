"""How tests/data/schema-v1.db was made: the database of konferenz 0.1 before participants existed.

Run once from the repository root; the file is committed so that upgrade tests
always start from exactly these bytes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from konferenz_cli.db.migrations import migrations

TARGET = Path(__file__).with_name("schema-v1.db")

if __name__ == "__main__":
    TARGET.unlink(missing_ok=True)
    db = Database(sqlite3.connect(TARGET, isolation_level=None))
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db, stop_before="m002_create_participants")
    db.execute("PRAGMA user_version = 1")
    stamp = "2023-09-01T10:00:00+00:00"
    db.execute("INSERT INTO series (id, name) VALUES (1, 'Integrationskonferenz WMK')")
    db.execute(
        'INSERT INTO events (id, slug, title, series_id, date, start, "end", doors, venue, organisers, partners,'
        " created_at, updated_at) VALUES (1, 'ik-2023', 'Integrationskonferenz 2023', 1, '2023-11-04', '10:00',"
        " '13:00', '09:45', 'E-Werk', '[\"Vielfaltszentrum\"]', '[]', ?, ?)",
        [stamp, stamp],
    )
    db.execute(
        'INSERT INTO agenda_items (id, event_id, date, start, "end", title, kind, speakers, uid)'
        " VALUES (1, 1, '2023-11-04', '10:45', '11:30', 'Arbeitsgruppen, Phase 1', 'workgroup_round', '[]',"
        " 'ik-2023-agenda-1@konferenz')"
    )
    db.execute("INSERT INTO rounds (id, event_id, number, agenda_item_id) VALUES (1, 1, 1, 1)")
    db.execute("INSERT INTO topics (id, event_id, number, name, capacity) VALUES (1, 1, 1, 'Sprache', 40)")
    db.execute("INSERT INTO sessions (id, event_id, topic_id, round_id) VALUES (1, 1, 1, 1)")
    db.close()
