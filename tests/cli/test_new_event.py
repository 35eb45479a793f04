"""konferenz new-event: by flags, from TOML, --like, and every user error."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES


def _show(cli, slug: str, *extra: str) -> dict:
    result = cli("event", "show", "-e", slug, "--format", "json", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)[0]


def test_new_event_by_flags_prints_the_slug_and_stores_the_fields(cli) -> None:
    result = cli(
        "new-event",
        "Integrationskonferenz 2023",
        "--date",
        "2023-11-04",
        "--start",
        "10:00",
        "--end",
        "13:00",
        "--doors",
        "09:45",
        "--venue",
        "E-Werk",
        "--address",
        "Beispielstraße 1, 37269 Eschwege",
        "--registration-deadline",
        "31.10.2023",
        "--contact-email",
        " Vielfalt@Example.org ",
        "--series",
        "Integrationskonferenz WMK",
    )

    assert result.exit_code == 0, result.stderr
    assert result.stdout == "integrationskonferenz-2023\n"
    event = _show(cli, "integrationskonferenz-2023")
    assert event["date"] == "2023-11-04"
    assert (event["start"], event["end"], event["doors"]) == ("10:00", "13:00", "09:45")
    assert event["registration_deadline"] == "2023-10-31"
    assert event["contact_email"] == "vielfalt@example.org"
    assert event["series"] == "Integrationskonferenz WMK"
    assert event["timezone"] == "Europe/Berlin"


def test_new_event_from_toml_stores_agenda_topics_rounds_and_sessions(cli) -> None:
    result = cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml"))

    assert result.exit_code == 0, result.stderr
    event = _show(cli, "ik-eschwege-2023")
    assert [item["kind"] for item in event["agenda"]] == [
        "other",
        "welcome",
        "input",
        "workgroup_round",
        "testimony",
        "workgroup_round",
        "panel",
    ]
    assert [(r["number"], r["start"], r["end"]) for r in event["rounds"]] == [
        (1, "10:45", "11:30"),
        (2, "11:50", "12:35"),
    ]
    assert [t["name"] for t in event["topics"]] == [
        "Spracherwerb",
        "Qualifizierung und Ausbildung",
        "Anerkennung von Abschlüssen",
    ]
    quali = event["topics"][1]
    assert quali["facilitators"] == ["Tobias Reuter", "Leyla Demir"]
    assert [(s["round"], s["room"], s["capacity"]) for s in quali["sessions"]] == [(1, "Saal", 60), (2, "Saal", 60)]
    assert all(item["uid"].startswith("ik-eschwege-2023-agenda-") for item in event["agenda"])


def test_session_override_in_toml_changes_one_round_only(cli, tmp_path: Path) -> None:
    file = tmp_path / "e.toml"
    file.write_text(
        """
[event]
title = "Runde"
date = 2024-05-02
start = "10:00"
end = "12:00"

[[agenda]]
start = "10:00"
end = "11:00"
title = "AG 1"
kind = "workgroup_round"
round = 1

[[agenda]]
start = "11:00"
end = "12:00"
title = "AG 2"
kind = "workgroup_round"
round = 2

[[topics]]
name = "Sprache"
room = "Raum 1"
capacity = 40
min_size = 5

[[topics]]
name = "Wohnen"
capacity = 20
rounds = [2]

