"""Importing registrations: a file in, participants stored, a report out.

The steps are those of the pretix and OpenSlides importers: read
and locate the table, decide the mapping (a mapping file, else the one
remembered for this form, else the guess), convert and check every row, merge
duplicates, compare with what the event already holds, and only then write –
all of it in one transaction, so an interrupted import leaves the database as
it was. ``dry_run`` stops before writing and reports what would happen.

Duplicates: the same person twice (same e-mail, or for people without one the
same name and organisation) is one participant; the later registration – by
the file's timestamp where it has one, else the later row or file – updates the
earlier one, filling in what it says and leaving the rest. A registration
older than the stored one changes nothing. Capacity: beyond the event's
seats, registrations go onto the waiting list in order of registration time;
people already holding a seat keep it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import heapq
import itertools
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from konferenz_cli.db import events as event_store
from konferenz_cli.db import imports as import_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import ConfigError, KonferenzError
from konferenz_cli.i18n import current_language, t
from konferenz_cli.importers.aliases import fold_header, match_alias
from konferenz_cli.importers.layout import Table, locate_table
from konferenz_cli.importers.mapping import (
    ColumnMapping,
    apply_overrides,
    guess_mapping,
    header_signature,
    mapping_from_spec,
    read_mapping_file,
    refine_by_content,
    topic_option,
)
from konferenz_cli.importers.readers import Cell, open_source
from konferenz_cli.importers.rows import Registration, Rejection, RowIssue, RowParser, Withdrawn
from konferenz_cli.importers.topics import TopicMatcher, TopicRef
from konferenz_cli.importers.values import clean_text
from konferenz_cli.models import Event

__all__ = ["ImportCounts", "ImportOptions", "ImportReport", "import_registrations", "rejects_path"]

ProgressCallback = Callable[[int, int | None], None]
_ACTIVE = ("registered", "attended")
_REJECTS_SUFFIX = {"de": ".abgelehnt", "en": ".rejected"}


@dataclass
class ImportOptions:
    """How to import: sheet, mapping file, encoding, and whether to write at all."""

    sheet: str | None = None
    mapping_file: Path | None = None
    encoding: str | None = None
    dry_run: bool = False
    strict: bool = False
    preview_rows: int = 5
    write_mapping: Path | None = None
    progress: ProgressCallback | None = None
    progress_every: int = 1000


@dataclass
class ImportCounts:
    """What the import did, by kind."""

    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    waitlisted: int = 0
    promoted: int = 0
    rejected: int = 0
    warnings: int = 0
    cancelled: int = 0
    incomplete: int = 0
    duplicates: int = 0
    late: int = 0
    cancelled_existing: int = 0


@dataclass
class ImportReport:
    """Everything an import found and did, for the command line to show."""

    path: Path
    kind: str
    headers: list[str]
    header_row: int
    mapping: ColumnMapping
    counts: ImportCounts
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    withdrawn: list[Withdrawn] = field(default_factory=list)
    preview: list[dict[str, Any]] = field(default_factory=list)
    footer_rows: list[int] = field(default_factory=list)
    rejects_file: Path | None = None
    rejects_unwritable: Path | None = None
    stored: bool = False
    dry_run: bool = False
    strict_blocked: bool = False
    samples: dict[int, list[str]] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    problem: tuple[str, dict[str, Any]] | None = None
    mapping_written: Path | None = None

    @property
    def accepted(self) -> int:
        """Valid registrations in the file (new, updated or unchanged)."""
        return self.counts.new + self.counts.updated + self.counts.unchanged

    @property
    def exit_code(self) -> int:
        """0 everything stored, 3 valid rows stored and others rejected, 1 nothing stored.

        A dry run stores nothing by design: it ends with 0 when the file could be
        imported (rejected rows are listed, not an error), 1 when nothing in it could.
        """
        if self.problem is not None:
            return 1
        if not self.rejected:
            return 0
        if self.strict_blocked or self.accepted == 0:
            return 1
        return 0 if self.dry_run else 3


def rejects_path(path: Path, language: str | None = None) -> Path:
    """Where the rejected rows of ``path`` go: ``anmeldungen.abgelehnt.xlsx`` next to it."""
    suffix = _REJECTS_SUFFIX[language or current_language()]
    stem = path.stem
    for known in _REJECTS_SUFFIX.values():
        if stem.endswith(known):
            stem = stem[: -len(known)]
    target = path.with_name(f"{stem}{suffix}.xlsx")
    return target if target != path else path.with_name(f"{stem}{suffix}-2.xlsx")


# --- the import ---------------------------------------------------------------------


def import_registrations(db: Database, event: Event, path: Path, options: ImportOptions | None = None) -> ImportReport:
    """Import the registrations in ``path`` into ``event`` (see the module docstring).

    Raises:
        KonferenzError: for a file that cannot be read as a table of registrations
            (empty, header only, no e-mail or name column, wrong sheet, bad mapping file).
    """
    options = options or ImportOptions()
    with _collector_paused():
        return _import(db, event, path, options)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: an import makes ~10 containers per row and frees
    none of them until it ends, so every collection would walk them all again for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(db: Database, event: Event, path: Path, options: ImportOptions) -> ImportReport:
    matcher = TopicMatcher([TopicRef(t.id, t.number, t.name) for t in event_store.topics(db, event.id)])
    source = open_source(path, sheet=options.sheet, encoding=options.encoding)
    table = locate_table(
        source, lambda text: match_alias(fold_header(text)) is not None or topic_option(text, matcher) is not None
    )
    sample = list(itertools.islice(table.rows, _SAMPLE_ROWS))
    table.rows = itertools.chain(sample, table.rows)
    mapping = _choose_mapping(db, event, table, matcher, options.mapping_file, sample)
    report = ImportReport(
        path=path,
        kind=source.kind,
        headers=table.headers,
        header_row=table.header_row,
        mapping=mapping,
        counts=ImportCounts(),
        sheet=source.sheet,
        encoding=source.encoding,
        delimiter=source.delimiter,
        footer_rows=table.footer_rows,
        dry_run=options.dry_run,
        samples=_samples(table.headers, sample),
        topics=[topic.name for topic in matcher.topics],
    )
    if not mapping.identifies_people():
        params: dict[str, Any] = {"path": path.name, "headers": ", ".join(table.headers) or "-"}
        _write_mapping_file(report, options.write_mapping, matcher)
        if not options.dry_run:
            raise KonferenzError("import.no_identity_column", **params)
        report.problem = ("import.no_identity_column", params)
        return report
    parser = RowParser(table.headers, mapping, matcher, event.zone, [cells for _, cells in sample])
    batch = _read_rows(table, parser, options)
    if not (batch.registrations or batch.rejected or batch.withdrawn):
        raise KonferenzError("import.header_only", path=path.name, row=table.header_row)
    report.counts.read, report.counts.duplicates = batch.read, batch.duplicates
    report.rejected, report.warnings, report.withdrawn = batch.rejected, parser.warnings, batch.withdrawn
    report.counts.rejected = len(batch.rejected)
    report.counts.warnings = len(parser.warnings)
    _write_mapping_file(report, options.write_mapping, matcher)
    report.strict_blocked = options.strict and bool(batch.rejected)
    if options.dry_run:
        report.preview = _preview(batch, _plan(db, event, batch, report, path), matcher, options.preview_rows)
        return report
    # Compare and write under one write lock, so that nobody changes the event in between.
    with transaction(db):
        plan = _plan(db, event, batch, report, path)
        report.preview = _preview(batch, plan, matcher, options.preview_rows)
        if not report.strict_blocked:
            _apply(db, event, plan)
            _remember(db, event, table, mapping)
            report.stored = True
    if batch.rejected:
        target = rejects_path(path)
        if _write_rejects(target, table, batch.rejected):
            report.rejects_file = target
        else:
            report.rejects_unwritable = target
    return report


_SAMPLE_ROWS = 100
_SAMPLE_VALUES = 3


def _samples(headers: list[str], rows: list[tuple[int, list[Cell]]]) -> dict[int, list[str]]:
    """Up to three different values of every column, for the organiser to recognise it by."""
    found: dict[int, list[str]] = {}
    for index in range(len(headers)):
        values: list[str] = []
        for _, cells in rows:
            text = clean_text(cells[index]) if index < len(cells) else ""
            if text and text not in values:
                values.append(text if len(text) <= 40 else text[:39] + "…")
                if len(values) == _SAMPLE_VALUES:
                    break
        found[index] = values
    return found


def _choose_mapping(
    db: Database,
    event: Event,
    table: Table,
    matcher: TopicMatcher,
    mapping_file: Path | None,
    sample: list[tuple[int, list[Cell]]],
) -> ColumnMapping:
    remembered = import_store.remembered_mapping(db, event.id, header_signature(table.headers))
    if remembered is not None:
        mapping = mapping_from_spec(table.headers, remembered, matcher, "remembered")
        mapping.notes = []
    else:
        mapping = refine_by_content(guess_mapping(table.headers, matcher), [cells for _, cells in sample], matcher)
    if mapping_file is not None:
        given = read_mapping_file(mapping_file)
        unknown = matcher.add_aliases(given.topics)
        if unknown:
            raise ConfigError(
                "import.mapping_unknown_topics",
                path=mapping_file.name,
                topics=", ".join(t("word.quoted", text=name) for name in unknown),
                known=", ".join(t("word.quoted", text=topic.name) for topic in matcher.topics) or "-",
            )
        mapping = apply_overrides(mapping, given.columns, matcher, "file")
    return mapping


def _write_mapping_file(report: ImportReport, target: Path | None, matcher: TopicMatcher) -> None:
    """Write the mapping as a ready-to-edit TOML file ("-": print it)."""
    if target is None:
        return
    from konferenz_cli.services.mapping_file import mapping_toml

    unknown = sorted({issue.params["wish"] for issue in report.warnings if issue.key == "import.warn.unknown_topic"})
    text = mapping_toml(report.path.name, report.mapping, report.samples, unknown, [t.name for t in matcher.topics])
    if str(target) == "-":
        sys.stdout.write(text)
        return
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        reason = error.strerror or str(error)
        raise KonferenzError("import.mapping_unwritable", path=str(target), reason=reason) from None
    report.mapping_written = target


def _remember(db: Database, event: Event, table: Table, mapping: ColumnMapping) -> None:
    signature = header_signature(table.headers)
    spec = mapping.as_spec()
    if import_store.remembered_mapping(db, event.id, signature) != spec:
        import_store.remember_mapping(db, event.id, signature, spec)


# --- reading and merging rows -------------------------------------------------------


@dataclass
class _Batch:
    registrations: dict[str, Registration] = field(default_factory=dict)
    rejected: list[Rejection] = field(default_factory=list)
    withdrawn: list[Withdrawn] = field(default_factory=list)
    read: int = 0
    duplicates: int = 0


def _name_key(reg: Registration | Withdrawn) -> str:
    fields = reg.fields
    return participant_store.match_key(
        None, fields.get("first_name"), fields.get("last_name"), fields.get("organisation")
    )


def _read_rows(table: Table, parser: RowParser, options: ImportOptions) -> _Batch:
    batch = _Batch()
    registrations = batch.registrations
    estimated = table.source.estimated_rows
    progress, every = options.progress, max(1, options.progress_every)
    booked: list[Registration] = []
    for number, cells in table.rows:
        batch.read += 1
        if progress is not None and batch.read % every == 0:
            progress(batch.read, estimated)
        outcome = parser.parse(number, cells)
        if outcome is None:
            continue
        if isinstance(outcome, Rejection):
            batch.rejected.append(outcome)
            continue
        if isinstance(outcome, Withdrawn):
            batch.withdrawn.append(outcome)
            continue
        if outcome.email is None and outcome.booker_email is not None:
            booked.append(outcome)  # decided once every position of its order is known
            continue
        key = outcome.email or _name_key(outcome)
        earlier = registrations.get(key)
        if earlier is not None:
            outcome = _merge(earlier, outcome)
            batch.duplicates += 1
        registrations[key] = outcome
    if progress is not None:
        progress(batch.read, batch.read)
    _adopt_booker_emails(batch, booked, parser.order_sizes)
    _merge_phone_registrations(batch)
    return batch


def _adopt_booker_emails(batch: _Batch, booked: list[Registration], order_sizes: Counter[str]) -> None:
    """An attendee without an e-mail of their own who is the only one in their order booked it
    themselves: the order's address is theirs (as pretix itself mails them). Attendees of larger
    orders were booked by someone else and are known by name."""
    for item in batch.withdrawn:
        if item.email is None and item.booker_email and item.order and order_sizes[item.order] == 1:
            item.email = item.booker_email
    registrations = batch.registrations
    for reg in booked:
        if reg.order and order_sizes[reg.order] == 1:
            reg.email = reg.booker_email
        key = reg.email or _name_key(reg)
        other = registrations.get(key)
        if other is not None:
            reg = _merge(other, reg) if other.row < reg.row else _merge(reg, other)
            batch.duplicates += 1
        registrations[key] = reg


def _merge_phone_registrations(batch: _Batch) -> None:
    """Join a registration without e-mail to the one person with the same name and organisation who gave one."""
    registrations = batch.registrations
    without_email = [key for key, reg in registrations.items() if reg.email is None]
    if not without_email:
        return
    by_name: dict[str, str | None] = {}
    for key, reg in registrations.items():
        if reg.email is not None:
            name_key = _name_key(reg)
            by_name[name_key] = None if name_key in by_name else key
    for name_key in without_email:
        email_key = by_name.get(name_key)
        if email_key is None:
            continue
        phone = registrations.pop(name_key)
        with_email = registrations[email_key]
        earlier, later = (phone, with_email) if phone.row < with_email.row else (with_email, phone)
        registrations[email_key] = _merge(earlier, later)
        batch.duplicates += 1


def _merge(earlier: Registration, later: Registration) -> Registration:
    """One registration from two of the same person: the later one's answers win, the earlier fill gaps."""
    if earlier.registered_at and later.registered_at and later.registered_at < earlier.registered_at:
        earlier, later = later, earlier
    return Registration(
        row=later.row,
        email=later.email or earlier.email,
        fields={**earlier.fields, **later.fields},
        preferences=later.preferences if later.preferences is not None else earlier.preferences,
        registered_at=later.registered_at or earlier.registered_at,
        extra={**earlier.extra, **later.extra},
    )


