"""Storage of what each calendar entry looked like when it was last exported.

A calendar program recognises an entry by its UID and replaces its copy when
the ``SEQUENCE`` of a new copy is higher. ``ical_state`` keeps, per UID, a
fingerprint of the content last written and the sequence number it had, so a
re-export raises the sequence exactly when the content changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlite_utils import Database

__all__ = ["CalendarState", "load_states", "save_states"]

#: (fingerprint, sequence) of one UID.
CalendarState = tuple[str, int]


def load_states(db: Database, event_id: int) -> dict[str, CalendarState]:
    """Every stored UID of the event with its last fingerprint and sequence."""
    rows = db.execute("SELECT uid, fingerprint, sequence FROM ical_state WHERE event_id = ?", [event_id])
    return {uid: (fingerprint, int(sequence)) for uid, fingerprint, sequence in rows}


def save_states(db: Database, event_id: int, states: Iterable[tuple[str, str, int]]) -> None:
    """Store (uid, fingerprint, sequence) rows, replacing what the UIDs had."""
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    db.conn.executemany(
        """
        INSERT INTO ical_state (uid, event_id, fingerprint, sequence, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (uid) DO UPDATE SET
            event_id = excluded.event_id, fingerprint = excluded.fingerprint,
            sequence = excluded.sequence, updated_at = excluded.updated_at
        """,
        [(uid, event_id, fingerprint, sequence, stamp) for uid, fingerprint, sequence in states],
    )
