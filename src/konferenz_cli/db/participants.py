"""Storage of participants and their ranked topic preferences.

A participant belongs to one event and is identified there by ``match_key``:
the lower-cased e-mail address, or for people registered without one (by
phone, on paper) their folded name and organisation. See :func:`match_key`.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from konferenz_cli.models import Participant

__all__ = [
    "PARTICIPANT_FIELDS",
    "delete_participant",
    "first_waitlisted",
    "import_state",
    "insert_many",
    "replace_preferences_many",
    "update_many",
    "find_by_email",
    "find_by_match_key",
    "insert_participant",
    "match_key",
    "next_badge_number",
    "participant",
    "participants",
    "preferences_by_participant",
    "set_preferences",
    "update_participant",
]

#: Columns of ``participants`` that callers may set.
PARTICIPANT_FIELDS = (
    "email",
    "title",
    "first_name",
    "last_name",
    "organisation",
    "organisation_type",
    "sector",
    "function",
    "phone",
    "diet",
    "accessibility",
    "interpreter_language",
    "notes",
    "follow_up",
    "newsletter",
    "newsletter_consent_at",
    "newsletter_withdrawn_at",
    "photo_consent",
    "list_consent",
    "workgroups_opt_out",
    "status",
    "registered_at",
    "late",
    "badge_number",
    "source_file",
    "source_row",
    "extra",
    "anonymised",
)

_BOOLEAN_FIELDS = {
    "follow_up",
    "newsletter",
    "photo_consent",
    "list_consent",
    "workgroups_opt_out",
    "late",
    "anonymised",
}


def _fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").strip())
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(without_marks.casefold().split())


def match_key(email: str | None, first_name: str | None, last_name: str | None, organisation: str | None) -> str:
    """The key that makes two registrations the same person within an event.

    The e-mail address when there is one (already normalised by the caller),
    else ``name:<first last>|<organisation>`` folded for case, accents and spaces.
    """
    if email:
        return email
    return f"name:{_fold(first_name)} {_fold(last_name)}|{_fold(organisation)}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _row(fields: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in PARTICIPANT_FIELDS:
            raise KeyError(f"participants has no column {key!r}")
        if key == "extra":
            row[key] = json.dumps(dict(value or {}), ensure_ascii=False, sort_keys=True)
        elif key in _BOOLEAN_FIELDS and value is not None:
            row[key] = int(bool(value))
        else:
            row[key] = value
    return row


def insert_participant(db: Database, event_id: int, fields: Mapping[str, Any]) -> int:
    """Store a new participant; returns the id. ``match_key`` is derived from the fields."""
    row = _row(fields)
    stamp = _now()
    row.update(
        event_id=event_id,
        match_key=match_key(row.get("email"), row.get("first_name"), row.get("last_name"), row.get("organisation")),
        created_at=stamp,
        updated_at=stamp,
    )
    last_pk = db.table("participants").insert(row).last_pk
    assert last_pk is not None
    return int(last_pk)


def update_participant(db: Database, participant_id: int, fields: Mapping[str, Any]) -> None:
    """Change the given fields of a participant (``match_key`` follows e-mail and name)."""
    row = _row(fields)
    if not row:
        return
    current = participant(db, participant_id)
    merged = {
        "email": current.email,
        "first_name": current.first_name,
        "last_name": current.last_name,
        "organisation": current.organisation,
        **{k: row[k] for k in ("email", "first_name", "last_name", "organisation") if k in row},
    }
    row["match_key"] = match_key(merged["email"], merged["first_name"], merged["last_name"], merged["organisation"])
    row["updated_at"] = _now()
    db.table("participants").update(participant_id, row)


def delete_participant(db: Database, participant_id: int) -> None:
    """Remove a participant with preferences, assignments, attendance and mail log."""
    db.execute("DELETE FROM participants WHERE id = ?", [participant_id])


def set_preferences(db: Database, participant_id: int, topic_ids: Sequence[int]) -> None:
    """Replace a participant's wishes with ``topic_ids``, best first (duplicates dropped)."""
    db.execute("DELETE FROM preferences WHERE participant_id = ?", [participant_id])
    seen: list[int] = []
    for topic_id in topic_ids:
        if topic_id not in seen:
            seen.append(topic_id)
    db.table("preferences").insert_all(
        [{"participant_id": participant_id, "rank": rank, "topic_id": tid} for rank, tid in enumerate(seen, start=1)]
    )


