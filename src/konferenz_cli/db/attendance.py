"""Storage of arrivals: who was checked in on which day of an event, when and how."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlite_utils import Database

__all__ = [
    "arrivals",
    "arrivals_by_participant",
    "attendance_count",
    "record_arrival",
    "remove_arrivals",
    "set_status",
]


def record_arrival(db: Database, participant_id: int, day: dt.date, at: str, source: str = "door") -> bool:
    """Note that the participant arrived on ``day`` at ``at`` (ISO instant).

    Returns False (and changes nothing) if they were already checked in that day.
    """
    cursor = db.execute(
        "INSERT OR IGNORE INTO attendance (participant_id, day, checked_in_at, source) VALUES (?, ?, ?, ?)",
        [participant_id, day.isoformat(), at, source],
    )
    return bool(cursor.rowcount)


def remove_arrivals(db: Database, participant_id: int, day: dt.date | None = None) -> int:
    """Forget the participant's arrival on ``day`` (on every day if None); returns how many were removed."""
    if day is None:
        cursor = db.execute("DELETE FROM attendance WHERE participant_id = ?", [participant_id])
    else:
        cursor = db.execute(
            "DELETE FROM attendance WHERE participant_id = ? AND day = ?", [participant_id, day.isoformat()]
        )
    return int(cursor.rowcount)


def arrivals(db: Database, participant_id: int) -> list[tuple[dt.date, str, str]]:
    """The participant's arrivals as (day, checked-in instant, source), earliest first."""
    rows = db.execute(
        "SELECT day, checked_in_at, source FROM attendance WHERE participant_id = ? ORDER BY day",
        [participant_id],
    ).fetchall()
    return [(dt.date.fromisoformat(day), at, source) for day, at, source in rows]


def arrivals_by_participant(db: Database, event_id: int) -> dict[int, dict[dt.date, str]]:
    """For each participant of the event who arrived: day -> checked-in instant."""
    rows = db.execute(
        """
        SELECT a.participant_id, a.day, a.checked_in_at
        FROM attendance a JOIN participants p ON p.id = a.participant_id
        WHERE p.event_id = ?
        ORDER BY a.participant_id, a.day
        """,
        [event_id],
    )
    found: dict[int, dict[dt.date, str]] = defaultdict(dict)
    for participant_id, day, at in rows:
        found[participant_id][dt.date.fromisoformat(day)] = at
    return dict(found)


def attendance_count(db: Database, event_id: int, day: dt.date | None = None) -> int:
    """How many people of the event were checked in (on ``day``, or on any day)."""
    sql = (
        "SELECT COUNT(DISTINCT a.participant_id) FROM attendance a "
        "JOIN participants p ON p.id = a.participant_id WHERE p.event_id = ?"
    )
    params: list[object] = [event_id]
    if day is not None:
        sql += " AND a.day = ?"
        params.append(day.isoformat())
    return int(db.execute(sql, params).fetchone()[0])


def set_status(db: Database, participant_id: int, status: str, at: str) -> None:
    """Set a participant's status (attended after check-in, registered after an undo)."""
    db.execute("UPDATE participants SET status = ?, updated_at = ? WHERE id = ?", [status, at, participant_id])
