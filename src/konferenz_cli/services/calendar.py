"""The event's agenda as calendar entries: for everyone, and per participant with their own workgroups.

UIDs are stable: an agenda item keeps the UID stored with it
(``<slug>-agenda-<id>@konferenz``), the event day as a whole is
``<slug>-day-<n>@konferenz`` and a person's workgroup slot is
``<slug>-round-<n>-p<participant id>@konferenz`` (personal content, so a
personal UID). :func:`assign_sequences` compares each entry with what was
exported last time (table ``ical_state``) and raises SEQUENCE only for entries
whose content changed, so subscribed and invited calendars update instead of
duplicating.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import calendar_state
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import translate
from konferenz_cli.models import AgendaItem, Assignment, Event, Participant, Session, Topic
from konferenz_cli.render.frab import FrabConference, FrabTalk
from konferenz_cli.render.ical import CalendarDocument, CalendarEntry, CalendarWriter, Person

__all__ = [
    "AgendaData",
    "assign_sequences",
    "event_document",
    "load_agenda_data",
    "organizer_of",
    "participant_person",
    "personal_document",
    "personal_entries",
    "write_personal_calendars",
]


@dataclass
class AgendaData:
    """Everything about an event that its calendars are made from, loaded once."""

    event: Event
    agenda: list[AgendaItem]
    sessions: list[Session]
    topics: dict[int, Topic]
    language: str
    _day_entries: list[CalendarEntry] | None = field(default=None, repr=False)
    _item_entries: dict[int, CalendarEntry] = field(default_factory=dict, repr=False)

    def label(self, key: str, **params: object) -> str:
        """A calendar text in the calendar's language."""
        return translate(f"ical.{key}", self.language, **params)

    @property
    def place(self) -> str:
        """Venue and address on one line."""
        return _join(self.event.venue, _one_line(self.event.address))

    def sessions_in_round(self, number: int) -> list[Session]:
        """The sessions of round ``number`` that take place."""
        return [s for s in self.sessions if s.round == number and not s.cancelled]


def load_agenda_data(db: Database, event: Event, language: str | None = None) -> AgendaData:
    """Read the event's agenda, sessions and topics."""
    return AgendaData(
        event=event,
        agenda=event_store.agenda(db, event.id),
        sessions=event_store.sessions(db, event.id),
        topics={topic.id: topic for topic in event_store.topics(db, event.id)},
        language=language or event.language,
    )


def _one_line(text: str | None) -> str:
    return ", ".join(part.strip() for part in (text or "").splitlines() if part.strip())


def _join(*parts: str | None) -> str:
    return ", ".join(part for part in parts if part)


def _moment(data: AgendaData, day: dt.date, time: dt.time) -> dt.datetime:
    return data.event.localize(day, time)


# --- entries ------------------------------------------------------------------


def _day_entries(data: AgendaData) -> list[CalendarEntry]:
    """The event as a whole: one entry per day, from that day's first to its last item."""
    if data._day_entries is not None:
        return data._day_entries
    event = data.event
    by_day: dict[dt.date, list[AgendaItem]] = defaultdict(list)
    for item in data.agenda:
        by_day[item.date].append(item)
    days = sorted(set(event.days) | set(by_day))
    entries = []
    for number, day in enumerate(days, start=1):
        items = by_day.get(day, [])
        start = min((item.start for item in items), default=event.start)
        end = max((item.end for item in items), default=event.end)
        summary = event.title if len(days) == 1 else data.label("day", title=event.title, n=number, total=len(days))
        entries.append(
            CalendarEntry(
                uid=f"{event.slug}-day-{number}@konferenz",
                summary=summary,
                start=_moment(data, day, start),
                end=_moment(data, day, end),
                location=data.place,
                description=_day_description(data, items),
                url=event.website or "",
            )
        )
    data._day_entries = entries
    return entries


def _day_description(data: AgendaData, items: Sequence[AgendaItem]) -> str:
    event = data.event
    lines = []
    if event.description:
        lines += [event.description.strip(), ""]
    if event.doors:
        lines.append(data.label("doors", time=event.doors.strftime("%H:%M")))
    if items:
        lines.append(data.label("programme"))
        lines += [f"{item.start:%H:%M}–{item.end:%H:%M} {item.title}" for item in items]
    contact = _join(event.contact_email, event.contact_phone)
    if contact:
        lines += ["", data.label("contact", contact=contact)]
    return "\n".join(lines).strip()


