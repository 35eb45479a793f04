"""Storage of workgroup results: per topic, or per topic in one round (a session)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from konferenz_cli.models import Result

__all__ = ["RESULT_FIELDS", "delete_result", "find_result", "results", "save_result"]

#: The headings a result has, in the order they are shown.
RESULT_FIELDS = ("works_well", "must_improve", "proposed_measures", "notes")

_SELECT = """
    SELECT r.id, r.event_id, r.topic_id, t.name AS topic, t.number AS topic_number, rd.number AS round,
           r.session_id, r.works_well, r.must_improve, r.proposed_measures, r.notes, r.source, r.updated_at
    FROM results r
    JOIN topics t ON t.id = r.topic_id
    LEFT JOIN sessions s ON s.id = r.session_id
    LEFT JOIN rounds rd ON rd.id = s.round_id
"""


def _result(row: tuple[Any, ...]) -> Result:
    (id_, event_id, topic_id, topic, _number, round_, session_id, works, improve, measures, notes, source, at) = row
    return Result(
        id=id_,
        event_id=event_id,
        topic_id=topic_id,
        topic=topic,
        round=round_,
        session_id=session_id,
        works_well=works,
        must_improve=improve,
        proposed_measures=measures,
        notes=notes,
        source=source,
        updated_at=at,
    )


def results(db: Database, event_id: int) -> list[Result]:
    """The event's results by topic, then round (the topic-wide result first)."""
    rows = db.execute(
        _SELECT + " WHERE r.event_id = ? ORDER BY t.number, COALESCE(rd.number, 0), r.id", [event_id]
    ).fetchall()
    return [_result(row) for row in rows]


def find_result(db: Database, event_id: int, topic_id: int, session_id: int | None) -> Result | None:
    """The result stored for this topic (and session, or the topic as a whole), or None."""
    condition = "r.session_id = ?" if session_id is not None else "r.session_id IS NULL"
    params: list[Any] = [event_id, topic_id] + ([session_id] if session_id is not None else [])
    row = db.execute(_SELECT + f" WHERE r.event_id = ? AND r.topic_id = ? AND {condition}", params).fetchone()
    return _result(row) if row else None


def save_result(
    db: Database,
    event_id: int,
    topic_id: int,
    session_id: int | None,
    texts: Mapping[str, str | None],
    *,
    source: str | None,
    at: str,
    replace: bool = False,
) -> int:
    """Store the texts of a result; returns its id.

    An existing result for the same topic and session gets the given headings
    (with ``replace`` every heading: those not given become empty).
    """
    unknown = set(texts) - set(RESULT_FIELDS)
    if unknown:
        raise KeyError(f"results has no column {sorted(unknown)[0]!r}")
    existing = find_result(db, event_id, topic_id, session_id)
    values: dict[str, Any] = dict(texts)
    if replace:
        values = {name: texts.get(name) for name in RESULT_FIELDS}
    values.update(source=source, updated_at=at)
    if existing is None:
        values.update(event_id=event_id, topic_id=topic_id, session_id=session_id, created_at=at)
        last_pk = db.table("results").insert(values).last_pk
        assert last_pk is not None
        return int(last_pk)
    db.table("results").update(existing.id, values)
    return existing.id


def delete_result(db: Database, result_id: int) -> None:
    """Remove one result."""
    db.execute("DELETE FROM results WHERE id = ?", [result_id])