# --- comparing with the database -----------------------------------------------------


@dataclass
class _Plan:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    insert_wishes: dict[str, list[int]] = field(default_factory=dict)
    updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    update_wishes: dict[int, list[int]] = field(default_factory=dict)
    planned_status: dict[str, str] = field(default_factory=dict)


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _now(event: Event) -> str:
    return dt.datetime.now(event.zone).replace(microsecond=0).isoformat()


def _is_late(event: Event, moment: dt.datetime | None) -> bool:
    deadline = event.registration_deadline
    if deadline is None or moment is None:
        return False
    local = moment if moment.tzinfo is event.zone else moment.astimezone(event.zone)
    return local.date() > deadline


def _stored_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _plan(db: Database, event: Event, batch: _Batch, report: ImportReport, path: Path) -> _Plan:
    plan = _Plan()
    counts = report.counts
    existing = participant_store.import_state(db, event.id)
    by_key = {row["match_key"]: row for row in existing}
    by_name: dict[str, dict[str, Any]] = {}
    duplicate_names: set[str] = set()
    need_names = (
        any(not row["email"] for row in existing)
        or any(reg.email is None for reg in batch.registrations.values())
        or any(item.email is None for item in batch.withdrawn)
    )
    for stored in existing if need_names else ():
        name_key = participant_store.match_key(None, stored["first_name"], stored["last_name"], stored["organisation"])
        if name_key in by_name:
            duplicate_names.add(name_key)
        by_name[name_key] = stored
    now = _now(event)
    source_file = path.name
    queue: list[tuple[float, int, str, Any]] = []
    for order, (key, reg) in enumerate(batch.registrations.items()):
        row: dict[str, Any] | None = by_key.get(key)
        if row is None and by_name:
            name_key = _name_key(reg)
            candidate = by_name.get(name_key) if name_key not in duplicate_names else None
            if candidate is not None and (not candidate["email"] or not reg.email):
                row = candidate
        if row is None:
            new_row = _new_row(event, key, reg, now, source_file)
            plan.inserts.append(new_row)
            if reg.preferences:
                plan.insert_wishes[key] = reg.preferences
            counts.new += 1
            counts.late += new_row["late"]
            if event.capacity is not None:
                queue.append((_order_time(reg.registered_at), order, "new", new_row))
            continue
        plan.planned_status[key] = row["status"]
        stored_at = _stored_time(row["registered_at"])
        if reg.registered_at and stored_at and reg.registered_at < stored_at:
            counts.unchanged += 1  # an older registration than the one stored
            continue
        changes, reactivate = _changes(event, reg, row, now)
        wishes_changed = reg.preferences is not None and tuple(reg.preferences) != row["preferences"]
        if wishes_changed:
            plan.update_wishes[row["id"]] = list(reg.preferences or [])
        if changes or wishes_changed:
            changes.update(source_file=source_file, source_row=reg.row)
            if reg.email and reg.email != row["match_key"]:
                changes["match_key"] = reg.email
            plan.updates[row["id"]] = changes
            counts.updated += 1
        else:
            counts.unchanged += 1
        if reactivate:
            queue.append((_order_time(reg.registered_at), order, "reactivated", row))
    cancelled_ids = _cancel_withdrawn(batch, by_key, by_name, duplicate_names, plan, counts)
    _allocate_seats(event, existing, cancelled_ids, queue, plan, counts)
    return plan


