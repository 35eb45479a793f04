"""Listings as JSON, CSV and XLSX: the machine and spreadsheet side of every list command.

Rows are plain dicts keyed by stable snake_case names; columns say which keys
to show and with which (translated) heading. Text that a spreadsheet would run
as a formula is never written as one: CSV cells starting with ``= + - @`` or a
tab/CR get a leading apostrophe (so do such pieces after a ";", where a German
Excel splits the cell), XLSX cells are stored as plain strings.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from konferenz_cli.render.xml_text import xml_text

__all__ = [
    "Column",
    "Sheet",
    "cell_text",
    "header_text",
    "neutralise_formula",
    "write_csv",
    "write_json",
    "write_workbook",
]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Column:
    """A column of a listing: the row key, its heading, a width hint in characters,
    and optionally how the terminal table shows a value."""

    key: str
    header: str
    width: int | None = None
    display: Callable[[Any], str] | None = None


@dataclass
class Sheet:
    """One worksheet: a title row, the columns and the rows."""

    name: str
    columns: Sequence[Column]
    rows: Iterable[Mapping[str, Any]]
    title: str | None = None
    subtitle: str | None = None
    notes: list[str] = field(default_factory=list)


# A German Excel opens a .csv split at ";" (the list separator of the locale), quotes or not:
# every piece after a semicolon is a cell of its own there and must not start a formula either.
_FORMULA_AFTER_SEMICOLON = re.compile(r"(;[ ]*)(?=[=+\-@\t\r])")


def neutralise_formula(text: str) -> str:
    """``text`` made safe for a CSV cell: an apostrophe before anything a spreadsheet would run as a formula.

    That is the start of the cell and, for Excel in a German locale, the start
    of every piece after a semicolon.
    """
    if ";" in text:
        text = _FORMULA_AFTER_SEMICOLON.sub(r"\1'", text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell_text(value: Any, yes: str = "ja", no: str = "nein") -> str:
    """A value as a person reads it in a cell: lists joined by "; ", booleans as yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(item, yes, no) for item in value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(type(value).__name__)


