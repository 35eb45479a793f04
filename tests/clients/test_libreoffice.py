"""Every spreadsheet and Word document we write, opened in LibreOffice and saved as PDF and CSV.

The content must survive (sheet names, header rows, every cell, umlauts; the
Word headings, tables, charts and a filled-in table of contents) and the
printout must be usable: A4 pages, none empty, text large enough to read, no
text printed over other text, the header row on every page of a list.

Needs LibreOffice (``soffice``), which the CI machine does not have: the tests
are skipped there with a message saying so, and run wherever it is installed
(``apt-get install libreoffice-calc libreoffice-writer``). Converting takes
LibreOffice a few seconds per batch, so everything is made and converted once
per module.
"""

from __future__ import annotations

import csv
import math
import re
import shutil
import statistics
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from konferenz_cli.cli.app import build_app
from konferenz_cli.cli.common import GLOBAL
from konferenz_cli.i18n import set_language

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice is not installed (apt-get install libreoffice-calc libreoffice-writer); "
        "the office round trip needs soffice",
    ),
    pytest.mark.slow,
]

SLUG = "ik-eschwege-2023"
SERIES = "Regionalkonferenzen Integration gestalten"
# LibreOffice's CSV filter: comma, double quote, UTF-8, from line 1, raw values, every sheet to its own file.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
A4 = {(595, 842), (842, 595)}


@dataclass
class Outputs:
    """The files we wrote, LibreOffice's PDF of each, and its CSV of each worksheet."""

    folder: Path
    workbooks: list[Path]
    documents: list[Path]
    pdf: Path
    csv: Path

    def pdf_of(self, path: Path) -> Path:
        return self.pdf / path.suffix.lstrip(".") / f"{path.stem}.pdf"

    def csv_of(self, path: Path, sheet: str) -> Path:
        return self.csv / f"{path.stem}-{sheet}.csv"


def _konferenz(*args: str) -> None:
    """Run a command in-process, like the ``cli`` fixture, and insist that it works."""
    set_language("de")
    GLOBAL.db = None
    GLOBAL.lang = None
    result = CliRunner().invoke(build_app(), list(args), catch_exceptions=False, env={"KONFERENZ_LANG": "de"})
    assert result.exit_code == 0, (args, result.stderr)


def _soffice(profile: Path, target: str, folder: Path, files: list[Path]) -> None:
    assert SOFFICE is not None
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",  # its own profile: no clash with a running LibreOffice
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        str(folder),
        *map(str, files),
    ]
    subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    """The demo's files plus every listing as XLSX and the series report, converted by LibreOffice."""
    folder = tmp_path_factory.mktemp("office")
    out = folder / "demo"
    _konferenz("demo", "--out", str(out))
    db = ["--db", str(out / "konferenz.db")]
    lists = out / "listings"
    lists.mkdir()
    _konferenz(*db, "participants", "-e", SLUG, "--format", "xlsx", "-o", str(lists / "teilnehmende.xlsx"))
    _konferenz(*db, "assignments", "-e", SLUG, "--format", "xlsx", "-o", str(lists / "zuteilungen.xlsx"))
    _konferenz(*db, "events", "--format", "xlsx", "-o", str(lists / "veranstaltungen.xlsx"))
    _konferenz(*db, "export-report", "--series", SERIES, "-f", "xlsx", "-o", str(lists / "reihe.xlsx"))
    _konferenz(*db, "export-report", "--series", SERIES, "-f", "docx", "-o", str(lists / "reihe.docx"))
    written = [path for path in sorted(out.rglob("*")) if path.suffix in (".xlsx", ".docx") and _ours(path)]
    workbooks = [path for path in written if path.suffix == ".xlsx"]
    documents = [path for path in written if path.suffix == ".docx"]
    profile = folder / "profile"
    outputs = Outputs(out, workbooks, documents, folder / "pdf", folder / "csv")
    _soffice(profile, "pdf", outputs.pdf / "xlsx", workbooks)
    _soffice(profile, "pdf", outputs.pdf / "docx", documents)
    _soffice(profile, CSV_FILTER, outputs.csv, workbooks)
    return outputs


def _ours(path: Path) -> bool:
    """Not one of the example registration files the demo copies in to import."""
    return path.parent.name != "anmeldungen" or ".abgelehnt." in path.name or ".rejected." in path.name


