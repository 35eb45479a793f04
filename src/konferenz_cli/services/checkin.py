"""Check-in on the day: find a person as the door staff types them, note their arrival, undo it.

A query is a badge number ("17" or "#17"), an e-mail address, or a fragment
of a name ("muller", "Jörg M"). Arrivals are kept per event day in the
``attendance`` table; a person checked in on any day has the status
``attended``. Walk-ins are registered on the spot and checked in at once.
A ticked sign-in list (the XLSX that ``konferenz lists signin`` writes) can be
read back afterwards.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from konferenz_cli.db import attendance as attendance_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError, ValidationError, not_a_readable_file
from konferenz_cli.models import Event, Participant
from konferenz_cli.services.textmatch import fold, is_tick, matches_all, split_name
from konferenz_cli.values import is_valid_email, parse_date, typed_text

__all__ = [
    "CheckIn",
    "ListImport",
    "check_in",
    "event_day",
    "find_participants",
    "import_ticked_list",
    "now_iso",
    "undo_check_in",
    "walk_in",
]

_BADGE = re.compile(r"^#?\s*(\d{1,6})$")


def now_iso() -> str:
    """The current instant, ISO 8601 with offset, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class CheckIn:
    """What a check-in did: who, which day, when, and whether they were already in."""

    participant: Participant
    day: dt.date
    at: str
    already: bool = False
    walk_in: bool = False


def event_day(event: Event, day: str | dt.date | None = None, today: dt.date | None = None) -> dt.date:
    """The event day a check-in counts for.

    The given ``day`` (which must be one of the event's days); else today if the
    event is on today; else the event's first day (a list entered afterwards).
    """
    if day is not None:
        chosen = parse_date(day, "--day")
        if chosen not in event.days:
            days = ", ".join(d.isoformat() for d in event.days)
            raise ValidationError("checkin.not_an_event_day", day=chosen.isoformat(), days=days)
        return chosen
    today = today or dt.datetime.now(event.zone).date()
    return today if today in event.days else event.date


def find_participants(db: Database, event: Event, query: str) -> list[Participant]:
    """Everyone at the event that ``query`` could mean, best matches only, sorted by surname.

    A badge number matches that badge alone; an e-mail address matches exactly
    (or as a fragment if nobody has exactly it); a name fragment matches every
    person whose name contains each word, accent- and case-insensitively. A
    person whose whole name is the query wins over those who merely contain it.
    """
    text = " ".join(query.split())
    if not text:
        return []
    people = [p for p in participant_store.participants(db, event.id) if not p.anonymised]
    badge = _BADGE.match(text)
    if badge:
        number = int(badge.group(1))
        return [p for p in people if p.badge_number == number]
    if "@" in text:
        address = text.lower()
        exact = [p for p in people if (p.email or "") == address]
        return exact or sorted((p for p in people if address in (p.email or "")), key=lambda p: p.sort_key)
    found = [p for p in people if matches_all(text, p.name)]
    whole = [p for p in found if fold(p.name) == fold(text) or fold(f"{p.last_name}, {p.first_name}") == fold(text)]
    return sorted(whole or found, key=lambda p: p.sort_key)


def check_in(
    db: Database,
    event: Event,
    participant: Participant,
    day: dt.date,
    *,
    at: str | None = None,
    source: str = "door",
) -> CheckIn:
    """Note the participant's arrival on ``day`` and mark them attended (nothing twice)."""
    stamp = at or now_iso()
    with transaction(db):
        added = attendance_store.record_arrival(db, participant.id, day, stamp, source)
        attendance_store.set_status(db, participant.id, "attended", stamp)
    if not added:
        stamp = next(at_ for d, at_, _ in attendance_store.arrivals(db, participant.id) if d == day)
    return CheckIn(participant_store.participant(db, participant.id), day, stamp, already=not added)


def undo_check_in(db: Database, participant: Participant, day: dt.date | None = None) -> int:
    """Forget the participant's arrival (on ``day`` or every day); returns how many were removed.

    Without any arrival left the person is "registered" again.
    """
    with transaction(db):
        removed = attendance_store.remove_arrivals(db, participant.id, day)
        if not attendance_store.arrivals(db, participant.id) and participant.status == "attended":
            attendance_store.set_status(db, participant.id, "registered", now_iso())
    return removed


def walk_in(
    db: Database,
    event: Event,
    name: str,
    day: dt.date,
    *,
    organisation: str | None = None,
    email: str | None = None,
    sector: str | None = None,
    source: str = "walk-in",
) -> CheckIn:
    """Register someone who came without registration and check them in at once.

    If the same person (same e-mail, or same name and organisation) is already
    registered, they are checked in instead of being registered twice.
    """
    first, last = split_name(name)
    if not last:
        raise ValidationError("checkin.walk_in_needs_name")
    address = (email or "").replace("\u00a0", " ").strip().lower() or None
    if address and not is_valid_email(address):
        raise ValidationError("value.bad_email", field="--email", value=address)
    organisation = typed_text(organisation or "").strip() or None
    key = participant_store.match_key(address, first, last, organisation)
    known = participant_store.find_by_match_key(db, event.id, key)
    if known is not None:
        return check_in(db, event, known, day, source=source)
    stamp = now_iso()
    with transaction(db):
        participant_id = participant_store.insert_participant(
            db,
            event.id,
            {
                "email": address,
                "first_name": first,
                "last_name": last,
                "organisation": organisation,
                "sector": typed_text(sector or "").strip() or None,
                "status": "attended",
                "registered_at": stamp,
                "late": True,
                "source_file": source,
            },
        )
        attendance_store.record_arrival(db, participant_id, day, stamp, source)
    return CheckIn(participant_store.participant(db, participant_id), day, stamp, walk_in=True)


