"""Storage of workgroup assignments: who is in which session of each round."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlite_utils import Database

from konferenz_cli.models import Assignment

__all__ = ["assignments", "assignments_by_participant", "delete_assignments", "save_assignment"]


def assignments(db: Database, event_id: int) -> list[Assignment]:
    """Every assignment of the event, by round, topic and participant."""
    rows = db.execute(
        """
        SELECT a.participant_id, r.number, a.session_id, sd.topic_id, sd.topic, sd.room,
               a.rank, a.locked, a.source
        FROM assignments a
        JOIN rounds r ON r.id = a.round_id
        JOIN session_details sd ON sd.session_id = a.session_id
        JOIN participants p ON p.id = a.participant_id
        WHERE p.event_id = ?
        ORDER BY r.number, sd.topic_number, a.participant_id
        """,
        [event_id],
    ).fetchall()
    return [
        Assignment(
            participant_id=participant_id,
            round=number,
            session_id=session_id,
            topic_id=topic_id,
            topic=topic,
            room=room,
            rank=rank,
            locked=bool(locked),
            source=source,
        )
        for participant_id, number, session_id, topic_id, topic, room, rank, locked, source in rows
    ]


def assignments_by_participant(db: Database, event_id: int) -> dict[int, list[Assignment]]:
    """Each participant's assignments, by round."""
    grouped: dict[int, list[Assignment]] = defaultdict(list)
    for assignment in assignments(db, event_id):
        grouped[assignment.participant_id].append(assignment)
    for rows in grouped.values():
        rows.sort(key=lambda a: a.round)
    return grouped


def save_assignment(
    db: Database,
    participant_id: int,
    round_id: int,
    session_id: int,
    *,
    rank: int | None,
    locked: bool = False,
    source: str = "solver",
) -> None:
    """Put a participant into a session for a round, replacing what they had in that round."""
    db.execute(
        """
        INSERT INTO assignments (participant_id, round_id, session_id, rank, locked, source, assigned_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (participant_id, round_id) DO UPDATE SET
            session_id = excluded.session_id, rank = excluded.rank, locked = excluded.locked,
            source = excluded.source, assigned_at = excluded.assigned_at
        """,
        [
            participant_id,
            round_id,
            session_id,
            rank,
            int(locked),
            source,
            dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        ],
    )


def delete_assignments(db: Database, event_id: int, *, keep_locked: bool = True) -> None:
    """Remove the event's assignments (the locked ones stay unless ``keep_locked`` is False)."""
    condition = " AND locked = 0" if keep_locked else ""
    db.execute(
        f"DELETE FROM assignments WHERE participant_id IN (SELECT id FROM participants WHERE event_id = ?){condition}",
        [event_id],
    )
