"""Creating and changing events: the rules of the domain on top of the event store.

Raw values (from command-line flags or an event file) are cleaned here into
typed fields; an :class:`EventPlan` describes a whole event (fields, rooms,
agenda, rounds, topics, session overrides) and :func:`create_event` stores it in
one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from konferenz_cli.db import events as store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError, ValidationError
from konferenz_cli.models import AGENDA_KINDS, Event
from konferenz_cli.values import (
    is_valid_email,
    parse_date,
    parse_positive_int,
    parse_time,
    slugify,
    typed_text,
)

__all__ = [
    "AGENDA_FIELDS",
    "EVENT_FIELDS",
    "ROOM_FIELDS",
    "ROUND_FIELDS",
    "SESSION_FIELDS",
    "TOPIC_FIELDS",
    "EventPlan",
    "add_agenda_item",
    "add_room",
    "add_round",
    "add_topic",
    "clean_agenda_item",
    "clean_event_fields",
    "create_event",
    "edit_agenda_item",
    "edit_event",
    "edit_room",
    "edit_round",
    "edit_session",
    "edit_topic",
    "normalise_kind",
]


# --- single values ----------------------------------------------------------


def _text(value: Any, field: str) -> str:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ValidationError("value.not_text", field=field)
    text = typed_text(str(value)).strip()
    if not text:
        raise ValidationError("value.empty", field=field)
    return text


def _optional_text(value: Any, field: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _text(value, field)


def _line(value: Any, field: str) -> str:
    """A one-line value (a title, a name, a room): line breaks and runs of spaces become one space."""
    return " ".join(_text(value, field).split())


def _optional_line(value: Any, field: str) -> str | None:
    text = _optional_text(value, field)
    return None if text is None else " ".join(text.split())


def _address(value: Any, field: str) -> str | None:
    """An address on one line: its lines joined by commas ("Straße 1, 37269 Eschwege")."""
    text = _optional_text(value, field)
    if text is None:
        return None
    return ", ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _names(value: Any, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = list(value.split(";")) if ";" in value else [value]
    if not isinstance(value, (list, tuple)):
        raise ValidationError("value.not_list", field=field)
    return tuple(_line(item, field) for item in value if str(item).strip())


def _email(value: Any, field: str) -> str | None:
    text = _optional_text(value, field)
    if text is None:
        return None
    address = text.lower()
    if not is_valid_email(address):
        raise ValidationError("value.bad_email", field=field, value=text)
    return address


def _timezone(value: Any, field: str) -> str:
    name = _text(value, field)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("value.bad_timezone", field=field, value=name) from None
    return name


def _language(value: Any, field: str) -> str:
    text = _text(value, field).lower()
    if text not in ("de", "en"):
        raise ValidationError("value.bad_language", field=field, value=text)
    return text


def _slug(value: Any, field: str) -> str:
    text = _text(value, field)
    if slugify(text) != text:
        raise ValidationError("value.bad_slug", field=field, value=text, suggestion=slugify(text))
    return text


def _non_negative_int(value: Any, field: str) -> int:
    if value == 0 or str(value).strip() == "0":
        return 0
    return parse_positive_int(value, field)


def _positive(value: Any, field: str) -> int:
    return parse_positive_int(value, field)


def _optional(parser: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    def parse(value: Any, field: str) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return parser(value, field)

    return parse


def _bool(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "ja", "yes", "x", "wahr"):
        return True
    if text in ("0", "false", "nein", "no", "", "falsch"):
        return False
    raise ValidationError("value.bad_bool", field=field, value=str(value))


def _kind(value: Any, field: str) -> str:
    return normalise_kind(_text(value, field))


_KIND_ALIASES = {
    "workgroup round": "workgroup_round",
    "workgroup-round": "workgroup_round",
    "workgroup": "workgroup_round",
    "workshop": "workgroup_round",
    "arbeitsgruppe": "workgroup_round",
    "arbeitsgruppen": "workgroup_round",
    "talk": "input",
    "keynote": "input",
    "vortrag": "input",
    "impuls": "input",
    "grusswort": "welcome",
    "grußwort": "welcome",
    "grußworte": "welcome",
    "begrüßung": "welcome",
    "stands": "market",
    "markt": "market",
    "podium": "panel",
    "pause": "break",
    "führung": "tour",
    "bericht": "testimony",
}


def normalise_kind(text: str) -> str:
    """An agenda kind from its name or a common alias ("Vortrag" -> "input")."""
    key = text.strip().lower()
    kind = _KIND_ALIASES.get(key, key.replace("-", "_").replace(" ", "_"))
    if kind not in AGENDA_KINDS:
        raise ValidationError("value.bad_kind", value=text, kinds=", ".join(AGENDA_KINDS))
    return kind


# --- field tables -----------------------------------------------------------

Parser = Callable[[Any, str], Any]

EVENT_FIELDS: dict[str, Parser] = {
    "title": _line,
    "slug": _slug,
    "series": _optional_line,
    "date": parse_date,
    "end_date": _optional(parse_date),
    "start": parse_time,
    "end": parse_time,
    "doors": _optional(parse_time),
    "timezone": _timezone,
    "venue": _optional_line,
    "address": _address,
    "registration_deadline": _optional(parse_date),
    "contact_email": _email,
    "contact_phone": _optional_line,
    "organisers": _names,
    "partners": _names,
    "patron": _optional_line,
    "moderator": _optional_line,
    "funding_programme": _optional_line,
    "capacity": _optional(_positive),
    "language": _language,
    "description": _optional_text,
    "website": _optional_line,
    "retention_days": _optional(_non_negative_int),
}

AGENDA_FIELDS: dict[str, Parser] = {
    "date": parse_date,
    "start": parse_time,
    "end": parse_time,
    "title": _line,
    "kind": _kind,
    "speakers": _names,
    "room": _optional_line,
    "description": _optional_text,
    "round": _optional(_positive),
}

ROOM_FIELDS: dict[str, Parser] = {
    "name": _line,
    "capacity": _optional(_positive),
    "description": _optional_text,
}

ROUND_FIELDS: dict[str, Parser] = {
    "number": _positive,
    "title": _optional_line,
}

TOPIC_FIELDS: dict[str, Parser] = {
    "name": _line,
    "number": _optional(_positive),
    "description": _optional_text,
    "facilitators": _names,
    "room": _optional_line,
    "capacity": _optional(_positive),
    "min_size": _optional(_non_negative_int),
    "rounds": lambda value, field: tuple(_positive(v, field) for v in _list(value, field)),
    "standing": _bool,
}

SESSION_FIELDS: dict[str, Parser] = {
    "topic": _line,
    "round": _positive,
    "room": _optional_line,
    "capacity": _optional(_positive),
    "min_size": _optional(_non_negative_int),
    "facilitators": _names,
    "cancelled": _bool,
}


def _list(value: Any, field: str) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, (int, str)):
        return [part for part in str(value).replace(";", ",").split(",") if part.strip()]
    raise ValidationError("value.not_list", field=field)


def clean(raw: Mapping[str, Any], parsers: Mapping[str, Parser]) -> dict[str, Any]:
    """Parse every given value with the parser of its field; unknown fields are an error."""
    cleaned: dict[str, Any] = {}
    for name, value in raw.items():
        parser = parsers.get(name)
        if parser is None:
            raise ValidationError("value.unknown_field", field=name, fields=", ".join(parsers))
        cleaned[name] = parser(value, name)
    return cleaned


def clean_event_fields(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Typed event fields from raw values, with the rules between them checked."""
    fields = clean(raw, EVENT_FIELDS)
    for required in ("title", "date", "start", "end"):
        if fields.get(required) is None:
            raise ValidationError("value.missing", field=required)
    check_event_times(fields)
    return fields


