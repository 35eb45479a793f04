"""Storage of events, their agenda, rooms, topics, rounds and sessions.

Functions here read and write rows and build :mod:`konferenz_cli.models`
objects; the rules of the domain (end after start, slugs, copying an event)
live in :mod:`konferenz_cli.services.events`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from konferenz_cli.errors import EventNotFound, KonferenzError
from konferenz_cli.models import AgendaItem, Event, Room, Round, Session, Topic
from konferenz_cli.values import closest

__all__ = [
    "add_agenda_item",
    "add_room",
    "add_round",
    "add_topic",
    "agenda",
    "delete_event",
    "ensure_room",
    "ensure_sessions",
    "event_by_slug",
    "event_slugs",
    "events",
    "find_topic",
    "insert_event",
    "now_iso",
    "remove_agenda_item",
    "remove_room",
    "remove_round",
    "remove_topic",
    "rooms",
    "rounds",
    "session_overrides",
    "sessions",
    "set_setting",
    "setting",
    "topics",
    "update_agenda_item",
    "update_event",
    "update_room",
    "update_round",
    "update_session",
    "update_topic",
]

JSON_LIST_COLUMNS = ("organisers", "partners", "speakers", "facilitators")


def now_iso() -> str:
    """The current instant as ISO 8601 with UTC offset, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _to_row(values: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in values.items():
        if key in JSON_LIST_COLUMNS and value is not None:
            row[key] = json.dumps(list(value), ensure_ascii=False)
        elif isinstance(value, (dt.date, dt.time)):
            row[key] = value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat()
        elif isinstance(value, bool):
            row[key] = int(value)
        else:
            row[key] = value
    return row


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _names(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value else ()


# --- events -----------------------------------------------------------------


_EVENT_SELECT = """
    SELECT e.*, s.name AS series_name
    FROM events e LEFT JOIN series s ON s.id = e.series_id
"""


def _event(row: Mapping[str, Any]) -> Event:
    return Event(
        id=row["id"],
        slug=row["slug"],
        title=row["title"],
        date=dt.date.fromisoformat(row["date"]),
        end_date=_date(row["end_date"]),
        start=dt.time.fromisoformat(row["start"]),
        end=dt.time.fromisoformat(row["end"]),
        doors=_time(row["doors"]),
        timezone=row["timezone"],
        series=row["series_name"],
        venue=row["venue"],
        address=row["address"],
        registration_deadline=_date(row["registration_deadline"]),
        contact_email=row["contact_email"],
        contact_phone=row["contact_phone"],
        organisers=_names(row["organisers"]),
        partners=_names(row["partners"]),
        patron=row["patron"],
        moderator=row["moderator"],
        funding_programme=row["funding_programme"],
        capacity=row["capacity"],
        language=row["language"],
        description=row["description"],
        website=row["website"],
        retention_days=row["retention_days"],
    )


def _series_id(db: Database, name: str | None) -> int | None:
    if not name:
        return None
    row = db.execute("SELECT id FROM series WHERE name = ?", [name]).fetchone()
    if row:
        return int(row[0])
    return _insert(db, "series", {"name": name})


def insert_event(db: Database, fields: Mapping[str, Any]) -> int:
    """Store a new event from already validated fields; returns its id."""
    values = dict(fields)
    values["series_id"] = _series_id(db, values.pop("series", None))
    stamp = now_iso()
    values.update(created_at=stamp, updated_at=stamp)
    return _insert(db, "events", _to_row(values))


def update_event(db: Database, event_id: int, fields: Mapping[str, Any]) -> None:
    """Change the given fields of an event."""
    values = dict(fields)
    if "series" in values:
        values["series_id"] = _series_id(db, values.pop("series"))
    values["updated_at"] = now_iso()
    db.table("events").update(event_id, _to_row(values))


def delete_event(db: Database, event_id: int) -> None:
    """Remove an event and everything that belongs to it."""
    db.execute("DELETE FROM events WHERE id = ?", [event_id])


def events(db: Database) -> list[Event]:
    """All events, earliest first."""
    rows = db.execute(_EVENT_SELECT + " ORDER BY e.date, e.start, e.slug")
    return [_event(_as_dict(rows, row)) for row in rows.fetchall()]


def event_slugs(db: Database) -> list[str]:
    """The slugs of all events, sorted."""
    return [row[0] for row in db.execute("SELECT slug FROM events ORDER BY slug")]


def event_by_slug(db: Database, slug: str) -> Event:
    """The event with ``slug``; raises :class:`EventNotFound` listing the known slugs."""
    cursor = db.execute(_EVENT_SELECT + " WHERE e.slug = ?", [slug])
    row = cursor.fetchone()
    if row is None:
        known = event_slugs(db)
        if known:
            raise EventNotFound("event.not_found", slug=slug, slugs=", ".join(known))
        raise EventNotFound("event.not_found_none", slug=slug)
    return _event(_as_dict(cursor, row))


def participant_counts(db: Database) -> dict[int, int]:
    """Active (not cancelled) participants per event id."""
    rows = db.execute("SELECT event_id, COUNT(*) FROM participants WHERE status != 'cancelled' GROUP BY event_id")
    return {int(event_id): int(count) for event_id, count in rows}


def _insert(db: Database, table: str, row: Mapping[str, Any]) -> int:
    last_pk = db.table(table).insert(dict(row)).last_pk
    assert last_pk is not None
    return int(last_pk)


def _as_dict(cursor: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=False)}


def _dicts(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    return [_as_dict(cursor, row) for row in cursor.fetchall()]


# --- settings ---------------------------------------------------------------


def setting(db: Database, event_id: int, key: str) -> str | None:
    """A remembered per-event setting (a template folder, for example)."""
    row = db.execute("SELECT value FROM event_settings WHERE event_id = ? AND key = ?", [event_id, key]).fetchone()
    return None if row is None else row[0]


def set_setting(db: Database, event_id: int, key: str, value: str | None) -> None:
    """Remember (or with ``None`` forget) a per-event setting."""
    if value is None:
        db.execute("DELETE FROM event_settings WHERE event_id = ? AND key = ?", [event_id, key])
    else:
        db.table("event_settings").upsert({"event_id": event_id, "key": key, "value": value}, pk=("event_id", "key"))


# --- agenda -----------------------------------------------------------------


def agenda(db: Database, event_id: int) -> list[AgendaItem]:
    """The event's agenda in time order."""
    rows = _dicts(
        db,
        """
        SELECT a.*, r.number AS round_number
        FROM agenda_items a LEFT JOIN rounds r ON r.agenda_item_id = a.id
        WHERE a.event_id = ? ORDER BY a.date, a.start, a."end", a.id
        """,
        [event_id],
    )
    return [
        AgendaItem(
            id=row["id"],
            event_id=row["event_id"],
            date=dt.date.fromisoformat(row["date"]),
            start=dt.time.fromisoformat(row["start"]),
            end=dt.time.fromisoformat(row["end"]),
            title=row["title"],
            kind=row["kind"],
            speakers=_names(row["speakers"]),
            room=row["room"],
            description=row["description"],
            uid=row["uid"],
            round_number=row["round_number"],
        )
        for row in rows
    ]


def add_agenda_item(db: Database, event_id: int, fields: Mapping[str, Any], uid: str) -> int:
    """Store an agenda item with its calendar UID; returns its id."""
    values = {**fields, "event_id": event_id, "uid": uid}
    return _insert(db, "agenda_items", _to_row(values))


def agenda_item(db: Database, event_id: int, item_id: int) -> AgendaItem:
    """One agenda item of the event; raises a user error if there is none with that id."""
    for item in agenda(db, event_id):
        if item.id == item_id:
            return item
    raise KonferenzError("agenda.not_found", id=item_id)


def update_agenda_item(db: Database, item_id: int, fields: Mapping[str, Any]) -> None:
    """Change the given fields of an agenda item."""
    db.table("agenda_items").update(item_id, _to_row(fields))


def remove_agenda_item(db: Database, item_id: int) -> None:
    """Remove an agenda item (a round bound to it stays, unbound)."""
    db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])


