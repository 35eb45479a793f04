"""Checks every .ics we write must pass, read back with two independent parsers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
import vobject


def check_serialisation(data: bytes) -> None:
    """CRLF everywhere (also at the end), folding at 75 octets, no split UTF-8, no empty continuation."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        assert line not in (b"", b" "), "empty (continuation) line"
        line.decode("utf-8")  # raises if a UTF-8 sequence was cut at the fold


def check_ics(data: bytes) -> tuple[Any, Any]:
    """Parse ``data`` with icalendar and vobject and check what every calendar program needs.

    Returns (icalendar calendar, vobject calendar).
    """
    check_serialisation(data)
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    timezones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    events = calendar.walk("VEVENT")
    assert events
    for event in events:
        assert event.get("UID")
        assert event.get("DTSTAMP")
        assert event.decoded("DTSTAMP").tzinfo is not None
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID")
            if tzid is None:
                assert event[name].to_ical().endswith(b"Z"), "a floating time"
            else:
                assert tzid in timezones, (name, tzid, timezones)
                assert not event[name].to_ical().endswith(b"Z")
    parsed = vobject.readOne(data.decode("utf-8"))
    assert len(parsed.vevent_list) == len(events)
    return calendar, parsed


def vobject_offsets(parsed: Any) -> dict[str, tuple[dt.datetime, dt.timedelta | None]]:
    """Each VEVENT's start as vobject reads it (with its own tzinfo from the VTIMEZONE) and its UTC offset."""
    return {str(e.uid.value): (e.dtstart.value, e.dtstart.value.utcoffset()) for e in parsed.vevent_list}
