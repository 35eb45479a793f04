"""Listings as JSON, CSV and XLSX: the machine and spreadsheet side of every list command.

Rows are plain dicts keyed by stable snake_case names; columns say which keys
to show and with which (translated) heading. Text that a spreadsheet would run
as a formula is never written as one: CSV cells starting with ``= + - @`` or a
tab/CR get a leading apostrophe (so do such pieces after a ";", where a German
Excel splits the cell), XLSX cells are stored as plain strings.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from konferenz_cli.render.xml_text import xml_text

__all__ = [
    "Column",
    "Share",
    "Sheet",
    "cell_text",
    "header_text",
    "neutralise_formula",
    "write_csv",
    "write_json",
    "fit_row_heights",
    "fit_to_pages",
    "wrapped_lines",
    "write_workbook",
]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Column:
    """A column of a listing: the row key, its heading, a width hint in characters,
    optionally how the terminal table shows a value (``display``), and how people read a
    stored code such as a status (``words``: in the terminal table and in workbooks, never
    in CSV or JSON, which scripts compare)."""

    key: str
    header: str
    width: int | None = None
    display: Callable[[Any], str] | None = None
    words: Callable[[Any], str] | None = None


class Share(float):
    """A share between 0 and 1: a number in the cell, shown as a percentage."""


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
    """A value as a person reads it in a cell: lists joined by "; ", mappings as "key: value", booleans as yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(item, yes, no) for item in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{key}: {cell_text(item, yes, no)}" for key, item in value.items())
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


# A4 with openpyxl's default margins holds about this many units of column width at 100 %
# scale. A unit is the width of a "0" in the default font: Excel's Calibri gives room for
# about a third more, but LibreOffice sets Calibri in the wider DejaVu Sans where Carlito is
# missing, and the narrower estimate keeps the text readable in both.
_PORTRAIT_WIDTH = 70
_LANDSCAPE_WIDTH = 103
# Fitting a wide sheet onto fewer pages never shrinks its text below this scale.
_MIN_SCALE = 0.5
_MAX_COLUMN_WIDTH = 40
LINE_HEIGHT = 15.0  # points per line of 11 pt text


_NARROW = frozenset("fijlrtI!.,:;'|()[]/ ")
_WIDE = frozenset("mwMW@%")


def _text_width(text: str) -> float:
    """The width of ``text`` in units of a "0": narrow letters count half, wide ones and capitals more."""
    return sum(0.55 if ch in _NARROW else 1.5 if ch in _WIDE else 1.2 if ch.isupper() else 1.0 for ch in text)


def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """How many lines ``text`` takes in a wrapping cell ``width`` units wide, estimated on the safe side.

    Neither Excel's nor LibreOffice's import fits the height of rows written
    without one, so every row that wraps gets its height from this estimate.
    """
    budget = max(1.0, width - 1) / (1.1 if bold else 1.0)
    space = _text_width(" ")
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            size = _text_width(word)
            if used and used + space + size > budget:
                lines += 1
                used = 0.0
            if used:
                used += space + size
            else:
                broken = math.ceil(size / budget) - 1 if size > budget else 0
                lines += broken
                used = size - budget * broken
    return lines


def fit_row_heights(
    worksheet: Any, texts: Mapping[int, Sequence[tuple[int, str]]], bold_rows: Collection[int] = ()
) -> None:
    """Give each row in ``texts`` (row number: (column, text) pairs) the height its wrapped text needs."""
    from openpyxl.utils import get_column_letter

    widths = {}
    for row, cells in texts.items():
        lines = 1
        for column, text in cells:
            if column not in widths:
                widths[column] = worksheet.column_dimensions[get_column_letter(column)].width or 8.43
            if len(text) * 1.5 >= widths[column] - 1 or "\n" in text:
                lines = max(lines, wrapped_lines(text, widths[column], bold=row in bold_rows))
        if lines > 1:
            worksheet.row_dimensions[row].height = lines * LINE_HEIGHT + 2