def check_event_times(fields: Mapping[str, Any]) -> None:
    """End after start (on a one-day event), doors not after start, end date not before date."""
    start, end, doors = fields["start"], fields["end"], fields.get("doors")
    date, end_date = fields["date"], fields.get("end_date")
    if end_date is not None and end_date < date:
        raise ValidationError("event.end_date_before_date", date=date, end_date=end_date)
    single_day = end_date is None or end_date == date
    if single_day and end <= start:
        raise ValidationError("value.end_before_start", start=_hm(start), end=_hm(end))
    if doors is not None and doors > start:
        raise ValidationError("event.doors_after_start", doors=_hm(doors), start=_hm(start))


def _hm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def clean_agenda_item(raw: Mapping[str, Any], event: Mapping[str, Any]) -> dict[str, Any]:
    """Typed agenda fields; the date defaults to the event's first day and must be one of its days."""
    item = clean(raw, AGENDA_FIELDS)
    for required in ("start", "end", "title"):
        if item.get(required) is None:
            raise ValidationError("value.missing", field=required)
    item.setdefault("kind", "other")
    item.setdefault("date", event["date"])
    last = event.get("end_date") or event["date"]
    if not event["date"] <= item["date"] <= last:
        raise ValidationError("agenda.date_outside", date=item["date"], first=event["date"], last=last)
    if item["end"] <= item["start"]:
        raise ValidationError("value.end_before_start", start=_hm(item["start"]), end=_hm(item["end"]))
    if item.get("round") is not None:
        item["kind"] = "workgroup_round"
    return item


