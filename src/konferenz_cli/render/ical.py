"""iCalendar (RFC 5545) files that Outlook, Thunderbird, Apple and Google calendars open alike.

This is the only module that touches the ``icalendar`` library. It receives
plain data (:class:`CalendarDocument` with :class:`CalendarEntry` items) and
returns the bytes of a ``.ics`` file. What the calendar programs need, learnt
from their bug trackers:

* ``DTSTART;TZID=Europe/Berlin:...`` with a ``VTIMEZONE`` block in RRULE style
  (a 1970 base date and yearly rules such as "last Sunday of March"); Outlook
  misreads the RDATE style and moves summer events by an hour. The rules are
  derived from the zone itself and checked against it for every year the
  calendar covers. Where a zone cannot be described by two yearly rules, each
  change of offset in those years gets an observance of its own with just a
  DTSTART: ical.js (Thunderbird) reads only the first value of an RDATE list
  and skips the DTSTART of an observance that has RDATEs, so the RDATE style
  moved such events by an hour there.
* CRLF line ends everywhere, including after the last line; lines folded at
  75 octets without splitting a UTF-8 sequence or a backslash escape, and
  never with an empty continuation line.
* Text escaped (``\\ ; ,`` and newlines, done by ``icalendar``) and control
  characters dropped before that.
* ``DTSTAMP`` is passed in by the caller, never "now" behind its back.
* ``METHOD:PUBLISH`` files carry no ORGANIZER (no reply mails, no personal
  data for people who share their calendar); ``METHOD:REQUEST`` copies for
  e-mail carry ORGANIZER, ATTENDEE and SEQUENCE so that an update replaces
  the entry instead of adding a second one.

Rendering thousands of personal calendars reuses what they share: the
``VTIMEZONE`` block and every entry that is not personal are serialised once
per :class:`CalendarWriter`.
"""

from __future__ import annotations

import calendar as _calendar
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

__all__ = [
    "CalendarDocument",
    "CalendarEntry",
    "CalendarWriter",
    "Person",
    "clean_text",
    "fold_lines",
    "render_calendar",
    "timezone_block",
]

_UTC = dt.timezone.utc
# Controls, and the byte-order mark, which parsers strip as if a file started there.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_MAX_OCTETS = 75


def clean_text(text: str | None) -> str:
    """``text`` with line ends unified to ``\\n``, control characters and byte-order marks removed (tabs stay)."""
    if not text:
        return ""
    unified = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", unified)


@dataclass(frozen=True)
class Person:
    """Someone named in a calendar: the organiser or an attendee of an invitation."""

    email: str
    name: str = ""


@dataclass(frozen=True)
class CalendarEntry:
    """One VEVENT: an agenda item, a personal workgroup slot or the event day as a whole."""

    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()
    sequence: int = 0

    def fingerprint(self) -> str:
        """A digest of everything a calendar shows; a change of it raises SEQUENCE."""
        parts = (
            self.summary,
            self.start.isoformat(),
            str(self.start.tzinfo),
            self.end.isoformat(),
            self.location,
            self.description,
            self.url,
            "\x1f".join(self.categories),
        )
        return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class CalendarDocument:
    """A whole calendar file: its name, time zone, entries and method.

    ``method`` is ``PUBLISH`` (a file to import or subscribe to) or
    ``REQUEST`` (the copy attached to an invitation mail, which needs
    ``organizer`` and ``attendee``).
    """

    name: str
    timezone: str
    entries: Sequence[CalendarEntry]
    method: str = "PUBLISH"
    organizer: Person | None = None
    attendee: Person | None = None
    language: str = "de"
    description: str = ""


# --- serialisation ------------------------------------------------------------


def _fold_line(line: bytes) -> bytes:
    if len(line) <= _MAX_OCTETS:
        return line
    pieces: list[bytes] = []
    start, limit = 0, _MAX_OCTETS
    while start < len(line):
        end = min(start + limit, len(line))
        if end < len(line):
            while end > start + 1 and (line[end] & 0xC0) == 0x80:
                end -= 1  # never cut a UTF-8 sequence
            backslashes = 0
            while end - backslashes - 1 >= start and line[end - backslashes - 1] == 0x5C:
                backslashes += 1
            if backslashes % 2 == 1 and end - 1 > start:
                end -= 1  # keep "\," "\;" "\n" "\\" on one line
        pieces.append(line[start:end])
        start = end
        limit = _MAX_OCTETS - 1  # continuation lines begin with a space
    return b"\r\n ".join(pieces)


