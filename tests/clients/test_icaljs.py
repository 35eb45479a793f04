"""Every kind of calendar we write, read by ical.js – the parser inside Thunderbird.

What ical.js reads must be what we meant: the start and end of each entry as an
instant in UTC (computed here with zoneinfo from the wall-clock times), through
the file's own VTIMEZONE rather than a floating or guessed zone, and the texts
exactly. Needs Node.js and npm (ical.js is installed once into pytest's cache
folder); without them, or when the install fails, the tests are skipped saying why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import open_db
from konferenz_cli.render.ical import CalendarDocument, CalendarEntry, Person, render_calendar
from konferenz_cli.services.calendar import agenda_entries, load_agenda_data, personal_entries
from tests.clients.icaljs import IcalJs
from tests.conftest import EXAMPLES
from tests.people import add_people

SLUG = "ik-eschwege-2023"
UTC = dt.timezone.utc
STAMP = dt.datetime(2024, 1, 15, 8, 30, tzinfo=UTC)

# Three days across the change to summer time (31 March 2024) and three across the change back (27 October 2024).
MARCH = """
[event]
title = "Werkstatt über die Zeitumstellung"
slug = "maerz"
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

OCTOBER = """
[event]
title = "Begegnung; Vielfalt, Sprache \\\\ Heimat – لقاء 🎉"
slug = "oktober"
date = 2024-10-26
end_date = 2024-10-28
start = "09:00"
end = "17:00"
venue = "Bürgerhaus „Grüner Baum“"
address = "Schloßstraße 7\\n37269 Eschwege"
contact_email = "begegnung@example.org"
organisers = ["Ausländerbeirat, Eschwege; \\"Vielfalt\\" e. V."]
description = "Zeile eins\\nZeile zwei; mit Komma, Semikolon und \\\\ Backslash.\\nمرحبا بكم – Ласкаво просимо 👩🏽‍💻"

[[agenda]]
date = 2024-10-26
start = "09:00"
end = "12:00"
title = "Grußworte, Input; Diskussion \\\\ Pause"
speakers = ["Dr. Jürgen Groß-Müller", "نور الهدى"]

[[agenda]]
date = 2024-10-27
start = "01:30"
end = "04:00"
title = "Nachtcafé über die Zeitumstellung 🌙"

[[agenda]]
date = 2024-10-27
start = "10:00"
end = "16:00"
title = "مرحبا بكم في المؤتمر"
description = "Ünïcödé 🎉👩🏽‍💻\\nzweite Zeile"

[[agenda]]
date = 2024-10-28
start = "09:00"
end = "11:00"
title = "Abschluss – Ласкаво просимо"
"""

TRICKY_TEXTS = [
    "Grußworte, Input; Diskussion \\ Pause",
    "Zeile eins\nZeile zwei\r\nZeile drei",
    "مرحبا بكم في المؤتمر",
    "Ünïcödé 🎉👩🏽‍💻 emoji",
    "x" * 74 + "ä" * 40 + "\\," * 30,
    'Hinweis: ^n bleibt ^^ und ^\' wie "zitiert"',
    "endet mit Backslash \\",
    "\\n ist hier kein Zeilenumbruch",
]


@pytest.fixture
def eschwege(cli, db_path: Path) -> str:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    add_people(db_path, SLUG)
    return SLUG


# --- what we meant ----------------------------------------------------------------


def _utc(moment: dt.datetime, zone: str) -> str:
    """The wall-clock time of ``moment`` in ``zone`` as an instant, written as ical.js writes UTC times."""
    local = moment.replace(tzinfo=None).replace(tzinfo=ZoneInfo(zone))
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _meant(entries: Iterable[CalendarEntry], zone: str) -> dict[str, dict[str, str]]:
    """Each entry as a calendar should show it: texts (line ends unified, a location on one line) and instants."""

    def unified(text: str) -> str:
        return text.replace("\r\n", "\n").replace("\r", "\n")

    return {
        entry.uid: {
            "summary": unified(entry.summary),
            "location": ", ".join(unified(entry.location).split("\n")) if entry.location else None,
            "description": unified(entry.description) if entry.description else None,
            "start": _utc(entry.start, zone),
            "end": _utc(entry.end, zone),
        }
        for entry in entries
    }


