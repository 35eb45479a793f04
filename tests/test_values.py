"""Reading the values people type on the command line and in event files."""

from __future__ import annotations

import datetime as dt

import pytest

from konferenz_cli.errors import ValidationError
from konferenz_cli.values import closest, parse_date, parse_time


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("09:45", dt.time(9, 45)),
        ("9.45", dt.time(9, 45)),
        ("9:45 Uhr", dt.time(9, 45)),
        ("10", dt.time(10, 0)),
        ("10 Uhr", dt.time(10, 0)),
        ("14h", dt.time(14, 0)),
        ("23:59", dt.time(23, 59)),
    ],
)
def test_parse_time_reads_what_people_type(typed: str, expected: dt.time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["24", "10:60", "25:00", "zehn", "10:5", "", "1000"])
def test_parse_time_rejects_what_is_no_time(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time(typed, "start")

    assert caught.value.params == {"field": "start", "value": typed}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2023-11-04", dt.date(2023, 11, 4)), ("4.11.2023", dt.date(2023, 11, 4)), ("04. 11. 2023", dt.date(2023, 11, 4))],
)
def test_parse_date_reads_iso_and_german_dates(typed: str, expected: dt.date) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sprahce", "Sprache"),
        ("sprache ", "Sprache"),
        ("Wohnung", "Wohnen"),
        ("Anerkennung", "Anerkennung von Abschlüssen"),
        ("Arbeit", None),
        ("", None),
    ],
)
def test_closest_finds_the_name_a_typo_means(typed: str, expected: str | None) -> None:
    assert closest(typed, ["Sprache", "Wohnen", "Anerkennung von Abschlüssen"]) == expected