# --- whole events -----------------------------------------------------------


@dataclass
class EventPlan:
    """Everything needed to create one event, already cleaned."""

    fields: dict[str, Any]
    rooms: list[dict[str, Any]] = field(default_factory=list)
    agenda: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)


def create_event(db: Database, plan: EventPlan, like: str | None = None) -> Event:
    """Store a whole event in one transaction; ``like`` copies another event's programme.

    Sections the plan leaves empty (agenda, rooms, topics, rounds, sessions) are
    copied from the event ``like``, moved to the new event's date.
    """
    fields = dict(plan.fields)
    explicit_slug = "slug" in fields
    fields.setdefault("slug", slugify(fields["title"]) or "event")
    with transaction(db):
        if fields["slug"] in store.event_slugs(db):
            key = "event.slug_taken" if explicit_slug else "event.slug_taken_derived"
            raise ValidationError(key, slug=fields["slug"], suggestion=_free_slug(db, fields["slug"]))
        if like is not None:
            source = store.event_by_slug(db, like)
            fields.setdefault("series", source.series)
            plan = _with_copied_programme(db, plan, source, fields)
        event_id = store.insert_event(db, fields)
        _store_programme(db, event_id, fields, plan)
        return store.event_by_slug(db, fields["slug"])


def _free_slug(db: Database, slug: str) -> str:
    taken = set(store.event_slugs(db))
    number = 2
    while f"{slug}-{number}" in taken:
        number += 1
    return f"{slug}-{number}"


def _store_programme(db: Database, event_id: int, fields: Mapping[str, Any], plan: EventPlan) -> None:
    for room in plan.rooms:
        if store.room_by_name(db, event_id, room["name"]):
            raise ValidationError("room.exists", room=room["name"])
        store.add_room(db, event_id, room)
    round_items: dict[int, int] = {}
    for item in plan.agenda:
        values = {k: v for k, v in item.items() if k != "round"}
        item_id = _insert_agenda_item(db, event_id, fields["slug"], values)
        if item.get("kind") == "workgroup_round":
            number = item.get("round") or _next_round_number(round_items, plan.rounds)
            if number in round_items:
                raise ValidationError("round.duplicate", round=number)
            round_items[number] = item_id
    declared = {spec["number"]: spec for spec in plan.rounds}
    for number in sorted(set(round_items) | set(declared)):
        store.add_round(
            db,
            event_id,
            {
                "number": number,
                "agenda_item_id": round_items.get(number),
                "title": declared.get(number, {}).get("title"),
            },
        )
    _store_topics(db, event_id, plan)


def _next_round_number(taken: Mapping[int, int], declared: list[dict[str, Any]]) -> int:
    used = set(taken)
    number = 1
    while number in used:
        number += 1
    return number


