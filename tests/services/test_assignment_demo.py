"""The demo's assignment step: skipped without participants, a stored, proven result with them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.assignments import assignments, latest_run
from konferenz_cli.db.connection import open_db, transaction
from konferenz_cli.services.demo import DemoRun, assign_workgroups, create_example_events
from tests.conftest import EXAMPLES


def _demo(tmp_path: Path) -> DemoRun:
    run = DemoRun(db=open_db(tmp_path / "demo.db"), out_dir=tmp_path, examples=EXAMPLES)
    create_example_events(run)
    return run


def test_the_step_is_skipped_while_the_event_has_no_participants(tmp_path: Path) -> None:
    run = _demo(tmp_path)

    assign_workgroups(run)

    assert run.made[-1][0] == "demo.step.assign_skipped"
    assert assignments(run.db, run.main_event.id) == []


def test_the_step_assigns_everyone_and_writes_the_list(tmp_path: Path) -> None:
    run = _demo(tmp_path)
    event = run.main_event
    topics = event_store.topics(run.db, event.id)
    with transaction(run.db):
        for index in range(60):
            person = participant_store.insert_participant(
                run.db,
                event.id,
                {
                    "email": f"person{index}@example.org",
                    "first_name": f"Vorname{index}",
                    "last_name": f"Nachname{index}",
                    "organisation": f"Verein {index % 9}",
                    "sector": ("Verwaltung", "Ehrenamt", "Wirtschaft")[index % 3],
                },
            )
            participant_store.set_preferences(run.db, person, [t.id for t in topics[index % 3 :]])

    assign_workgroups(run)

    step, what, where = run.made[-1]
    assert step == "demo.step.assign"
    assert "60 Personen" in what
    assert "beweisbar optimal" in what
    assert len(assignments(run.db, event.id)) == 120
    assert latest_run(run.db, event.id)["proven_optimal"] is True
    sheet = load_workbook(where).active
    assert sum(1 for row in sheet.iter_rows(values_only=True) if row and row[0] in (1, 2)) == 120