def _seen(calendar: dict[str, Any], zone: str) -> dict[str, dict[str, str]]:
    """Each VEVENT as ical.js read it; every time must be in the file's own VTIMEZONE ``zone``."""
    events = calendar["events"]
    assert len({event["uid"] for event in events}) == len(events), "a UID twice"
    assert calendar["timezones"] == [zone]
    for event in events:
        for edge in ("start", "end"):
            assert event[edge]["tzid"] == zone, (event["uid"], event[edge])
            assert event[edge]["from_file"], f"{event['uid']}: ical.js did not use the file's VTIMEZONE"
    return {
        event["uid"]: {
            "summary": event["summary"],
            "location": event["location"],
            "description": event["description"],
            "start": event["start"]["utc"],
            "end": event["end"]["utc"],
        }
        for event in events
    }


def _store(db_path: Path, slug: str) -> tuple[Any, Any, Any]:
    db = open_db(db_path)
    event = event_store.event_by_slug(db, slug)
    return db, event, load_agenda_data(db, event)


def _agenda_meant(db_path: Path, slug: str) -> tuple[str, dict[str, dict[str, str]]]:
    db, event, data = _store(db_path, slug)
    try:
        return event.timezone, _meant(agenda_entries(data), event.timezone)
    finally:
        db.close()


def _personal_meant(db_path: Path, slug: str) -> dict[int, dict[str, dict[str, str]]]:
    """Per participant id: their calendar's entries as meant."""
    db, event, data = _store(db_path, slug)
    try:
        by_person = assignment_store.assignments_by_participant(db, event.id)
        return {
            person.id: _meant(personal_entries(data, person, by_person.get(person.id, [])), event.timezone)
            for person in participant_store.participants(db, event.id)
        }
    finally:
        db.close()


def _owner(calendar: dict[str, Any]) -> int:
    """The participant id in the personal UIDs (``…-round-<n>-p<id>@konferenz``) of a calendar."""
    owners = {event["uid"].split("-p")[-1].split("@")[0] for event in calendar["events"] if "-round-" in event["uid"]}
    (owner,) = owners
    return int(owner)


def _transition_probes(zone: str, years: Sequence[int]) -> list[tuple[dt.datetime, int]]:
    """Wall-clock times an hour and a minute before and after each change of offset, with zoneinfo's offset.

    Times that occur twice or not at all are left out: RFC 5545 resolves them
    by rule, and conference programmes do not use them.
    """
    tz = ZoneInfo(zone)
    changes = []
    for year in years:
        day = dt.datetime(year, 1, 1, tzinfo=UTC)
        while day.year == year:
            following = day + dt.timedelta(days=1)
            if day.astimezone(tz).utcoffset() != following.astimezone(tz).utcoffset():
                hours = (day + dt.timedelta(hours=h) for h in range(1, 25))
                changes.append(next(h for h in hours if h.astimezone(tz).utcoffset() != day.astimezone(tz).utcoffset()))
            day = following
    probes = []
    for change in changes:
        after = change.astimezone(tz).replace(tzinfo=None, minute=0)
        for delta in (-120, -61, -1, 0, 1, 60, 61, 120, 180):
            local = after + dt.timedelta(minutes=delta)
            early, late = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
            if early.utcoffset() == late.utcoffset() and early.astimezone(UTC).astimezone(tz) == early:
                offset = early.utcoffset()
                assert offset is not None
                probes.append((local, int(offset.total_seconds())))
    return probes


def _invitation_calendars(folder: Path) -> dict[str, tuple[str, bytes]]:
    """Per .eml file: the recipient's address and the bytes of its text/calendar part."""
    found = {}
    for path in sorted(folder.glob("*.eml")):
        message = BytesParser(policy=policy.strict).parsebytes(path.read_bytes())
        (part,) = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
        assert part.get_param("method") == "REQUEST"
        found[path.name] = (message["To"].addresses[0].addr_spec, part.get_payload(decode=True))
    return found


# --- the calendars ----------------------------------------------------------------


