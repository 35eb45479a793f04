"""konferenz events, event show/edit/remove, and choosing the event."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES


@pytest.fixture
def two_events(cli) -> None:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    assert cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml")).exit_code == 0


def test_events_lists_every_event_as_json_with_stable_keys(cli, two_events) -> None:
    result = cli("events", "--format", "json")

    rows = json.loads(result.stdout)
    assert [row["slug"] for row in rows] == ["ik-hoexter-2017", "ik-eschwege-2023"]
    assert set(rows[0]) == {"slug", "title", "date", "start", "end", "venue", "series", "participants"}
    assert rows[1]["date"] == "2023-11-04"


def test_events_csv_has_a_header_of_keys(cli, two_events) -> None:
    result = cli("events", "--format", "csv")

    lines = result.stdout.splitlines()
    assert lines[0] == "slug,title,date,start,end,venue,series,participants"
    assert lines[2].startswith("ik-eschwege-2023,Integrationskonferenz 2023 – Zuwanderung als Chance,2023-11-04")


def test_events_xlsx_needs_a_file_and_writes_one(cli, two_events, tmp_path) -> None:
    from openpyxl import load_workbook

    assert cli("events", "--format", "xlsx").exit_code == 1
    target = tmp_path / "events.xlsx"

    result = cli("events", "--format", "xlsx", "-o", str(target))

    assert result.exit_code == 0, result.stderr
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header_row = next(i for i, row in enumerate(values) if row[0] == "Kurzname")
    assert values[header_row + 1][0] == "ik-hoexter-2017"
    assert sheet.print_title_rows == f"${header_row + 1}:${header_row + 1}"


def test_event_show_formats_dates_per_language(cli, two_events) -> None:
    german = cli("event", "show", "-e", "ik-eschwege-2023")
    english = cli("--lang", "en", "event", "show", "-e", "ik-eschwege-2023")

    assert "Samstag, 4. November 2023" in german.stdout
    assert "Anmeldeschluss" in german.stdout
    assert "Dienstag, 31. Oktober 2023" in german.stdout
    assert "Saturday, 4 November 2023" in english.stdout
    assert "Registration deadline" in english.stdout
    assert "Grußworte" in german.stdout
    assert "Arbeitsgruppen, Phase 1" in german.stdout
    assert "Spracherwerb" in german.stdout


def test_missing_event_with_several_in_the_file_lists_the_slugs(cli, two_events) -> None:
    result = cli("event", "show")

    assert result.exit_code == 1
    assert "ik-eschwege-2023" in result.stderr
    assert "ik-hoexter-2017" in result.stderr
    assert "--event" in result.stderr


def test_the_only_event_is_the_default(cli) -> None:
    cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml"))

    result = cli("event", "show", "--format", "json")

    assert json.loads(result.stdout)[0]["slug"] == "ik-hoexter-2017"


def test_unknown_event_names_the_known_ones(cli, two_events) -> None:
    result = cli("event", "show", "-e", "ik-2099")

    assert result.exit_code == 1
    assert result.stderr.startswith("Fehler: Es gibt keine Veranstaltung „ik-2099“. Vorhanden: ik-eschwege-2023")


def test_no_event_yet_says_how_to_create_one(cli) -> None:
    result = cli("event", "show")

    assert result.exit_code == 1
    assert "konferenz new-event" in result.stderr


def test_event_edit_checks_times_against_the_stored_ones(cli, two_events) -> None:
    bad = cli("event", "edit", "-e", "ik-eschwege-2023", "--end", "09:00")
    good = cli("event", "edit", "-e", "ik-eschwege-2023", "--end", "13:30", "--venue", "Stadthalle")

    assert bad.exit_code == 1
    assert "nicht nach dem Beginn" in bad.stderr
    assert good.exit_code == 0
    event = json.loads(cli("event", "show", "-e", "ik-eschwege-2023", "-f", "json").stdout)[0]
    assert (event["end"], event["venue"]) == ("13:30", "Stadthalle")


def test_event_remove_asks_and_removes_everything(cli, two_events, db_path) -> None:
    import sqlite3

    declined = cli("event", "remove", "ik-hoexter-2017", input="n\n")
    removed = cli("event", "remove", "ik-hoexter-2017", "--yes")

    assert declined.exit_code == 1
    assert removed.exit_code == 0
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM topics").fetchone()[0] == 3
        assert [r[0] for r in conn.execute("SELECT slug FROM events")] == ["ik-eschwege-2023"]
