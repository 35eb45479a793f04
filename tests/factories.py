"""Test data: an example event with participants, wishes, assignments and arrivals.

Used by the tests of check-in, lists and reports, and by ``bench/report_bench.py``.
Everyone here is invented.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlite_utils import Database

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.models import Event

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

FIRST = [
    "Amina",
    "Jörg",
    "Oleksandr",
    "Leyla",
    "Hanna",
    "Selim",
    "Maria",
    "Tobias",
    "Fatemeh",
    "Ursula",
    "Yusuf",
    "Zoë",
]
LAST = ["Müller", "Haddad", "Petrenko", "Demir", "Schmidt", "Kaya", "Nguyen", "von der Heide", "Rahimi", "Weiß", "حداد"]
ORGS = ["Jobcenter Werra-Meißner", "Caritas", "IHK Kassel-Marburg", "Kreisstadt Eschwege", "Willkommen e. V.", "AWO"]
SECTORS = ["Verwaltung", "Wirtschaft", "Zivilgesellschaft", "Ehrenamt", "Menschen mit Fluchtgeschichte"]
TYPES = ["Behörde", "Unternehmen", "Verein", "Wohlfahrtsverband", None]


def create_example(db: Database, name: str = "eschwege-2023.toml") -> Event:
    """Create an example event from ``examples/``."""
    from konferenz_cli.services.event_file import load_event_file
    from konferenz_cli.services.events import create_event

    return create_event(db, load_event_file(EXAMPLES / name))


def add_participant(db: Database, event: Event, **fields: object) -> int:
    """Store one participant (inside its own transaction); returns the id."""
    with transaction(db):
        return participant_store.insert_participant(db, event.id, fields)


def populate(
    db: Database, event: Event, count: int, *, seed: int = 7, consent_share: float = 0.9, assign: bool = True
) -> list[int]:
    """Add ``count`` participants with three ranked wishes each and (``assign``) a session per round.

    Round r gets the person's r-th wish, so ranks are known; about one in ten
    has not agreed to be listed.
    """
    generator = random.Random(seed)
    topics = event_store.topics(db, event.id)
    rounds = event_store.rounds(db, event.id)
    sessions = {(s.topic_id, s.round): s.id for s in event_store.sessions(db, event.id)}
    ids = []
    with transaction(db):
        for number in range(count):
            first, last = generator.choice(FIRST), generator.choice(LAST)
            participant_id = participant_store.insert_participant(
                db,
                event.id,
                {
                    "email": f"person{number}@example.org",
                    "first_name": first,
                    "last_name": f"{last}{'' if number < len(LAST) else ' ' + str(number)}",
                    "organisation": generator.choice(ORGS),
                    "organisation_type": generator.choice(TYPES),
                    "sector": generator.choice(SECTORS),
                    "follow_up": generator.random() < 0.3,
                    "newsletter": generator.random() < 0.5,
                    "list_consent": generator.random() < consent_share,
                    "status": "registered",
                },
            )
            wishes = [topic.id for topic in generator.sample(topics, k=min(3, len(topics)))]
            participant_store.set_preferences(db, participant_id, wishes)
            if assign:
                for round_ in rounds:
                    topic_id = wishes[(round_.number - 1) % len(wishes)]
                    assignment_store.save_assignment(
                        db,
                        participant_id,
                        round_.id,
                        sessions[(topic_id, round_.number)],
                        rank=wishes.index(topic_id) + 1,
                    )
            ids.append(participant_id)
    return ids
