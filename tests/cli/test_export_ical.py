"""konferenz export-ical: the agenda, personal calendars, per-participant files, SEQUENCE, frab."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest

from tests.conftest import EXAMPLES
from tests.icscheck import check_ics, vobject_offsets
from tests.people import add_people

SLUG = "ik-eschwege-2023"

MULTI_DAY = """
[event]
title = "Werkstatt über die Zeitumstellung"
slug = "werkstatt"
date = 2024-03-30
end_date = 2024-04-01
start = "10:00"
end = "16:00"
venue = "Rathaus"
address = "Markt 1\\n34117 Kassel"
contact_email = "werkstatt@example.org"

[[agenda]]
date = 2024-03-30
start = "10:00"
end = "12:00"
title = "Auftakt"

[[agenda]]
date = 2024-03-30
start = "13:00"
end = "15:00"
title = "Workshop; Teil 1"

[[agenda]]
date = 2024-03-31
start = "10:00"
end = "15:30"
title = "Workshop, Teil 2"

[[agenda]]
date = 2024-04-01
start = "09:00"
end = "11:00"
title = "Abschluss"
"""


@pytest.fixture
def eschwege(cli) -> str:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    return SLUG


def _events(calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_agenda_calendar_has_every_item_and_the_event_day(cli, eschwege, tmp_path: Path) -> None:
    target = tmp_path / "programm.ics"

    result = cli("export-ical", "-o", str(target))

    assert result.exit_code == 0, result.stderr
    calendar, parsed = check_ics(target.read_bytes())
    assert calendar["METHOD"] == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Integrationskonferenz 2023 – Zuwanderung als Chance"
    events = _events(calendar)
    assert len(events) == 8  # 7 agenda items + the day
    day = events[f"{SLUG}-day-1@konferenz"]
    assert day.decoded("DTSTART") == dt.datetime(2023, 11, 4, 9, 45, tzinfo=day.decoded("DTSTART").tzinfo)
    assert day.decoded("DTEND").strftime("%H:%M") == "13:00"
    welcome = next(e for e in events.values() if str(e["SUMMARY"]) == "Grußworte")
    assert str(welcome["LOCATION"]) == "Saal, E-Werk Eschwege, Beispielstraße 1, 37269 Eschwege"
    assert "Landrätin Dr. Henrike Vogt" in str(welcome["DESCRIPTION"])
    assert all("ORGANIZER" not in e for e in events.values())
    assert all(offset == dt.timedelta(hours=1) for _, offset in vobject_offsets(parsed).values())


def test_multi_day_event_has_one_entry_per_day_across_the_dst_change(cli, tmp_path: Path) -> None:
    source = tmp_path / "werkstatt.toml"
    source.write_text(MULTI_DAY, encoding="utf-8")
    assert cli("new-event", "--from", str(source)).exit_code == 0
    target = tmp_path / "w.ics"

    assert cli("export-ical", "-o", str(target)).exit_code == 0

    calendar, parsed = check_ics(target.read_bytes())
    events = _events(calendar)
    days = [events[f"werkstatt-day-{n}@konferenz"] for n in (1, 2, 3)]
    assert [(d.decoded("DTSTART").strftime("%m-%d %H:%M"), d.decoded("DTEND").strftime("%H:%M")) for d in days] == [
        ("03-30 10:00", "15:00"),
        ("03-31 10:00", "15:30"),
        ("04-01 09:00", "11:00"),
    ]
    offsets = vobject_offsets(parsed)
    assert offsets["werkstatt-day-1@konferenz"][1] == dt.timedelta(hours=1)
    assert offsets["werkstatt-day-2@konferenz"][1] == dt.timedelta(hours=2)
    assert str(days[0]["LOCATION"]) == "Rathaus, Markt 1, 34117 Kassel"
    titles = {str(e["SUMMARY"]) for e in events.values()}
    assert {"Workshop; Teil 1", "Workshop, Teil 2"} <= titles


def test_sequence_rises_for_a_changed_item_only(cli, eschwege, tmp_path: Path) -> None:
    first, second, third = (tmp_path / f"{n}.ics" for n in (1, 2, 3))
    assert cli("export-ical", "-o", str(first)).exit_code == 0
    assert cli("export-ical", "-o", str(second)).exit_code == 0
    assert cli("agenda", "edit", "3", "--start", "10:25", "--title", "Input, verschoben").exit_code == 0
    assert cli("export-ical", "-o", str(third)).exit_code == 0

    def sequences(path: Path) -> dict[str, int]:
        return {uid: int(e["SEQUENCE"]) for uid, e in _events(icalendar.Calendar.from_ical(path.read_bytes())).items()}

    assert set(sequences(first).values()) == {0}
    assert sequences(second) == sequences(first)
    changed = sequences(third)
    assert changed[f"{SLUG}-agenda-3@konferenz"] == 1
    assert changed[f"{SLUG}-day-1@konferenz"] == 1  # its programme text lists the item
    assert [uid for uid, seq in changed.items() if seq] == [f"{SLUG}-day-1@konferenz", f"{SLUG}-agenda-3@konferenz"]
    assert set(_events(icalendar.Calendar.from_ical(third.read_bytes()))) == set(sequences(first))


def test_personal_calendar_has_own_topic_and_room(cli, eschwege, db_path: Path, tmp_path: Path) -> None:
    add_people(db_path, SLUG)
    target = tmp_path / "amina.ics"

    result = cli("export-ical", "--participant", "Amina.Haddad@example.org", "-o", str(target))

    assert result.exit_code == 0, result.stderr
    calendar, _ = check_ics(target.read_bytes())
    rounds = [e for e in calendar.walk("VEVENT") if "-round-" in str(e["UID"])]
    assert [str(e["SUMMARY"]) for e in rounds] == [
        "Arbeitsgruppen, Phase 1: Qualifizierung und Ausbildung",
        "Arbeitsgruppen, Phase 2: Anerkennung von Abschlüssen",
    ]
    assert str(rounds[0]["LOCATION"]).startswith("Saal, E-Werk Eschwege")
    assert "Tobias Reuter" in str(rounds[0]["DESCRIPTION"])
    assert all(re.fullmatch(rf"{SLUG}-round-[12]-p\d+@konferenz", str(e["UID"])) for e in rounds)
    assert "Arbeitsgruppen, Phase 1" not in {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}


def test_personal_calendar_without_assignment_keeps_the_round_generic(cli, eschwege, db_path, tmp_path) -> None:
    add_people(db_path, SLUG, assign=False)
    target = tmp_path / "p.ics"

    assert cli("export-ical", "--participant", "jurgen@example.org", "-o", str(target)).exit_code == 0

    calendar, _ = check_ics(target.read_bytes())
    rounds = [e for e in calendar.walk("VEVENT") if "-round-" in str(e["UID"])]
    assert [str(e["SUMMARY"]) for e in rounds] == ["Arbeitsgruppen, Phase 1", "Arbeitsgruppen, Phase 2"]
    assert "Die Einteilung in die Arbeitsgruppen folgt." in str(rounds[0]["DESCRIPTION"])


def test_assignment_arriving_later_raises_the_sequence_of_the_same_uid(cli, eschwege, db_path, tmp_path) -> None:
    ids = add_people(db_path, SLUG, assign=False)
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    assert cli("export-ical", "--participant", "olek@example.org", "-o", str(before)).exit_code == 0
    from konferenz_cli.db import assignments, events
    from konferenz_cli.db.connection import open_db, transaction

    db = open_db(db_path)
    event = events.event_by_slug(db, SLUG)
    round_one = events.rounds(db, event.id)[0]
    session = next(s for s in events.sessions(db, event.id) if s.round == 1 and s.topic == "Spracherwerb")
    with transaction(db):
        assignments.save_assignment(db, ids["Олександр Петренко"], round_one.id, session.id, rank=1)
    db.close()
    assert cli("export-ical", "--participant", "olek@example.org", "-o", str(after)).exit_code == 0

    old = _events(icalendar.Calendar.from_ical(before.read_bytes()))
    new = _events(icalendar.Calendar.from_ical(after.read_bytes()))
    assert set(old) == set(new)
    changed = {uid for uid in new if int(new[uid]["SEQUENCE"]) != int(old[uid]["SEQUENCE"])}
    assert changed == {f"{SLUG}-round-1-p{ids['Олександр Петренко']}@konferenz"}
    assert str(new[next(iter(changed))]["SUMMARY"]).endswith(": Spracherwerb")


def test_per_participant_writes_safe_distinct_names(cli, eschwege, db_path, tmp_path) -> None:
    tricky = [
        {"email": "a@example.org", "first_name": "../../etc", "last_name": "passwd"},
        {"email": "b@example.org", "first_name": "CON", "last_name": None},
        {"email": "c@example.org", "first_name": "Anna\x07", "last_name": "Schmidt"},
        {"email": "d@example.org", "first_name": "anna", "last_name": "schmidt"},
        {"email": "e@example.org", "first_name": "نور", "last_name": "الهدى"},
        {"email": "f@example.org", "first_name": "...", "last_name": "///"},
        {"email": None, "first_name": "Ewa", "last_name": "Nowak", "organisation": "X"},
        {"email": "g@example.org", "first_name": "Weg", "last_name": "Gezogen", "status": "cancelled"},
    ]
    add_people(db_path, SLUG, tricky)
    folder = tmp_path / "kalender"

    result = cli("export-ical", "--per-participant", str(folder))

    assert result.exit_code == 0, result.stderr
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 7
    assert len({name.casefold() for name in names}) == 7
    assert "Anna_Schmidt.ics" in names
    assert "anna_schmidt-2.ics" in names
    assert "CON.ics" not in names
    assert "CON_.ics" in names
    assert "نور_الهدى.ics" in names
    for path in folder.iterdir():
        assert path.parent == folder
        assert not any(ord(ch) < 32 for ch in path.name)
        check_ics(path.read_bytes())
    assert not (tmp_path / "etc").exists()


def test_as_invitation_is_a_request_with_organizer_and_attendee(cli, eschwege, db_path, tmp_path) -> None:
    add_people(db_path, SLUG)
    target = tmp_path / "einladung.ics"

    result = cli("export-ical", "--participant", "nour@example.org", "--as-invitation", "-o", str(target))

    assert result.exit_code == 0, result.stderr
    calendar, _ = check_ics(target.read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    for event in calendar.walk("VEVENT"):
        assert str(event["ORGANIZER"]) == "mailto:vielfaltszentrum@example.org"
        assert str(event["ATTENDEE"]) == "mailto:nour@example.org"
        assert event["ATTENDEE"].params["CN"] == "نور الهدى"
        assert "SEQUENCE" in event


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-invitation", "-o", "x.ics"], "--participant"),
        (["--participant", "x@example.org", "--per-participant", "d"], "schließen sich aus"),
        ([], "-o DATEI.ics"),
        (["--participant", "nobody@example.org", "-o", "x.ics"], "nobody@example.org"),
        (["--format", "frab", "--per-participant", "d"], "frab"),
    ],
)
def test_user_errors_are_explained(cli, eschwege, args: list[str], message: str) -> None:
    result = cli("export-ical", *args)

    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_frab_xml_follows_the_schedule_structure(cli, eschwege, tmp_path) -> None:
    target = tmp_path / "schedule.xml"

    result = cli("export-ical", "--format", "frab", "-o", str(target))

    assert result.exit_code == 0, result.stderr
    root = ET.parse(target).getroot()
    assert root.tag == "schedule"
    assert root.find("version") is not None
    conference = root.find("conference")
    assert conference.findtext("title") == "Integrationskonferenz 2023 – Zuwanderung als Chance"
    assert conference.findtext("start") == "2023-11-04"
    assert conference.findtext("days") == "1"
    day = root.find("day")
    assert day.get("index") == "1"
    assert day.get("date") == "2023-11-04"
    events = root.findall("day/room/event")
    assert len(events) == 5 + 2 * 3  # plenary items plus three sessions in each of two rounds
    guids = [e.get("guid") for e in events]
    ids = [e.get("id") for e in events]
    assert len(set(guids)) == len(guids)
    assert len(set(ids)) == len(ids)
    uuid_pattern = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
    for event in events:
        assert uuid_pattern.fullmatch(event.get("guid"))
        for tag in ("room", "title", "subtitle", "type", "date", "start", "duration", "abstract", "slug", "track"):
            assert event.find(tag) is not None, tag
        assert re.fullmatch(r"\d\d:\d\d", event.findtext("start"))
        assert re.fullmatch(r"\d{1,2}:\d\d", event.findtext("duration"))
        assert re.fullmatch(r".+(Z|[+-]\d\d:\d\d)", event.findtext("date"))
    sprache = [e for e in events if e.findtext("title") == "Spracherwerb"]
    assert [e.findtext("room") for e in sprache] == ["Seminarraum 1", "Seminarraum 1"]
    assert [p.text for p in sprache[0].find("persons")] == ["Jana Lindner"]
    second = ET.parse(target).getroot()
    assert [e.get("guid") for e in second.findall("day/room/event")] == guids