# --- rooms ------------------------------------------------------------------


def rooms(db: Database, event_id: int) -> list[Room]:
    """The event's rooms by name."""
    return [
        Room(**row)
        for row in _dicts(
            db,
            "SELECT id, event_id, name, capacity, description FROM rooms WHERE event_id = ? ORDER BY name",
            [event_id],
        )
    ]


def room_by_name(db: Database, event_id: int, name: str) -> Room | None:
    """The room called ``name`` (exactly), or None."""
    return next((room for room in rooms(db, event_id) if room.name == name), None)


def add_room(db: Database, event_id: int, fields: Mapping[str, Any]) -> int:
    """Store a room; returns its id."""
    return _insert(db, "rooms", _to_row({**fields, "event_id": event_id}))


def ensure_room(db: Database, event_id: int, name: str) -> int:
    """The id of the room called ``name``, creating it without a capacity if needed."""
    existing = room_by_name(db, event_id, name)
    if existing:
        return existing.id
    return add_room(db, event_id, {"name": name})


def update_room(db: Database, room_id: int, fields: Mapping[str, Any]) -> None:
    """Change the given fields of a room."""
    db.table("rooms").update(room_id, _to_row(fields))


def remove_room(db: Database, room_id: int) -> None:
    """Remove a room; sessions and topics in it lose their room."""
    db.execute("DELETE FROM rooms WHERE id = ?", [room_id])