def _order_time(moment: dt.datetime | None) -> float:
    return moment.timestamp() if moment is not None else math.inf


def _new_row(event: Event, key: str, reg: Registration, now: str, source_file: str) -> dict[str, Any]:
    """The row of a new participant, built in the registration's own field dict (one dict per person)."""
    stamp = _iso(reg.registered_at)
    row = reg.fields
    row["match_key"] = key
    row["email"] = reg.email
    row["registered_at"] = stamp
    row["late"] = _is_late(event, reg.registered_at)
    row["source_file"] = source_file
    row["source_row"] = reg.row
    row["extra"] = reg.extra
    row["status"] = "registered"
    if row.get("newsletter"):
        row["newsletter_consent_at"] = stamp or now
    return row


def _changes(event: Event, reg: Registration, row: dict[str, Any], now: str) -> tuple[dict[str, Any], bool]:
    """The fields of a stored participant that ``reg`` changes, and whether it brings a cancelled one back."""
    stored_at = _stored_time(row["registered_at"])
    changes: dict[str, Any] = {}
    for name, value in reg.fields.items():
        stored = row[name]
        if (int(value) if isinstance(value, bool) else value) != stored:
            changes[name] = value
    if reg.email and reg.email != row["email"]:
        changes["email"] = reg.email
    stamp = _iso(reg.registered_at)
    if stamp and stamp != row["registered_at"]:
        changes["registered_at"] = stamp
        late = _is_late(event, reg.registered_at)
        if late != bool(row["late"]):
            changes["late"] = late
    if "newsletter" in changes:
        if changes["newsletter"]:
            changes["newsletter_consent_at"] = stamp or now
            if row["newsletter_withdrawn_at"]:
                changes["newsletter_withdrawn_at"] = None
        elif row["newsletter"]:
            changes["newsletter_withdrawn_at"] = stamp or now
    old_extra = json.loads(row["extra"] or "{}")
    merged = {**old_extra, **reg.extra}
    if merged != old_extra:
        changes["extra"] = merged
    reactivate = row["status"] == "cancelled" and bool(
        reg.registered_at and stored_at and reg.registered_at > stored_at
    )
    return changes, reactivate


