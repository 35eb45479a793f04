"""Remembered import mappings: how the columns of a form's export were mapped last time."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlite_utils import Database

from konferenz_cli.db.events import now_iso

__all__ = ["remember_mapping", "remembered_mapping"]


def remembered_mapping(db: Database, event_id: int, signature: str) -> dict[str, str] | None:
    """The heading -> field mapping last used at the event for a table with these headings, or None."""
    row = db.execute(
        "SELECT mapping FROM import_mappings WHERE event_id = ? AND header_signature = ?", [event_id, signature]
    ).fetchone()
    return dict(json.loads(row[0])) if row else None


def remember_mapping(db: Database, event_id: int, signature: str, spec: Mapping[str, str]) -> None:
    """Store the mapping used for a table with these headings, replacing an earlier one."""
    db.execute(
        """
        INSERT INTO import_mappings (event_id, header_signature, mapping, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (event_id, header_signature)
        DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at
        """,
        [event_id, signature, json.dumps(dict(spec), ensure_ascii=False, sort_keys=True), now_iso()],
    )
