"""An event with a few participants, wishes, assignments, attendance and mail, stored directly."""

from __future__ import annotations

from pathlib import Path

import pytest

from konferenz_cli.db import assignments, events, participants
from konferenz_cli.db.connection import open_db, transaction
from tests.conftest import EXAMPLES

PEOPLE = [
    {
        "email": "samira.yousefi@example.org",
        "first_name": "Samira",
        "last_name": "Yousefi",
        "organisation": "Jobcenter",
        "sector": "Verwaltung",
        "phone": "0151 2345678",
        "extra": {"Anmerkung": "bringt Dolmetscherin mit"},
        "newsletter": True,
        "newsletter_consent_at": "2023-10-01T10:00:00+00:00",
    },
    {
        "email": "zoltan.kertesz@example.org",
        "first_name": "Zoltán",
        "last_name": "Kertész",
        "organisation": "IHK",
        "sector": "Wirtschaft",
    },
    {
        "first_name": "Oleksandr",
        "last_name": "Petrenko-Quasthoff",
        "organisation": "Ausländerbeirat",
        "sector": "Zivilgesellschaft",
    },
]


@pytest.fixture
def populated(cli, db_path: Path) -> Path:
    """The Eschwege example with three participants, each with wishes, an assignment and a check-in."""
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    assert cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml")).exit_code == 0
    db = open_db(db_path)
    event = events.event_by_slug(db, "ik-eschwege-2023")
    other = events.event_by_slug(db, "ik-hoexter-2017")
    topics = events.topics(db, event.id)
    rounds = events.rounds(db, event.id)
    sessions = events.sessions(db, event.id)
    with transaction(db):
        for index, person in enumerate(PEOPLE):
            pid = participants.insert_participant(db, event.id, person)
            participants.set_preferences(db, pid, [topics[index].id, topics[(index + 1) % 3].id])
            first_round = next(s for s in sessions if s.round == 1 and s.topic_id == topics[index].id)
            assignments.save_assignment(db, pid, rounds[0].id, first_round.id, rank=1)
            db.execute(
                "INSERT INTO attendance (participant_id, day, checked_in_at) VALUES (?, '2023-11-04', "
                "'2023-11-04T09:50:00+01:00')",
                [pid],
            )
            if person.get("email"):
                db.execute(
                    "INSERT INTO mail_log (event_id, participant_id, template, recipient, status, sent_at) "
                    "VALUES (?, ?, 'invitation', ?, 'sent', '2023-10-02T08:00:00+00:00')",
                    [event.id, pid, person["email"]],
                )
        participants.insert_participant(db, other.id, dict(PEOPLE[0]))
        db.execute(
            "INSERT INTO assignment_runs (event_id, created_at, objective, summary) VALUES (?, 'x', 'fair', ?)",
            [event.id, '{"unhappy": ["samira.yousefi@example.org"], "first_choices": 3}'],
        )
    db.close()
    return db_path
