"""Files to raw rows: CSV/text in any common encoding and delimiter, spreadsheets via calamine.

A reader yields ``(row_number, cells)`` where ``row_number`` is the row as the
user sees it in Excel or LibreOffice (1-based, title and blank rows counted)
and ``cells`` is a list of values: ``str`` for text files; for spreadsheets
whatever the cell holds (text, number, bool, date, datetime, time). Rows are
produced one at a time, so a file of 100,000 rows is never held as Python
objects more than once.

CSV files are decoded after looking at their bytes: a byte-order mark decides
(UTF-8, UTF-16, UTF-32); otherwise UTF-8 if the whole file is valid UTF-8, else
Windows-1252 (what Excel writes as "CSV (Trennzeichen-getrennt)") or Mac Roman
(Excel for Mac), whichever gives the more plausible letters. The delimiter is
the one of ``;``, ``,`` and tab that splits the first lines most consistently.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union, cast

from konferenz_cli.errors import KonferenzError

__all__ = [
    "ATTENDEE_SHEET_NAMES",
    "Cell",
    "RawSource",
    "SPREADSHEET_SUFFIXES",
    "TEXT_SUFFIXES",
    "detect_delimiter",
    "detect_encoding",
    "open_source",
]

Cell = Union[str, int, float, bool, dt.date, dt.datetime, dt.time, dt.timedelta, None]

TEXT_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")

#: Sheets that hold one row per attendee in multi-sheet exports (pretix order data: "Orders",
#: "Order positions", "Order fees"; in German "Bestellungen", "Bestellzeilen", "Gebühren");
#: preferred over the first sheet when no --sheet is given.
ATTENDEE_SHEET_NAMES = (
    "order positions",
    "bestellzeilen",
    "bestellpositionen",
    "positionen",
    "positions",
    "teilnehmende",
    "teilnehmer",
    "teilnehmer innen",
    "attendees",
    "participants",
    "anmeldungen",
    "registrations",
)

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_DELIMITERS = (";", ",", "\t")
_SAMPLE_BYTES = 256 * 1024
_CHUNK = 1 << 20
# Letters that occur in names and words of European languages; a decoding that
# produces them is more plausible than one that produces symbols in their place.
_LIKELY = set("äöüÄÖÜßéèêëáàâçñóòôíìîïúùûøåæœÉÈÁÀÇÑÓÒÍÚØÅÆŒğışŞİĞčćžšđČĆŽŠĐłńśźżŁŃŚŹŻ€„“”–—’‘…·°§")


@dataclass
class RawSource:
    """An opened registration file: what it is, how it was decoded, and its rows."""

    path: Path
    kind: str
    rows: Iterator[tuple[int, list[Cell]]]
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    estimated_rows: int | None = None
    merged_ranges: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


def open_source(path: Path, *, sheet: str | None = None, encoding: str | None = None) -> RawSource:
    """Open ``path`` for reading its rows.

    Parameters:
        path: a .csv/.txt/.tsv or .xlsx/.xlsm/.xls/.xlsb/.ods file.
        sheet: the worksheet to read (spreadsheets only); by default a sheet of
            attendees if the export has one by name, else the first non-empty sheet.
        encoding: force the text encoding of a CSV file instead of detecting it.

    Raises:
        KonferenzError: the file is missing, empty, of another type than its name
            says, password-protected, corrupt, or in no encoding we can recognise.
    """
    if not path.exists():
        raise KonferenzError("file.not_found", path=str(path))
    if path.is_dir():
        raise KonferenzError("import.is_directory", path=str(path))
    suffix = path.suffix.lower()
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        raise KonferenzError("import.empty_file", path=path.name)
    if suffix == ".zip":
        return _open_zip(path, sheet, encoding)
    if suffix in SPREADSHEET_SUFFIXES:
        return _open_spreadsheet(path, suffix, head, sheet)
    if head.startswith(_ZIP_MAGIC):
        raise KonferenzError("import.really_spreadsheet", path=path.name, stem=path.stem)
    if head.startswith(_OLE_MAGIC):
        raise KonferenzError("import.really_old_excel", path=path.name, stem=path.stem)
    if suffix in TEXT_SUFFIXES or not suffix:
        if sheet:
            raise KonferenzError("import.sheet_for_csv", path=path.name)
        return _open_text(path, encoding)
    raise KonferenzError("import.unsupported_type", path=path.name, suffix=suffix)


# --- ZIP downloads ------------------------------------------------------------


def _open_zip(path: Path, sheet: str | None, encoding: str | None) -> RawSource:
    """The one table in a ZIP download (Google Forms' "Download responses (.csv)" is one)."""
    import shutil
    import tempfile
    import weakref
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                info
                for info in archive.infolist()
                if not info.is_dir()
                and not info.filename.startswith("__MACOSX/")
                and Path(info.filename).suffix.lower() in TEXT_SUFFIXES + SPREADSHEET_SUFFIXES
            ]
            if len(members) != 1:
                names = ", ".join(Path(info.filename).name for info in members) or "-"
                raise KonferenzError("import.zip_not_one_table", path=path.name, files=names)
            folder = Path(tempfile.mkdtemp(prefix="konferenz-"))
            inner = folder / Path(members[0].filename).name
            inner.write_bytes(archive.read(members[0]))
    except (zipfile.BadZipFile, OSError) as error:
        raise KonferenzError("import.corrupt_workbook", path=path.name, reason=str(error)) from None
    try:
        source = open_source(inner, sheet=sheet, encoding=encoding)
    except KonferenzError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    # The unpacked copy lives as long as its rows are read.
    weakref.finalize(source, shutil.rmtree, folder, ignore_errors=True)
    return source