def preferences_by_participant(db: Database, event_id: int) -> dict[int, list[tuple[int, str]]]:
    """Every participant's wishes as (topic id, topic name), best first."""
    rows = db.execute(
        """
        SELECT p.participant_id, p.topic_id, t.name
        FROM preferences p
        JOIN topics t ON t.id = p.topic_id
        JOIN participants pa ON pa.id = p.participant_id
        WHERE pa.event_id = ?
        ORDER BY p.participant_id, p.rank
        """,
        [event_id],
    )
    wishes: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for participant_id, topic_id, name in rows:
        wishes[participant_id].append((topic_id, name))
    return wishes


def _participant(row: Mapping[str, Any], wishes: Sequence[tuple[int, str]]) -> Participant:
    values = {key: row[key] for key in PARTICIPANT_FIELDS}
    for key in _BOOLEAN_FIELDS:
        if values[key] is not None:
            values[key] = bool(values[key])
    values["extra"] = json.loads(values["extra"] or "{}")
    return Participant(
        id=row["id"],
        event_id=row["event_id"],
        preferences=tuple(name for _, name in wishes),
        preference_topic_ids=tuple(topic_id for topic_id, _ in wishes),
        **values,
    )


def _select(db: Database, where: str, params: Iterable[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT * FROM participants WHERE {where}", list(params))
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def participants(db: Database, event_id: int, statuses: Iterable[str] | None = None) -> list[Participant]:
    """The event's participants (optionally only those with one of ``statuses``), by id."""
    where = "event_id = ?"
    params: list[Any] = [event_id]
    wanted = list(statuses or [])
    if wanted:
        where += f" AND status IN ({', '.join('?' for _ in wanted)})"
        params.extend(wanted)
    rows = _select(db, where + " ORDER BY id", params)
    wishes = preferences_by_participant(db, event_id)
    return [_participant(row, wishes.get(row["id"], [])) for row in rows]


def participant(db: Database, participant_id: int) -> Participant:
    """One participant by id (raises ``LookupError`` if there is none)."""
    rows = _select(db, "id = ?", [participant_id])
    if not rows:
        raise LookupError(participant_id)
    wishes = db.execute(
        "SELECT p.topic_id, t.name FROM preferences p JOIN topics t ON t.id = p.topic_id "
        "WHERE p.participant_id = ? ORDER BY p.rank",
        [participant_id],
    ).fetchall()
    return _participant(rows[0], [(topic_id, name) for topic_id, name in wishes])


def find_by_match_key(db: Database, event_id: int, key: str) -> Participant | None:
    """The participant with ``key`` at the event, or None."""
    rows = _select(db, "event_id = ? AND match_key = ?", [event_id, key])
    return participant(db, rows[0]["id"]) if rows else None


def find_by_email(db: Database, event_id: int, email: str) -> Participant | None:
    """The participant with this e-mail address (compared lower-cased) at the event, or None."""
    rows = _select(db, "event_id = ? AND email = ?", [event_id, email.strip().lower()])
    return participant(db, rows[0]["id"]) if rows else None


def next_badge_number(db: Database, event_id: int) -> int:
    """The next free badge number of the event (1, 2, ...)."""
    row = db.execute(
        "SELECT COALESCE(MAX(badge_number), 0) + 1 FROM participants WHERE event_id = ?", [event_id]
    ).fetchone()
    return int(row[0])


# --- bulk access for imports ------------------------------------------------------

_STATE_COLUMNS = ("id", "match_key", *PARTICIPANT_FIELDS)


def import_state(db: Database, event_id: int) -> list[dict[str, Any]]:
    """Every participant of the event as stored (raw column values), with ``preferences`` (topic ids, best first).

    Two queries for the whole event, so an import compares against it without a
    query per row.
    """
    cursor = db.execute(
        f"SELECT {', '.join(_STATE_COLUMNS)} FROM participants WHERE event_id = ? ORDER BY id", [event_id]
    )
    rows = [dict(zip(_STATE_COLUMNS, values, strict=True)) for values in cursor.fetchall()]
    wishes: dict[int, list[int]] = defaultdict(list)
    for participant_id, topic_id in db.execute(
        """
        SELECT p.participant_id, p.topic_id FROM preferences p
        JOIN participants pa ON pa.id = p.participant_id
        WHERE pa.event_id = ? ORDER BY p.participant_id, p.rank
        """,
        [event_id],
    ):
        wishes[participant_id].append(topic_id)
    for row in rows:
        row["preferences"] = tuple(wishes.get(row["id"], ()))
    return rows


_encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_quote = json.encoder.encode_basestring


def _encode_extra(extra: Mapping[str, Any]) -> str:
    """``extra`` as JSON, the same text as ``json.dumps(extra, ensure_ascii=False, sort_keys=True)``.

    Imports store one such object per row; for the usual flat text-to-text
    mapping joining quoted strings is several times faster than the encoder.
    """
    if not extra:
        return "{}"
    if all(type(key) is str and type(value) is str for key, value in extra.items()):
        return "{" + ", ".join(f"{_quote(key)}: {_quote(extra[key])}" for key in sorted(extra)) + "}"
    return _encoder.encode(dict(extra))


_NOT_NULL_DEFAULTS: dict[str, Any] = {
    "status": "registered",
    "late": 0,
    "list_consent": 1,
    "workgroups_opt_out": 0,
    "anonymised": 0,
    "extra": "{}",
}


def insert_many(db: Database, event_id: int, rows: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Store many new participants in one statement; returns their ids by ``match_key``.

    Each row carries ``match_key`` and any of :data:`PARTICIPANT_FIELDS`
    (booleans as bool, ``extra`` as a mapping). Only the columns some row sets
    are bound, since binding parameters is most of the cost of an insert.
    """
    if not rows:
        return {}
    present: set[str] = set()
    for row in rows:
        present.update(row)
    unknown = present - {"match_key", *PARTICIPANT_FIELDS}
    if unknown:
        raise KeyError(f"participants has no column {sorted(unknown)!r}")
    columns = [name for name in PARTICIPANT_FIELDS if name in present]
    defaults = [(index, _NOT_NULL_DEFAULTS[name]) for index, name in enumerate(columns) if name in _NOT_NULL_DEFAULTS]
    extra_at = columns.index("extra") if "extra" in present else -1
    stamp = _now()
    names = ("event_id", "match_key", *columns, "created_at", "updated_at")
    sql = f"INSERT INTO participants ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"

    def values(row: Mapping[str, Any]) -> list[Any]:
        get = row.get
        result = [get(name) for name in columns]
        for index, default in defaults:
            if result[index] is None:
                result[index] = default
        extra = result[extra_at] if extra_at >= 0 else None
        if extra is not None and not isinstance(extra, str):
            result[extra_at] = _encode_extra(extra)
        return [event_id, row["match_key"], *result, stamp, stamp]

    # New rows get ids above the current maximum (INTEGER PRIMARY KEY without gaps
    # reused); inside the import's write transaction nobody else inserts.
    before = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM participants").fetchone()[0])
    db.conn.executemany(sql, map(values, rows))
    cursor = db.execute("SELECT match_key, id FROM participants WHERE id > ? AND event_id = ?", [before, event_id])
    return {key: int(pid) for key, pid in cursor.fetchall()}


def update_many(db: Database, changes: Sequence[tuple[int, Mapping[str, Any]]]) -> None:
    """Change the given fields of many participants (``match_key`` may be among them).

    Rows changing the same set of columns share one prepared statement.
    """
    stamp = _now()
    groups: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for participant_id, fields in changes:
        stored = _row({k: v for k, v in fields.items() if k != "match_key"})
        if "match_key" in fields:
            stored["match_key"] = fields["match_key"]
        columns = tuple(sorted(stored))
        groups[columns].append([*(stored[c] for c in columns), stamp, participant_id])
    for columns, params in groups.items():
        assignments = ", ".join(f"{column} = ?" for column in (*columns, "updated_at"))
        db.conn.executemany(f"UPDATE participants SET {assignments} WHERE id = ?", params)


def replace_preferences_many(db: Database, wishes: Mapping[int, Sequence[int]], *, new: bool = False) -> None:
    """Replace the wishes of many participants at once (topic ids best first, duplicates dropped).

    ``new=True`` says the participants have no wishes stored yet (just inserted),
    which saves deleting them first.
    """
    if not wishes:
        return
    if not new:
        db.conn.executemany("DELETE FROM preferences WHERE participant_id = ?", ([pid] for pid in wishes))
    rows = []
    for participant_id, topic_ids in wishes.items():
        for rank, topic_id in enumerate(dict.fromkeys(topic_ids), start=1):
            rows.append((participant_id, rank, topic_id))
    db.conn.executemany("INSERT INTO preferences (participant_id, rank, topic_id) VALUES (?, ?, ?)", rows)


def first_waitlisted(db: Database, event_id: int) -> Participant | None:
    """The participant longest on the waiting list (by registration time, then by id), or None."""
    row = db.execute(
        """
        SELECT id FROM participants WHERE event_id = ? AND status = 'waitlisted'
        ORDER BY registered_at IS NULL, registered_at, id LIMIT 1
        """,
        [event_id],
    ).fetchone()
    return participant(db, int(row[0])) if row else None