# --- a ticked list read back ------------------------------------------------

_HEADERS = {
    "last_name": ("nachname", "familienname", "last name", "surname", "family name", "name"),
    "first_name": ("vorname", "first name", "given name"),
    "organisation": ("organisation", "organization", "einrichtung", "institution", "trager", "verein"),
    "email": ("e-mail", "email", "mail"),
    "tick": ("anwesend", "present", "attended", "teilgenommen", "eingecheckt", "checked in", "x"),
}


@dataclass
class ListImport:
    """What reading a ticked list did, row by row."""

    checked_in: list[CheckIn] = field(default_factory=list)
    walk_ins: list[CheckIn] = field(default_factory=list)
    already: list[CheckIn] = field(default_factory=list)
    problems: list[tuple[str, int, str, str]] = field(default_factory=list)  # sheet, row, name, message key
    unticked: int = 0


def import_ticked_list(db: Database, event: Event, path: Path, day: dt.date | None = None) -> ListImport:
    """Check in everyone ticked on the list in ``path`` (xlsx, xlsm or ods).

    Every sheet with a name column and a tick column is read. A sheet named
    after an event day (``2023-11-04``) counts for that day, others for ``day``.
    Pre-printed names are found again by name and organisation; hand-written
    rows for walk-ins become new participants.
    """
    report = ListImport()
    found_a_sheet = False
    for sheet_name, rows in _read_sheets(path):
        header_at, columns = _find_header(rows)
        if header_at is None:
            continue
        found_a_sheet = True
        sheet_day = _sheet_day(event, sheet_name) or day or event.date
        for offset, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
            _import_row(db, event, sheet_name, offset, row, columns, sheet_day, report)
    if not found_a_sheet:
        raise KonferenzError("checkin.list_no_header", path=str(path))
    return report


def _read_sheets(path: Path) -> list[tuple[str, list[list[Any]]]]:
    from python_calamine import CalamineError, CalamineWorkbook

    if not path.is_file():
        raise not_a_readable_file(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm", ".ods", ".xls"):
        raise KonferenzError("checkin.list_format", path=str(path))
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        return [(name, workbook.get_sheet_by_name(name).to_python()) for name in workbook.sheet_names]
    except (CalamineError, OSError, ValueError) as error:
        raise KonferenzError("file.unreadable", path=str(path), reason=str(error)) from None


def _header_kind(cell: Any) -> str | None:
    text = fold(str(cell or "")).replace("(x)", "").replace("(✓)", "").strip(" :")
    for kind, names in _HEADERS.items():
        if text in names:
            return kind
    return None


def _find_header(rows: Sequence[Sequence[Any]]) -> tuple[int | None, dict[str, int]]:
    for index, row in enumerate(rows[:30]):
        columns: dict[str, int] = {}
        for position, cell in enumerate(row):
            kind = _header_kind(cell)
            if kind and kind not in columns:
                columns[kind] = position
        if "last_name" in columns and "tick" in columns:
            return index, columns
    return None, {}


def _sheet_day(event: Event, sheet_name: str) -> dt.date | None:
    try:
        day = parse_date(sheet_name.strip())
    except ValidationError:
        return None
    return day if day in event.days else None


def _cell(row: Sequence[Any], position: int | None) -> str:
    if position is None or position >= len(row) or row[position] is None:
        return ""
    return " ".join(str(row[position]).split())


def _import_row(
    db: Database,
    event: Event,
    sheet: str,
    number: int,
    row: Sequence[Any],
    columns: dict[str, int],
    day: dt.date,
    report: ListImport,
) -> None:
    last = _cell(row, columns.get("last_name"))
    first = _cell(row, columns.get("first_name"))
    organisation = _cell(row, columns.get("organisation"))
    ticked = is_tick(row[columns["tick"]] if columns["tick"] < len(row) else None)
    name = " ".join(part for part in (first, last) if part)
    if not ticked:
        if name:
            report.unticked += 1
        return
    if not last:
        report.problems.append((sheet, number, "", "checkin.row_no_name"))
        return
    candidates = _same_person(db, event, first, last, organisation)
    if len(candidates) > 1:
        report.problems.append((sheet, number, name, "checkin.row_ambiguous"))
        return
    if candidates:
        done = check_in(db, event, candidates[0], day, source="list")
        (report.already if done.already else report.checked_in).append(done)
        return
    email = _cell(row, columns.get("email")) or None
    full_name = f"{last}, {first}" if first else last
    try:
        report.walk_ins.append(
            walk_in(db, event, full_name, day, organisation=organisation, email=email, source="list")
        )
    except ValidationError:
        report.problems.append((sheet, number, name, "checkin.row_bad_email"))


def _same_person(db: Database, event: Event, first: str, last: str, organisation: str) -> list[Participant]:
    people = [p for p in participant_store.participants(db, event.id) if not p.anonymised]
    same_name = [p for p in people if fold(p.last_name) == fold(last) and fold(p.first_name) == fold(first)]
    if len(same_name) > 1 and organisation:
        same_name = [p for p in same_name if fold(p.organisation) == fold(organisation)] or same_name
    return same_name