def _item_entry(data: AgendaData, item: AgendaItem) -> CalendarEntry:
    cached = data._item_entries.get(item.id)
    if cached is not None:
        return cached
    lines = []
    if item.speakers:
        lines.append(data.label("speakers", names=", ".join(item.speakers)))
    if item.round_number is not None:
        sessions = data.sessions_in_round(item.round_number)
        if sessions:
            lines.append(data.label("workgroups"))
            lines += [f"– {_join(s.topic, s.room)}" for s in sessions]
    if item.description:
        lines += ["", item.description.strip()]
    entry = CalendarEntry(
        uid=item.uid,
        summary=item.title,
        start=_moment(data, item.date, item.start),
        end=_moment(data, item.date, item.end),
        location=_join(item.room, data.place),
        description="\n".join(lines).strip(),
        url=data.event.website or "",
    )
    data._item_entries[item.id] = entry
    return entry


def agenda_entries(data: AgendaData) -> list[CalendarEntry]:
    """The public calendar: the event days as a whole plus every agenda item."""
    return [*_day_entries(data), *(_item_entry(data, item) for item in data.agenda)]


def _round_entry(
    data: AgendaData, item: AgendaItem, participant: Participant, mine: Assignment | None
) -> CalendarEntry:
    generic = _item_entry(data, item)
    uid = f"{data.event.slug}-round-{item.round_number}-p{participant.id}@konferenz"
    if mine is None:
        pending = data.label("assignment_pending")
        return dataclasses.replace(generic, uid=uid, description=f"{pending}\n\n{generic.description}".strip())
    session = next((s for s in data.sessions if s.id == mine.session_id), None)
    topic = data.topics.get(mine.topic_id)
    lines = [data.label("your_workgroup", topic=mine.topic)]
    if mine.room:
        lines.append(data.label("room", room=mine.room))
    if session and session.facilitators:
        lines.append(data.label("facilitators", names=", ".join(session.facilitators)))
    if topic and topic.description:
        lines += ["", topic.description.strip()]
    return dataclasses.replace(
        generic,
        uid=uid,
        summary=f"{item.title}: {mine.topic}",
        location=_join(mine.room, data.place),
        description="\n".join(lines),
    )


def personal_entries(
    data: AgendaData, participant: Participant, assignments: Iterable[Assignment]
) -> list[CalendarEntry]:
    """A person's calendar: the days, every plenary item and, per workgroup round, their own group."""
    by_round = {a.round: a for a in assignments}
    entries = list(_day_entries(data))
    for item in data.agenda:
        if item.round_number is None:
            entries.append(_item_entry(data, item))
        else:
            entries.append(_round_entry(data, item, participant, by_round.get(item.round_number)))
    return entries


# --- sequences ----------------------------------------------------------------


def assign_sequences(db: Database, event_id: int, entries: Iterable[CalendarEntry]) -> dict[str, CalendarEntry]:
    """Each distinct entry (by UID) with the SEQUENCE it must carry; stores what changed.

    An entry seen for the first time gets 0; an entry whose content differs from
    the last export gets the stored sequence plus one; an unchanged entry keeps it.
    """
    stored = calendar_state.load_states(db, event_id)
    resolved: dict[str, CalendarEntry] = {}
    changes: list[tuple[str, str, int]] = []
    for entry in entries:
        if entry.uid in resolved:
            continue
        fingerprint = entry.fingerprint()
        previous = stored.get(entry.uid)
        if previous is None:
            sequence = 0
            changes.append((entry.uid, fingerprint, sequence))
        elif previous[0] != fingerprint:
            sequence = previous[1] + 1
            changes.append((entry.uid, fingerprint, sequence))
        else:
            sequence = previous[1]
        resolved[entry.uid] = dataclasses.replace(entry, sequence=sequence)
    if changes:
        with transaction(db):
            calendar_state.save_states(db, event_id, changes)
    return resolved


# --- documents ----------------------------------------------------------------


def organizer_of(event: Event) -> Person:
    """The organiser named in invitations: the contact address under the organisers' name."""
    if not event.contact_email:
        raise KonferenzError("ical.no_contact_email", slug=event.slug)
    return Person(event.contact_email, event.organisers[0] if event.organisers else event.title)


def participant_person(participant: Participant) -> Person | None:
    """The participant as an attendee, or None without an e-mail address."""
    return Person(participant.email, participant.name) if participant.email else None


