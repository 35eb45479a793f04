"""Working with the participants of an event: listing, finding one, editing, cancelling, removing.

Cancelling or removing someone who holds a seat gives it to the person longest
on the waiting list, as organisers do by hand today.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError, ValidationError
from konferenz_cli.importers.topics import TopicMatcher, TopicRef
from konferenz_cli.importers.values import clean_name, clean_text, normalise_email, valid_email
from konferenz_cli.models import PARTICIPANT_STATUSES, Event, Participant
from konferenz_cli.values import closest

__all__ = [
    "LISTING_KEYS",
    "cancel_participant",
    "edit_participant",
    "find_participant",
    "list_participants",
    "participant_record",
    "remove_participant",
]

#: The keys of a participant in JSON/CSV/XLSX listings, in this order.
LISTING_KEYS = (
    "id",
    "email",
    "title",
    "first_name",
    "last_name",
    "organisation",
    "organisation_type",
    "sector",
    "function",
    "phone",
    "preferences",
    "status",
    "follow_up",
    "newsletter",
    "newsletter_consent_at",
    "newsletter_withdrawn_at",
    "photo_consent",
    "list_consent",
    "workgroups_opt_out",
    "diet",
    "accessibility",
    "interpreter_language",
    "notes",
    "registered_at",
    "late",
    "badge_number",
    "source_file",
    "source_row",
    "extra",
)


def participant_record(person: Participant) -> dict[str, Any]:
    """A participant as a listing row with stable snake_case keys."""
    record = {key: getattr(person, key) for key in LISTING_KEYS if key != "preferences"}
    record["preferences"] = list(person.preferences)
    return {key: record[key] for key in LISTING_KEYS}


def _fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def list_participants(
    db: Database,
    event: Event,
    *,
    statuses: Iterable[str] = (),
    topic: str | None = None,
    search: str | None = None,
) -> list[Participant]:
    """The event's participants, filtered by status, a wished topic and a search text, by surname."""
    wanted = list(statuses)
    for status in wanted:
        if status not in PARTICIPANT_STATUSES:
            raise ValidationError("participant.bad_status", value=status, statuses=", ".join(PARTICIPANT_STATUSES))
    people = participant_store.participants(db, event.id, wanted or None)
    if topic:
        chosen = event_store.find_topic(db, event.id, topic)
        people = [p for p in people if chosen.id in p.preference_topic_ids]
    if search:
        needle = _fold(search.strip())
        people = [
            p
            for p in people
            if any(needle in _fold(value) for value in (p.name, p.email, p.organisation, p.sector, p.function))
        ]
    return sorted(people, key=lambda p: (*p.sort_key, p.id))


def find_participant(db: Database, event: Event, reference: str) -> Participant:
    """One participant by id, e-mail address, or a name that fits exactly one person."""
    text = reference.strip()
    if text.isdigit():
        try:
            person = participant_store.participant(db, int(text))
        except LookupError:
            person = None
        if person is not None and person.event_id == event.id:
            return person
    if "@" in text:
        found = participant_store.find_by_email(db, event.id, text)
        if found is not None:
            return found
    needle = _fold(clean_name(text))
    everyone = participant_store.participants(db, event.id)
    exact = [p for p in everyone if _fold(p.name) == needle]
    matches = exact or [p for p in everyone if needle and needle in _fold(p.name)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        listed = "; ".join(f"{p.id}: {p.name} <{p.email or '-'}>" for p in matches[:8])
        raise KonferenzError("participant.ambiguous", reference=text, candidates=listed)
    raise KonferenzError("participant.not_found", reference=text, event=event.slug)


def edit_participant(db: Database, event: Event, person: Participant, changes: Mapping[str, Any]) -> Participant:
    """Change a participant's fields; ``preferences`` is a text "A; B; C" matched to the topics."""
    fields: dict[str, Any] = {}
    wishes: list[int] | None = None
    for key, value in changes.items():
        if key == "email":
            email = normalise_email(value)
            if email and not valid_email(email):
                raise ValidationError("value.bad_email", field="--email", value=value)
            other = participant_store.find_by_email(db, event.id, email) if email else None
            if other is not None and other.id != person.id:
                raise KonferenzError("participant.email_taken", email=email, name=other.name)
            fields["email"] = email or None
        elif key == "preferences":
            wishes = _wishes(db, event, str(value))
        elif key == "status":
            if value not in PARTICIPANT_STATUSES:
                raise ValidationError("participant.bad_status", value=value, statuses=", ".join(PARTICIPANT_STATUSES))
            fields["status"] = value
        elif key == "newsletter":
            fields["newsletter"] = bool(value)
            stamp = _now(event)
            if value and not person.newsletter:
                fields.update(newsletter_consent_at=stamp, newsletter_withdrawn_at=None)
            elif not value and person.newsletter:
                fields["newsletter_withdrawn_at"] = stamp
        elif isinstance(value, bool):
            fields[key] = value
        else:
            fields[key] = (
                clean_name(value) if key in ("first_name", "last_name", "title") else clean_text(value)
            ) or None
    if not (fields.get("first_name", person.first_name) or fields.get("last_name", person.last_name)):
        raise ValidationError("participant.name_needed")
    with transaction(db):
        participant_store.update_participant(db, person.id, fields)
        if wishes is not None:
            participant_store.set_preferences(db, person.id, wishes)
    return participant_store.participant(db, person.id)


def _wishes(db: Database, event: Event, text: str) -> list[int]:
    matcher = TopicMatcher([TopicRef(t.id, t.number, t.name) for t in event_store.topics(db, event.id)])
    chosen: list[int] = []
    for wish in matcher.split(text):
        topic = matcher.match(wish)
        if topic is None:
            names = [t.name for t in matcher.topics]
            suggestion = closest(wish, names)
            key = "topic.not_found_suggest" if suggestion else "topic.not_found"
            raise KonferenzError(key, topic=wish, topics=", ".join(names) or "-", suggestion=suggestion)
        chosen.append(topic.id)
    return chosen


def _now(event: Event) -> str:
    return dt.datetime.now(event.zone).replace(microsecond=0).isoformat()


def cancel_participant(db: Database, event: Event, person: Participant) -> Participant | None:
    """Mark a participant cancelled; returns the person who moved up from the waiting list, if any."""
    if person.status == "cancelled":
        raise KonferenzError("participant.already_cancelled", name=person.name)
    with transaction(db):
        participant_store.update_participant(db, person.id, {"status": "cancelled"})
        moved_up = _fill_seat(db, event) if person.status in ("registered", "attended") else None
    return moved_up


def remove_participant(db: Database, event: Event, person: Participant) -> Participant | None:
    """Delete a participant for good; returns the person who moved up from the waiting list, if any."""
    with transaction(db):
        participant_store.delete_participant(db, person.id)
        moved_up = _fill_seat(db, event) if person.status in ("registered", "attended") else None
    return moved_up


def _fill_seat(db: Database, event: Event) -> Participant | None:
    if event.capacity is not None:
        taken = sum(1 for p in participant_store.participants(db, event.id, ("registered", "attended")))
        if taken >= event.capacity:
            return None
    waiting = participant_store.first_waitlisted(db, event.id)
    if waiting is None:
        return None
    participant_store.update_participant(db, waiting.id, {"status": "registered"})
    return participant_store.participant(db, waiting.id)
