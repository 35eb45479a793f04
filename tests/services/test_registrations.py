"""The import service: idempotence and duplicate handling for random registrations."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from konferenz_cli.db.connection import open_db
from konferenz_cli.services.event_file import load_event_file
from konferenz_cli.services.events import create_event
from konferenz_cli.services.registrations import ImportOptions, import_registrations, rejects_path
from tests.registration_files import event_file, write_csv

HEADERS = [
    "Zeitstempel",
    "E-Mail",
    "Vorname",
    "Nachname",
    "Organisation",
    "Themenwunsch 1",
    "Themenwunsch 2",
    "Newsletter",
]
names = st.sampled_from(["Amina", "Jörg", "Олена", "مریم", "Ayşe", "", " Lea "])
emails = st.sampled_from(["a@example.org", "B@example.org ", "b@example.org", "", "kaputt@", "c+x@example.org"])
wishes = st.sampled_from(["", "1", "AG 2", "Anerkennung", "Wohnen", "Spracherwerb; 3"])
stamps = st.sampled_from(["", "01.10.2023 10:00", "02.10.2023 10:00", "2023-11-02 08:00", "bald"])
rows = st.lists(
    st.tuples(
        stamps,
        emails,
        names,
        names,
        st.sampled_from(["", "Caritas", "IHK"]),
        wishes,
        wishes,
        st.sampled_from(["", "ja", "nein"]),
    ),
    min_size=1,
    max_size=12,
)


def _state(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        people = conn.execute("SELECT * FROM participants ORDER BY id").fetchall()
        return people + conn.execute("SELECT * FROM preferences ORDER BY participant_id, rank").fetchall()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows, st.sampled_from([None, 2]))
def test_importing_the_same_file_twice_changes_nothing(tmp_path_factory, data, capacity) -> None:
    folder = tmp_path_factory.mktemp("import")
    db = open_db(folder / "k.db")
    event = create_event(db, load_event_file(event_file(folder, capacity=capacity)))
    path = write_csv(folder / "a.csv", [HEADERS, *data])
    try:
        first = import_registrations(db, event, path)
        before = _state(folder / "k.db")
        second = import_registrations(db, event, path)
        after = _state(folder / "k.db")
    finally:
        db.close()

    assert after == before
    assert second.counts.new == second.counts.updated == 0
    assert second.counts.unchanged == first.accepted
    assert len(first.rejected) == len(second.rejected)
    if capacity is not None:
        with sqlite3.connect(folder / "k.db") as conn:
            seated = conn.execute("SELECT COUNT(*) FROM participants WHERE status = 'registered'").fetchone()[0]
        assert seated <= capacity
    if first.rejected:
        assert rejects_path(path).exists()


def test_dry_run_reports_what_the_import_then_does(tmp_path) -> None:
    db = open_db(tmp_path / "k.db")
    event = create_event(db, load_event_file(event_file(tmp_path, capacity=1)))
    path = write_csv(
        tmp_path / "a.csv",
        [
            HEADERS,
            ["01.10.2023 10:00", "a@example.org", "Amina", "Haddad", "", "1", "", "ja"],
            ["02.10.2023 10:00", "b@example.org", "Ben", "Ohm", "", "2", "", ""],
        ],
    )

    dry = import_registrations(db, event, path, ImportOptions(dry_run=True))
    real = import_registrations(db, event, path)
    db.close()

    assert (dry.counts.new, dry.counts.waitlisted) == (real.counts.new, real.counts.waitlisted) == (2, 1)
    assert [row["status"] for row in dry.preview] == ["registered", "waitlisted"]
    assert dry.stored is False
    assert real.stored is True
