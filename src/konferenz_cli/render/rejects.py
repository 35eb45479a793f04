"""The rejects spreadsheet: the rows an import could not store, as they were, with the reason.

The organiser opens it in Excel, corrects the cells and imports the file again;
the reason column is recognised on that import and ignored (see
:mod:`konferenz_cli.importers.aliases`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from konferenz_cli.render.tables import (
    _text_cell,  # one rule for "never a formula" in every workbook
    fit_row_heights,
    fit_to_pages,
)

_MAX_WIDTH = 40

__all__ = ["write_rejects"]


def write_rejects(
    path: Path, headers: Sequence[str], rows: Sequence[tuple[Sequence[Any], str]], *, reason_header: str
) -> None:
    """Write ``rows`` (original cells, reason) under the original ``headers`` plus a reason column.

    Set up for A4 like every listing: columns as wide as their content (up to a
    limit, then wrapping), rows as tall as their text, the header row repeated
    on each printed page.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from konferenz_cli.i18n import t

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Abgelehnt" if reason_header.startswith("Ablehnung") else "Rejected"
    width = max([len(headers)] + [len(cells) for cells, _ in rows])
    titles = list(headers) + [""] * (width - len(headers)) + [reason_header]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="F8D7DA")
    wrap = Alignment(vertical="top", wrap_text=True)
    texts: dict[int, list[tuple[int, str]]] = {1: []}
    lengths = [len(str(title)) for title in titles]
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=1, column=column, value=_text_cell(title))
        cell.font = bold
        cell.alignment = wrap
        texts[1].append((column, str(title)))
    for row_number, (cells, reason) in enumerate(rows, start=2):
        row_texts = texts[row_number] = [(width + 1, reason)]
        for column, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row_number, column=column, value=_cell_value(value))
            cell.alignment = wrap
            if value is not None:
                row_texts.append((column, str(value)))
                lengths[column - 1] = max(lengths[column - 1], len(str(value)))
        reason_cell = sheet.cell(row=row_number, column=width + 1, value=_text_cell(reason))
        reason_cell.fill = fill
        reason_cell.alignment = wrap
        lengths[width] = max(lengths[width], len(reason))
    sheet.freeze_panes = "A2"
    widths = [max(10, min(_MAX_WIDTH, length + 2)) for length in lengths]
    for column, column_width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = column_width
    fit_row_heights(sheet, texts, bold_rows={1})
    sheet.print_title_rows = "1:1"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    fit_to_pages(sheet, widths)
    sheet.oddFooter.center.text = t("xlsx.page_label")
    workbook.save(path)


def _cell_value(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _text_cell(value)
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (bool, int, float, dt.date, dt.datetime, dt.time)):
        return value
    return _text_cell(str(value))
