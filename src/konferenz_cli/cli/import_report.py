"""Showing an import report: Rich tables for people, one JSON object for scripts.

Results (mapping, preview, summary, rejected rows) go to stdout; notes about
the file and what was written go to stderr.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from konferenz_cli.cli.common import print_note
from konferenz_cli.console import out
from konferenz_cli.i18n import t
from konferenz_cli.render.tables import cell_text
from konferenz_cli.services.registrations import ImportReport, reason_text

__all__ = ["print_report", "report_json"]

_SHOWN_ISSUES = 50
_PREVIEW_KEYS = ("row", "email", "first_name", "last_name", "organisation", "sector", "preferences", "status")


def _source_line(report: ImportReport) -> str:
    parts = [report.kind.upper()]
    if report.sheet:
        parts.append(t("import.source.sheet", sheet=report.sheet))
    if report.encoding:
        parts.append(t("import.source.encoding", encoding=report.encoding))
    if report.delimiter:
        shown = "Tab" if report.delimiter == "\t" else report.delimiter
        parts.append(t("import.source.delimiter", delimiter=shown))
    parts.append(t("import.source.header_row", row=report.header_row))
    parts.append(t(f"import.layout.{report.mapping.layout}"))
    return t("import.source", path=report.path.name, details=", ".join(parts))


def _field_label(spec: str) -> str:
    if spec.startswith("preference_") and spec[11:].isdigit():
        return t("field.preference_n", rank=spec[11:])
    return t(f"field.{spec}")


def print_report(report: ImportReport) -> None:
    """Show the report of an import (or of a dry run) on the terminal."""
    print_note(_source_line(report))
    for key, params in report.mapping.notes:
        print_note(t(key, **params), style="yellow")
    if report.mapping.origin == "remembered":
        print_note(t("import.mapping_remembered"))
    if report.dry_run:
        _print_mapping(report)
        _print_hints(report)
    if report.problem is not None:
        key, params = report.problem
        print_note(t(key, **params), style="red")
        _print_mapping_written(report)
        return
    if report.dry_run:
        _print_preview(report)
    _print_summary(report)
    _print_rejected(report)
    _print_warnings(report)
    _print_lost_letters(report)
    _print_withdrawn(report)
    _print_unknown_answers(report)
    if report.footer_rows:
        print_note(t("import.footer_skipped", rows=_row_list(report.footer_rows), count=len(report.footer_rows)))
    if report.dry_run and report.strict_blocked:
        print_note(t("import.strict_would_block", count=len(report.rejected)), style="red")
    elif report.dry_run:
        print_note(t("import.dry_run_done"), style="yellow")
    elif report.strict_blocked:
        print_note(t("import.strict_blocked", count=len(report.rejected)), style="red")
    if report.rejects_file is not None:
        print_note(t("import.rejects_written", path=str(report.rejects_file)), style="yellow")
    if report.rejects_unwritable is not None:
        print_note(t("import.rejects_unwritable", path=str(report.rejects_unwritable)), style="red")
    _print_mapping_written(report)


def _print_mapping_written(report: ImportReport) -> None:
    if report.mapping_written is not None:
        print_note(t("import.mapping_written", path=str(report.mapping_written)), style="green")


def _row_list(rows: list[int]) -> str:
    shown = ", ".join(str(row) for row in rows[:10])
    return shown + (" …" if len(rows) > 10 else "")


def _print_mapping(report: ImportReport) -> None:
    table = Table(title=t("import.title.mapping"), header_style="bold")
    table.add_column(t("import.col.column"), overflow="fold")
    table.add_column(t("import.col.field"), overflow="fold")
    table.add_column(t("import.col.origin"))
    table.add_column(t("import.col.examples"), overflow="fold")
    bookkeeping = []
    for role in report.mapping.columns:
        if role.origin == "meta":
            bookkeeping.append(role.header)  # listed below the table, not one row each
            continue
        label = _field_label(role.spec)
        if role.field == "preference_option" and role.option:
            label = f"{label}: {role.option}"
        unrecognised = role.field == "extra" and role.origin == "guess"
        origin = t("import.origin.unrecognised") if unrecognised else t(f"import.origin.{role.origin}")
        examples = " | ".join(report.samples.get(role.index, []))
        table.add_row(Text(role.header), Text(label), Text(origin), Text(examples))
    out.print(table)
    if bookkeeping:
        print_note(t("import.meta_columns", columns=", ".join(t("word.quoted", text=h) for h in bookkeeping)))
    unmapped = report.mapping.unmapped
    if unmapped:
        quoted = ", ".join(t("word.quoted", text=header) for header in unmapped)
        print_note(t("import.unmapped", columns=quoted), style="yellow")


_WISH_FIELDS = ("preference_rank", "preferences", "preference_option")
_NAME_FIELDS = ("name", "name_last_first", "account_name", "first_name", "last_name")


def _print_hints(report: ImportReport) -> None:
    """What the organiser should look at before importing an export we do not know."""
    mapping = report.mapping
    if not mapping.of_field(*_NAME_FIELDS) and mapping.identifies_people():
        print_note(t("import.hint.no_names"), style="yellow")
    if report.topics and not mapping.of_field(*_WISH_FIELDS):
        print_note(t("import.hint.no_wishes"), style="yellow")
    if (mapping.unmapped or report.problem is not None) and report.mapping_written is None:
        print_note(t("import.hint.write_mapping", path=_shell_word(report.path.name)))


def _shell_word(text: str) -> str:
    return text if text.replace(".", "").replace("-", "").replace("_", "").isalnum() else f'"{text}"'


def _print_unknown_answers(report: ImportReport) -> None:
    answers: list[str] = []
    for issue in report.warnings:
        if issue.key == "import.warn.unknown_topic" and issue.params["wish"] not in answers:
            answers.append(issue.params["wish"])
    if answers:
        shown = ", ".join(t("word.quoted", text=answer) for answer in answers[:3])
        print_note(
            t("import.hint.unknown_answers", answers=shown, topic=report.topics[0] if report.topics else "…"),
            style="yellow",
        )


def _print_preview(report: ImportReport) -> None:
    if not report.preview:
        return
    table = Table(title=t("import.title.preview", count=len(report.preview)), header_style="bold")
    for key in _PREVIEW_KEYS:
        header = t("import.col.row") if key == "row" else t(f"field.{key}")
        table.add_column(header, overflow="fold", justify="right" if key == "row" else "left")
    yes, no = t("word.yes"), t("word.no")
    for row in report.preview:
        cells = []
        for key in _PREVIEW_KEYS:
            value = row.get(key)
            if key == "status" and value:
                shown = t(f"status.{value}")
            elif isinstance(value, list):
                shown = "\n".join(cell_text(item, yes, no) for item in value)  # one wish per line
            else:
                shown = cell_text(value, yes, no)
            cells.append(Text(shown))
        table.add_row(*cells)
    out.print(table)


def _summary_rows(report: ImportReport) -> list[tuple[str, int]]:
    counts = report.counts
    rows = [
        ("new", counts.new),
        ("updated", counts.updated),
        ("unchanged", counts.unchanged),
        ("waitlisted", counts.waitlisted),
        ("rejected", counts.rejected),
        ("warnings", counts.warnings),
        ("cancelled", counts.cancelled),
        ("incomplete", counts.incomplete),
    ]
    optional = [
        ("duplicates", counts.duplicates),
        ("late", counts.late),
        ("promoted", counts.promoted),
        ("cancelled_existing", counts.cancelled_existing),
    ]
    return rows + [(key, value) for key, value in optional if value]


def _print_summary(report: ImportReport) -> None:
    key = "import.title.summary_dry" if report.dry_run else "import.title.summary"
    out.print(Text(t(key, path=report.path.name), style="italic"))  # as a line: the table is too narrow for it
    table = Table(header_style="bold")
    table.add_column(t("import.col.what"))
    table.add_column(t("import.col.count"), justify="right")
    for name, value in _summary_rows(report):
        table.add_row(Text(t(f"import.count.{name}")), Text(str(value)))
    out.print(table)


def _print_rejected(report: ImportReport) -> None:
    if not report.rejected:
        return
    table = Table(title=t("import.title.rejected"), header_style="bold")
    table.add_column(t("import.col.row"), justify="right")
    table.add_column(t("import.col.column"), overflow="fold")
    table.add_column(t("import.col.reason"), overflow="fold")
    for item in report.rejected[:_SHOWN_ISSUES]:
        table.add_row(Text(str(item.row)), Text(item.column or "–"), Text(t(item.key, **item.params)))
    out.print(table)
    if len(report.rejected) > _SHOWN_ISSUES:
        print_note(t("import.more", count=len(report.rejected) - _SHOWN_ISSUES))


def _print_warnings(report: ImportReport) -> None:
    if not report.warnings:
        return
    table = Table(title=t("import.title.warnings"), header_style="bold")
    table.add_column(t("import.col.row"), justify="right")
    table.add_column(t("import.col.column"), overflow="fold")
    table.add_column(t("import.col.warning"), overflow="fold")
    for item in report.warnings[:_SHOWN_ISSUES]:
        table.add_row(Text(str(item.row)), Text(item.column or "–"), Text(t(item.key, **item.params)))
    out.print(table)
    if len(report.warnings) > _SHOWN_ISSUES:
        print_note(t("import.more", count=len(report.warnings) - _SHOWN_ISSUES))


def _print_lost_letters(report: ImportReport) -> None:
    count = sum(1 for issue in report.warnings if issue.key == "import.warn.lost_letters")
    if count:
        print_note(t("import.hint.lost_letters", count=count), style="yellow")


def _who(fields: dict[str, Any], email: str | None) -> str:
    name = " ".join(part for part in (fields.get("first_name"), fields.get("last_name")) if part)
    return " ".join(part for part in (name, f"<{email}>" if email else "") if part) or "–"


def _print_withdrawn(report: ImportReport) -> None:
    if not report.withdrawn:
        return
    table = Table(title=t("import.title.withdrawn"), header_style="bold")
    table.add_column(t("import.col.row"), justify="right")
    table.add_column(t("import.col.who"), overflow="fold")
    table.add_column(t("import.col.reason"), overflow="fold")
    for item in report.withdrawn[:_SHOWN_ISSUES]:
        reason = t(f"import.withdrawn.{item.reason}", status=item.status)
        table.add_row(Text(str(item.row)), Text(_who(item.fields, item.email)), Text(reason))
    out.print(table)
    if len(report.withdrawn) > _SHOWN_ISSUES:
        print_note(t("import.more", count=len(report.withdrawn) - _SHOWN_ISSUES))


def report_json(report: ImportReport) -> dict[str, Any]:
    """The report as one JSON-ready object with stable snake_case keys."""
    counts = dict(_summary_rows(report))
    counts.update(
        duplicates=report.counts.duplicates,
        late=report.counts.late,
        promoted=report.counts.promoted,
        cancelled_existing=report.counts.cancelled_existing,
        read=report.counts.read,
    )
    return {
        "file": str(report.path),
        "format": report.kind,
        "sheet": report.sheet,
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "header_row": report.header_row,
        "layout": report.mapping.layout,
        "mapping_origin": report.mapping.origin,
        "dry_run": report.dry_run,
        "stored": report.stored,
        "mapping": [
            {"column": role.header, "field": role.spec, "option": role.option, "origin": role.origin}
            for role in report.mapping.columns
        ],
        "unmapped": report.mapping.unmapped,
        "samples": {role.header: report.samples.get(role.index, []) for role in report.mapping.columns},
        "problem": t(report.problem[0], **report.problem[1]) if report.problem else None,
        "mapping_file_written": str(report.mapping_written) if report.mapping_written else None,
        "preview": report.preview,
        "summary": counts,
        "rejected": [
            {"row": item.row, "column": item.column, "reason": reason_text(item), "code": item.key}
            for item in report.rejected
        ],
        "warnings": [
            {"row": item.row, "column": item.column, "message": t(item.key, **item.params), "code": item.key}
            for item in report.warnings
        ],
        "not_imported": [
            {"row": item.row, "reason": item.reason, "email": item.email, **_names(item.fields)}
            for item in report.withdrawn
        ],
        "footer_rows": report.footer_rows,
        "rejects_file": str(report.rejects_file) if report.rejects_file else None,
        "exit_code": report.exit_code,
    }


def _names(fields: dict[str, Any]) -> dict[str, Any]:
    return {"first_name": fields.get("first_name"), "last_name": fields.get("last_name")}
