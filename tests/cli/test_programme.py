"""Changing an event's programme by command: agenda, rooms, topics, rounds and sessions."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def event(cli) -> str:
    result = cli("new-event", "Runder Tisch", "--date", "2024-11-14", "--start", "14:00", "--end", "18:00")
    assert result.exit_code == 0
    return result.stdout.strip()


def _overview(cli) -> dict:
    return json.loads(cli("event", "show", "-f", "json").stdout)[0]


def test_agenda_add_edit_remove(cli, event) -> None:
    added = cli(
        "agenda",
        "add",
        "--start",
        "14:00",
        "--end",
        "14:20",
        "--title",
        "Eröffnung",
        "--kind",
        "Grußwort",
        "--speaker",
        "Tanja Aydin",
        "--speaker",
        "Dr. Norbert Weil",
    )
    round_slot = cli("agenda", "add", "--start", "15:00", "--end", "16:30", "--title", "Arbeitsgruppen", "--round", "1")

    assert added.exit_code == 0, added.stderr
    assert round_slot.exit_code == 0, round_slot.stderr
    agenda = _overview(cli)["agenda"]
    assert [(i["title"], i["kind"], i["speakers"]) for i in agenda] == [
        ("Eröffnung", "welcome", ["Tanja Aydin", "Dr. Norbert Weil"]),
        ("Arbeitsgruppen", "workgroup_round", []),
    ]
    assert _overview(cli)["rounds"] == [
        {"number": 1, "title": "Arbeitsgruppen", "date": "2024-11-14", "start": "15:00", "end": "16:30"}
    ]
    first = agenda[0]["id"]
    assert cli("agenda", "edit", str(first), "--end", "14:30").exit_code == 0
    assert _overview(cli)["agenda"][0]["end"] == "14:30"
    bad = cli("agenda", "edit", str(first), "--end", "13:00")
    assert bad.exit_code == 1
    assert "nicht nach dem Beginn" in bad.stderr
    assert cli("agenda", "remove", str(first)).exit_code == 0
    assert [i["title"] for i in _overview(cli)["agenda"]] == ["Arbeitsgruppen"]
    missing = cli("agenda", "remove", "999")
    assert missing.exit_code == 1
    assert "agenda list" in missing.stderr


def test_agenda_item_outside_the_event_days_is_refused(cli, event) -> None:
    result = cli("agenda", "add", "--date", "2024-11-15", "--start", "10:00", "--end", "11:00", "--title", "X")

    assert result.exit_code == 1
    assert "nicht innerhalb der Veranstaltung" in result.stderr


def test_topics_rooms_rounds_and_sessions(cli, event) -> None:
    assert cli("round", "add").exit_code == 0
    assert cli("round", "add", "--title", "Zweite Runde").exit_code == 0
    assert cli("room", "add", "Raum 1", "--capacity", "30").exit_code == 0
    assert cli("topic", "add", "Arbeitsmarkt", "--room", "Raum 1", "--facilitator", "Murat Yilmaz").exit_code == 0
    assert cli("topic", "add", "Wohnen", "--capacity", "12", "--round", "2").exit_code == 0
    assert (
        cli(
            "session", "edit", "--topic", "arbeitsmarkt", "--round", "2", "--capacity", "50", "--room", "Saal"
        ).exit_code
        == 0
    )

    topics = _overview(cli)["topics"]
    assert [(s["round"], s["room"], s["capacity"]) for s in topics[0]["sessions"]] == [
        (1, "Raum 1", 30),
        (2, "Saal", 50),
    ]
    assert [(s["round"], s["capacity"]) for s in topics[1]["sessions"]] == [(2, 12)]

    assert cli("topic", "edit", "Wohnen", "--name", "Wohnen und Nachbarschaft", "--capacity", "15").exit_code == 0
    assert cli("room", "edit", "Raum 1", "--capacity", "35").exit_code == 0
    topics = _overview(cli)["topics"]
    assert topics[1]["name"] == "Wohnen und Nachbarschaft"
    assert topics[1]["sessions"][0]["capacity"] == 15
    assert topics[0]["sessions"][0]["capacity"] == 35

    assert cli("topic", "remove", "Wohnen und Nachbarschaft", "--yes").exit_code == 0
    assert cli("round", "remove", "2", "--yes").exit_code == 0
    topics = _overview(cli)["topics"]
    assert [t["name"] for t in topics] == ["Arbeitsmarkt"]
    assert len(topics[0]["sessions"]) == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["room", "add", "Saal", "--capacity", "0"], "größer als 0"),
        (["topic", "add", "X", "--capacity", "-3"], "größer als 0"),
        (["topic", "edit", "Gibt es nicht", "--capacity", "3"], "kein Thema"),
        (["round", "edit", "7", "--title", "X"], "keine Runde 7"),
        (["session", "edit", "--topic", "X", "--round", "1", "--capacity", "3"], "keine Runde 1"),
        (["topic", "edit", "X"], "Nichts zu ändern"),
        (["agenda", "add", "--start", "10:00"], "Es fehlt: --end, --title"),
        (
            ["agenda", "add", "--start", "14:00", "--end", "15:00", "--title", "X", "--kind", "konzert"],
            "Programmpunkt-Art",
        ),
    ],
)
def test_programme_errors_exit_1(cli, event, args, expected) -> None:
    result = cli(*args)

    assert result.exit_code == 1, result.stdout
    assert expected in result.stderr


def test_duplicate_room_and_topic_are_refused(cli, event) -> None:
    cli("room", "add", "Saal")
    cli("topic", "add", "Sprache")

    assert "gibt es schon" in cli("room", "add", "Saal").stderr
    assert "gibt es schon" in cli("topic", "add", "sprache").stderr


def test_topic_typo_suggests_the_topic_meant(cli, event) -> None:
    cli("topic", "add", "Sprache")

    result = cli("topic", "edit", "Sprahce", "--capacity", "30")

    assert result.exit_code == 1
    assert "Meinten Sie „Sprache“?" in result.stderr


def test_topic_edit_names_the_topic_as_stored_and_warns_about_a_new_room(cli, event) -> None:
    cli("room", "add", "Raum 1", "--capacity", "20")
    cli("topic", "add", "Sprache", "--room", "Raum 1")

    result = cli("topic", "edit", "sprache", "--room", "Raum 11")

    assert result.exit_code == 0, result.stderr
    assert "Thema geändert: Sprache" in result.stderr
    assert "Den Raum „Raum 11“ gab es noch nicht" in result.stderr
    assert "gab es noch nicht" not in cli("topic", "edit", "sprache", "--room", "Raum 1").stderr


def test_value_errors_name_the_option_that_was_typed(cli, event) -> None:
    capacity = cli("room", "add", "Saal", "--capacity", "0")
    date = cli("event", "edit", "--date", "2024-02-30")

    assert "--capacity muss eine ganze Zahl größer als 0 sein" in capacity.stderr
    assert "kein gültiges Datum für --date" in date.stderr


def test_listings_show_dates_and_numbers_as_people_write_them(cli, event) -> None:
    cli("room", "add", "Saal", "--capacity", "1200")
    cli("agenda", "add", "--start", "14:00", "--end", "14:20", "--title", "Eröffnung")

    rooms = cli("room", "list").stdout
    agenda = cli("agenda", "list").stdout

    assert "│   1200 │" in rooms
    assert "14.11.2024" in agenda
    assert "2024-11-14" not in agenda
    assert json.loads(cli("agenda", "list", "-f", "json").stdout)[0]["date"] == "2024-11-14"


def test_an_empty_listing_says_so_without_an_empty_table(cli, event) -> None:
    result = cli("agenda", "list")

    assert result.stdout == ""
    assert "(keine Einträge)" in result.stderr
