"""privacy purge: events past their retention period lose personal data but keep their figures."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def test_purge_dry_run_changes_nothing(cli, populated: Path) -> None:
    result = cli("privacy", "purge", "--dry-run")

    assert result.exit_code == 0, result.stderr
    assert "ik-eschwege-2023" in result.stdout
    assert "ik-hoexter-2017" not in result.stdout  # no retention period set
    with sqlite3.connect(populated) as conn:
        assert conn.execute("SELECT COUNT(*) FROM participants WHERE anonymised = 1").fetchone()[0] == 0


def test_purge_anonymises_and_keeps_counts(cli, populated: Path) -> None:
    result = cli("privacy", "purge", "--yes")

    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(populated) as conn:
        rows = conn.execute(
            "SELECT email, first_name, last_name, organisation, phone, extra, sector, status, anonymised "
            "FROM participants p JOIN events e ON e.id = p.event_id WHERE e.slug = 'ik-eschwege-2023'"
        ).fetchall()
        counts = conn.execute(
            "SELECT (SELECT COUNT(*) FROM preferences), (SELECT COUNT(*) FROM assignments), "
            "(SELECT COUNT(*) FROM attendance), (SELECT COUNT(*) FROM mail_log)"
        ).fetchone()
        kept = conn.execute(
            "SELECT first_name FROM participants p JOIN events e ON e.id = p.event_id WHERE e.slug = 'ik-hoexter-2017'"
        ).fetchall()
    assert len(rows) == 3
    assert {row[:6] for row in rows} == {(None, None, None, None, None, "{}")}
    assert sorted(row[6] for row in rows) == ["Verwaltung", "Wirtschaft", "Zivilgesellschaft"]
    assert {row[8] for row in rows} == {1}
    assert counts == (6, 3, 3, 0)
    assert kept == [("Samira",)]
    raw = populated.read_bytes()
    assert b"Kert" not in raw
    assert b"Quasthoff" not in raw


def test_purge_again_finds_nothing(cli, populated: Path) -> None:
    cli("privacy", "purge", "--yes")

    result = cli("privacy", "purge", "--yes")

    assert result.exit_code == 0
    assert "Keine Veranstaltung" in result.stderr