def test_agenda_calendar_reads_as_meant(cli, eschwege, db_path: Path, tmp_path: Path, icaljs: IcalJs) -> None:
    target = tmp_path / "programm.ics"
    assert cli("export-ical", "-o", str(target)).exit_code == 0

    (calendar,) = icaljs.read({"agenda": target.read_bytes()}).values()

    zone, meant = _agenda_meant(db_path, SLUG)
    assert calendar["method"] == "PUBLISH"
    assert calendar["version"] == "2.0"
    assert _seen(calendar, zone) == meant
    come_together = meant[f"{SLUG}-agenda-1@konferenz"]
    assert (come_together["start"], come_together["end"]) == ("2023-11-04T08:45:00Z", "2023-11-04T09:00:00Z")
    assert meant[f"{SLUG}-agenda-2@konferenz"]["location"] == "Saal, E-Werk Eschwege, Beispielstraße 1, 37269 Eschwege"
    assert all(event["organizer"] is None and not event["attendees"] for event in calendar["events"])


def test_personal_calendar_shows_own_workgroups(cli, eschwege, db_path: Path, tmp_path: Path, icaljs: IcalJs) -> None:
    target = tmp_path / "nour.ics"
    assert cli("export-ical", "--participant", "nour@example.org", "-o", str(target)).exit_code == 0

    (calendar,) = icaljs.read({"nour": target.read_bytes()}).values()

    owner = _owner(calendar)
    seen = _seen(calendar, "Europe/Berlin")
    assert seen == _personal_meant(db_path, SLUG)[owner]
    rounds = [event for uid, event in seen.items() if "-round-" in uid]
    assert len(rounds) == 2
    assert all(event["summary"].startswith("Arbeitsgruppen, Phase ") and ": " in event["summary"] for event in rounds)


def test_every_per_participant_file_reads_as_meant(
    cli, eschwege, db_path: Path, tmp_path: Path, icaljs: IcalJs
) -> None:
    folder = tmp_path / "kalender"
    assert cli("export-ical", "--per-participant", str(folder)).exit_code == 0
    files = {path.name: path.read_bytes() for path in sorted(folder.glob("*.ics"))}

    seen = icaljs.read(files)

    meant = _personal_meant(db_path, SLUG)
    assert len(seen) == len(meant) == 6
    owners = {}
    for name, calendar in seen.items():
        owners[name] = _owner(calendar)
        assert _seen(calendar, "Europe/Berlin") == meant[owners[name]], name
    assert sorted(owners.values()) == sorted(meant)


def test_invitation_attachment_is_a_request_for_its_recipient(
    cli, eschwege, db_path: Path, tmp_path: Path, icaljs: IcalJs
) -> None:
    folder = tmp_path / "einladungen"
    assert cli("invitations", "-o", str(folder)).exit_code == 0
    attached = _invitation_calendars(folder)

    seen = icaljs.read({name: data for name, (_, data) in attached.items()})

    meant = _personal_meant(db_path, SLUG)
    assert len(seen) == 5
    for name, calendar in seen.items():
        recipient = attached[name][0]
        assert calendar["method"] == "REQUEST"
        assert _seen(calendar, "Europe/Berlin") == meant[_owner(calendar)]
        for event in calendar["events"]:
            assert event["organizer"]["address"] == "mailto:vielfaltszentrum@example.org"
            assert event["organizer"]["cn"] == "Partnerschaft für Demokratie Werra-Meißner-Kreis"
            (attendee,) = event["attendees"]
            assert attendee["address"] == f"mailto:{recipient}"
            assert attendee["partstat"] == "NEEDS-ACTION"
            assert isinstance(event["sequence"], int)
    arabic = next(c for c in seen.values() if c["events"][0]["attendees"][0]["address"] == "mailto:nour@example.org")
    assert arabic["events"][0]["attendees"][0]["cn"] == "نور الهدى"


def test_as_invitation_file_names_the_attendee(cli, eschwege, tmp_path: Path, icaljs: IcalJs) -> None:
    target = tmp_path / "einladung.ics"
    args = ("export-ical", "--participant", "oconnor@example.org", "--as-invitation", "-o", str(target))
    assert cli(*args).exit_code == 0

    (calendar,) = icaljs.read({"oconnor": target.read_bytes()}).values()

    assert calendar["method"] == "REQUEST"
    attendees = {event["attendees"][0]["cn"] for event in calendar["events"]}
    assert attendees == {"Siobhán O'Connor, Dr."}


