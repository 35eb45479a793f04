"""Two konferenz processes on one file: writers wait for each other instead of failing; backups stay consistent."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import EXAMPLES

WRITER = textwrap.dedent(
    """
    import sys
    from konferenz_cli.db.connection import open_db
    from konferenz_cli.db import events
    from konferenz_cli.services.events import add_room

    db = open_db(sys.argv[1])
    event = events.event_by_slug(db, "ik-hoexter-2017")
    for number in range(int(sys.argv[3])):
        add_room(db, event, {"name": f"{sys.argv[2]} {number}", "capacity": number + 1})
    print("done")
    """
)


def _writer(db_path: Path, prefix: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), prefix, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_writers_at_once_both_succeed(cli, db_path: Path) -> None:
    assert cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml")).exit_code == 0

    first, second = _writer(db_path, "Tür", 150), _writer(db_path, "Saal", 150)
    results = [process.communicate(timeout=120) for process in (first, second)]

    assert [process.returncode for process in (first, second)] == [0, 0], results
    with sqlite3.connect(db_path) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM rooms WHERE name LIKE 'Tür %' OR name LIKE 'Saal %'")]
    assert len(names) == 300


def test_backup_while_another_process_writes_is_consistent(cli, db_path: Path, tmp_path: Path) -> None:
    assert cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml")).exit_code == 0
    writer = _writer(db_path, "Zimmer", 400)
    backup = tmp_path / "sicherung.db"

    result = cli("backup", "-o", str(backup))
    writer.communicate(timeout=120)

    assert result.exit_code == 0, result.stderr
    assert writer.returncode == 0
    assert backup.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        capacities = [
            row[0] for row in conn.execute("SELECT capacity FROM rooms WHERE name LIKE 'Zimmer %' ORDER BY id")
        ]
    assert capacities == list(range(1, len(capacities) + 1))  # a prefix of the writes, never a gap


def test_backup_refuses_to_overwrite_and_restore_round_trips(cli, db_path: Path, tmp_path: Path) -> None:
    cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml"))
    backup = tmp_path / "sicherung.db"
    assert cli("backup", "-o", str(backup)).exit_code == 0
    assert cli("backup", "-o", str(backup)).exit_code == 1
    cli("event", "remove", "ik-hoexter-2017", "--yes")

    result = cli("restore", str(backup), "--yes")

    assert result.exit_code == 0, result.stderr
    assert "ik-hoexter-2017" in cli("events", "--format", "json").stdout
    assert list(tmp_path.glob("konferenz.before-restore-*.db"))


def test_restore_refuses_what_is_not_a_konferenz_database(cli, db_path: Path, tmp_path: Path) -> None:
    cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml"))
    other = tmp_path / "fremd.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (y)")
    text = tmp_path / "text.db"
    text.write_text("kein SQLite", encoding="utf-8")

    for candidate in (other, text, tmp_path / "fehlt.db"):
        result = cli("restore", str(candidate), "--yes")
        assert result.exit_code == 1
    assert "ik-hoexter-2017" in cli("events", "--format", "json").stdout