# --- reading the results -------------------------------------------------------------


def _pages(pdf: Path) -> Iterator[Any]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        yield from document
    finally:
        document.close()


def _words(text: str) -> set[str]:
    # pdfium gives a hyphen where a line was broken as U+FFFE.
    return {word for word in re.split(r"[\s\-–/\ufffe\xad]+", text) if word}


@dataclass
class PageFacts:
    size: tuple[int, int]
    text: str
    cap_heights: list[float]
    overlaps: list[tuple[str, str]]


def _page_facts(page: Any) -> PageFacts:
    """What a reader sees on a page: its size, text, the height of its capitals, and text printed over text."""
    text_page = page.get_textpage()
    text = text_page.get_text_range()
    heights = []
    for index in range(text_page.count_chars()):
        if index < len(text) and text[index].isalpha() and text[index].isupper():
            _, bottom, _, top = text_page.get_charbox(index)
            heights.append(top - bottom)
    rects = [text_page.get_rect(i) for i in range(text_page.count_rects())]
    rects = sorted((r for r in rects if r[2] - r[0] > 1 and r[3] - r[1] > 1), key=lambda r: r[1])
    overlaps = []
    for index, first in enumerate(rects):
        for second in rects[index + 1 :]:
            if second[1] >= first[3]:
                break
            width = min(first[2], second[2]) - max(first[0], second[0])
            height = min(first[3], second[3]) - max(first[1], second[1])
            smaller = min((r[2] - r[0]) * (r[3] - r[1]) for r in (first, second))
            if width > 0 and height > 0 and width * height > 0.25 * smaller:
                overlaps.append((text_page.get_text_bounded(*first), text_page.get_text_bounded(*second)))
    width, height = page.get_size()
    return PageFacts((round(width), round(height)), text, heights, overlaps)


def _printout(pdf: Path) -> list[PageFacts]:
    assert pdf.exists(), f"LibreOffice wrote no {pdf.name}"
    return [_page_facts(page) for page in _pages(pdf)]


def _check_printout(name: str, pages: list[PageFacts]) -> None:
    assert pages, name
    assert {page.size for page in pages} <= A4, (name, {page.size for page in pages})
    empty = [number for number, page in enumerate(pages, start=1) if not page.text.strip()]
    assert not empty, f"{name}: empty pages {empty}"
    overlapping = [(number, page.overlaps[0]) for number, page in enumerate(pages, start=1) if page.overlaps]
    assert not overlapping, f"{name}: text printed over other text on page {overlapping[0]}"
    heights = [height for page in pages for height in page.cap_heights]
    # A capital letter 3.5 pt high belongs to text of about 5 pt, the least a printout can be read at.
    assert statistics.median(heights) >= 3.5, f"{name}: text shrunk to {statistics.median(heights):.1f} pt capitals"


def _cell_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def _same(expected: Any, found: str) -> bool:
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        try:
            if found.endswith("%"):  # a share: LibreOffice writes percentages as they are shown
                return math.isclose(float(found.rstrip(" %").replace(",", ".")) / 100, expected, abs_tol=0.0005)
            return math.isclose(float(found), float(expected), rel_tol=1e-9, abs_tol=1e-9)
        except ValueError:
            return False
    return _cell_text(expected) == found


# --- spreadsheets ----------------------------------------------------------------------


def test_every_workbook_keeps_its_sheets_headers_and_cells(outputs: Outputs) -> None:
    from openpyxl import load_workbook

    assert len(outputs.workbooks) >= 10
    for path in outputs.workbooks:
        workbook = load_workbook(path)
        for sheet in workbook.worksheets:
            exported = outputs.csv_of(path, sheet.title)
            assert exported.exists(), f"{path.name}: no sheet {sheet.title!r} in LibreOffice's export"
            with exported.open(encoding="utf-8", newline="") as handle:
                grid = list(csv.reader(handle))
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is None or cell.value == "" or hasattr(cell.value, "year"):
                        continue
                    found = grid[cell.row - 1][cell.column - 1] if cell.row <= len(grid) else None
                    where = f"{path.name} [{sheet.title}] {cell.coordinate}"
                    assert found is not None, (where, cell.value)
                    assert _same(cell.value, found), (where, cell.value, found)