@pytest.mark.parametrize(
    ("source", "slug", "days"),
    [
        (
            MARCH,
            "maerz",
            [  # 10:00 is 09:00Z in winter time, 08:00Z in summer time
                ("2024-03-30T09:00:00Z", "2024-03-30T11:00:00Z"),
                ("2024-03-31T08:00:00Z", "2024-03-31T13:30:00Z"),
                ("2024-04-01T07:00:00Z", "2024-04-01T09:00:00Z"),
            ],
        ),
        (
            OCTOBER,
            "oktober",
            [
                ("2024-10-26T07:00:00Z", "2024-10-26T10:00:00Z"),
                ("2024-10-26T23:30:00Z", "2024-10-27T15:00:00Z"),  # 01:30 summer time to 16:00 winter time
                ("2024-10-28T08:00:00Z", "2024-10-28T10:00:00Z"),
            ],
        ),
    ],
)
def test_multi_day_event_across_a_change_of_summer_time(
    cli, db_path: Path, tmp_path: Path, icaljs: IcalJs, source: str, slug: str, days: list[tuple[str, str]]
) -> None:
    event_file = tmp_path / f"{slug}.toml"
    event_file.write_text(source, encoding="utf-8")
    assert cli("new-event", "--from", str(event_file)).exit_code == 0
    target = tmp_path / f"{slug}.ics"
    assert cli("export-ical", "-o", str(target)).exit_code == 0

    (calendar,) = icaljs.read({slug: target.read_bytes()}).values()

    zone, meant = _agenda_meant(db_path, slug)
    seen = _seen(calendar, zone)
    assert seen == meant
    assert [
        (seen[f"{slug}-day-{n}@konferenz"]["start"], seen[f"{slug}-day-{n}@konferenz"]["end"]) for n in (1, 2, 3)
    ] == days
    durations = {event["uid"]: event["duration_seconds"] for event in calendar["events"]}
    if slug == "oktober":
        night = next(e for e in calendar["events"] if e["summary"].startswith("Nachtcafé"))
        assert durations[night["uid"]] == 3.5 * 3600  # 01:30 to 04:00 on the night the clocks go back


def test_texts_with_tricky_characters_survive_through_the_command(
    cli, db_path: Path, tmp_path: Path, icaljs: IcalJs
) -> None:
    event_file = tmp_path / "oktober.toml"
    event_file.write_text(OCTOBER, encoding="utf-8")
    assert cli("new-event", "--from", str(event_file)).exit_code == 0
    target = tmp_path / "oktober.ics"
    assert cli("export-ical", "-o", str(target)).exit_code == 0

    (calendar,) = icaljs.read({"oktober": target.read_bytes()}).values()

    seen = _seen(calendar, "Europe/Berlin")
    summaries = {event["summary"] for event in seen.values()}
    assert {
        "Grußworte, Input; Diskussion \\ Pause",
        "مرحبا بكم في المؤتمر",
        "Abschluss – Ласкаво просимо",
        "Nachtcafé über die Zeitumstellung 🌙",
    } <= summaries
    day = seen["oktober-day-1@konferenz"]
    assert day["summary"].startswith("Begegnung; Vielfalt, Sprache \\ Heimat – لقاء 🎉")
    assert day["location"] == "Bürgerhaus „Grüner Baum“, Schloßstraße 7, 37269 Eschwege"
    assert day["description"].startswith(
        "Zeile eins\nZeile zwei; mit Komma, Semikolon und \\ Backslash.\nمرحبا بكم – Ласкаво просимо 👩🏽‍💻\n"
    )