[[sessions]]
topic = "Sprache"
round = 2
room = "Saal"
capacity = 60
""",
        encoding="utf-8",
    )

    assert cli("new-event", "--from", str(file)).exit_code == 0
    topics = _show(cli, "runde")["topics"]
    assert [(s["round"], s["room"], s["capacity"], s["min_size"]) for s in topics[0]["sessions"]] == [
        (1, "Raum 1", 40, 5),
        (2, "Saal", 60, 5),
    ]
    assert [s["round"] for s in topics[1]["sessions"]] == [2]


def test_like_copies_programme_to_the_new_date_and_keeps_the_series(cli) -> None:
    cli("new-event", "--from", str(EXAMPLES / "hessen-kassel-2018.toml"))

    result = cli(
        "new-event",
        "Regionalkonferenz Wiesbaden",
        "--date",
        "2018-06-05",
        "--start",
        "10:00",
        "--end",
        "16:00",
        "--like",
        "regionalkonferenz-kassel-2018",
    )

    assert result.exit_code == 0, result.stderr
    kassel = _show(cli, "regionalkonferenz-kassel-2018")
    wiesbaden = _show(cli, "regionalkonferenz-wiesbaden")
    assert wiesbaden["series"] == kassel["series"] == "Regionalkonferenzen Integration gestalten"
    assert [(i["title"], i["start"]) for i in wiesbaden["agenda"]] == [
        (i["title"], i["start"]) for i in kassel["agenda"]
    ]
    assert {i["date"] for i in wiesbaden["agenda"]} == {"2018-06-05"}
    assert [t["name"] for t in wiesbaden["topics"]] == [t["name"] for t in kassel["topics"]]
    assert wiesbaden["rounds"][0]["start"] == "13:45"
    assert {i["uid"] for i in wiesbaden["agenda"]}.isdisjoint({i["uid"] for i in kassel["agenda"]})


def test_new_database_file_is_private(cli, db_path: Path) -> None:
    cli("new-event", "X", "--date", "2023-11-04", "--start", "10:00", "--end", "12:00")

    assert db_path.exists()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_listing_a_missing_database_creates_no_file(cli, tmp_path: Path) -> None:
    mistyped = tmp_path / "konferenz.bd"

    listed = cli("events", db=mistyped)
    as_json = cli("events", "--format", "json", db=mistyped)
    participants = cli("participants", db=mistyped)

    assert listed.exit_code == 0  # there are no events: true, and said together with where we looked
    assert "gibt es noch nicht" in listed.stderr
    assert str(mistyped) in listed.stderr
    assert "konferenz new-event" in listed.stderr
    assert as_json.exit_code == 0
    assert json.loads(as_json.stdout) == []
    assert participants.exit_code == 1  # a command that needs an event stops
    assert "gibt es noch nicht" in participants.stderr
    assert not mistyped.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["X", "--date", "2023-13-40", "--start", "10:00", "--end", "12:00"], "kein gültiges Datum"),
        (["X", "--date", "2023-11-04", "--start", "12:00", "--end", "10:00"], "nicht nach dem Beginn"),
        (["X", "--date", "2023-11-04", "--start", "10:00", "--end", "12:00", "--capacity", "0"], "größer als 0"),
        (["X", "--date", "2023-11-04", "--start", "25:00", "--end", "26:00"], "keine gültige Uhrzeit"),
        (["X", "--date", "2023-11-04"], "Es fehlt: --start, --end"),
        (["X", "--date", "2023-11-04", "--start", "10:00", "--end", "12:00", "--contact-email", "kein-at"], "E-Mail"),
        (
            ["X", "--date", "2023-11-04", "--start", "10:00", "--end", "12:00", "--like", "gibt-es-nicht"],
            "keine Veranstaltung",
        ),
        (["--from", "fehlt.toml"], "gibt es nicht"),
    ],
)
def test_user_errors_exit_1_with_one_clear_message(cli, args: list[str], expected: str) -> None:
    result = cli("new-event", *args)

    assert result.exit_code == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("Fehler: ")


def test_taken_slug_is_an_error_with_a_suggestion(cli) -> None:
    args = ["Tag", "--date", "2024-01-01", "--start", "10:00", "--end", "11:00", "--slug", "tag"]
    assert cli("new-event", *args).exit_code == 0

    result = cli("new-event", *args)

    assert result.exit_code == 1
    assert "„tag“ ist schon vergeben" in result.stderr
    assert "--slug tag-2" in result.stderr


def test_error_messages_in_english(cli) -> None:
    result = cli("--lang", "en", "new-event", "X", "--date", "2023-11-04", "--start", "12:00", "--end", "10:00")

    assert result.exit_code == 1
    assert result.stderr == "Error: The end (10:00) is not after the start (12:00). Check the times.\n"


HEAD = '[event]\ntitle = "X"\ndate = 2023-11-04\nstart = "10:00"\nend = "13:00"\n'


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[event]\ntitle = "X"\ndate = 2023-11-04\nstart = "10:00"\nend = "13:00\n', "Zeile 5"),
        (
            '[event]\ntitle = "X"\ndate = 2023-11-04\nstart = "10:00"\nend = "13:00"\ncolour = "rot"\n',
            "Zeile 6: Unbekanntes Feld „colour“",
        ),
        (
            HEAD + '\n[[agenda]]\nstart = "10:00"\nend = "09:00"\ntitle = "A"\n',
            "Zeile 9",
        ),
        (
            HEAD + '\n[[topics]]\nname = "A"\ncapacity = 0\n',
            "Zeile 9",
        ),
        (
            '[event]\ntitle = "X"\ndate = 2023-11-04\nstart = "10:00"\nend = "13:00"\n[speakers]\nx = 1\n',
            "Zeile 6: Unbekannter Abschnitt",
        ),
        ('[event]\ntitle = "X"\nstart = "10:00"\nend = "13:00"\n', "„date“ fehlt"),
        (
            HEAD + '\n[[topics]]\nname = "A"\nrounds = [3]\n',
            "Runde 3",
        ),
    ],
)
def test_event_file_errors_name_the_line(cli, tmp_path: Path, toml: str, expected: str) -> None:
    file = tmp_path / "kaputt.toml"
    file.write_text(toml, encoding="utf-8")

    result = cli("new-event", "--from", str(file))

    assert result.exit_code == 1
    assert "kaputt.toml" in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_failed_creation_leaves_nothing_behind(cli, tmp_path: Path, db_path: Path) -> None:
    file = tmp_path / "e.toml"
    file.write_text(
        '[event]\ntitle = "X"\ndate = 2023-11-04\nstart = "10:00"\nend = "13:00"\n\n'
        '[[agenda]]\nstart = "10:00"\nend = "11:00"\ntitle = "AG"\nround = 1\n\n'
        '[[topics]]\nname = "A"\n\n[[sessions]]\ntopic = "B"\nround = 1\n',
        encoding="utf-8",
    )

    result = cli("new-event", "--from", str(file))

    assert result.exit_code == 1
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM topics").fetchone()[0] == 0