def _insert_agenda_item(db: Database, event_id: int, slug: str, values: Mapping[str, Any]) -> int:
    # The UID is fixed at creation from the event and the item, so that later
    # exports keep it even if the slug or the item's title changes.
    item_id = store.add_agenda_item(db, event_id, values, uid=f"pending-{event_id}-{id(values)}")
    store.update_agenda_item(db, item_id, {"uid": f"{slug}-agenda-{item_id}@konferenz"})
    return item_id


def _store_topics(db: Database, event_id: int, plan: EventPlan) -> None:
    known_rounds = {round_.number for round_ in store.rounds(db, event_id)}
    only_rounds: dict[int, tuple[int, ...]] = {}
    for spec in plan.topics:
        existing = store.topics(db, event_id)
        if any(t.name.casefold() == spec["name"].casefold() for t in existing):
            raise ValidationError("topic.exists", topic=spec["name"])
        if spec.get("number") is not None and any(t.number == spec["number"] for t in existing):
            raise ValidationError("topic.number_exists", topic=spec["name"], number=spec["number"])
        values = {k: v for k, v in spec.items() if k not in ("room", "rounds")}
        if spec.get("room"):
            values["room_id"] = store.ensure_room(db, event_id, spec["room"])
        topic_id = store.add_topic(db, event_id, values)
        if spec.get("rounds"):
            missing = sorted(set(spec["rounds"]) - known_rounds)
            if missing:
                raise ValidationError(
                    "topic.unknown_round",
                    topic=spec["name"],
                    round=missing[0],
                    rounds=_numbers(known_rounds),
                )
            only_rounds[topic_id] = spec["rounds"]
    store.ensure_sessions(db, event_id, only_rounds)
    for override in plan.sessions:
        _apply_session_override(db, event_id, override)


def _numbers(numbers: set[int]) -> str:
    return ", ".join(str(n) for n in sorted(numbers)) or "-"


def _apply_session_override(db: Database, event_id: int, spec: Mapping[str, Any]) -> None:
    topic = store.find_topic(db, event_id, spec["topic"])
    session = next(
        (s for s in store.sessions(db, event_id) if s.topic_id == topic.id and s.round == spec["round"]),
        None,
    )
    if session is None:
        raise ValidationError("session.not_found", topic=topic.name, round=spec["round"])
    store.update_session(db, session.id, _session_values(db, event_id, spec))


