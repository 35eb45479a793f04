"""render.ical: serialisation rules, escaping round trips and time zones, read back by two parsers."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from konferenz_cli.render.ical import CalendarDocument, CalendarEntry, Person, fold_lines, render_calendar
from tests.icscheck import check_ics, check_serialisation, vobject_offsets

STAMP = dt.datetime(2024, 1, 15, 8, 30, tzinfo=dt.timezone.utc)
BERLIN = ZoneInfo("Europe/Berlin")


def _entry(uid: str, start: dt.datetime, minutes: int = 60, **fields: object) -> CalendarEntry:
    return CalendarEntry(
        uid=uid,
        summary=str(fields.pop("summary", uid)),
        start=start,
        end=start + dt.timedelta(minutes=minutes),
        **fields,
    )  # type: ignore[arg-type]


def _calendar(*entries: CalendarEntry, zone: str = "Europe/Berlin", **extra: object) -> bytes:
    return render_calendar(CalendarDocument("Test", zone, list(entries), **extra), STAMP)  # type: ignore[arg-type]


TRICKY_TITLES = [
    "Grußworte, Input; Diskussion \\ Pause",
    "Zeile eins\nZeile zwei\r\nZeile drei",
    "مرحبا بكم في المؤتمر",
    "Ünïcödé 🎉👩🏽‍💻 emoji",
    "x" * 74 + "ä" * 40 + "\\," * 30,
]


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_titles_round_trip_through_both_parsers(title: str) -> None:
    start = dt.datetime(2024, 6, 1, 10, tzinfo=BERLIN)
    data = _calendar(_entry("a@k", start, summary=title, location=title, description=title))

    calendar, parsed = check_ics(data)

    expected = title.replace("\r\n", "\n")
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == expected
    assert str(event["DESCRIPTION"]) == expected
    assert str(event["LOCATION"]) == expected.replace("\n", ", ")
    assert parsed.vevent.summary.value == expected
    assert parsed.vevent.description.value == expected


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_any_text_survives_escaping_and_folding(text: str) -> None:
    start = dt.datetime(2024, 6, 1, 10, tzinfo=BERLIN)
    data = _calendar(_entry("a@k", start, summary="s", description=text))

    check_serialisation(data)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    cleaned = "".join(
        ch
        for ch in text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
        if ch in "\t\n" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F)
    )
    assert str(event.get("DESCRIPTION", "")) == cleaned


def test_a_line_of_exactly_75_octets_has_no_empty_continuation() -> None:
    line = b"SUMMARY:" + b"a" * 67
    assert len(line) == 75
    assert fold_lines(line + b"\r\n") == line + b"\r\n"
    longer = b"SUMMARY:" + "ä".encode() * 40
    folded = fold_lines(longer + b"\r\n")
    check_serialisation(folded)
    assert folded.replace(b"\r\n ", b"") == longer + b"\r\n"


@pytest.mark.parametrize(
    ("day", "hour", "offset_hours"),
    [
        (dt.date(2024, 3, 30), 10, 1),  # Saturday before the change: CET
        (dt.date(2024, 3, 31), 10, 2),  # the change happened at 02:00: CEST
        (dt.date(2024, 10, 26), 10, 2),
        (dt.date(2024, 10, 27), 10, 1),
        (dt.date(2023, 11, 4), 10, 1),
    ],
)
def test_vtimezone_gives_the_right_offset_around_dst(day: dt.date, hour: int, offset_hours: int) -> None:
    first = dt.datetime.combine(dt.date(2024, 1, 10), dt.time(9), tzinfo=BERLIN)
    moment = dt.datetime.combine(day, dt.time(hour), tzinfo=BERLIN)
    data = _calendar(_entry("first@k", first), _entry("x@k", moment))

    calendar, parsed = check_ics(data)

    start, offset = vobject_offsets(parsed)["x@k"]
    assert offset == dt.timedelta(hours=offset_hours)
    assert start.replace(tzinfo=None) == moment.replace(tzinfo=None)
    (block,) = calendar.walk("VTIMEZONE")
    assert [c.name for c in block.subcomponents] == ["DAYLIGHT", "STANDARD"]
    assert all("RRULE" in c and "RDATE" not in c for c in block.subcomponents)
    own = block.to_tz(lookup_tzid=False)
    assert moment.replace(tzinfo=None).replace(tzinfo=own).utcoffset() == dt.timedelta(hours=offset_hours)


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "Europe/Dublin", "UTC"]
)
def test_vtimezone_agrees_with_the_zone_all_year(zone: str) -> None:
    tz = ZoneInfo(zone)
    moments = [dt.datetime(2025, month, day, 12, tzinfo=tz) for month in range(1, 13) for day in (1, 15, 28)]
    data = _calendar(*(_entry(f"m{i}@k", m) for i, m in enumerate(moments)), zone=zone)

    calendar, parsed = check_ics(data)

    offsets = vobject_offsets(parsed)
    for index, moment in enumerate(moments):
        assert offsets[f"m{index}@k"][1] == moment.utcoffset(), moment
    blocks = calendar.walk("VTIMEZONE")
    assert len(blocks) == (0 if zone == "UTC" else 1)
    assert all("RDATE" not in block.to_ical().decode() for block in blocks)


def test_a_zone_without_yearly_rules_falls_back_to_exact_dates() -> None:
    tz = ZoneInfo("Africa/Casablanca")  # suspends summer time during Ramadan
    moments = [dt.datetime(year, month, 10, 12, tzinfo=tz) for year in (2024, 2025) for month in range(1, 13)]
    data = _calendar(*(_entry(f"m{i}@k", m) for i, m in enumerate(moments)), zone="Africa/Casablanca")

    calendar, parsed = check_ics(data)

    offsets = vobject_offsets(parsed)
    for index, moment in enumerate(moments):
        assert offsets[f"m{index}@k"][1] == moment.utcoffset(), moment
    # One observance per change, each with a DTSTART only: ical.js (Thunderbird) misreads RDATE lists.
    (block,) = calendar.walk("VTIMEZONE")
    assert len(block.subcomponents) > 2
    assert all("RDATE" not in c and "RRULE" not in c for c in block.subcomponents)
    own = block.to_tz(lookup_tzid=False)
    for moment in moments:
        assert moment.replace(tzinfo=None).replace(tzinfo=own).utcoffset() == moment.utcoffset(), moment


def test_request_carries_organizer_attendee_and_sequence() -> None:
    start = dt.datetime(2024, 6, 1, 10, tzinfo=BERLIN)
    entry = _entry("a@k", start, sequence=3)
    data = _calendar(
        entry,
        method="REQUEST",
        organizer=Person("orga@example.org", 'Vielfalt "WMK", e.V.'),
        attendee=Person("nour@example.org", "نور الهدى"),
    )

    calendar, parsed = check_ics(data)

    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert event["SEQUENCE"] == 3
    assert str(event["ORGANIZER"]) == "mailto:orga@example.org"
    assert event["ATTENDEE"].params["CN"] == "نور الهدى"
    assert str(event["ATTENDEE"]) == "mailto:nour@example.org"
    assert parsed.vevent.organizer.value == "mailto:orga@example.org"


def test_publish_has_no_organizer_and_stamp_is_the_one_given() -> None:
    data = _calendar(_entry("a@k", dt.datetime(2024, 6, 1, 10, tzinfo=BERLIN)))

    calendar, _ = check_ics(data)

    assert calendar["METHOD"] == "PUBLISH"
    (event,) = calendar.walk("VEVENT")
    assert "ORGANIZER" not in event
    assert event.decoded("DTSTAMP") == STAMP
