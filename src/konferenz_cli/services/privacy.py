"""Rights of a person and retention (GDPR / DSGVO): information, erasure, purge after the event.

- :func:`export_person` gathers everything stored about one person (Art. 15).
- :func:`forget_person` deletes them from every event and makes sure no bytes of
  their data stay in the database file (Art. 17).
- :func:`purge_due_events` anonymises events whose retention period has passed,
  keeping the counts that reports and series comparisons need.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from konferenz_cli.db import events as event_store
from konferenz_cli.db import privacy as store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError
from konferenz_cli.values import is_valid_email

__all__ = [
    "PersonData",
    "PurgeCandidate",
    "due_for_purge",
    "export_person",
    "forget_person",
    "find_person",
    "purge_events",
    "withdraw_newsletter",
]


@dataclass
class PersonData:
    """One person's stored data across all events."""

    email: str | None
    name: str | None
    people: list[dict[str, Any]]
    record: dict[str, Any] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def events(self) -> list[str]:
        """The slugs of the events the person is registered for."""
        return [person["event_slug"] for person in self.people]


def find_person(db: Database, email: str | None = None, name: str | None = None) -> PersonData:
    """The person with ``email`` (or, for registrations without one, ``name``); a user error if none."""
    if email is not None:
        email = email.strip().lower()
        if not is_valid_email(email):
            raise KonferenzError("privacy.bad_email", email=email)
    if not email and not (name and name.strip()):
        raise KonferenzError("privacy.who")
    people = store.find_people(db, email=email, name=name)
    if not people:
        raise KonferenzError("privacy.not_found", who=email or name)
    full_names = {" ".join(p for p in (row["first_name"], row["last_name"]) if p) for row in people}
    shown_name = sorted(full_names)[0] if full_names else name
    person = PersonData(email=email, name=shown_name, people=people)
    person.record = store.person_record(db, people, email)
    person.mentions = [m for full in full_names for m in store.programme_mentions(db, full)]
    return person


def export_person(db: Database, email: str | None = None, name: str | None = None) -> dict[str, Any]:
    """Everything stored about a person, as JSON-ready data (Art. 15 DSGVO)."""
    person = find_person(db, email, name)
    return {
        "email": person.email,
        "name": person.name,
        "exported_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "registrations": person.record["registrations"],
        "mail": person.record["mail"],
        "mentioned_in_programme": person.mentions,
    }


def forget_person(db: Database, person: PersonData) -> int:
    """Delete the person from every event and rebuild the file; returns the rows removed."""
    ids = [int(row["id"]) for row in person.people]
    needles = [value for value in (person.email, person.name) if value]
    for row in person.people:
        needles.extend(value for value in (row["first_name"], row["last_name"], row["phone"]) if value)
    with transaction(db):
        store.delete_people(db, ids, person.email)
        store.scrub_text_columns(db, needles)
    store.compact(db)
    return len(ids)


@dataclass(frozen=True)
class PurgeCandidate:
    """An event whose retention period has passed."""

    slug: str
    title: str
    date: dt.date
    purge_after: dt.date
    personal_rows: int


def due_for_purge(db: Database, today: dt.date) -> list[PurgeCandidate]:
    """Events with a retention period that ended before ``today`` and personal data still in them."""
    due = []
    for event in event_store.events(db):
        if event.retention_days is None:
            continue
        purge_after = event.last_date + dt.timedelta(days=event.retention_days)
        if purge_after >= today:
            continue
        rows = store.personal_row_count(db, event.id)
        if rows:
            due.append(PurgeCandidate(event.slug, event.title, event.date, purge_after, rows))
    return due


def purge_events(db: Database, candidates: list[PurgeCandidate]) -> int:
    """Anonymise the given events (one transaction), then rebuild the file; returns people anonymised."""
    total = 0
    with transaction(db):
        for candidate in candidates:
            event = event_store.event_by_slug(db, candidate.slug)
            total += store.anonymise_participants(db, event.id)
    store.compact(db)
    return total


def withdraw_newsletter(db: Database, email: str, when: dt.datetime) -> int:
    """Record that ``email`` withdrew newsletter consent, in every event; returns rows changed."""
    address = email.strip().lower()
    with transaction(db):
        return store.withdraw_newsletter(db, address, when.replace(microsecond=0).isoformat())