# --- topics -----------------------------------------------------------------


def topics(db: Database, event_id: int) -> list[Topic]:
    """The event's topics in their order."""
    rows = _dicts(
        db,
        """
        SELECT t.*, rm.name AS room_name FROM topics t
        LEFT JOIN rooms rm ON rm.id = t.room_id
        WHERE t.event_id = ? ORDER BY t.number
        """,
        [event_id],
    )
    return [
        Topic(
            id=row["id"],
            event_id=row["event_id"],
            number=row["number"],
            name=row["name"],
            description=row["description"],
            facilitators=_names(row["facilitators"]),
            room=row["room_name"],
            capacity=row["capacity"],
            min_size=row["min_size"],
            standing=bool(row["standing"]),
        )
        for row in rows
    ]


def find_topic(db: Database, event_id: int, name_or_number: str) -> Topic:
    """A topic by its exact name (case-insensitive) or its number; a user error otherwise."""
    wanted = name_or_number.strip()
    all_topics = topics(db, event_id)
    for topic in all_topics:
        if topic.name.casefold() == wanted.casefold() or str(topic.number) == wanted:
            return topic
    names = [topic.name for topic in all_topics]
    suggestion = closest(wanted, names)
    key = "topic.not_found_suggest" if suggestion else "topic.not_found"
    raise KonferenzError(key, topic=wanted, topics=", ".join(names) or "-", suggestion=suggestion)


def add_topic(db: Database, event_id: int, fields: Mapping[str, Any]) -> int:
    """Store a topic, numbered after the last one unless a number is given; returns its id."""
    values = dict(fields)
    if values.get("number") is None:
        row = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM topics WHERE event_id = ?", [event_id]).fetchone()
        values["number"] = row[0]
    values["event_id"] = event_id
    return _insert(db, "topics", _to_row(values))


def update_topic(db: Database, topic_id: int, fields: Mapping[str, Any]) -> None:
    """Change the given fields of a topic."""
    db.table("topics").update(topic_id, _to_row(fields))


def remove_topic(db: Database, topic_id: int) -> None:
    """Remove a topic with its sessions, preferences for it and results about it."""
    db.execute("DELETE FROM topics WHERE id = ?", [topic_id])


# --- rounds and sessions ----------------------------------------------------


