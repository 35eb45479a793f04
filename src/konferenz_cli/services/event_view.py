"""An event with its programme as plain, JSON-ready data (for `event show`, templates, reports)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from konferenz_cli.db import events as store
from konferenz_cli.models import Event

__all__ = ["event_facts", "event_overview"]


def _hm(value: Any) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def event_facts(event: Event) -> dict[str, Any]:
    """The event's own fields with ISO dates and ``HH:MM`` times."""
    return {
        "slug": event.slug,
        "title": event.title,
        "series": event.series,
        "date": event.date.isoformat(),
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "start": _hm(event.start),
        "end": _hm(event.end),
        "doors": _hm(event.doors),
        "timezone": event.timezone,
        "venue": event.venue,
        "address": event.address,
        "registration_deadline": (event.registration_deadline.isoformat() if event.registration_deadline else None),
        "contact_email": event.contact_email,
        "contact_phone": event.contact_phone,
        "organisers": list(event.organisers),
        "partners": list(event.partners),
        "patron": event.patron,
        "moderator": event.moderator,
        "funding_programme": event.funding_programme,
        "capacity": event.capacity,
        "language": event.language,
        "description": event.description,
        "website": event.website,
        "retention_days": event.retention_days,
    }


def event_overview(db: Database, event: Event) -> dict[str, Any]:
    """The event's facts plus agenda, rooms, rounds and topics with their sessions."""
    sessions = store.sessions(db, event.id)
    return {
        **event_facts(event),
        "agenda": [
            {
                "id": item.id,
                "date": item.date.isoformat(),
                "start": _hm(item.start),
                "end": _hm(item.end),
                "title": item.title,
                "kind": item.kind,
                "speakers": list(item.speakers),
                "room": item.room,
                "description": item.description,
                "round": item.round_number,
                "uid": item.uid,
            }
            for item in store.agenda(db, event.id)
        ],
        "rooms": [
            {"name": room.name, "capacity": room.capacity, "description": room.description}
            for room in store.rooms(db, event.id)
        ],
        "rounds": [
            {
                "number": round_.number,
                "title": round_.title,
                "date": round_.date.isoformat() if round_.date else None,
                "start": _hm(round_.start),
                "end": _hm(round_.end),
            }
            for round_ in store.rounds(db, event.id)
        ],
        "topics": [
            {
                "number": topic.number,
                "name": topic.name,
                "description": topic.description,
                "facilitators": list(topic.facilitators),
                "room": topic.room,
                "capacity": topic.capacity,
                "min_size": topic.min_size,
                "standing": topic.standing,
                "sessions": [
                    {
                        "round": session.round,
                        "room": session.room,
                        "capacity": session.capacity,
                        "min_size": session.min_size,
                        "facilitators": list(session.facilitators),
                        "cancelled": session.cancelled,
                    }
                    for session in sessions
                    if session.topic_id == topic.id
                ],
            }
            for topic in store.topics(db, event.id)
        ],
    }
