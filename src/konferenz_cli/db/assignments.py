"""Storage of workgroup assignments: who is in which session of each round."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from konferenz_cli.models import Assignment

__all__ = [
    "assignments",
    "assignments_by_participant",
    "delete_assignment",
    "delete_assignments",
    "delete_participants_assignments",
    "latest_run",
    "record_run",
    "runs",
    "save_assignment",
    "save_assignments",
    "set_locked",
]


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


def save_assignments(db: Database, rows: Iterable[Mapping[str, Any]], *, source: str = "solver") -> None:
    """Store many assignments at once (keys: participant_id, round_id, session_id, rank, locked), replacing
    what those participants had in those rounds."""
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    db.conn.executemany(
        """
        INSERT INTO assignments (participant_id, round_id, session_id, rank, locked, source, assigned_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (participant_id, round_id) DO UPDATE SET
            session_id = excluded.session_id, rank = excluded.rank, locked = excluded.locked,
            source = excluded.source, assigned_at = excluded.assigned_at
        """,
        [
            (row["participant_id"], row["round_id"], row["session_id"], row["rank"], int(row["locked"]), source, stamp)
            for row in rows
        ],
    )


def delete_assignments(db: Database, event_id: int, *, keep_locked: bool = True) -> None:
    """Remove the event's assignments (the locked ones stay unless ``keep_locked`` is False)."""
    condition = " AND locked = 0" if keep_locked else ""
    db.execute(
        f"DELETE FROM assignments WHERE participant_id IN (SELECT id FROM participants WHERE event_id = ?){condition}",
        [event_id],
    )


def delete_assignment(db: Database, participant_id: int, round_id: int) -> None:
    """Remove one participant's assignment in one round."""
    db.execute("DELETE FROM assignments WHERE participant_id = ? AND round_id = ?", [participant_id, round_id])


def delete_participants_assignments(db: Database, participant_ids: Iterable[int]) -> None:
    """Remove every assignment (locked ones too) of the given participants."""
    ids = list(participant_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        db.execute(
            f"DELETE FROM assignments WHERE participant_id IN ({', '.join('?' for _ in chunk)})",
            chunk,
        )


def set_locked(
    db: Database, event_id: int, locked: bool, participant_id: int | None = None, round_id: int | None = None
) -> int:
    """Lock or unlock the event's assignments (of one participant, of one round); returns how many changed."""
    sql = (
        "UPDATE assignments SET locked = ? WHERE locked != ? "
        "AND participant_id IN (SELECT id FROM participants WHERE event_id = ?)"
    )
    params: list[Any] = [int(locked), int(locked), event_id]
    if participant_id is not None:
        sql += " AND participant_id = ?"
        params.append(participant_id)
    if round_id is not None:
        sql += " AND round_id = ?"
        params.append(round_id)
    return int(db.execute(sql, params).rowcount)


def record_run(
    db: Database,
    event_id: int,
    *,
    objective: str,
    value: float | None,
    bound: float | None,
    proven_optimal: bool,
    solve_seconds: float,
    summary: Mapping[str, Any],
) -> int:
    """Remember one assignment run with its certificate and summary; returns its id."""
    last_pk = (
        db.table("assignment_runs")
        .insert(
            {
                "event_id": event_id,
                "created_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
                "objective": objective,
                "value": value,
                "bound": bound,
                "proven_optimal": int(proven_optimal),
                "solve_seconds": solve_seconds,
                "summary": json.dumps(summary, ensure_ascii=False, sort_keys=True),
            }
        )
        .last_pk
    )
    assert last_pk is not None
    return int(last_pk)


def runs(db: Database, event_id: int) -> list[dict[str, Any]]:
    """The event's assignment runs, newest first, with the summary decoded."""
    cursor = db.execute(
        "SELECT id, created_at, objective, value, bound, proven_optimal, solve_seconds, summary "
        "FROM assignment_runs WHERE event_id = ? ORDER BY id DESC",
        [event_id],
    )
    columns = [column[0] for column in cursor.description]
    rows = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        row["proven_optimal"] = bool(row["proven_optimal"])
        row["summary"] = json.loads(row["summary"] or "{}")
    return rows


def latest_run(db: Database, event_id: int) -> dict[str, Any] | None:
    """The event's most recent assignment run, or None."""
    found = runs(db, event_id)
    return found[0] if found else None