# --- text files ---------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """The encoding of a text file (see the module docstring for the rules)."""
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE_BYTES)
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        return _utf16_without_bom(head, path)
    if _is_utf8(path):
        return "utf-8"
    return _single_byte_encoding(path)


def _utf16_without_bom(head: bytes, path: Path) -> str:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2 or 1
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    raise KonferenzError("import.encoding_unknown", path=path.name)


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _single_byte_encoding(path: Path) -> str:
    high_bytes = bytearray()
    with path.open("rb") as handle:
        while (chunk := handle.read(_CHUNK)) and len(high_bytes) < 20_000:
            high_bytes.extend(byte for byte in chunk if byte >= 0x80)
    sample = bytes(high_bytes)

    def score(name: str) -> float:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            return float("-inf")
        return sum(2 if ch in _LIKELY else (0 if ch.isalpha() else -1) for ch in text)

    return max(("cp1252", "mac_roman", "latin-1"), key=score)


def detect_delimiter(sample: str) -> str:
    """The delimiter among ``;``, ``,`` and tab that splits ``sample``'s lines most consistently."""
    lines = sample.splitlines()[:60]
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        counts = [len(record) for record in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in record)]
        if not counts:
            continue
        modal = max(set(counts), key=lambda n: (counts.count(n), n))
        if modal < 2:
            continue
        score = (counts.count(modal) / len(counts), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_SEP_LINE = re.compile(r"^\ufeff?sep=(.)\s*$", re.IGNORECASE)


def _open_text(path: Path, encoding: str | None) -> RawSource:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise KonferenzError("import.encoding_not_known", encoding=encoding) from None
    chosen = encoding or detect_encoding(path)
    try:
        with path.open("r", encoding=chosen, newline="") as handle:
            sample = handle.read(_SAMPLE_BYTES)
    except UnicodeDecodeError:
        raise KonferenzError("import.encoding_wrong", path=path.name, encoding=chosen) from None
    if not sample.strip():
        raise KonferenzError("import.empty_file", path=path.name)
    if _looks_binary(sample):
        raise KonferenzError("import.encoding_unknown", path=path.name)
    first_line = sample.split("\n", 1)[0].split("\r", 1)[0]
    sep_line = _SEP_LINE.match(first_line)
    delimiter = sep_line.group(1) if sep_line else detect_delimiter(sample[: sample.rfind("\n") + 1] or sample)
    size = path.stat().st_size
    sample_lines = max(1, sample.count("\n") or sample.count("\r"))
    estimated = int(size / max(1, len(sample.encode(chosen, errors="replace")) / sample_lines))
    return RawSource(
        path=path,
        kind="csv",
        rows=_text_rows(path, chosen, delimiter, skip_first=bool(sep_line)),
        encoding=chosen,
        delimiter=delimiter,
        estimated_rows=estimated,
    )


def _looks_binary(sample: str) -> bool:
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    return "\x00" in sample or controls > max(2, len(sample) // 200)


def _text_rows(path: Path, encoding: str, delimiter: str, skip_first: bool) -> Iterator[tuple[int, list[Cell]]]:
    with path.open("r", encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            if skip_first:
                next(reader, None)
            # csv yields lists of str, which are lists of cells (list is invariant for mypy).
            yield from cast("Iterator[tuple[int, list[Cell]]]", enumerate(reader, start=1))
        except csv.Error as error:
            raise KonferenzError("import.csv_broken", path=path.name, line=reader.line_num, reason=str(error)) from None
        except UnicodeDecodeError:
            raise KonferenzError("import.encoding_wrong", path=path.name, encoding=encoding) from None


# --- spreadsheets -------------------------------------------------------------


def _open_spreadsheet(path: Path, suffix: str, head: bytes, sheet: str | None) -> RawSource:
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum

    if suffix in (".xlsx", ".xlsm", ".xlsb", ".ods") and head.startswith(_OLE_MAGIC):
        if _is_encrypted(path):
            raise KonferenzError("import.password_protected", path=path.name)
        raise KonferenzError("import.corrupt_workbook", path=path.name, reason="OLE/xls")
    if suffix == ".xls" and head.startswith(_ZIP_MAGIC):
        suffix = ".xlsx"
    if suffix in (".xlsx", ".xlsm", ".xlsb", ".ods") and not head.startswith(_ZIP_MAGIC):
        raise KonferenzError("import.corrupt_workbook", path=path.name, reason=_describe_head(head))
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = [m.name for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        chosen_name, chosen = _choose_sheet(workbook, names, sheet, path)
        merged = list(chosen.merged_cell_ranges or []) if suffix != ".ods" else []
    except CalamineError as error:
        if type(error).__name__ == "PasswordError":
            raise KonferenzError("import.password_protected", path=path.name) from None
        raise KonferenzError("import.corrupt_workbook", path=path.name, reason=str(error)) from None
    return RawSource(
        path=path,
        kind=suffix.lstrip("."),
        rows=_sheet_rows(chosen, path),
        sheet=chosen_name,
        sheets=tuple(names),
        estimated_rows=chosen.height,
        merged_ranges=merged,
    )


def _describe_head(head: bytes) -> str:
    return "no zip container" if head else "empty"


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return _ENCRYPTED_PACKAGE in handle.read(1 << 20)


def _choose_sheet(workbook: Any, names: list[str], wanted: str | None, path: Path) -> tuple[str, Any]:
    if wanted is not None:
        match = next((n for n in names if n == wanted), None) or next(
            (n for n in names if n.strip().casefold() == wanted.strip().casefold()), None
        )
        if match is None:
            raise KonferenzError("import.sheet_not_found", sheet=wanted, path=path.name, sheets=", ".join(names) or "-")
        return match, workbook.get_sheet_by_name(match)
    folded = {_fold_sheet_name(n): n for n in names}
    ordered = [folded[a] for a in ATTENDEE_SHEET_NAMES if a in folded] + names
    for name in ordered:
        candidate = workbook.get_sheet_by_name(name)
        if candidate.height > 0:
            return name, candidate
    raise KonferenzError("import.no_data_sheet", path=path.name)


def _fold_sheet_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def _sheet_rows(sheet: Any, path: Path) -> Iterator[tuple[int, list[Cell]]]:
    from python_calamine import CalamineError

    # calamine yields rows from the sheet's first row but columns only from the
    # first used column; pad so that positions stay those of the spreadsheet.
    start = sheet.start
    padding: list[Cell] = [""] * (start[1] if start else 0)
    try:
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            yield number, padding + cells if padding else cells
    except CalamineError as error:
        raise KonferenzError("import.corrupt_workbook", path=path.name, reason=str(error)) from None