def fold_lines(data: bytes) -> bytes:
    """Unfold ``data`` and fold it again by our rules, with CRLF after every line."""
    unfolded = data.replace(b"\r\n", b"\n").replace(b"\n ", b"").replace(b"\n\t", b"")
    lines = [line for line in unfolded.split(b"\n") if line]
    return b"".join(_fold_line(line) + b"\r\n" for line in lines)


def _component_bytes(component: Any) -> bytes:
    # icalendar's content lines, unfolded, folded by our rules (and faster than folding twice).
    lines = [str(line) for line in component.content_lines(sorted=False) if line]
    return b"".join(_fold_line(line.encode("utf-8")) + b"\r\n" for line in lines)


# --- time zones ---------------------------------------------------------------


@dataclass(frozen=True)
class _Transition:
    instant: dt.datetime  # UTC
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    daylight: bool


@dataclass(frozen=True)
class _Rule:
    month: int
    ordinal: int  # 1..4, or -1 for "last"
    weekday: int  # 0 = Monday
    local_time: dt.time  # wall-clock time in the offset before the change
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    daylight: bool

    def day_in(self, year: int) -> dt.date:
        days_in_month = _calendar.monthrange(year, self.month)[1]
        if self.ordinal == -1:
            last = dt.date(year, self.month, days_in_month)
            return last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)
        first = dt.date(year, self.month, 1)
        return first + dt.timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.ordinal - 1))

    def instant_in(self, year: int) -> dt.datetime:
        local = dt.datetime.combine(self.day_in(year), self.local_time)
        return (local - self.offset_from).replace(tzinfo=_UTC)


def _offset_at(zone: ZoneInfo, minute: int, origin: dt.datetime) -> dt.timedelta:
    offset = (origin + dt.timedelta(minutes=minute)).astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def _transitions(zone: ZoneInfo, year: int) -> list[_Transition]:
    """The changes of UTC offset in ``year``, found by a daily scan and a bisection to the minute."""
    origin = dt.datetime(year, 1, 1, tzinfo=_UTC)
    days = 366 if _calendar.isleap(year) else 365
    found: list[_Transition] = []
    previous = _offset_at(zone, 0, origin)
    for day in range(days):
        following = _offset_at(zone, (day + 1) * 1440, origin)
        if following == previous:
            continue
        low, high = day * 1440, (day + 1) * 1440
        while high - low > 1:
            middle = (low + high) // 2
            if _offset_at(zone, middle, origin) == previous:
                low = middle
            else:
                high = middle
        instant = origin + dt.timedelta(minutes=high)
        local = instant.astimezone(zone)
        found.append(
            _Transition(instant, previous, following, local.tzname() or "", bool(local.dst())),
        )
        previous = following
    return found


def _rule_for(transition: _Transition) -> _Rule:
    local = (transition.instant + transition.offset_from).replace(tzinfo=None)
    days_in_month = _calendar.monthrange(local.year, local.month)[1]
    ordinal = -1 if local.day + 7 > days_in_month else (local.day - 1) // 7 + 1
    return _Rule(
        month=local.month,
        ordinal=ordinal,
        weekday=local.weekday(),
        local_time=local.time(),
        offset_from=transition.offset_from,
        offset_to=transition.offset_to,
        name=transition.name,
        daylight=transition.daylight,
    )


def _yearly_rules(zone: ZoneInfo, first: dt.date, last: dt.date) -> list[_Rule] | None:
    """Two yearly rules (or none for a zone without changes) valid for every year from first to last."""
    years = range(first.year, last.year + 1)
    scanned = {year: _transitions(zone, year) for year in years}
    sample = scanned[first.year]
    if len(sample) not in (0, 2):
        return None
    rules = [_rule_for(transition) for transition in sample]
    if rules:
        # The observance with the larger offset is summer time, whatever sign
        # tzdata gives it (Europe/Dublin counts winter as negative daylight time).
        summer = max(rules, key=lambda rule: rule.offset_to)
        rules = [dataclasses.replace(rule, daylight=rule is summer) for rule in rules]
    for year, transitions in scanned.items():
        expected = sorted((rule.instant_in(year), rule.offset_from, rule.offset_to) for rule in rules)
        actual = [(t.instant, t.offset_from, t.offset_to) for t in transitions]
        if expected != actual:
            return None
    if not rules:
        offset = dt.datetime.combine(first, dt.time(12), tzinfo=zone).utcoffset()
        name = dt.datetime.combine(first, dt.time(12), tzinfo=zone).tzname() or ""
        assert offset is not None
        if any(dt.datetime(year, 1, 1, tzinfo=zone).utcoffset() != offset for year in years):
            return None
        return [_Rule(1, 1, 0, dt.time(0), offset, offset, name, False)]
    return rules