def event_document(db: Database, data: AgendaData) -> CalendarDocument:
    """The public agenda calendar (PUBLISH), with sequences brought up to date."""
    resolved = assign_sequences(db, data.event.id, agenda_entries(data))
    return CalendarDocument(
        name=data.event.title,
        timezone=data.event.timezone,
        entries=list(resolved.values()),
        language=data.language,
        description=" ".join((data.event.description or "").split()),
    )


def personal_document(
    data: AgendaData,
    participant: Participant,
    entries: Sequence[CalendarEntry],
    resolved: dict[str, CalendarEntry],
    *,
    invitation: bool = False,
) -> CalendarDocument:
    """One person's calendar from their entries and the resolved sequences.

    With ``invitation`` it is the REQUEST copy for an e-mail: with ORGANIZER and
    the person as ATTENDEE (the person needs an e-mail address).
    """
    # The calendar keeps the event's name: people share their calendars, a name in it would travel along.
    document = CalendarDocument(
        name=data.event.title,
        timezone=data.event.timezone,
        entries=[resolved[entry.uid] for entry in entries],
        language=data.language,
    )
    if not invitation:
        return document
    attendee = participant_person(participant)
    if attendee is None:
        raise KonferenzError("ical.invitation_needs_email", name=participant.name or str(participant.id))
    return dataclasses.replace(document, method="REQUEST", organizer=organizer_of(data.event), attendee=attendee)


def personal_calendars(
    db: Database, data: AgendaData, people: Sequence[Participant], *, invitation: bool = False
) -> Iterator[tuple[Participant, CalendarDocument]]:
    """Every person's calendar document; sequences are stored before the first is yielded."""
    by_person = assignment_store.assignments_by_participant(db, data.event.id)
    entries = {p.id: personal_entries(data, p, by_person.get(p.id, [])) for p in people}
    resolved = assign_sequences(db, data.event.id, (e for person_entries in entries.values() for e in person_entries))
    for person in people:
        yield person, personal_document(data, person, entries[person.id], resolved, invitation=invitation)


def find_participant(db: Database, event: Event, email: str) -> Participant:
    """The participant with this address; a user error naming the event otherwise."""
    found = participant_store.find_by_email(db, event.id, email)
    if found is None:
        raise KonferenzError("ical.participant_not_found", email=email, slug=event.slug)
    return found


def write_personal_calendars(
    db: Database,
    data: AgendaData,
    people: Sequence[Participant],
    folder: Path,
    stamp: dt.datetime,
    *,
    invitation: bool = False,
    on_written: Callable[[], None] | None = None,
) -> list[Path]:
    """Write one ``.ics`` per person into ``folder`` under safe, distinct names; returns the paths."""
    from konferenz_cli.services.filenames import FileNamer

    namer = FileNamer(folder, ".ics")
    writer = CalendarWriter(stamp)
    written = []
    for person, document in personal_calendars(db, data, people, invitation=invitation):
        path = namer.path_for(person.name or person.email or "", fallback=f"participant-{person.id}")
        path.write_bytes(writer.render(document))
        written.append(path)
        if on_written:
            on_written()
    return written


def frab_conference(data: AgendaData) -> FrabConference:
    """The agenda for schedule apps: plenary items in their rooms, each workgroup session in its own."""
    talks: list[FrabTalk] = []
    main_room = data.event.venue or data.label("main_room")
    for item in data.agenda:
        start, end = _moment(data, item.date, item.start), _moment(data, item.date, item.end)
        sessions = data.sessions_in_round(item.round_number) if item.round_number is not None else []
        if not sessions:
            talks.append(
                FrabTalk(
                    uid=item.uid,
                    start=start,
                    end=end,
                    room=item.room or main_room,
                    title=item.title,
                    kind=item.kind,
                    abstract=item.description or "",
                    persons=item.speakers,
                )
            )
            continue
        for session in sessions:
            topic = data.topics.get(session.topic_id)
            talks.append(
                FrabTalk(
                    uid=f"{item.uid}#session-{session.id}",
                    start=start,
                    end=end,
                    room=session.room or main_room,
                    title=session.topic,
                    kind=item.kind,
                    subtitle=item.title,
                    track=session.topic,
                    abstract=(topic.description if topic else None) or "",
                    persons=session.facilitators,
                )
            )
    return FrabConference(
        title=data.event.title,
        acronym=data.event.slug,
        timezone=data.event.timezone,
        language=data.language,
        talks=talks,
    )
