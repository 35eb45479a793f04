"""Where the table is inside a sheet: the header row, the data rows, and what is not data.

Hand-made lists start with a title (often merged across the columns), a date
line and blank rows; the header is the row among the first ones that has the
most cells recognised as column headings. A two-row heading where a merged
cell ("Themenwunsch") stands over sub-headings ("1", "2", "3") becomes
"Themenwunsch 1", "Themenwunsch 2", ... Below the header, blank rows are
skipped wherever they are, and a totals row ("Summe", "Gesamt", "Total",
"Anzahl: 143") ends the list: what follows it is footnotes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from konferenz_cli.errors import KonferenzError
from konferenz_cli.importers.aliases import fold_header, match_alias
from konferenz_cli.importers.readers import Cell, RawSource
from konferenz_cli.importers.values import clean_text

__all__ = ["Table", "column_label", "is_blank_cell", "is_blank_row", "locate_table"]

_LOOKAHEAD = 40
_TOTALS = re.compile(
    r"^(summe|gesamt|insgesamt|total|totals|sum|anzahl|gesamtzahl|summe der anmeldungen|count)\b",
)


@dataclass
class Table:
    """The located table of a source: headings by column and the data rows below them."""

    source: RawSource
    header_row: int
    headers: list[str]
    rows: Iterator[tuple[int, list[Cell]]]
    footer_rows: list[int] = field(default_factory=list)


def column_label(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> "A", 27 -> "AB"."""
    label = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        label = chr(65 + remainder) + label
    return label


def is_blank_cell(cell: Cell) -> bool:
    """Whether a cell holds nothing, or only spaces."""
    return cell is None or cell == "" or (isinstance(cell, str) and not cell.strip())


def is_blank_row(cells: list[Cell]) -> bool:
    """Whether a row holds nothing but empty cells and spaces."""
    return all(is_blank_cell(cell) for cell in cells)


_TOTALS_INITIALS = frozenset("sgitac")


def _is_totals_row(cells: list[Cell]) -> bool:
    """A row such as "Summe | 32", or "32 | Summe" from an office file (a formula's count in the number column)."""
    label = None
    for cell in cells:
        if is_blank_cell(cell):
            continue
        if isinstance(cell, str):
            label = cell
            break
        if isinstance(cell, (int, float)) and not isinstance(cell, bool):
            continue
        return False
    if label is None or label.lstrip()[:1].lower() not in _TOTALS_INITIALS:
        return False
    if any(isinstance(c, str) and "@" in c for c in cells):
        return False
    return bool(_TOTALS.match(fold_header(label)))


def locate_table(source: RawSource, known_heading: Callable[[str], bool] | None = None) -> Table:
    """Find the header row of ``source`` and return the table below it.

    ``known_heading`` tells whether a heading is recognised (by default: by the
    alias table); the row with most recognised headings wins, the earliest on a
    tie. Cells that look like values (an e-mail address) count against a row.
    Raises :class:`KonferenzError` for a file without any rows.
    """
    recognised = known_heading or (lambda text: match_alias(fold_header(text)) is not None)
    head = list(itertools.islice(source.rows, _LOOKAHEAD))
    filled = [(n, cells) for n, cells in head if not is_blank_row(cells)]
    if not filled:
        raise KonferenzError("import.no_rows", path=source.path.name)
    widest = max(_filled_count(cells) for _, cells in filled)
    minimum = 1 if widest == 1 else 2
    best_index, best_score = -1, 0
    for index, (_, cells) in enumerate(filled):
        if _filled_count(cells) < minimum:
            continue
        score = sum(_heading_score(cell, recognised) for cell in cells)
        if score > best_score:
            best_index, best_score = index, score
    first_wide = next(i for i, (_, cells) in enumerate(filled) if _filled_count(cells) >= max(minimum, widest // 2))
    if best_index < 0 or (best_index > first_wide and best_score < _score_of(filled[first_wide][1], recognised) + 2):
        # Headings nobody knows ("Q1", "Q2") stand in the first full row; a value below them that
        # happens to look like a heading ("Jobcenter") does not make its row the header.
        best_index = first_wide
    header_number, header_cells = filled[best_index]
    headers = [clean_text(cell) for cell in header_cells]
    below: Iterator[tuple[int, list[Cell]]] = itertools.chain((r for r in head if r[0] > header_number), source.rows)
    headers, rest = _merge_sub_headings(source, header_number, headers, below)
    table = Table(source=source, header_row=header_number, headers=_unique(headers), rows=iter(()))
    table.rows = _data_rows(rest, table)
    return table


def _score_of(cells: list[Cell], recognised: Callable[[str], bool]) -> int:
    return sum(_heading_score(cell, recognised) for cell in cells)


def _heading_score(cell: Cell, recognised: Callable[[str], bool]) -> int:
    if not isinstance(cell, str) or not cell.strip():
        return 0
    if "@" in cell and " " not in cell.strip():
        return -2
    return 1 if recognised(cell) else 0


def _filled_count(cells: list[Cell]) -> int:
    return sum(1 for cell in cells if not (cell is None or cell == "" or (isinstance(cell, str) and not cell.strip())))


def _merge_sub_headings(
    source: RawSource, header_number: int, headers: list[str], rest: Iterator[tuple[int, list[Cell]]]
) -> tuple[list[str], Iterator[tuple[int, list[Cell]]]]:
    spans = [
        (first_col, last_col)
        for (first_row, first_col), (_, last_col) in source.merged_ranges
        if first_row == header_number - 1 and last_col > first_col
    ]
    if not spans:
        return headers, rest
    following = next(rest, None)
    if following is None:
        return headers, rest
    number, cells = following
    inside = {col for first, last in spans for col in range(first, last + 1)}
    sub = {i: clean_text(c) for i, c in enumerate(cells) if clean_text(c)}
    if number != header_number + 1 or not sub or not set(sub) <= inside:
        return headers, itertools.chain([following], rest)
    merged = list(headers) + [""] * max(0, len(cells) - len(headers))
    for first, last in spans:
        parent = merged[first]
        for col in range(first, last + 1):
            merged[col] = f"{parent} {sub[col]}".strip() if col in sub else (merged[col] or parent)
    return merged, rest


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for index, header in enumerate(headers):
        name = header or f"({column_label(index)})"
        count = seen.get(name, 0) + 1
        seen[name] = count
        result.append(name if count == 1 else f"{name} ({count})")
    return result


def _data_rows(rows: Iterator[tuple[int, list[Cell]]], table: Table) -> Iterator[tuple[int, list[Cell]]]:
    initials = _TOTALS_INITIALS
    for number, cells in rows:
        first = cells[0] if cells else None
        if first.__class__ is str and first and first[0] not in initials and not first[0].isspace():
            # The common case, decided by the first cell: text that starts no totals word.
            if first[0].lower() not in initials:
                yield number, cells
                continue
        if is_blank_row(cells):
            continue
        if _is_totals_row(cells):
            table.footer_rows.extend(later for later, rest in rows if not is_blank_row(rest))
            return
        yield number, cells