def _observance(
    daylight: bool, offset_from: dt.timedelta, offset_to: dt.timedelta, name: str, start: dt.datetime
) -> Any:
    from icalendar import TimezoneDaylight, TimezoneStandard

    observance = TimezoneDaylight() if daylight else TimezoneStandard()
    observance.add("TZOFFSETFROM", offset_from)
    observance.add("TZOFFSETTO", offset_to)
    if name:
        observance.add("TZNAME", name)
    observance.add("DTSTART", start)
    return observance


def _exact_block(tzid: str, zone: ZoneInfo, first: dt.date, last: dt.date) -> Any:
    """A VTIMEZONE with one observance per change of offset from the year before ``first`` to ``last``.

    The first observance fixes the offset at the start of that year; each
    DTSTART is the wall-clock time of the change in the offset before it.
    """
    from icalendar import Timezone

    block = Timezone()
    block.add("TZID", tzid)
    block.add("X-LIC-LOCATION", tzid)
    opening = dt.datetime(first.year - 1, 1, 1, tzinfo=_UTC).astimezone(zone)
    offset = opening.utcoffset()
    assert offset is not None
    daylight = (opening.dst() or dt.timedelta(0)) > dt.timedelta(0)
    start = opening.replace(tzinfo=None)
    block.add_component(_observance(daylight, offset, offset, opening.tzname() or "", start))
    for year in range(first.year - 1, last.year + 1):
        for change in _transitions(zone, year):
            local = (change.instant + change.offset_from).replace(tzinfo=None)
            changed = change.instant.astimezone(zone)
            daylight = (changed.dst() or dt.timedelta(0)) > dt.timedelta(0)
            block.add_component(_observance(daylight, change.offset_from, change.offset_to, change.name, local))
    return block


@functools.lru_cache(maxsize=64)
def timezone_block(tzid: str, first: dt.date, last: dt.date) -> bytes:
    """The serialised VTIMEZONE of ``tzid`` for the years from ``first`` to ``last``.

    RRULE style where two yearly rules (or a fixed offset) describe the zone in
    all those years; otherwise one observance per change of offset.
    """
    from icalendar import Timezone

    zone = ZoneInfo(tzid)
    rules = _yearly_rules(zone, first, last)
    if rules is None:
        return _component_bytes(_exact_block(tzid, zone, first, last))
    block = Timezone()
    block.add("TZID", tzid)
    block.add("X-LIC-LOCATION", tzid)
    for rule in sorted(rules, key=lambda r: r.daylight, reverse=True):
        fixed = rule.offset_from == rule.offset_to
        base = dt.datetime(1970, 1, 1) if fixed else dt.datetime.combine(rule.day_in(1970), rule.local_time)
        observance = _observance(rule.daylight, rule.offset_from, rule.offset_to, rule.name, base)
        if not fixed:
            observance.add(
                "RRULE",
                {"FREQ": "YEARLY", "BYMONTH": rule.month, "BYDAY": f"{rule.ordinal}{_WEEKDAYS[rule.weekday]}"},
            )
        block.add_component(observance)
    return _component_bytes(block)


# --- calendar -----------------------------------------------------------------

_CACHE_LIMIT = 4096
_UID_PLACEHOLDER = "konferenz-uid-placeholder"
_UID_LINE = f"UID:{_UID_PLACEHOLDER}\r\n".encode("ascii")


def _product_id(language: str) -> str:
    from konferenz_cli import __version__

    return f"-//konferenz//konferenz {__version__}//{language.upper()}"


def _address(person: Person, role: str | None) -> Any:
    from icalendar import vCalAddress

    address = vCalAddress(f"mailto:{person.email}")
    if person.name:
        # A double quote cannot be written inside a quoted parameter value.
        address.params["CN"] = clean_text(person.name).replace('"', "'").replace("\n", " ")
    if role:
        address.params["CUTYPE"] = "INDIVIDUAL"
        address.params["ROLE"] = role
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "FALSE"
    return address


