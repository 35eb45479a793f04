"""Building real registration files for the tests: CSV in any encoding, XLSX with openpyxl, a minimal ODS."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ESCHWEGE_TOPICS = ["Spracherwerb", "Qualifizierung und Ausbildung", "Anerkennung von Abschlüssen"]

SMALL_EVENT = """
[event]
title = "Testkonferenz"
slug = "test"
date = 2023-11-04
start = "10:00"
end = "13:00"
registration_deadline = 2023-10-31
{capacity}

[[agenda]]
start = "10:00"
end = "11:00"
title = "Arbeitsgruppen"
kind = "workgroup_round"
round = 1

[[topics]]
name = "Spracherwerb"
capacity = 40

[[topics]]
name = "Qualifizierung und Ausbildung"
capacity = 40

[[topics]]
name = "Anerkennung von Abschlüssen"
capacity = 40
"""


def event_file(folder: Path, capacity: int | None = None) -> Path:
    """A small event with the three Eschwege topics (and optionally a capacity)."""
    path = folder / "event.toml"
    path.write_text(SMALL_EVENT.format(capacity=f"capacity = {capacity}" if capacity else ""), encoding="utf-8")
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ";",
    line_end: str = "\r\n",
) -> Path:
    """Rows as a CSV file in ``encoding`` with ``delimiter`` and ``line_end``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    sheet: str = "Tabelle1",
    start_row: int = 1,
    start_column: int = 1,
    merged: Sequence[str] = (),
    hidden_columns: Sequence[str] = (),
    extra_sheets: dict[str, Sequence[Sequence[Any]]] | None = None,
    first_sheets: dict[str, Sequence[Sequence[Any]]] | None = None,
) -> Path:
    """Rows as an XLSX workbook written by openpyxl, placed at ``start_row``/``start_column``."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, sheet_rows in (first_sheets or {}).items():
        _fill(workbook.create_sheet(name), sheet_rows, 1, 1)
    worksheet = workbook.create_sheet(sheet)
    _fill(worksheet, rows, start_row, start_column)
    for cell_range in merged:
        worksheet.merge_cells(cell_range)
    for letter in hidden_columns:
        worksheet.column_dimensions[letter].hidden = True
    for name, sheet_rows in (extra_sheets or {}).items():
        _fill(workbook.create_sheet(name), sheet_rows, 1, 1)
    workbook.save(path)
    return path


def _fill(worksheet: Any, rows: Sequence[Sequence[Any]], start_row: int, start_column: int) -> None:
    for row_offset, row in enumerate(rows):
        for column_offset, value in enumerate(row):
            if value is not None and value != "":
                worksheet.cell(row=start_row + row_offset, column=start_column + column_offset, value=value)


def write_ods(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Tabelle1") -> Path:
    """Rows as a minimal OpenDocument spreadsheet (text cells only)."""
    table_rows = []
    for row in rows:
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'
            if value not in (None, "")
            else "<table:table-cell/>"
            for value in row
        )
        table_rows.append(f"<table:table-row>{cells}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
        + "".join(table_rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def read_xlsx(path: Path) -> list[list[Any]]:
    """Every row of the first sheet of an XLSX file, read back with openpyxl."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
