"""Random headings, cells and layouts thrown at the mapper, the layout finder and the row rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from konferenz_cli.errors import KonferenzError
from konferenz_cli.importers.aliases import ALIASES
from konferenz_cli.importers.layout import locate_table
from konferenz_cli.importers.mapping import guess_mapping
from konferenz_cli.importers.readers import RawSource, open_source
from konferenz_cli.importers.rows import Registration, Rejection, RowParser, Withdrawn
from konferenz_cli.importers.topics import TopicMatcher, TopicRef
from konferenz_cli.importers.values import EDGE_SPACES, parse_bool, parse_timestamp, split_name
from tests.registration_files import write_csv

MATCHER = TopicMatcher(
    [
        TopicRef(1, 1, "Spracherwerb"),
        TopicRef(2, 2, "Qualifizierung und Ausbildung"),
        TopicRef(3, 3, "Anerkennung von Abschlüssen"),
    ]
)
KNOWN_HEADINGS = [
    "E-Mail",
    "Name",
    "Vorname",
    "Nachname",
    "Name, Vorname",
    "Organisation",
    "Themenwunsch 1",
    "Themenwunsch 2",
    "AG-Wunsch",
    "Newsletter",
    "Arbeitskreis ja/nein",
    "Zeitstempel",
    "Status",
    "submitdate",
    "Spracherwerb",
    "Workshops: Anerkennung von Abschlüssen",
    "Telefon",
    "Order time",
]
headings = st.one_of(st.sampled_from(KNOWN_HEADINGS), st.text(max_size=30))
cells = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(["ja", "nein", "x", "AG 2", "Spracherwerb; 3;", "anonymous", "storniert", "a@b.de", " A@B.DE "]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.dates(),
    st.times(),
    st.timedeltas(max_value=dt.timedelta(days=3), min_value=dt.timedelta(0)),
)
BERLIN = ZoneInfo("Europe/Berlin")


@settings(max_examples=300, deadline=None)
@given(st.lists(headings, min_size=1, max_size=12), st.lists(st.lists(cells, max_size=14), max_size=8))
def test_mapper_and_row_rules_never_crash(headers: list[str], rows: list[list[object]]) -> None:
    mapping = guess_mapping(headers, MATCHER)
    parser = RowParser(headers, mapping, MATCHER, BERLIN)
    for number, row in enumerate(rows, start=2):
        outcome = parser.parse(number, list(row))
        assert outcome is None or isinstance(outcome, (Registration, Rejection, Withdrawn))
        if isinstance(outcome, Registration):
            assert outcome.fields.get("first_name") or outcome.fields.get("last_name")
            if outcome.email:
                assert outcome.email == outcome.email.strip(EDGE_SPACES).lower()
            for value in outcome.fields.values():
                if isinstance(value, str):
                    assert value
                    assert value == value.strip(EDGE_SPACES)
            assert outcome.preferences is None or len(set(outcome.preferences)) == len(outcome.preferences)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.one_of(st.none(), st.text(max_size=12), st.integers()), max_size=6), max_size=45))
def test_layout_finder_takes_any_sheet(rows: list[list[object]]) -> None:
    source = RawSource(path=Path("x.xlsx"), kind="xlsx", rows=iter(enumerate(rows, start=1)))
    if all(
        all(cell in (None, "") or (isinstance(cell, str) and not cell.strip()) for cell in row) for row in rows[:40]
    ):
        with pytest.raises(KonferenzError) as raised:
            locate_table(source)
        assert raised.value.key == "import.no_rows"
        return
    table = locate_table(source)
    data = list(table.rows)
    assert all(number > table.header_row for number, _ in data)
    assert len(set(table.headers)) == len(table.headers)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=15), min_size=1, max_size=5),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_csv_reads_back_or_fails_with_a_message(
    tmp_path_factory, rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    path = write_csv(tmp_path_factory.mktemp("csv") / "a.csv", rows, delimiter=delimiter, encoding=encoding)
    try:
        source = open_source(path)
        list(source.rows)
    except KonferenzError:
        pass


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none()))
def test_value_parsers_raise_only_value_error(value: object) -> None:
    for parse in (parse_bool, lambda v: parse_timestamp(v, BERLIN)):
        try:
            parse(value)
        except ValueError:
            pass


@given(st.text(max_size=40))
def test_split_name_keeps_every_letter(text: str) -> None:
    title, first, last = split_name(text)
    joined = "".join(part for part in (title, first, last) if part).replace(" ", "").replace(",", "")
    original = "".join(text.split()).replace(",", "")
    assert set(joined) <= set(original)


def test_alias_patterns_are_unique_per_field_order() -> None:
    fields = [field for field, _ in ALIASES]
    assert fields[0] == "ignore"
