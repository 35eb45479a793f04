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

from konferenz_cli.render.tables import _text_cell  # one rule for "never a formula" in every workbook

__all__ = ["write_rejects"]


def write_rejects(
    path: Path, headers: Sequence[str], rows: Sequence[tuple[Sequence[Any], str]], *, reason_header: str
) -> None:
    """Write ``rows`` (original cells, reason) under the original ``headers`` plus a reason column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Abgelehnt" if reason_header.startswith("Ablehnung") else "Rejected"
    width = max([len(headers)] + [len(cells) for cells, _ in rows])
    titles = list(headers) + [""] * (width - len(headers)) + [reason_header]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="F8D7DA")
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=1, column=column, value=_text_cell(title))
        cell.font = bold
    for row_number, (cells, reason) in enumerate(rows, start=2):
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=row_number, column=column, value=_cell_value(value))
        reason_cell = sheet.cell(row=row_number, column=width + 1, value=_text_cell(reason))
        reason_cell.fill = fill
    sheet.freeze_panes = "A2"
    for column, title in enumerate(titles, start=1):
        letter = sheet.cell(row=1, column=column).column_letter
        sheet.column_dimensions[letter].width = max(10, min(60, len(str(title)) + 4))
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