def rounds(db: Database, event_id: int) -> list[Round]:
    """The event's workgroup rounds by number, with the times of their agenda slot."""
    rows = _dicts(
        db,
        """
        SELECT r.*, a.date AS item_date, a.start AS item_start, a."end" AS item_end,
               COALESCE(r.title, a.title) AS shown_title
        FROM rounds r LEFT JOIN agenda_items a ON a.id = r.agenda_item_id
        WHERE r.event_id = ? ORDER BY r.number
        """,
        [event_id],
    )
    return [
        Round(
            id=row["id"],
            event_id=row["event_id"],
            number=row["number"],
            agenda_item_id=row["agenda_item_id"],
            title=row["shown_title"],
            date=_date(row["item_date"]),
            start=_time(row["item_start"]),
            end=_time(row["item_end"]),
        )
        for row in rows
    ]


def add_round(db: Database, event_id: int, fields: Mapping[str, Any]) -> int:
    """Store a round; returns its id."""
    return _insert(db, "rounds", _to_row({**fields, "event_id": event_id}))


def update_round(db: Database, round_id: int, fields: Mapping[str, Any]) -> None:
    """Change the given fields of a round."""
    db.table("rounds").update(round_id, _to_row(fields))


def remove_round(db: Database, round_id: int) -> None:
    """Remove a round with its sessions and assignments."""
    db.execute("DELETE FROM rounds WHERE id = ?", [round_id])


def ensure_sessions(db: Database, event_id: int, only_rounds: Mapping[int, Iterable[int]] | None = None) -> None:
    """Create the missing sessions: every non-standing topic in every round.

    ``only_rounds`` maps a topic id to the round numbers it runs in, for topics
    that do not run in every round.
    """
    only_rounds = only_rounds or {}
    all_rounds = rounds(db, event_id)
    for topic in topics(db, event_id):
        if topic.standing:
            continue
        wanted = set(only_rounds.get(topic.id, [r.number for r in all_rounds]))
        for round_ in all_rounds:
            if round_.number in wanted:
                db.execute(
                    "INSERT OR IGNORE INTO sessions (event_id, topic_id, round_id) VALUES (?, ?, ?)",
                    [event_id, topic.id, round_.id],
                )


def sessions(db: Database, event_id: int) -> list[Session]:
    """Every session of the event, by round and topic, with effective room and capacity."""
    rows = _dicts(
        db,
        "SELECT * FROM session_details WHERE event_id = ? ORDER BY round, topic_number",
        [event_id],
    )
    return [
        Session(
            id=row["session_id"],
            event_id=row["event_id"],
            topic_id=row["topic_id"],
            topic=row["topic"],
            topic_number=row["topic_number"],
            round=row["round"],
            room=row["room"],
            capacity=row["capacity"],
            min_size=row["min_size"],
            facilitators=_names(row["facilitators"]),
            cancelled=bool(row["cancelled"]),
        )
        for row in rows
    ]


def session_overrides(db: Database, event_id: int) -> list[dict[str, Any]]:
    """The sessions whose own settings differ from their topic's (room, seats, facilitators, cancelled)."""
    return _dicts(
        db,
        """
        SELECT t.name AS topic, r.number AS round, rm.name AS room, s.capacity, s.min_size,
               s.facilitators, s.cancelled, s.room_id
        FROM sessions s JOIN topics t ON t.id = s.topic_id JOIN rounds r ON r.id = s.round_id
        LEFT JOIN rooms rm ON rm.id = s.room_id
        WHERE s.event_id = ? AND (s.room_id IS NOT NULL OR s.capacity IS NOT NULL
              OR s.min_size IS NOT NULL OR s.facilitators IS NOT NULL OR s.cancelled)
        ORDER BY r.number, t.number
        """,
        [event_id],
    )


def update_session(db: Database, session_id: int, fields: Mapping[str, Any]) -> None:
    """Change the given fields of a session (its own room, capacity, facilitators)."""
    db.table("sessions").update(session_id, _to_row(fields))