def fit_to_pages(worksheet: Any, widths: Sequence[float]) -> None:
    """Portrait when the columns fit, landscape otherwise; very wide sheets go over several pages.

    A sheet too wide for one landscape page at a readable scale is spread over
    as many pages side by side as needed, with its first column repeated on each.
    """
    total = sum(widths)
    setup = worksheet.page_setup
    setup.orientation = "portrait" if total <= _PORTRAIT_WIDTH / 0.85 else "landscape"
    setup.fitToHeight = 0
    setup.fitToWidth = 1
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    per_page = _LANDSCAPE_WIDTH / _MIN_SCALE
    if total > per_page:
        first = widths[0]
        setup.fitToWidth = math.ceil((total - first) / (per_page - first))
        worksheet.print_title_cols = "A:A"


def write_workbook(
    sheets: Sequence[Sheet], path: Path, yes: str | None = None, no: str | None = None, page_label: str | None = None
) -> None:
    """Sheets as an XLSX workbook formatted for A4 printing.

    Each sheet gets an optional title and subtitle above a bold header row that
    repeats on every printed page (none when no column has a heading), an
    autofilter, frozen panes, column widths from the content, rows as tall as
    their wrapped text, landscape orientation when wide (and several pages side
    by side when very wide) and page numbers in the footer.
    """
    from konferenz_cli.i18n import t

    # Yes/no cells and the page footer in the language of the run, unless a caller says otherwise.
    yes = t("word.yes") if yes is None else yes
    no = t("word.no") if no is None else no
    page_label = t("xlsx.page_label") if page_label is None else page_label
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
        with_header = any(column.header for column in sheet.columns)
        header_row = row_number if with_header else row_number - 1
        widths = [len(column.header) for column in sheet.columns]
        texts: dict[int, list[tuple[int, str]]] = {}
        if with_header:
            fill = PatternFill("solid", fgColor="DDE4EE")
            for index, column in enumerate(sheet.columns, start=1):
                cell = worksheet.cell(row=header_row, column=index, value=_text_cell(column.header))
                cell.font = Font(bold=True)
                cell.fill = fill
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            texts[header_row] = [(index, column.header) for index, column in enumerate(sheet.columns, start=1)]
        row_number = header_row
        wrapped = None  # the style of a wrapping cell, made once and copied: a new Alignment per cell is slow
        for row in sheet.rows:
            row_number += 1
            row_texts = texts[row_number] = []
            for index, column in enumerate(sheet.columns, start=1):
                value = row.get(column.key)
                cell = worksheet.cell(row=row_number, column=index)
                if wrapped is None:
                    cell.alignment = Alignment(vertical="top", wrap_text=True)
                    wrapped = copy.copy(cell._style)
                else:
                    cell._style = copy.copy(wrapped)
                if isinstance(value, bool) or value is None or isinstance(value, (list, tuple, str)):
                    text = cell_text(value, yes, no)
                    cell.value = _text_cell(text)
                    widths[index - 1] = max(widths[index - 1], min(len(text), _MAX_COLUMN_WIDTH))
                    row_texts.append((index, text))
                elif isinstance(value, (int, float, dt.date, dt.datetime)):
                    cell.value = value
                    widths[index - 1] = max(widths[index - 1], 10)
                    if isinstance(value, Share):
                        cell.number_format = "0.0%"
                else:
                    text = cell_text(value, yes, no)
                    cell.value = _text_cell(text)
                    row_texts.append((index, text))
        for note in sheet.notes:
            row_number += 2
            worksheet.cell(row=row_number, column=1, value=_text_cell(note))
        final_widths = []
        for index, column in enumerate(sheet.columns, start=1):
            # Never narrower than the longest word of the heading: a bold word broken in two reads badly.
            longest_word = max((_text_width(word) * 1.1 for word in column.header.split()), default=0)
            width = max(column.width or max(8, widths[index - 1] + 2), math.ceil(longest_word) + 2)
            worksheet.column_dimensions[get_column_letter(index)].width = width
            final_widths.append(width)
        fit_row_heights(worksheet, texts, bold_rows={header_row} if with_header else ())
        last_column = get_column_letter(max(1, len(sheet.columns)))
        worksheet.freeze_panes = worksheet.cell(row=header_row + 1, column=1)
        if with_header:
            if row_number > header_row:
                worksheet.auto_filter.ref = f"A{header_row}:{last_column}{row_number}"
            worksheet.print_title_rows = f"{header_row}:{header_row}"
        worksheet.page_setup.paperSize = worksheet.PAPERSIZE_A4
        fit_to_pages(worksheet, final_widths or [10])
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
