"""What goes on the lists people print for the day: sign-in sheets, workgroup lists, badges, certificates.

Each function returns plain data for a renderer (``render/lists_pdf.py``,
``render/lists_xlsx.py``). Data protection is decided here, not in the
renderers: nothing here carries an e-mail address, a postal address or an
internal id; cancelled and waitlisted people are left out; people who did not
agree to be listed (``list_consent`` false) are never printed by name on a
list that goes round the room, and their badge (which waits on the table at
the door) shows only their first name. A certificate goes to its person alone
and names them in full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import attendance as attendance_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.models import Assignment, Event, Participant

__all__ = [
    "Badge",
    "Certificate",
    "ListHeader",
    "Member",
    "SigninSheet",
    "WorkgroupList",
    "badges",
    "certificates",
    "list_header",
    "listed_people",
    "signin_sheets",
    "workgroup_lists",
]

#: Who is expected in the room: registered people and those already checked in.
EXPECTED = ("registered", "attended")


@dataclass(frozen=True)
class ListHeader:
    """The header every printed sheet repeats (what a funder asks for)."""

    event_title: str
    day: dt.date
    start: dt.time
    end: dt.time
    venue: str | None
    organisers: tuple[str, ...]
    funding_programme: str | None
    language: str


@dataclass(frozen=True)
class Member:
    """One line of a list: a person by name and organisation (no contact data)."""

    last_name: str
    first_name: str
    organisation: str

    @property
    def name(self) -> str:
        """First and last name as one line."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass
class SigninSheet:
    """The sign-in sheet (Teilnahmeliste) of one event day."""

    header: ListHeader
    people: list[Member]
    withheld: int = 0
    blank_rows: int = 10

    @property
    def expected(self) -> int:
        """Everyone expected that day, printed by name or not."""
        return len(self.people) + self.withheld


@dataclass
class WorkgroupList:
    """The members of one session (a topic in one round, or a standing workgroup)."""

    header: ListHeader
    round: int | None
    round_title: str | None
    topic: str
    room: str | None
    start: dt.time | None
    end: dt.time | None
    facilitators: tuple[str, ...]
    capacity: int | None
    members: list[Member] = field(default_factory=list)
    withheld: int = 0

    @property
    def size(self) -> int:
        """How many people are in the session."""
        return len(self.members) + self.withheld


@dataclass(frozen=True)
class Badge:
    """A name badge: name, organisation, the person's workgroups per round, badge number."""

    name: str
    organisation: str
    number: int | None
    workgroups: tuple[tuple[int, str, str | None], ...] = ()  # round, topic, room
    first_name: str = ""
    last_name: str = ""
    no_photos: bool = False  # said no to photos: the badge tells the photographer


@dataclass(frozen=True)
class Certificate:
    """A certificate of attendance for one person who was checked in."""

    name: str
    organisation: str
    days: tuple[dt.date, ...]
    workgroups: tuple[tuple[int, str], ...]  # round, topic


def list_header(event: Event, day: dt.date | None = None) -> ListHeader:
    """The header fields of the event (for ``day``, default the first day)."""
    return ListHeader(
        event_title=event.title,
        day=day or event.date,
        start=event.start,
        end=event.end,
        venue=event.venue,
        organisers=event.organisers,
        funding_programme=event.funding_programme,
        language=event.language,
    )


def _member(person: Participant) -> Member:
    return Member(person.last_name or "", person.first_name or "", person.organisation or "")


def listed_people(db: Database, event: Event) -> list[Participant]:
    """Everyone expected at the event (not cancelled, not waitlisted, not anonymised), by surname."""
    people = participant_store.participants(db, event.id, statuses=EXPECTED)
    return sorted((p for p in people if not p.anonymised), key=lambda p: p.sort_key)


def signin_sheets(db: Database, event: Event, day: dt.date | None = None, blank_rows: int = 10) -> list[SigninSheet]:
    """One sign-in sheet per event day (or only for ``day``), names sorted by surname.

    People who did not agree to be listed are counted (``withheld``) and get
    blank lines instead of their name.
    """
    people = listed_people(db, event)
    printed = [_member(p) for p in people if p.list_consent]
    withheld = sum(1 for p in people if not p.list_consent)
    days = [day] if day is not None else event.days
    return [SigninSheet(list_header(event, d), list(printed), withheld, blank_rows) for d in days]


