"""The demo's calendar and invitation step, with and without participants from the earlier steps."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

from konferenz_cli.db.connection import open_db
from konferenz_cli.resources import examples_dir
from konferenz_cli.services.demo import DemoRun, create_example_events, write_calendars_and_invitations
from tests.icscheck import check_ics
from tests.people import add_people


def _run(tmp_path: Path, with_people: bool) -> DemoRun:
    db_path = tmp_path / "demo.db"
    db = open_db(db_path)
    run = DemoRun(db=db, out_dir=tmp_path, examples=examples_dir())
    create_example_events(run)
    if with_people:
        add_people(db_path, run.main_event.slug)
    write_calendars_and_invitations(run)
    return run


def test_demo_step_without_participants_writes_agenda_and_flyer(tmp_path: Path) -> None:
    run = _run(tmp_path, with_people=False)

    check_ics((tmp_path / "ik-eschwege-2023.ics").read_bytes())
    assert (tmp_path / "ik-eschwege-2023-flyer.html").exists()
    assert not (tmp_path / "einladungen").exists()
    run.db.close()


def test_demo_step_with_participants_writes_their_calendars_and_mails(tmp_path: Path) -> None:
    run = _run(tmp_path, with_people=True)

    calendars = list((tmp_path / "kalender").glob("*.ics"))
    mails = list((tmp_path / "einladungen").glob("*.eml"))
    assert len(calendars) == 6
    assert len(mails) == 5
    for path in calendars:
        check_ics(path.read_bytes())
    for path in mails:
        assert not BytesParser(policy=policy.strict).parsebytes(path.read_bytes()).defects
    assert {key for key, _, _ in run.made} >= {"demo.step.ical", "demo.step.ical_personal", "demo.step.invitations"}
    run.db.close()