def _cancel_withdrawn(
    batch: _Batch,
    by_key: dict[str, dict[str, Any]],
    by_name: dict[str, dict[str, Any]],
    duplicate_names: set[str],
    plan: _Plan,
    counts: ImportCounts,
) -> set[int]:
    """Count the withdrawn rows; a cancelled order of someone already stored cancels them."""
    cancelled: set[int] = set()
    for item in batch.withdrawn:
        if item.reason == "incomplete":
            counts.incomplete += 1
            continue
        counts.cancelled += 1
        name_key = _name_key(item)
        key = item.email or name_key
        if key in batch.registrations:
            continue
        row = by_key.get(key) or (by_name.get(name_key) if name_key not in duplicate_names else None)
        if row is None or row["status"] == "cancelled" or (row["email"] and item.email and row["email"] != item.email):
            continue
        plan.updates.setdefault(row["id"], {})["status"] = "cancelled"
        cancelled.add(row["id"])
        counts.cancelled_existing += 1
    return cancelled


def _allocate_seats(
    event: Event,
    existing: list[dict[str, Any]],
    cancelled_ids: set[int],
    queue: list[tuple[float, int, str, Any]],
    plan: _Plan,
    counts: ImportCounts,
) -> None:
    """Give free seats in order of registration time; the rest wait (no capacity: everybody gets a seat)."""
    for row in existing:
        if row["status"] == "waitlisted" and row["id"] not in cancelled_ids:
            queue.append((_order_time(_stored_time(row["registered_at"])), -1, "waiting", row))
    if event.capacity is None:
        free = math.inf
    else:
        taken = sum(1 for row in existing if row["status"] in _ACTIVE and row["id"] not in cancelled_ids)
        free = event.capacity - taken
    queue.sort(key=lambda item: (item[0], item[1], item[3].get("id") or 0))
    for _, _, kind, row in queue:
        status = "registered" if free > 0 else "waitlisted"
        if free > 0:
            free -= 1
        if kind == "new":
            row["status"] = status
            counts.waitlisted += status == "waitlisted"
        elif kind == "reactivated" or (kind == "waiting" and status == "registered"):
            plan.updates.setdefault(row["id"], {})["status"] = status
            plan.planned_status[row["match_key"]] = status
            counts.waitlisted += kind == "reactivated" and status == "waitlisted"
            counts.promoted += kind == "waiting"


