"""Participants and assignments for tests, stored the way import and assignment store them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import open_db, transaction

#: People whose names test encoding: umlauts, Arabic, Cyrillic, an apostrophe, a comma.
PEOPLE: list[dict[str, Any]] = [
    {"email": "amina.haddad@example.org", "first_name": "Amina", "last_name": "Haddad", "organisation": "Café Mosaik"},
    {"email": "jurgen@example.org", "first_name": "Jürgen", "last_name": "Groß-Müller", "organisation": "Jobcenter"},
    {"email": "nour@example.org", "first_name": "نور", "last_name": "الهدى", "organisation": "Elternverein"},
    {"email": "olek@example.org", "first_name": "Олександр", "last_name": "Петренко", "organisation": "IHK"},
    {"email": "oconnor@example.org", "first_name": "Siobhán", "last_name": "O'Connor, Dr.", "organisation": None},
    {"email": None, "first_name": "Ewa", "last_name": "Nowak", "organisation": "Nachbarschaftshilfe"},
]


def add_people(
    db_path: Path, slug: str, people: Sequence[Mapping[str, Any]] = PEOPLE, *, assign: bool = True
) -> dict[str, int]:
    """Store ``people`` at event ``slug`` (and put everyone into a session per round); returns ids by name."""
    db = open_db(db_path)
    try:
        event = event_store.event_by_slug(db, slug)
        rounds = event_store.rounds(db, event.id)
        sessions = event_store.sessions(db, event.id)
        ids = {}
        with transaction(db):
            for index, person in enumerate(people):
                fields = {"status": "registered", **person}
                participant_id = participant_store.insert_participant(db, event.id, fields)
                ids[f"{person.get('first_name')} {person.get('last_name')}"] = participant_id
                if not assign:
                    continue
                for round_ in rounds:
                    in_round = [s for s in sessions if s.round == round_.number]
                    if in_round:
                        session = in_round[(index + round_.number) % len(in_round)]
                        assignment_store.save_assignment(db, participant_id, round_.id, session.id, rank=1)
        return ids
    finally:
        db.close()