def test_workbooks_keep_umlauts_and_other_scripts(outputs: Outputs) -> None:
    text = " ".join(
        path.read_text(encoding="utf-8") for path in outputs.csv.glob("*.csv") if "teilnehmende" in path.name
    )
    for name in ("Weißenborn", "Jürgen", "Çelik", "Yılmaz", "Коваленко", "العلي"):
        assert name in text, name


def test_every_workbook_prints_on_readable_a4_pages(outputs: Outputs) -> None:
    for path in outputs.workbooks:
        _check_printout(path.name, _printout(outputs.pdf_of(path)))


def test_lists_repeat_their_header_row_on_every_printed_page(outputs: Outputs) -> None:
    from openpyxl import load_workbook

    lists = [p for p in outputs.workbooks if p.parent.name in ("listings", "listen") or ".abgelehnt." in p.name]
    assert len(lists) >= 5
    for path in lists:
        workbook = load_workbook(path)
        headings: set[str] = set()
        for sheet in workbook.worksheets:
            assert sheet.print_title_rows, f"{path.name} [{sheet.title}] repeats no header row"
            header_row = int(sheet.print_title_rows.split(":")[-1].lstrip("$"))
            headings |= {str(c.value).split()[0] for c in sheet[header_row] if c.value}
        for number, page in enumerate(_printout(outputs.pdf_of(path)), start=1):
            assert _words(page.text) & headings, f"{path.name}: page {number} has no header row"


def test_wide_listing_is_spread_over_pages_with_every_column(outputs: Outputs) -> None:
    from openpyxl import load_workbook

    path = outputs.folder / "listings" / "teilnehmende.xlsx"
    sheet = load_workbook(path).active
    header_row = int(sheet.print_title_rows.split(":")[-1].lstrip("$"))
    headings = [str(cell.value) for cell in sheet[header_row] if cell.value]
    printed = " ".join(page.text for page in _printout(outputs.pdf_of(path)))

    assert len(headings) > 20
    missing = [heading for heading in headings if not _words(heading) <= _words(printed)]
    assert not missing, f"columns not printed: {missing}"


# --- Word documents -------------------------------------------------------------------


def test_word_documents_keep_headings_contents_tables_and_charts(outputs: Outputs) -> None:
    import pypdf
    from docx import Document

    assert len(outputs.documents) >= 3
    for path in outputs.documents:
        document = Document(str(path))
        pages = _printout(outputs.pdf_of(path))
        _check_printout(path.name, pages)
        printed = " ".join(page.text for page in pages)
        headings = [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
        assert headings, path.name
        for heading in headings:
            assert _words(heading) <= _words(printed), (path.name, heading)
        # The table of contents on the first page lists the chapters (LibreOffice does not update it itself).
        lines = {" ".join(line.split()) for line in pages[0].text.splitlines()}
        chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
        assert "Inhalt" in lines, path.name
        assert chapters, path.name
        assert set(chapters[:3]) <= lines, (path.name, "table of contents", chapters[:3])
        for table in document.tables:
            for row in table.rows[:3]:
                for cell in row.cells:
                    assert _words(cell.text) <= _words(printed), (path.name, cell.text)
        images = sum(len(page.images) for page in pypdf.PdfReader(outputs.pdf_of(path)).pages)
        assert images >= len(document.inline_shapes), (path.name, images)
        if "bericht" in path.name:
            assert len(document.inline_shapes) >= 3, path.name


def test_every_file_we_write_is_checked(outputs: Outputs) -> None:
    names = {path.name for path in [*outputs.workbooks, *outputs.documents]}
    assert {
        "teilnehmende.xlsx",
        "zuteilungen.xlsx",
        "veranstaltungen.xlsx",
        "reihe.xlsx",
        "reihe.docx",
        f"{SLUG}-zuteilung.xlsx",
        f"{SLUG}-teilnahmeliste.xlsx",
        f"{SLUG}-arbeitsgruppen.xlsx",
        f"{SLUG}-bericht-intern.xlsx",
        f"{SLUG}-bericht-intern.docx",
        f"{SLUG}-dokumentation-oeffentlich.docx",
    } <= names
    assert any(name.endswith(".abgelehnt.xlsx") for name in names)
