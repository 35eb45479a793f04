"""The printed lists as XLSX, set up for A4: header rows repeated, column widths, page numbers.

The sign-in sheet has its own layout (header block, tall rows for signatures,
a "present" column that ``konferenz checkin --import`` reads back); the other
lists are plain tables through :func:`konferenz_cli.render.tables.write_workbook`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from konferenz_cli.i18n import format_date, format_time, t
from konferenz_cli.render.tables import LINE_HEIGHT, Column, Sheet, header_text, wrapped_lines, write_workbook
from konferenz_cli.services.lists import Badge, Certificate, ListHeader, SigninSheet, WorkgroupList

_LABEL_WIDTH = 22  # the longest label of the header block ("Projekt / Förderprogramm") at 9 pt
_SIGNATURE_ROW = 28  # points: room to sign even when the sheet is scaled down to fit A4

__all__ = [
    "badges_xlsx",
    "certificates_xlsx",
    "signin_anonymous_xlsx",
    "signin_under16_xlsx",
    "signin_xlsx",
    "workgroups_xlsx",
]


def _text(value: str) -> Any:
    from konferenz_cli.render.tables import _text_cell

    return _text_cell(value)


def _header_rows(worksheet: Any, header: ListHeader, title: str, widths: Sequence[float]) -> int:
    """The funder's header lines at the top; returns the next free row.

    Each label spans the leading columns it needs and its value the rest of
    the table's width, wrapping, so neither is cut off however narrow the
    table's first column is.
    """
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    label_columns = next((n for n in range(1, len(widths)) if sum(widths[:n]) >= _LABEL_WIDTH), 1)
    last = get_column_letter(len(widths))
    value_width = sum(widths[label_columns:])
    lines = [
        (t("lists.funding_programme"), header.funding_programme or ""),
        (t("lists.event"), header.event_title),
        (t("lists.date"), f"{format_date(header.day, 'full')}, {format_time(header.start)}–{format_time(header.end)}"),
        (t("lists.venue"), header.venue or ""),
        (t("lists.organiser"), ", ".join(header.organisers)),
    ]
    for row, (label, value) in enumerate(lines, start=1):
        label_cell = worksheet.cell(row=row, column=1, value=_text(label))
        label_cell.font = Font(color="666666", size=9)
        label_cell.alignment = Alignment(vertical="top", wrap_text=True)
        value_cell = worksheet.cell(row=row, column=label_columns + 1, value=_text(value))
        value_cell.font = Font(bold=(row == 2))
        value_cell.alignment = Alignment(vertical="top", wrap_text=True)
        if label_columns > 1:
            worksheet.merge_cells(f"A{row}:{get_column_letter(label_columns)}{row}")
        if label_columns + 1 < len(widths):
            worksheet.merge_cells(f"{get_column_letter(label_columns + 1)}{row}:{last}{row}")
        worksheet.row_dimensions[row].height = wrapped_lines(value, value_width) * LINE_HEIGHT
    worksheet.cell(row=len(lines) + 2, column=1, value=_text(title)).font = Font(bold=True, size=14)
    return len(lines) + 3


def _page_setup(worksheet: Any, title_rows: str, note: str = "") -> None:
    worksheet.print_title_rows = title_rows
    worksheet.page_setup.paperSize = worksheet.PAPERSIZE_A4
    worksheet.page_setup.orientation = "portrait"
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.oddFooter.center.text = t("xlsx.page_label")
    if note:
        # At the head of each page: in the footer next to the page number it ran into it,
        # and LibreOffice prints a line break in a header or footer as "_x000a_".
        worksheet.oddHeader.center.text = header_text(note, 120)
        worksheet.oddHeader.center.size = 7
    worksheet.print_options.horizontalCentered = True
    worksheet.page_margins.top = 0.6
    worksheet.page_margins.bottom = 0.8


def _table_head(worksheet: Any, row: int, headings: Sequence[str], widths: Sequence[float]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="555555")
    for column, heading in enumerate(headings, start=1):
        cell = worksheet.cell(row=row, column=column, value=_text(heading))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    lines = max(wrapped_lines(heading, width, bold=True) for heading, width in zip(headings, widths, strict=True))
    worksheet.row_dimensions[row].height = lines * LINE_HEIGHT + 4


def _table_row(worksheet: Any, row: int, values: Sequence[Any], height: float, widths: Sequence[float]) -> None:
    from openpyxl.styles import Alignment, Border, Side

    thin = Side(style="thin", color="555555")
    lines = 1
    for column, value in enumerate(values, start=1):
        cell = worksheet.cell(row=row, column=column, value=_text(value) if isinstance(value, str) else value)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if isinstance(value, str):
            lines = max(lines, wrapped_lines(value, widths[column - 1]))
    worksheet.row_dimensions[row].height = max(height, lines * LINE_HEIGHT + 4)


def _widths(worksheet: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width


def _new_workbook() -> Any:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    return workbook


def signin_xlsx(sheets: Sequence[SigninSheet], path: Path) -> None:
    """One worksheet per event day (named by its date), with a "present" column to tick."""
    workbook = _new_workbook()
    headings = [
        t("lists.col.number"),
        t("lists.col.last_name"),
        t("lists.col.first_name"),
        t("lists.col.organisation"),
        t("lists.col.present_x"),
        t("lists.col.signature"),
    ]
    widths = [5, 20, 16, 27, 10, 24]
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.header.day.isoformat())
        head_row = _header_rows(worksheet, sheet.header, t("lists.signin_title"), widths)
        _table_head(worksheet, head_row, headings, widths)
        row = head_row
        for number, member in enumerate(sheet.people, start=1):
            row += 1
            values = [number, member.last_name, member.first_name, member.organisation, "", ""]
            _table_row(worksheet, row, values, _SIGNATURE_ROW, widths)
        for _ in range(sheet.withheld + sheet.blank_rows):
            row += 1
            _table_row(worksheet, row, [row - head_row, "", "", "", "", ""], _SIGNATURE_ROW, widths)
        _widths(worksheet, widths)
        worksheet.freeze_panes = worksheet.cell(row=head_row + 1, column=1)
        _page_setup(worksheet, f"{head_row}:{head_row}", t("lists.signin_note"))
    workbook.save(path)


def signin_anonymous_xlsx(sheets: Sequence[SigninSheet], path: Path) -> None:
    """The anonymised variant: the header rows repeat on every printed page, one signature line per page."""
    from openpyxl.worksheet.pagebreak import Break

    workbook = _new_workbook()
    widths = [8, 50, 50]
    headings = [t("lists.col.number"), t("lists.anonymous_name"), t("lists.col.signature")]
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.header.day.isoformat())
        head_row = _header_rows(worksheet, sheet.header, t("lists.anonymous_title"), widths)
        worksheet.cell(row=head_row, column=1, value=_text(t("lists.anonymous_explained")))
        _table_head(worksheet, head_row + 1, headings, widths)
        row = head_row + 1
        for number in range(1, max(1, sheet.expected + sheet.blank_rows) + 1):
            row += 1
            _table_row(worksheet, row, [number, "", ""], 60, widths)
            worksheet.row_breaks.append(Break(id=row))
        _widths(worksheet, widths)
        _page_setup(worksheet, f"1:{head_row + 1}", t("lists.signin_note"))
    workbook.save(path)


def signin_under16_xlsx(
    sheets: Sequence[SigninSheet],
    path: Path,
    *,
    group: str | None = None,
    count: int | None = None,
    supervisor: str | None = None,
    role: str | None = None,
    rows: int = 6,
) -> None:
    """The variant for groups under 16: group, number, supervisor, role, signature."""
    workbook = _new_workbook()
    headings = [
        t("lists.col.group"),
        t("lists.col.count"),
        t("lists.col.supervisor"),
        t("lists.col.role"),
        t("lists.col.signature"),
    ]
    widths = [28, 12, 28, 20, 30]
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.header.day.isoformat())
        head_row = _header_rows(worksheet, sheet.header, t("lists.under16_title"), widths)
        worksheet.cell(row=head_row, column=1, value=_text(t("lists.under16_note")))
        _table_head(worksheet, head_row + 1, headings, widths)
        row = head_row + 1
        filled = [group or "", count if count is not None else "", supervisor or "", role or "", ""]
        lines = ([filled] if any(v not in ("", None) for v in filled) else []) + [["", "", "", "", ""]] * rows
        for values in lines[:rows]:
            row += 1
            _table_row(worksheet, row, values, 36, widths)
        _widths(worksheet, widths)
        _page_setup(worksheet, f"{head_row + 1}:{head_row + 1}", t("lists.signin_note"))
    workbook.save(path)


def workgroups_xlsx(groups: Sequence[WorkgroupList], path: Path) -> None:
    """One worksheet per session, members sorted by surname."""
    columns = [
        Column("number", t("lists.col.number"), 6),
        Column("last_name", t("lists.col.last_name"), 24),
        Column("first_name", t("lists.col.first_name"), 20),
        Column("organisation", t("lists.col.organisation"), 36),
        Column("present", t("lists.col.present_x"), 11),
    ]
    sheets = []
    for group in groups:
        rows = [
            {"number": i, "last_name": m.last_name, "first_name": m.first_name, "organisation": m.organisation}
            for i, m in enumerate(group.members, start=1)
        ]
        rows += [
            {"number": len(rows) + i, "last_name": t("lists.withheld_member")} for i in range(1, group.withheld + 1)
        ]
        name = f"R{group.round} {group.topic}" if group.round is not None else group.topic
        title = f"{t('word.round')} {group.round} · {group.topic}" if group.round is not None else group.topic
        details = []
        if group.room:
            details.append(f"{t('lists.room')}: {group.room}")
        if group.start and group.end:
            details.append(f"{format_time(group.start)}–{format_time(group.end)}")
        if group.facilitators:
            details.append(f"{t('lists.facilitators')}: {', '.join(group.facilitators)}")
        details.append(t("lists.members_count", count=group.size))
        sheets.append(Sheet(name, columns, rows, title=title, subtitle=" · ".join(details)))
    if not sheets:
        sheets.append(Sheet(t("lists.workgroups_title"), columns, [], title=t("lists.no_sessions")))
    write_workbook(sheets, path)


def badges_xlsx(badges: Sequence[Badge], rounds: Sequence[int], path: Path) -> None:
    """The badge texts as a table (for a mail merge in Word or a badge printer)."""
    columns = [
        Column("number", t("lists.col.badge_number"), 8),
        Column("name", t("lists.col.name"), 28),
        Column("first_name", t("lists.col.first_name"), 18),
        Column("last_name", t("lists.col.last_name"), 22),
        Column("organisation", t("lists.col.organisation"), 34),
    ] + [Column(f"round_{n}", f"{t('word.round')} {n}", 30) for n in rounds]
    columns.append(Column("no_photos", t("lists.col.no_photos"), 12))
    rows = []
    for badge in badges:
        row: dict[str, Any] = {
            "number": badge.number,
            "name": badge.name,
            "first_name": badge.first_name,
            "last_name": badge.last_name,
            "organisation": badge.organisation,
            "no_photos": badge.no_photos if badge.name else None,
        }
        for round_number, topic, room in badge.workgroups:
            row[f"round_{round_number}"] = f"{topic} – {room}" if room else topic
        rows.append(row)
    sheet = Sheet(t("lists.badges_title"), columns, rows, title=t("lists.badges_title"))
    write_workbook([sheet], path)


def certificates_xlsx(certificates: Sequence[Certificate], path: Path) -> None:
    """The certificates as a table (for a mail merge): name, organisation, days, workgroups."""
    columns = [
        Column("name", t("lists.col.name"), 28),
        Column("organisation", t("lists.col.organisation"), 34),
        Column("days", t("lists.col.days"), 16),
        Column("workgroups", t("lists.col.workgroups"), 50),
    ]
    rows = [
        {
            "name": c.name,
            "organisation": c.organisation,
            "days": [d.isoformat() for d in c.days],
            "workgroups": [f"{t('word.round')} {r}: {topic}" for r, topic in c.workgroups],
        }
        for c in certificates
    ]
    sheet = Sheet(t("lists.certificate_title"), columns, rows, title=t("lists.certificate_title"))
    write_workbook([sheet], path)