def write_json(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> None:
    """Rows as a JSON array of objects (UTF-8, not ASCII-escaped)."""
    json.dump([dict(row) for row in rows], stream, ensure_ascii=False, indent=2, default=_json_default)
    stream.write("\n")


def write_csv(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[Column],
    stream: TextIO,
    yes: str = "ja",
    no: str = "nein",
) -> None:
    """Rows as comma-separated values with a snake_case header line."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([column.key for column in columns])
    for row in rows:
        writer.writerow([neutralise_formula(cell_text(row.get(c.key), yes, no)) for c in columns])


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> str:
    """Rows as CSV text (see :func:`write_csv`)."""
    buffer = io.StringIO()
    write_csv(rows, columns, buffer)
    return buffer.getvalue()


def write_workbook(
    sheets: Sequence[Sheet], path: Path, yes: str = "ja", no: str = "nein", page_label: str = "Seite &P von &N"
) -> None:
    """Sheets as an XLSX workbook formatted for A4 printing.

    Each sheet gets an optional title and subtitle above a bold header row that
    repeats on every printed page, an autofilter, frozen panes, column widths
    from the content, landscape orientation when wide, and page numbers in the
    footer.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    used_names: set[str] = set()
    for sheet in sheets:
        worksheet = workbook.create_sheet(_sheet_name(sheet.name, used_names))
        row_number = 1
        if sheet.title:
            worksheet.cell(row=row_number, column=1, value=_text_cell(sheet.title)).font = Font(bold=True, size=14)
            row_number += 1
        if sheet.subtitle:
            worksheet.cell(row=row_number, column=1, value=_text_cell(sheet.subtitle))
            row_number += 1
        if row_number > 1:
            row_number += 1
        header_row = row_number
        widths = [len(column.header) for column in sheet.columns]
        fill = PatternFill("solid", fgColor="DDE4EE")
        for index, column in enumerate(sheet.columns, start=1):
            cell = worksheet.cell(row=header_row, column=index, value=_text_cell(column.header))
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for row in sheet.rows:
            row_number += 1
            for index, column in enumerate(sheet.columns, start=1):
                value = row.get(column.key)
                cell = worksheet.cell(row=row_number, column=index)
                if isinstance(value, bool) or value is None or isinstance(value, (list, tuple, str)):
                    text = cell_text(value, yes, no)
                    cell.value = _text_cell(text)
                    widths[index - 1] = max(widths[index - 1], min(len(text), 60))
                elif isinstance(value, (int, float, dt.date, dt.datetime)):
                    cell.value = value
                    widths[index - 1] = max(widths[index - 1], 10)
                else:
                    cell.value = _text_cell(cell_text(value, yes, no))
                cell.alignment = Alignment(vertical="top", wrap_text=True)
        for note in sheet.notes:
            row_number += 2
            worksheet.cell(row=row_number, column=1, value=_text_cell(note))
        for index, column in enumerate(sheet.columns, start=1):
            width = column.width or max(8, widths[index - 1] + 2)
            worksheet.column_dimensions[get_column_letter(index)].width = width
        last_column = get_column_letter(max(1, len(sheet.columns)))
        worksheet.freeze_panes = worksheet.cell(row=header_row + 1, column=1)
        if row_number > header_row:
            worksheet.auto_filter.ref = f"A{header_row}:{last_column}{row_number}"
        worksheet.print_title_rows = f"{header_row}:{header_row}"
        worksheet.page_setup.paperSize = worksheet.PAPERSIZE_A4
        total_width = sum(
            worksheet.column_dimensions[get_column_letter(i)].width or 10 for i in range(1, len(sheet.columns) + 1)
        )
        worksheet.page_setup.orientation = "landscape" if total_width > 95 else "portrait"
        worksheet.page_setup.fitToWidth = 1
        worksheet.page_setup.fitToHeight = 0
        worksheet.sheet_properties.pageSetUpPr.fitToPage = True
        worksheet.oddFooter.center.text = page_label
        heading = header_text(sheet.title or sheet.name)
        if heading:  # an empty part is not a valid header
            worksheet.oddHeader.center.text = heading
    if not workbook.worksheets:
        workbook.create_sheet("-")
    workbook.save(path)


def header_text(text: str, limit: int = 100) -> str:
    """Text for a printed page header or footer: one line, "&" kept literal (Excel reads "&P" as a
    code), cut so that the whole header stays within the 255 characters Excel allows."""
    line = " ".join(xml_text(text).split())
    return line[:limit].replace("&", "&&")


def _text_cell(text: str) -> Any:
    """A string cell that openpyxl will not treat as a formula, whatever it starts with."""
    cleaned = xml_text(text)
    if cleaned.startswith("="):
        # openpyxl stores any string beginning with "=" as a formula; a rich-text
        # string is always written as literal text.
        from openpyxl.cell.rich_text import CellRichText

        return CellRichText([cleaned])
    return cleaned


def _sheet_name(name: str, used: set[str]) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``, no control characters,
    no apostrophe at either end, not "History" (Excel keeps that name for itself), distinct in any case."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in _CONTROL.sub("", xml_text(name)))
    cleaned = _fit(" ".join(cleaned.split()).strip("'"), 31).strip().strip("'") or "Sheet"
    candidate, number = cleaned, 2
    while candidate.casefold() in used or candidate.casefold() == "history":
        suffix = f" ({number})"
        candidate = _fit(cleaned, 31 - len(suffix)) + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


def _fit(text: str, units: int) -> str:
    """The start of ``text`` within ``units`` UTF-16 code units (how Excel counts a name's length)."""
    text = text[:units]
    while len(text.encode("utf-16-le")) > 2 * units:
        text = text[:-1]
    return text
