"""Files to numbered rows: encodings, delimiters, line ends, spreadsheets and their layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from konferenz_cli.errors import KonferenzError
from konferenz_cli.importers.layout import locate_table
from konferenz_cli.importers.readers import detect_delimiter, open_source
from tests.registration_files import write_csv, write_ods, write_xlsx

ROWS = [
    ["Name", "E-Mail", "Organisation"],
    ["Jörg Müller", "j@example.org", "Caritas; Kassel"],
    ["Ayşe Yılmaz", "a@example.org", "IHK"],
]


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("cp1252", "cp1252"),
        ("mac_roman", "mac_roman"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    rows = ROWS if encoding not in ("cp1252", "mac_roman") else [r[:1] + r[1:] for r in ROWS[:2]]
    path = write_csv(tmp_path / "a.csv", rows, encoding=encoding)
    source = open_source(path)
    assert source.encoding == detected
    assert [cells for _, cells in source.rows] == [list(r) for r in rows]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("line_end", ["\r\n", "\n", "\r"])
def test_delimiters_and_line_ends(tmp_path: Path, delimiter: str, line_end: str) -> None:
    path = write_csv(tmp_path / "a.csv", ROWS, delimiter=delimiter, line_end=line_end)
    source = open_source(path)
    assert source.delimiter == delimiter
    assert list(source.rows) == [(1, ROWS[0]), (2, ROWS[1]), (3, ROWS[2])]


def test_excel_sep_line_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("sep=,\nName,E-Mail\nA B,a@example.org\n", encoding="utf-8")
    source = open_source(path)
    assert source.delimiter == ","
    assert [cells for _, cells in source.rows] == [["Name", "E-Mail"], ["A B", "a@example.org"]]


def test_google_checkbox_commas_do_not_fool_the_delimiter() -> None:
    sample = 'Zeitstempel,E-Mail,AG\n"12.10.2023 14:15:33",a@b.de,"A, B, C"\n"12.10.2023 15:00:00",c@d.de,"A"\n'
    assert detect_delimiter(sample) == ","


def test_xlsx_rows_keep_their_spreadsheet_numbers_and_columns(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx", [["Titel"], [], ["Name", "E-Mail"], ["A B", "a@example.org"]], start_row=3, start_column=3
    )
    table = locate_table(open_source(path))
    assert table.header_row == 5
    assert table.headers[2:4] == ["Name", "E-Mail"]
    assert [(n, cells[2:4]) for n, cells in table.rows] == [(6, ["A B", "a@example.org"])]


def test_merged_heading_over_sub_headings_becomes_one_heading_per_column(tmp_path: Path) -> None:
    rows = [["Name", "Themenwunsch", None, None], [None, "1", "2", "3"], ["A B", "AG 1", "AG 2", "AG 3"]]
    path = write_xlsx(tmp_path / "a.xlsx", rows, merged=["B1:D1", "A1:A2"])
    table = locate_table(open_source(path))
    assert table.headers == ["Name", "Themenwunsch 1", "Themenwunsch 2", "Themenwunsch 3"]
    assert [n for n, _ in table.rows] == [3]


def test_totals_row_ends_the_list_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    rows = [
        ["Name", "E-Mail"],
        ["A B", "a@example.org"],
        [],
        ["C D", "c@example.org"],
        ["Gesamt:", 2],
        [],
        ["Stand: 30.10."],
    ]
    table = locate_table(open_source(write_xlsx(tmp_path / "a.xlsx", rows)))
    assert [n for n, _ in table.rows] == [2, 4]
    assert table.footer_rows == [7]


def test_duplicate_and_empty_headings_get_distinct_names(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Name", "", "Name", "E-Mail"], ["A", "x", "B", "a@b.de"]])
    assert locate_table(open_source(path)).headers == ["Name", "(B)", "Name (2)", "E-Mail"]


def test_ods_is_read(tmp_path: Path) -> None:
    source = open_source(write_ods(tmp_path / "a.ods", ROWS))
    assert source.kind == "ods"
    assert [cells for _, cells in source.rows] == ROWS


def test_attendee_sheet_is_preferred_in_multi_sheet_exports(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "pretix.xlsx",
        [["Order code", "Attendee name"], ["ABC12", "A B"]],
        sheet="Order positions",
        first_sheets={"Orders": [["Order code", "Email"], ["ABC12", "booker@example.org"]]},
        extra_sheets={"Order fees": [["Order code", "Fee"]]},
    )
    source = open_source(path)
    assert source.sheet == "Order positions"
    assert source.sheets == ("Orders", "Order positions", "Order fees")


def test_first_non_empty_sheet_is_chosen(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Name"], ["A B"]], sheet="Daten", first_sheets={"Leer": []})
    assert open_source(path).sheet == "Daten"


def test_sheet_option_on_a_csv_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KonferenzError) as raised:
        open_source(write_csv(tmp_path / "a.csv", ROWS), sheet="Tabelle1")
    assert raised.value.key == "import.sheet_for_csv"


def test_forced_wrong_encoding_is_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ROWS, encoding="utf-16")
    with pytest.raises(KonferenzError) as raised:
        list(open_source(path, encoding="utf-8").rows)
    assert raised.value.key in ("import.encoding_wrong", "import.encoding_unknown")


def test_xlsm_is_read_like_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", ROWS)
    macro = path.rename(tmp_path / "a.xlsm")
    source = open_source(macro)
    assert source.kind == "xlsm"
    assert [cells for _, cells in source.rows] == ROWS