def workgroup_lists(db: Database, event: Event, round_number: int | None = None) -> list[WorkgroupList]:
    """A list per session with its members, by round and topic number (cancelled sessions left out)."""
    people = {p.id: p for p in listed_people(db, event)}
    by_session: dict[int, list[Participant]] = {}
    for assignment in assignment_store.assignments(db, event.id):
        if assignment.participant_id in people:
            by_session.setdefault(assignment.session_id, []).append(people[assignment.participant_id])
    rounds = {r.number: r for r in event_store.rounds(db, event.id)}
    lists: list[WorkgroupList] = []
    for session in event_store.sessions(db, event.id):
        if session.cancelled or (round_number is not None and session.round != round_number):
            continue
        round_ = rounds.get(session.round)
        members = sorted(by_session.get(session.id, []), key=lambda p: p.sort_key)
        lists.append(
            WorkgroupList(
                header=list_header(event, round_.date if round_ and round_.date else event.date),
                round=session.round,
                round_title=round_.title if round_ else None,
                topic=session.topic,
                room=session.room,
                start=round_.start if round_ else None,
                end=round_.end if round_ else None,
                facilitators=session.facilitators,
                capacity=session.capacity,
                members=[_member(p) for p in members if p.list_consent],
                withheld=sum(1 for p in members if not p.list_consent),
            )
        )
    return lists


def _workgroups(rows: list[Assignment]) -> tuple[tuple[int, str, str | None], ...]:
    return tuple((a.round, a.topic, a.room) for a in sorted(rows, key=lambda a: a.round))


def badges(db: Database, event: Event, blank: int = 0) -> list[Badge]:
    """A badge for everyone expected, by surname, plus ``blank`` empty ones for walk-ins.

    People without a badge number get the next free one now, so that the QR
    code and the number on the badge find them at check-in.
    """
    people = listed_people(db, event)
    missing = [p for p in people if p.badge_number is None]
    if missing:
        with transaction(db):
            number = participant_store.next_badge_number(db, event.id)
            for person in sorted(missing, key=lambda p: p.sort_key):
                participant_store.update_participant(db, person.id, {"badge_number": number})
                number += 1
        people = listed_people(db, event)
    by_person = assignment_store.assignments_by_participant(db, event.id)
    made = [_badge(p, by_person.get(p.id, [])) for p in people]
    return made + [Badge(name="", organisation="", number=None) for _ in range(max(0, blank))]


def _badge(person: Participant, assignments: list[Assignment]) -> Badge:
    """The badge of one person: first name only for someone who did not agree to be listed.

    Badges wait in rows on the table at the door, readable by everyone who
    comes in: for a person who said no to lists that row must not name them.
    The first name lets them find their badge; the number finds them at check-in.
    """
    if person.list_consent:
        name, organisation, last_name = person.name, person.organisation or "", person.last_name or ""
    else:
        name, organisation, last_name = person.first_name or "", "", ""
    return Badge(
        name=name,
        organisation=organisation,
        number=person.badge_number,
        workgroups=_workgroups(assignments),
        first_name=person.first_name or "",
        last_name=last_name,
        no_photos=person.photo_consent is False,
    )


def certificates(db: Database, event: Event) -> list[Certificate]:
    """A certificate for everyone who was checked in, by surname, with the workgroups they were in."""
    arrived = attendance_store.arrivals_by_participant(db, event.id)
    people = participant_store.participants(db, event.id)
    present = sorted(
        (p for p in people if not p.anonymised and (p.id in arrived or p.status == "attended")),
        key=lambda p: p.sort_key,
    )
    by_person = assignment_store.assignments_by_participant(db, event.id)
    return [
        Certificate(
            name=p.name,
            organisation=p.organisation or "",
            days=tuple(sorted(arrived.get(p.id, {}))) or (event.date,),
            workgroups=tuple((a.round, a.topic) for a in sorted(by_person.get(p.id, []), key=lambda a: a.round)),
        )
        for p in present
    ]
