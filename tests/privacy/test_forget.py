"""privacy forget: the person is gone from every table and from the bytes of the file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest


def _all_bytes(db_path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(f"{db_path}{suffix}")
        if path.exists():
            data += path.read_bytes()
    return data


def test_forget_removes_every_trace_from_the_file(cli, populated: Path) -> None:
    secrets = ["samira.yousefi@example.org", "Samira", "Yousefi", "0151 2345678", "bringt Dolmetscherin mit"]
    assert all(s.encode() in _all_bytes(populated) for s in secrets)

    result = cli("privacy", "forget", "samira.yousefi@example.org", "--yes")

    assert result.exit_code == 0, result.stderr
    raw = _all_bytes(populated)
    found = [s for s in secrets if s.encode("utf-8") in raw or s.encode("utf-16-le") in raw]
    assert found == []
    with sqlite3.connect(populated) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 2
        assert conn.execute("SELECT COUNT(*) FROM mail_log").fetchone()[0] == 1
        summary = json.loads(conn.execute("SELECT summary FROM assignment_runs").fetchone()[0])
    assert summary["first_choices"] == 3


def test_forget_keeps_the_others(cli, populated: Path) -> None:
    cli("privacy", "forget", "samira.yousefi@example.org", "--yes")

    with sqlite3.connect(populated) as conn:
        names = sorted(row[0] for row in conn.execute("SELECT last_name FROM participants"))
        wishes = conn.execute("SELECT COUNT(*) FROM preferences").fetchone()[0]
        placed = conn.execute("SELECT COUNT(*) FROM assignments").fetchone()[0]
    assert names == ["Kertész", "Petrenko-Quasthoff"]
    assert wishes == 4
    assert placed == 2


def test_forget_by_name_for_a_registration_without_email(cli, populated: Path) -> None:
    result = cli("privacy", "forget", "--name", "oleksandr petrenko-quasthoff", "--yes")

    assert result.exit_code == 0, result.stderr
    assert b"Quasthoff" not in _all_bytes(populated)


def test_forget_asks_first_and_names_what_goes(cli, populated: Path) -> None:
    result = cli("privacy", "forget", "samira.yousefi@example.org", input="n\n")

    assert result.exit_code == 1
    assert "ik-eschwege-2023" in result.stdout
    assert "ik-hoexter-2017" in result.stdout
    with sqlite3.connect(populated) as conn:
        assert conn.execute("SELECT COUNT(*) FROM participants WHERE email LIKE 'samira%'").fetchone()[0] == 2


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["nobody@example.org", "--yes"], "nichts gespeichert"),
        (["kein-at-zeichen", "--yes"], "keine gültige E-Mail-Adresse"),
        (["--yes"], "Wen meinen Sie?"),
    ],
)
def test_forget_user_errors(cli, populated: Path, args: list[str], expected: str) -> None:
    result = cli("privacy", "forget", *args)

    assert result.exit_code == 1
    assert expected in result.stderr


def test_export_writes_json_and_html_with_everything(cli, populated: Path, tmp_path: Path) -> None:
    base = tmp_path / "auskunft"

    result = cli("privacy", "export", "SAMIRA.yousefi@example.org ", "-o", str(base))

    assert result.exit_code == 0, result.stderr
    data = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    assert [r["event_slug"] for r in data["registrations"]] == ["ik-hoexter-2017", "ik-eschwege-2023"]
    eschwege = data["registrations"][1]
    assert eschwege["phone"] == "0151 2345678"
    assert eschwege["extra"] == {"Anmerkung": "bringt Dolmetscherin mit"}
    assert eschwege["preferences"] == ["Spracherwerb", "Qualifizierung und Ausbildung"]
    assert eschwege["assignments"][0]["topic"] == "Spracherwerb"
    assert eschwege["attendance"][0]["day"] == "2023-11-04"
    assert data["mail"][0]["template"] == "invitation"
    html = base.with_suffix(".html").read_text(encoding="utf-8")
    assert "bringt Dolmetscherin mit" in html
    assert "Auskunft über gespeicherte Daten" in html
    assert base.with_suffix(".json").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("auskunft", "auskunft"),
        ("auskunft.v2", "auskunft.v2"),
        ("auskunft.json", "auskunft"),
    ],
)
def test_export_keeps_the_name_given_with_dots(cli, populated: Path, tmp_path: Path, given: str, written: str) -> None:
    result = cli("privacy", "export", "samira.yousefi@example.org", "-o", str(tmp_path / given))

    assert result.exit_code == 0, result.stderr
    assert (tmp_path / f"{written}.json").is_file()
    assert (tmp_path / f"{written}.html").is_file()


def test_export_into_a_folder_writes_inside_it(cli, populated: Path, tmp_path: Path) -> None:
    folder = tmp_path / "auskunft"
    folder.mkdir()

    result = cli("privacy", "export", "samira.yousefi@example.org", "-o", str(folder))

    assert result.exit_code == 0, result.stderr
    assert sorted(p.suffix for p in folder.iterdir()) == [".html", ".json"]
    assert not (tmp_path / "auskunft.json").exists()


def test_withdraw_newsletter_records_the_time(cli, populated: Path) -> None:
    result = cli("privacy", "withdraw-newsletter", "samira.yousefi@example.org")

    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(populated) as conn:
        rows = conn.execute(
            "SELECT newsletter, newsletter_consent_at, newsletter_withdrawn_at FROM participants WHERE email LIKE 'samira%'"
        ).fetchall()
    assert all(row[0] == 0 and row[2] for row in rows)
    again = cli("privacy", "withdraw-newsletter", "samira.yousefi@example.org")
    assert again.exit_code == 1


def test_forget_points_to_public_mentions_in_the_programme(cli, populated: Path, db_path: Path) -> None:
    from konferenz_cli.db import events, participants
    from konferenz_cli.db.connection import open_db, transaction

    db = open_db(db_path)
    event = events.event_by_slug(db, "ik-eschwege-2023")
    with transaction(db):
        participants.insert_participant(
            db, event.id, {"email": "amina@example.org", "first_name": "Amina", "last_name": "Haddad"}
        )
    db.close()

    result = cli("privacy", "forget", "amina@example.org", "--yes")

    assert result.exit_code == 0
    assert "Erfahrungsberichte: Angekommen im Beruf" in result.stderr