def _session_values(db: Database, event_id: int, spec: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in ("capacity", "min_size", "cancelled"):
        if key in spec:
            values[key] = spec[key]
    if "facilitators" in spec:
        values["facilitators"] = spec["facilitators"] or None
    if "room" in spec:
        values["room_id"] = store.ensure_room(db, event_id, spec["room"]) if spec["room"] else None
    return values


def _with_copied_programme(db: Database, plan: EventPlan, source: Event, fields: Mapping[str, Any]) -> EventPlan:
    shift = fields["date"] - source.date
    copied = EventPlan(fields=plan.fields)
    copied.rooms = plan.rooms or [
        {"name": r.name, "capacity": r.capacity, "description": r.description} for r in store.rooms(db, source.id)
    ]
    source_rounds = store.rounds(db, source.id)
    copied.agenda = plan.agenda or [
        {
            "date": item.date + shift,
            "start": item.start,
            "end": item.end,
            "title": item.title,
            "kind": item.kind,
            "speakers": item.speakers,
            "room": item.room,
            "description": item.description,
            **({"round": item.round_number} if item.round_number else {}),
        }
        for item in store.agenda(db, source.id)
    ]
    copied.rounds = plan.rounds or [
        {"number": r.number, "title": r.title if r.agenda_item_id is None else None}
        for r in source_rounds
        if not plan.agenda
    ]
    source_topics = store.topics(db, source.id)
    copied.topics = plan.topics or [_topic_spec(db, source.id, topic) for topic in source_topics]
    copied.sessions = plan.sessions or ([] if plan.topics else _session_specs(db, source.id))
    return copied


def _topic_spec(db: Database, event_id: int, topic: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": topic.name,
        "number": topic.number,
        "description": topic.description,
        "facilitators": topic.facilitators,
        "room": topic.room,
        "capacity": topic.capacity,
        "min_size": topic.min_size,
        "standing": topic.standing,
    }
    session_rounds = tuple(s.round for s in store.sessions(db, event_id) if s.topic_id == topic.id)
    all_rounds = tuple(r.number for r in store.rounds(db, event_id))
    if not topic.standing and session_rounds and session_rounds != all_rounds:
        spec["rounds"] = session_rounds
    return spec


def _session_specs(db: Database, event_id: int) -> list[dict[str, Any]]:
    specs = []
    for row in store.session_overrides(db, event_id):
        spec: dict[str, Any] = {"topic": row["topic"], "round": row["round"], "cancelled": bool(row["cancelled"])}
        if row["room_id"] is not None:
            spec["room"] = row["room"]
        if row["capacity"] is not None:
            spec["capacity"] = row["capacity"]
        if row["min_size"] is not None:
            spec["min_size"] = row["min_size"]
        if row["facilitators"] is not None:
            spec["facilitators"] = tuple(json.loads(row["facilitators"]))
        specs.append(spec)
    return specs


# --- editing parts of an event ---------------------------------------------


def _event_values(event: Event) -> dict[str, Any]:
    return {
        "date": event.date,
        "end_date": event.end_date,
        "start": event.start,
        "end": event.end,
        "doors": event.doors,
    }


def edit_event(db: Database, event: Event, raw: Mapping[str, Any]) -> Event:
    """Change fields of an event, checking the times against each other."""
    changes = clean(raw, EVENT_FIELDS)
    with transaction(db):
        if "slug" in changes and changes["slug"] != event.slug:
            if changes["slug"] in store.event_slugs(db):
                raise ValidationError(
                    "event.slug_taken", slug=changes["slug"], suggestion=_free_slug(db, changes["slug"])
                )
        check_event_times({**_event_values(event), **changes})
        store.update_event(db, event.id, changes)
        return store.event_by_slug(db, changes.get("slug", event.slug))


def add_agenda_item(db: Database, event: Event, raw: Mapping[str, Any]) -> int:
    """Add an agenda item (and its round, for a workgroup round); returns its id."""
    item = clean_agenda_item(raw, _event_values(event))
    with transaction(db):
        values = {k: v for k, v in item.items() if k != "round"}
        item_id = _insert_agenda_item(db, event.id, event.slug, values)
        if item["kind"] == "workgroup_round":
            numbers = {r.number: r for r in store.rounds(db, event.id)}
            number = item.get("round") or (max(numbers, default=0) + 1)
            existing = numbers.get(number)
            if existing and existing.agenda_item_id is not None:
                raise ValidationError("round.duplicate", round=number)
            if existing:
                store.update_round(db, existing.id, {"agenda_item_id": item_id})
            else:
                store.add_round(db, event.id, {"number": number, "agenda_item_id": item_id})
                store.ensure_sessions(db, event.id)
        return item_id


def edit_agenda_item(db: Database, event: Event, item_id: int, raw: Mapping[str, Any]) -> None:
    """Change fields of an agenda item; the combined values are checked again."""
    current = store.agenda_item(db, event.id, item_id)
    merged = {
        "date": current.date,
        "start": current.start,
        "end": current.end,
        "title": current.title,
        "kind": current.kind,
    }
    merged.update(raw)
    merged.pop("round", None)
    item = clean_agenda_item(merged, _event_values(event))
    changes = {k: item[k] for k in raw if k in item and k != "round"}
    with transaction(db):
        store.update_agenda_item(db, item_id, changes)


def add_room(db: Database, event: Event, raw: Mapping[str, Any]) -> int:
    """Add a room; its name must be new for the event."""
    values = clean(raw, ROOM_FIELDS)
    with transaction(db):
        if store.room_by_name(db, event.id, values["name"]):
            raise ValidationError("room.exists", room=values["name"])
        return store.add_room(db, event.id, values)


def find_room(db: Database, event: Event, name: str) -> Any:
    """The room called ``name``; a user error listing the rooms otherwise."""
    room = store.room_by_name(db, event.id, name)
    if room is None:
        names = ", ".join(r.name for r in store.rooms(db, event.id)) or "-"
        raise KonferenzError("room.not_found", room=name, rooms=names)
    return room


def edit_room(db: Database, event: Event, name: str, raw: Mapping[str, Any]) -> None:
    """Change a room's name, capacity or description."""
    room = find_room(db, event, name)
    values = clean(raw, ROOM_FIELDS)
    with transaction(db):
        if "name" in values and values["name"] != room.name and store.room_by_name(db, event.id, values["name"]):
            raise ValidationError("room.exists", room=values["name"])
        store.update_room(db, room.id, values)


def add_topic(db: Database, event: Event, raw: Mapping[str, Any]) -> int:
    """Add a topic, with a session in each round (or the rounds given)."""
    spec = clean(raw, TOPIC_FIELDS)
    with transaction(db):
        if any(t.name.casefold() == spec["name"].casefold() for t in store.topics(db, event.id)):
            raise ValidationError("topic.exists", topic=spec["name"])
        before = {t.id for t in store.topics(db, event.id)}
        _store_topics(db, event.id, EventPlan(fields={}, topics=[spec]))
        return next(t.id for t in store.topics(db, event.id) if t.id not in before)


def edit_topic(db: Database, event: Event, name: str, raw: Mapping[str, Any]) -> None:
    """Change a topic's fields; ``room`` names a room (created if new)."""
    topic = store.find_topic(db, event.id, name)
    values = clean(raw, TOPIC_FIELDS)
    values.pop("rounds", None)
    with transaction(db):
        if "room" in values:
            room = values.pop("room")
            values["room_id"] = store.ensure_room(db, event.id, room) if room else None
        if "name" in values and values["name"].casefold() != topic.name.casefold():
            if any(t.name.casefold() == values["name"].casefold() for t in store.topics(db, event.id)):
                raise ValidationError("topic.exists", topic=values["name"])
        store.update_topic(db, topic.id, values)


def add_round(db: Database, event: Event, raw: Mapping[str, Any]) -> int:
    """Add a round (without an agenda slot) and its sessions; returns the round's number."""
    values = clean(raw, ROUND_FIELDS)
    with transaction(db):
        numbers = {r.number for r in store.rounds(db, event.id)}
        values.setdefault("number", max(numbers, default=0) + 1)
        if values["number"] in numbers:
            raise ValidationError("round.duplicate", round=values["number"])
        store.add_round(db, event.id, values)
        store.ensure_sessions(db, event.id)
        return int(values["number"])


def find_round(db: Database, event: Event, number: int) -> Any:
    """The round with ``number``; a user error listing the rounds otherwise."""
    for round_ in store.rounds(db, event.id):
        if round_.number == number:
            return round_
    numbers = {r.number for r in store.rounds(db, event.id)}
    raise KonferenzError("round.not_found", round=number, rounds=_numbers(numbers))


def edit_round(db: Database, event: Event, number: int, raw: Mapping[str, Any]) -> None:
    """Rename a round or bind it to an agenda item (``agenda_item`` id)."""
    round_ = find_round(db, event, number)
    values = dict(raw)
    agenda_item_id = values.pop("agenda_item", None)
    cleaned = clean(values, ROUND_FIELDS)
    with transaction(db):
        if agenda_item_id is not None:
            store.agenda_item(db, event.id, agenda_item_id)
            cleaned["agenda_item_id"] = agenda_item_id
        if "number" in cleaned and cleaned["number"] != number:
            if cleaned["number"] in {r.number for r in store.rounds(db, event.id)}:
                raise ValidationError("round.duplicate", round=cleaned["number"])
        store.update_round(db, round_.id, cleaned)


def edit_session(db: Database, event: Event, topic_name: str, round_number: int, raw: Mapping[str, Any]) -> None:
    """Set a session's own room, capacity, minimum size, facilitators or cancellation."""
    spec = clean({**raw, "topic": topic_name, "round": round_number}, SESSION_FIELDS)
    with transaction(db):
        find_round(db, event, round_number)
        _apply_session_override(db, event.id, spec)