@dataclass
class CalendarWriter:
    """Renders calendars, serialising what many of them share only once.

    ``stamp`` is the DTSTAMP of every entry (the moment of the export, in UTC).
    """

    stamp: dt.datetime
    _entries: dict[tuple[Any, ...], bytes] = field(default_factory=dict, repr=False)
    _headers: dict[tuple[Any, ...], tuple[bytes, bytes]] = field(default_factory=dict, repr=False)
    _attendees: dict[Person, bytes] = field(default_factory=dict, repr=False)

    def render(self, document: CalendarDocument) -> bytes:
        """The bytes of the ``.ics`` file for ``document``."""
        if document.method == "REQUEST" and document.organizer is None:
            raise ValueError("an invitation (METHOD:REQUEST) needs an organizer")
        head, tail = self._frame(document)
        attendee = self._attendee_line(document.attendee) if document.attendee else b""
        events = []
        for entry in document.entries:
            serialised = self._entry(entry, document)
            if attendee:
                serialised = serialised[: -len(b"END:VEVENT\r\n")] + attendee + b"END:VEVENT\r\n"
            events.append(serialised)
        zone = b""
        # Times in UTC are written with "Z" and need no VTIMEZONE; every TZID needs one.
        if any(b";TZID=" in serialised for serialised in events):
            moments = [moment for entry in document.entries for moment in (entry.start, entry.end)]
            zone = timezone_block(document.timezone, min(moments).date(), max(moments).date())
        return b"".join([head, zone, *events, tail])

    def _frame(self, document: CalendarDocument) -> tuple[bytes, bytes]:
        key = (document.name, document.method, document.language, document.timezone, document.description)
        cached = self._headers.get(key)
        if cached is None:
            from icalendar import Calendar

            frame = Calendar()
            frame.add("VERSION", "2.0")
            frame.add("PRODID", _product_id(document.language))
            frame.add("CALSCALE", "GREGORIAN")
            frame.add("METHOD", document.method)
            name = clean_text(document.name).replace("\n", " ")
            frame.add("NAME", name)
            frame.add("X-WR-CALNAME", name)
            frame.add("X-WR-TIMEZONE", document.timezone)
            if document.description:
                frame.add("X-WR-CALDESC", clean_text(document.description))
            serialised = _component_bytes(frame)
            end = b"END:VCALENDAR\r\n"
            cached = (serialised[: -len(end)], end)
            self._headers[key] = cached
        return cached

    def _entry(self, entry: CalendarEntry, document: CalendarDocument) -> bytes:
        # Personal entries differ from each other mostly by UID: serialise each distinct
        # content once with a placeholder UID and put the real UID line in.
        key = (dataclasses.replace(entry, uid=_UID_PLACEHOLDER), document.method, document.organizer)
        cached = self._entries.get(key)
        if cached is None:
            cached = _component_bytes(self._event(key[0], document))
            if len(self._entries) > _CACHE_LIMIT:
                self._entries.clear()
            self._entries[key] = cached
        return cached.replace(_UID_LINE, _uid_line(entry.uid), 1)

    def _event(self, entry: CalendarEntry, document: CalendarDocument) -> Any:
        from icalendar import Event

        if entry.end <= entry.start:
            raise ValueError(f"entry {entry.uid} ends before it starts")
        event = Event()
        event.add("UID", clean_text(entry.uid))
        event.add("DTSTAMP", self.stamp.astimezone(_UTC))
        event.add("SEQUENCE", entry.sequence)
        event.add("DTSTART", entry.start)
        event.add("DTEND", entry.end)
        event.add("SUMMARY", clean_text(entry.summary))
        location = clean_text(entry.location).replace("\n", ", ")
        if location:
            event.add("LOCATION", location)
        description = clean_text(entry.description)
        if description:
            event.add("DESCRIPTION", description)
        url = clean_text(entry.url)
        if url:
            event.add("URL", url)
        for category in filter(None, map(clean_text, entry.categories)):
            # One property per category: ical.js takes the comma in "a\\,b" (an escaped backslash) as escaped.
            event.add("CATEGORIES", [category])
        event.add("STATUS", "CONFIRMED")
        event.add("TRANSP", "OPAQUE")
        if document.method == "REQUEST" and document.organizer is not None:
            event.add("ORGANIZER", _address(document.organizer, None))
        return event

    def _attendee_line(self, person: Person) -> bytes:
        cached = self._attendees.get(person)
        if cached is None:
            from icalendar import Event

            holder = Event()
            holder.add("ATTENDEE", _address(person, "REQ-PARTICIPANT"))
            serialised = _component_bytes(holder)
            cached = serialised[len(b"BEGIN:VEVENT\r\n") : -len(b"END:VEVENT\r\n")]
            if len(self._attendees) > _CACHE_LIMIT:
                self._attendees.clear()
            self._attendees[person] = cached
        return cached


@functools.lru_cache(maxsize=8192)
def _uid_line(uid: str) -> bytes:
    from icalendar import vText

    return _fold_line(b"UID:" + vText(clean_text(uid)).to_ical()) + b"\r\n"


def render_calendar(document: CalendarDocument, stamp: dt.datetime) -> bytes:
    """The bytes of one ``.ics`` file (see :class:`CalendarWriter` for many)."""
    return CalendarWriter(stamp).render(document)