def _apply(db: Database, event: Event, plan: _Plan) -> None:
    ids = participant_store.insert_many(db, event.id, plan.inserts)
    participant_store.update_many(db, list(plan.updates.items()))
    participant_store.replace_preferences_many(
        db, {ids[key]: topic_ids for key, topic_ids in plan.insert_wishes.items()}, new=True
    )
    participant_store.replace_preferences_many(db, plan.update_wishes)


# --- the preview and the rejects file ---------------------------------------------------


_PREVIEW_HIDDEN = frozenset({"match_key", "source_file", "source_row", "extra", "email", "registered_at"})


def _preview(batch: _Batch, plan: _Plan, matcher: TopicMatcher, count: int) -> list[dict[str, Any]]:
    names = {topic.id: topic.name for topic in matcher.topics}
    rows = []
    first = heapq.nsmallest(count, batch.registrations.items(), key=lambda item: item[1].row)
    for key, reg in first:
        fields = {k: v for k, v in reg.fields.items() if k not in _PREVIEW_HIDDEN}
        rows.append(
            {
                "row": reg.row,
                "email": reg.email,
                "title": fields.pop("title", None),
                "first_name": fields.pop("first_name", None),
                "last_name": fields.pop("last_name", None),
                "organisation": fields.pop("organisation", None),
                "sector": fields.pop("sector", None),
                "function": fields.pop("function", None),
                "preferences": [names[i] for i in reg.preferences or []],
                "registered_at": _iso(reg.registered_at),
                **fields,
                "status": plan.planned_status.get(key) or reg.fields.get("status", "registered"),
                "extra": reg.extra,
            }
        )
    return rows


def _write_rejects(target: Path, table: Table, rejected: Iterable[Rejection]) -> bool:
    """Write the rejects spreadsheet; False if the folder is not writable (the rows are still reported)."""
    from konferenz_cli.render.rejects import write_rejects

    rows = [(item.cells, reason_text(item)) for item in rejected]
    try:
        write_rejects(target, table.headers, rows, reason_header=t("import.rejects.reason_column"))
    except OSError:
        return False
    return True


def reason_text(item: Rejection) -> str:
    """Why a row was rejected, in the user's language, naming the column."""
    reason = t(item.key, **item.params)
    return t("import.rejects.reason", column=item.column, reason=reason) if item.column else reason
