"""Plain data objects shared by the layers: what an event, its agenda and workgroups are.

These are frozen dataclasses without behaviour beyond derived values; the
storage layer builds them from rows, the renderers and the assignment engine
read them. Dates are :class:`datetime.date`, wall-clock times
:class:`datetime.time` in the event's time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

__all__ = [
    "AGENDA_KINDS",
    "PARTICIPANT_STATUSES",
    "AgendaItem",
    "Assignment",
    "Event",
    "Participant",
    "Result",
    "Room",
    "Round",
    "Session",
    "Topic",
]

AGENDA_KINDS = (
    "welcome",
    "input",
    "workgroup_round",
    "testimony",
    "panel",
    "break",
    "market",
    "tour",
    "other",
)

PARTICIPANT_STATUSES = ("registered", "waitlisted", "cancelled", "attended")


@dataclass(frozen=True)
class Event:
    """One conference, round table or network meeting."""

    id: int
    slug: str
    title: str
    date: dt.date
    start: dt.time
    end: dt.time
    timezone: str = "Europe/Berlin"
    end_date: dt.date | None = None
    doors: dt.time | None = None
    series: str | None = None
    venue: str | None = None
    address: str | None = None
    registration_deadline: dt.date | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    organisers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    patron: str | None = None
    moderator: str | None = None
    funding_programme: str | None = None
    capacity: int | None = None
    language: str = "de"
    description: str | None = None
    website: str | None = None
    retention_days: int | None = None

    @property
    def last_date(self) -> dt.date:
        """The last day of the event (the first day for a one-day event)."""
        return self.end_date or self.date

    @property
    def days(self) -> list[dt.date]:
        """Every calendar day the event covers."""
        count = (self.last_date - self.date).days + 1
        return [self.date + dt.timedelta(days=offset) for offset in range(count)]

    @property
    def zone(self) -> ZoneInfo:
        """The event's time zone."""
        return ZoneInfo(self.timezone)

    def localize(self, day: dt.date, time: dt.time) -> dt.datetime:
        """A wall-clock time on ``day`` as an aware datetime in the event's zone."""
        return dt.datetime.combine(day, time, tzinfo=self.zone)


@dataclass(frozen=True)
class AgendaItem:
    """One slot of the programme."""

    id: int
    event_id: int
    date: dt.date
    start: dt.time
    end: dt.time
    title: str
    kind: str = "other"
    speakers: tuple[str, ...] = ()
    room: str | None = None
    description: str | None = None
    uid: str = ""
    round_number: int | None = None


@dataclass(frozen=True)
class Room:
    """A room of the venue, with the seats it has."""

    id: int
    event_id: int
    name: str
    capacity: int | None = None
    description: str | None = None


@dataclass(frozen=True)
class Round:
    """A workgroup round (phase), usually bound to an agenda slot."""

    id: int
    event_id: int
    number: int
    agenda_item_id: int | None = None
    title: str | None = None
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None


@dataclass(frozen=True)
class Topic:
    """A workgroup theme (Themenraum, Arbeitsgruppe)."""

    id: int
    event_id: int
    number: int
    name: str
    description: str | None = None
    facilitators: tuple[str, ...] = ()
    room: str | None = None
    capacity: int | None = None
    min_size: int | None = None
    standing: bool = False


@dataclass(frozen=True)
class Session:
    """One topic in one round, with its effective room, capacity and facilitators."""

    id: int
    event_id: int
    topic_id: int
    topic: str
    topic_number: int
    round: int
    room: str | None = None
    capacity: int | None = None
    min_size: int | None = None
    facilitators: tuple[str, ...] = field(default_factory=tuple)
    cancelled: bool = False


@dataclass(frozen=True)
class Participant:
    """A registered person at one event, with their ranked topic wishes."""

    id: int
    event_id: int
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    title: str | None = None
    organisation: str | None = None
    organisation_type: str | None = None
    sector: str | None = None
    function: str | None = None
    phone: str | None = None
    diet: str | None = None
    accessibility: str | None = None
    interpreter_language: str | None = None
    notes: str | None = None
    follow_up: bool | None = None
    newsletter: bool | None = None
    newsletter_consent_at: str | None = None
    newsletter_withdrawn_at: str | None = None
    photo_consent: bool | None = None
    list_consent: bool = True
    workgroups_opt_out: bool = False
    status: str = "registered"
    registered_at: str | None = None
    late: bool = False
    badge_number: int | None = None
    source_file: str | None = None
    source_row: int | None = None
    extra: dict[str, str] = field(default_factory=dict)
    anonymised: bool = False
    preferences: tuple[str, ...] = ()
    preference_topic_ids: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        """First and last name as one line ("Amina Haddad"), or an empty string."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def sort_key(self) -> tuple[str, str]:
        """Sort by surname, then first name, ignoring case and accents' position in the alphabet."""
        import unicodedata

        def fold(text: str | None) -> str:
            decomposed = unicodedata.normalize("NFKD", text or "")
            return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()

        return fold(self.last_name), fold(self.first_name)


@dataclass(frozen=True)
class Assignment:
    """One person in one session of one round."""

    participant_id: int
    round: int
    session_id: int
    topic_id: int
    topic: str
    room: str | None = None
    rank: int | None = None
    locked: bool = False
    source: str = "solver"


@dataclass(frozen=True)
class Result:
    """What one workgroup (a topic, or a topic in one round) found out."""

    id: int
    event_id: int
    topic_id: int
    topic: str
    round: int | None = None
    session_id: int | None = None
    works_well: str | None = None
    must_improve: str | None = None
    proposed_measures: str | None = None
    notes: str | None = None
    source: str | None = None
    updated_at: str | None = None

    @property
    def is_empty(self) -> bool:
        """Whether no heading has any text."""
        return not any((self.works_well, self.must_improve, self.proposed_measures, self.notes))
