"""Storage side of data protection: finding, exporting, deleting and anonymising one person's data.

Deleting is only half of forgetting: SQLite keeps old page contents in the
write-ahead log and in free pages. :func:`compact` checkpoints the log, rebuilds
the file with VACUUM and truncates the log again, so that the bytes of a
forgotten person are gone from the database file and its companions.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

__all__ = [
    "PERSONAL_COLUMNS",
    "anonymise_participants",
    "compact",
    "delete_people",
    "find_people",
    "person_record",
    "personal_row_count",
    "programme_mentions",
    "scrub_text_columns",
    "withdraw_newsletter",
]

#: Participant columns that identify a person or describe them individually; purged events keep the rest
#: (status, sector, organisation type, follow-up, attendance, wishes and assignments) for the statistics.
PERSONAL_COLUMNS = (
    "email",
    "title",
    "first_name",
    "last_name",
    "organisation",
    "function",
    "phone",
    "diet",
    "accessibility",
    "interpreter_language",
    "notes",
    "photo_consent",
    "badge_number",
    "source_file",
    "source_row",
    "newsletter_consent_at",
    "newsletter_withdrawn_at",
)


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


def find_people(db: Database, email: str | None = None, name: str | None = None) -> list[dict[str, Any]]:
    """Every participant row, in every event, with this e-mail address or this full name."""
    if email:
        return _rows(
            db,
            "SELECT p.*, e.slug AS event_slug, e.title AS event_title FROM participants p "
            "JOIN events e ON e.id = p.event_id WHERE p.email = ? ORDER BY e.date, p.id",
            [email.strip().lower()],
        )
    wanted = _fold(name)
    candidates = _rows(
        db,
        "SELECT p.*, e.slug AS event_slug, e.title AS event_title FROM participants p "
        "JOIN events e ON e.id = p.event_id WHERE p.anonymised = 0 ORDER BY e.date, p.id",
    )
    return [
        row for row in candidates if wanted and _fold(f"{row['first_name'] or ''} {row['last_name'] or ''}") == wanted
    ]


def person_record(db: Database, people: Sequence[dict[str, Any]], email: str | None) -> dict[str, Any]:
    """Everything stored about the person: registrations with wishes, assignments, attendance and mail."""
    registrations = []
    for person in people:
        participant_id = person["id"]
        record = {key: value for key, value in person.items() if key not in ("match_key", "anonymised")}
        record["extra"] = json.loads(person["extra"] or "{}")
        record["preferences"] = [
            row["topic"]
            for row in _rows(
                db,
                "SELECT t.name AS topic FROM preferences p JOIN topics t ON t.id = p.topic_id "
                "WHERE p.participant_id = ? ORDER BY p.rank",
                [participant_id],
            )
        ]
        record["assignments"] = _rows(
            db,
            "SELECT r.number AS round, sd.topic, sd.room, a.rank, a.locked, a.assigned_at FROM assignments a "
            "JOIN rounds r ON r.id = a.round_id JOIN session_details sd ON sd.session_id = a.session_id "
            "WHERE a.participant_id = ? ORDER BY r.number",
            [participant_id],
        )
        record["attendance"] = _rows(
            db,
            "SELECT day, checked_in_at, source FROM attendance WHERE participant_id = ? ORDER BY day",
            [participant_id],
        )
        registrations.append(record)
    mail = _rows(
        db,
        "SELECT m.template, m.recipient, m.status, m.sent_at, m.error, e.slug AS event_slug FROM mail_log m "
        "JOIN events e ON e.id = m.event_id WHERE m.participant_id IN ({ids}) OR m.recipient = ? "
        "ORDER BY m.sent_at".format(ids=", ".join(str(int(p["id"])) for p in people) or "NULL"),
        [email or ""],
    )
    return {"registrations": registrations, "mail": mail}


def programme_mentions(db: Database, full_name: str) -> list[dict[str, Any]]:
    """Agenda items and topics that name the person as speaker or facilitator (public roles)."""
    wanted = _fold(full_name)
    if not wanted:
        return []
    mentions = []
    for row in _rows(
        db, "SELECT a.id, a.title, a.speakers, e.slug FROM agenda_items a JOIN events e ON e.id = a.event_id"
    ):
        if any(wanted in _fold(speaker) for speaker in json.loads(row["speakers"] or "[]")):
            mentions.append({"event_slug": row["slug"], "kind": "agenda", "title": row["title"]})
    for row in _rows(db, "SELECT t.name, t.facilitators, e.slug FROM topics t JOIN events e ON e.id = t.event_id"):
        if any(wanted in _fold(person) for person in json.loads(row["facilitators"] or "[]")):
            mentions.append({"event_slug": row["slug"], "kind": "topic", "title": row["name"]})
    return mentions


def delete_people(db: Database, participant_ids: Sequence[int], email: str | None) -> None:
    """Delete the participant rows (with wishes, assignments, attendance, mail log) and mail sent to ``email``."""
    for participant_id in participant_ids:
        db.execute("DELETE FROM mail_log WHERE participant_id = ?", [participant_id])
        db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
    if email:
        db.execute("DELETE FROM mail_log WHERE recipient = ?", [email])


def scrub_text_columns(db: Database, needles: Sequence[str]) -> None:
    """Replace the given strings in stored summaries (assignment runs) by a placeholder; counts stay."""
    needles = [needle for needle in needles if needle and len(needle) >= 3]
    if not needles:
        return
    for run_id, summary in db.execute("SELECT id, summary FROM assignment_runs").fetchall():
        cleaned = summary or ""
        for needle in needles:
            cleaned = cleaned.replace(needle, "–")
        if cleaned != summary:
            db.execute("UPDATE assignment_runs SET summary = ? WHERE id = ?", [cleaned, run_id])


def anonymise_participants(db: Database, event_id: int) -> int:
    """Remove the personal data of every participant of the event, keeping what the statistics need.

    Returns the number of participants anonymised. Rows keep status, sector,
    organisation type, follow-up, newsletter flag, wishes, assignments and
    attendance; their identifying columns and extra data are cleared, and the
    mail log of the event is deleted.
    """
    assignments = ", ".join(f"{column} = NULL" for column in PERSONAL_COLUMNS)
    cursor = db.execute(
        f"UPDATE participants SET {assignments}, extra = '{{}}', match_key = 'anonymised:' || id, "
        "anonymised = 1 WHERE event_id = ? AND anonymised = 0",
        [event_id],
    )
    db.execute("DELETE FROM mail_log WHERE event_id = ?", [event_id])
    db.execute(
        "UPDATE attendance SET source = 'anonymised' WHERE participant_id IN "
        "(SELECT id FROM participants WHERE event_id = ?)",
        [event_id],
    )
    return int(cursor.rowcount or 0)


def personal_row_count(db: Database, event_id: int) -> int:
    """How many participants of the event still carry personal data (are not anonymised)."""
    row = db.execute("SELECT COUNT(*) FROM participants WHERE event_id = ? AND anonymised = 0", [event_id]).fetchone()
    return int(row[0])


def withdraw_newsletter(db: Database, email: str, when: str) -> int:
    """Record a withdrawn newsletter consent for ``email`` in every event; returns the rows changed."""
    cursor = db.execute(
        "UPDATE participants SET newsletter = 0, newsletter_withdrawn_at = ? "
        "WHERE email = ? AND COALESCE(newsletter, 0) = 1",
        [when, email],
    )
    return int(cursor.rowcount or 0)


def compact(db: Database) -> None:
    """Write the log back, rebuild the file without free pages, and empty the log."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
