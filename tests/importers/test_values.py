"""Cell values as people type them: names, e-mail, yes/no, dates, ranks."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from konferenz_cli.importers.values import (
    clean_name,
    normalise_email,
    parse_bool,
    parse_rank,
    parse_timestamp,
    slash_dates_day_first,
    split_last_first,
    split_name,
    valid_email,
)

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Amina Haddad", (None, "Amina", "Haddad")),
        ("  Jörg   Müller\u00a0", (None, "Jörg", "Müller")),
        ("Dr. Amina Haddad", ("Dr.", "Amina", "Haddad")),
        ("Prof. Dr. Svenja Hartmann", ("Prof. Dr.", "Svenja", "Hartmann")),
        ("Frau Käthe Groß", (None, "Käthe", "Groß")),
        ("Ursula von der Leyen", (None, "Ursula", "von der Leyen")),
        ("Mohammed Al Hassan", (None, "Mohammed", "Al Hassan")),
        ("Anna Maria Schmidt", (None, "Anna Maria", "Schmidt")),
        ("Müller, Jörg", (None, "Jörg", "Müller")),
        ("Rahimi", (None, None, "Rahimi")),
        ("Олена Коваленко", (None, "Олена", "Коваленко")),
        ("مریم رضایی", (None, "مریم", "رضایی")),
        ("D'Andre O'Neill", (None, "D'Andre", "O'Neill")),
        ("Hans-Peter Zöllner-Weiß", (None, "Hans-Peter", "Zöllner-Weiß")),
        ("", (None, None, None)),
    ],
)
def test_split_name(cell: str, expected: tuple) -> None:
    assert split_name(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Müller, Jörg", (None, "Jörg", "Müller")),
        ("Haddad, Dr. Amina", ("Dr.", "Amina", "Haddad")),
        ("von der Heyde, Ursula", (None, "Ursula", "von der Heyde")),
        ("Müller Jörg", (None, "Jörg", "Müller")),
        ("Müller,", (None, None, "Müller")),
    ],
)
def test_split_last_first(cell: str, expected: tuple) -> None:
    assert split_last_first(cell) == expected


def test_names_keep_unicode_exactly() -> None:
    decomposed = "Mu\u0308ller"
    assert clean_name(f" {decomposed} ") == decomposed


@pytest.mark.parametrize(
    ("cell", "normalised", "valid"),
    [
        (" Amina.Haddad@Example.ORG\u00a0", "amina.haddad@example.org", True),
        ("first.last+konferenz@example.org", "first.last+konferenz@example.org", True),
        ("\u200bx@example.org", "x@example.org", True),
        ("m.schneider@web", "m.schneider@web", False),
        ("k.weber(at)diakonie.de", "k.weber(at)diakonie.de", False),
        ("lena@@gmx.de", "lena@@gmx.de", False),
        ("two words@example.org", "two words@example.org", False),
    ],
)
def test_email_is_trimmed_and_lowered_only(cell: str, normalised: str, valid: bool) -> None:
    assert normalise_email(cell) == normalised
    assert valid_email(normalised) is valid


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("ja", True),
        ("Ja, gerne", True),
        ("YES", True),
        ("x", True),
        ("X", True),
        ("1", True),
        (1, True),
        (1.0, True),
        (True, True),
        ("wahr", True),
        ("checked", True),
        ("✓", True),
        ("Ich bin einverstanden", True),
        ("nein", False),
        ("No", False),
        ("0", False),
        (0, False),
        ("falsch", False),
        ("false", False),
        ("nein danke", False),
        ("Ich bin nicht einverstanden", False),
        ("", None),
        (None, None),
        ("N/A", None),  # LimeSurvey: a yes/no question left unanswered
        ("k.A.", None),
        ("keine Angabe", None),
        ("Y", True),
        ("N", False),
    ],
)
def test_parse_bool(cell: object, expected: bool | None) -> None:
    assert parse_bool(cell) is expected


@pytest.mark.parametrize("cell", ["vielleicht", "später", 2, "bitte anrufen"])
def test_parse_bool_rejects_text_that_says_neither(cell: object) -> None:
    with pytest.raises(ValueError, match=".+"):
        parse_bool(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("12.10.2023 14:15:33", "2023-10-12T14:15:33+02:00"),
        ("12.10.2023 14:15", "2023-10-12T14:15:00+02:00"),
        ("12.10.2023", "2023-10-12T00:00:00+02:00"),
        ("1.11.23 9:05", "2023-11-01T09:05:00+01:00"),
        ("2023-10-12", "2023-10-12T00:00:00+02:00"),
        ("2023-10-12T14:15:33", "2023-10-12T14:15:33+02:00"),
        ("2023-10-12T12:15:33Z", "2023-10-12T14:15:33+02:00"),
        ("2023-10-12 14:15:33+03:00", "2023-10-12T13:15:33+02:00"),
        ("2023/10/12 2:15:33 PM OEZ", "2023-10-12T14:15:33+02:00"),
        ("2023/10/12 2:15:33 PM MEZ", "2023-10-12T15:15:33+02:00"),
        ("2023/10/12 12:05:00 AM GMT+1", "2023-10-12T01:05:00+02:00"),
        ("2023/10/12 2:15:33 PM GMT+2", "2023-10-12T14:15:33+02:00"),  # Google Forms' "Download responses"
        ("2023/10/12 2:15:33 nachm. MESZ", "2023-10-12T14:15:33+02:00"),
        ("10/12/23 2:15:33 PM", "2023-10-12T14:15:33+02:00"),
        ("10/13/2023 14:15:33", "2023-10-13T14:15:33+02:00"),
        ("45211.59375", "2023-10-12T14:15:00+02:00"),
        (45211.59375, "2023-10-12T14:15:00+02:00"),
        (dt.datetime(2023, 10, 12, 14, 15, 33), "2023-10-12T14:15:33+02:00"),
        (dt.date(2023, 10, 12), "2023-10-12T00:00:00+02:00"),
    ],
)
def test_parse_timestamp(cell: object, expected: str) -> None:
    moment = parse_timestamp(cell, BERLIN)
    assert moment is not None
    assert moment.isoformat() == expected


@pytest.mark.parametrize("cell", ["gestern", "32.13.2023", "2023/10/12 2:15 PM XYZ", 12, "12"])
def test_parse_timestamp_rejects_what_is_no_date(cell: object) -> None:
    with pytest.raises(ValueError, match=".+"):
        parse_timestamp(cell, BERLIN)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1", 1),
        (2, 2),
        ("1.", 1),
        ("1. Wahl", 1),
        ("Erste Wahl", 1),
        ("Zweitwunsch", 2),
        ("Rang 3", 3),
        ("", None),
        ("ja", None),
    ],
)
def test_parse_rank(cell: object, expected: int | None) -> None:
    assert parse_rank(cell) == expected


def test_slash_dates_put_the_day_first_when_a_day_is_above_twelve() -> None:
    assert slash_dates_day_first(["12/10/2023 09:00:00", "13/10/2023 14:15:33"]) is True
    assert slash_dates_day_first(["10/12/2023 09:00:00", "10/13/2023 14:15:33"]) is False
    assert slash_dates_day_first(["10/12/2023", "11/12/2023", None, 45211.5]) is False
    assert parse_timestamp("12/10/2023 09:00:00", BERLIN, day_first=True).isoformat() == "2023-10-12T09:00:00+02:00"