@pytest.mark.parametrize("method", ["PUBLISH", "REQUEST"])
def test_tricky_texts_round_trip_exactly(icaljs: IcalJs, method: str) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    entries = [
        CalendarEntry(
            uid=f"text-{index}@konferenz",
            summary=text,
            start=dt.datetime(2024, 6, 1, 10, tzinfo=berlin) + dt.timedelta(days=index),
            end=dt.datetime(2024, 6, 1, 11, 30, tzinfo=berlin) + dt.timedelta(days=index),
            location=text,
            description=text,
            categories=(text, "Arbeitsgruppe"),
        )
        for index, text in enumerate(TRICKY_TEXTS)
    ]
    people = {
        "organizer": Person("orga@example.org", 'Vielfalt "WMK", e.V. ^n'),
        "attendee": Person("nour@example.org", "نور الهدى"),
    }
    document = CalendarDocument(
        "Test ^n", "Europe/Berlin", entries, method=method, **(people if method == "REQUEST" else {})
    )

    (calendar,) = icaljs.read({"tricky": render_calendar(document, STAMP)}).values()

    assert _seen(calendar, "Europe/Berlin") == _meant(entries, "Europe/Berlin")
    for event, text in zip(calendar["events"], TRICKY_TEXTS, strict=True):
        assert event["categories"] == [text.replace("\r\n", "\n"), "Arbeitsgruppe"]
        if method == "REQUEST":
            assert event["organizer"]["cn"] == "Vielfalt 'WMK', e.V. ^n"
            assert event["attendees"][0]["cn"] == "نور الهدى"


def test_vtimezone_of_our_files_expands_to_the_right_offsets_in_march_and_october(
    cli, eschwege, tmp_path: Path, icaljs: IcalJs
) -> None:
    target = tmp_path / "programm.ics"
    assert cli("export-ical", "-o", str(target)).exit_code == 0
    probes = _transition_probes("Europe/Berlin", range(2019, 2036))
    assert {local.month for local, _ in probes} == {3, 10}

    (calendar,) = icaljs.read({"agenda": target.read_bytes()}, {"agenda": [local for local, _ in probes]}).values()

    answers = calendar["offsets"]["Europe/Berlin"]
    assert all(answer["registered"] for answer in answers)
    assert [(answer["local"], answer["offset_seconds"]) for answer in answers] == [
        (local.strftime("%Y-%m-%dT%H:%M:%S"), offset) for local, offset in probes
    ]
    assert {offset for _, offset in probes} == {3600, 7200}


@pytest.mark.parametrize(
    ("zone", "years"),
    [
        ("America/New_York", (2024, 2025)),
        ("Australia/Sydney", (2024, 2025)),  # summer time across the turn of the year
        ("Europe/Dublin", (2024, 2025)),  # winter time is tzdata's "negative summer time"
        ("Asia/Kolkata", (2024, 2024)),  # no changes at all
        ("America/Sao_Paulo", (2018, 2020)),  # summer time abolished in 2019: no yearly rule fits
        ("America/Santiago", (2023, 2024)),  # changes on Saturday midnight, dates moved by decree
        ("Africa/Casablanca", (2024, 2025)),  # summer time suspended during Ramadan
        ("Asia/Tehran", (2021, 2023)),  # summer time abolished in 2022
    ],
)
def test_any_zone_reads_with_the_offsets_of_tzdata(icaljs: IcalJs, zone: str, years: tuple[int, int]) -> None:
    tz = ZoneInfo(zone)
    first, last = years
    moments = [
        dt.datetime(year, month, day, hour, tzinfo=tz)
        for year in range(first, last + 1)
        for month in range(1, 13)
        for day in (1, 8, 15, 22, 28)
        for hour in (10,)
    ]
    entries = [
        CalendarEntry(uid=f"m{index}@konferenz", summary="x", start=moment, end=moment + dt.timedelta(hours=2))
        for index, moment in enumerate(moments)
    ]
    probes = _transition_probes(zone, range(first, last + 1))
    data = render_calendar(CalendarDocument("Zonen", zone, entries), STAMP)

    (calendar,) = icaljs.read({zone: data}, {zone: [local for local, _ in probes]}).values()

    assert _seen(calendar, zone) == _meant(entries, zone)
    answers = calendar["offsets"][zone]
    assert [(answer["local"], answer["offset_seconds"]) for answer in answers] == [
        (local.strftime("%Y-%m-%dT%H:%M:%S"), offset) for local, offset in probes
    ]
