"""Storage of sent and failed mail: the memory that keeps a mailing from reaching anyone twice.

One row per attempt. A recipient counts as reached for a mailing (``template``
holds the mailing's key) once a row with status ``sent`` exists; failed
attempts are kept for the report and retried by the next run.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

__all__ = ["failed_recipients", "log_entries", "record_attempt", "reached_recipients"]


def reached_recipients(db: Database, event_id: int, mailing: str) -> dict[str, str]:
    """Recipients (lower-cased addresses) the mailing has reached, with the time it did."""
    rows = db.execute(
        "SELECT recipient, MIN(sent_at) FROM mail_log WHERE event_id = ? AND template = ? AND status = 'sent' "
        "GROUP BY recipient",
        [event_id, mailing],
    )
    return {str(recipient): str(sent_at) for recipient, sent_at in rows}


def failed_recipients(db: Database, event_id: int, mailing: str) -> dict[str, str]:
    """Recipients whose last attempt failed and who have not been reached since, with the error."""
    rows = db.execute(
        """
        SELECT recipient, error FROM mail_log m
        WHERE event_id = ? AND template = ? AND status = 'failed'
          AND id = (SELECT MAX(id) FROM mail_log WHERE event_id = m.event_id AND template = m.template
                    AND recipient = m.recipient)
        """,
        [event_id, mailing],
    )
    return {recipient: error or "" for recipient, error in rows}


def record_attempt(
    db: Database,
    event_id: int,
    *,
    participant_id: int | None,
    mailing: str,
    recipient: str,
    message_id: str | None,
    status: str,
    error: str | None,
    at: str,
) -> None:
    """Store one attempt to send ``mailing`` to ``recipient`` (``status``: sent or failed)."""
    db.execute(
        "INSERT INTO mail_log (event_id, participant_id, template, recipient, message_id, status, error, sent_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [event_id, participant_id, mailing, recipient, message_id, status, error, at],
    )


def log_entries(db: Database, event_id: int, mailing: str | None = None) -> list[dict[str, Any]]:
    """The log of the event (optionally one mailing), oldest first."""
    sql = "SELECT template, recipient, status, error, message_id, sent_at FROM mail_log WHERE event_id = ?"
    params: list[Any] = [event_id]
    if mailing is not None:
        sql += " AND template = ?"
        params.append(mailing)
    cursor = db.execute(sql + " ORDER BY id", params)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
