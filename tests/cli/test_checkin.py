"""konferenz checkin: by query, badge, e-mail; choices; walk-ins; undo; a ticked list; the door loop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from konferenz_cli.db import attendance as attendance_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import open_db
from tests.factories import add_participant, create_example


@pytest.fixture
def people(db_path: Path) -> dict[str, int]:
    """The Eschwege event with five people, two of them called Müller."""
    db = open_db(db_path)
    event = create_example(db)
    ids = {
        "joerg": add_participant(
            db, event, first_name="Jörg", last_name="Müller", organisation="Stadt", email="jm@example.org"
        ),
        "anna": add_participant(db, event, first_name="Anna", last_name="Müller", organisation="Caritas"),
        "amina": add_participant(
            db,
            event,
            first_name="Amina",
            last_name="Haddad",
            organisation="Jobcenter",
            email="amina@example.org",
            badge_number=17,
        ),
        "gone": add_participant(db, event, first_name="Carl", last_name="Abgesagt", status="cancelled"),
        "wait": add_participant(db, event, first_name="Wera", last_name="Warteliste", status="waitlisted"),
    }
    db.close()
    return ids


def _status(db_path: Path, participant_id: int) -> tuple[str, list]:
    db = open_db(db_path)
    try:
        return participant_store.participant(db, participant_id).status, attendance_store.arrivals(db, participant_id)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("joerg", "joerg"),
        ("JÖRG müller", "joerg"),
        ("17", "amina"),
        ("#17", "amina"),
        ("Amina@Example.org", "amina"),
        ("hadd", "amina"),
    ],
)
def test_checkin_finds_one_person_and_records_the_arrival(cli, db_path, people, query, who) -> None:
    result = cli("checkin", query, "--day", "2023-11-04")

    assert result.exit_code == 0, result.stderr
    assert "Eingecheckt" in result.stdout
    status, arrivals = _status(db_path, people[who])
    assert status == "attended"
    assert [day.isoformat() for day, _, _ in arrivals] == ["2023-11-04"]


def test_checkin_accent_free_query_asks_which_mueller_and_takes_the_number(cli, db_path, people) -> None:
    result = cli("checkin", "muller", input="2\n")

    assert result.exit_code == 0, result.stderr
    assert "1  Anna Müller (Caritas)" in result.stdout
    assert "2  Jörg Müller (Stadt)" in result.stdout
    assert _status(db_path, people["joerg"])[0] == "attended"
    assert _status(db_path, people["anna"])[0] == "registered"


def test_checkin_ambiguous_without_an_answer_changes_nothing_and_fails(cli, db_path, people) -> None:
    result = cli("checkin", "müller", input="")

    assert result.exit_code == 1
    assert "Niemand ausgewählt" in result.stderr
    assert _status(db_path, people["anna"])[0] == "registered"


def test_checkin_twice_says_already_and_keeps_the_first_time(cli, db_path, people) -> None:
    cli("checkin", "17")
    first = _status(db_path, people["amina"])[1]

    result = cli("checkin", "17")

    assert "Bereits eingecheckt" in result.stdout
    assert _status(db_path, people["amina"])[1] == first


def test_checkin_unknown_name_is_a_user_error_with_a_hint(cli, people) -> None:
    result = cli("checkin", "Niemand Bekanntes")

    assert result.exit_code == 1
    assert "--walk-in" in result.stderr


def test_walk_in_registers_and_checks_in_and_appears_in_participants(cli, db_path, people) -> None:
    result = cli("checkin", "Lea von der Heide", "--walk-in", "--organisation", "AWO", "--email", "Lea@Example.org")

    assert result.exit_code == 0, result.stderr
    assert "Vor Ort aufgenommen" in result.stdout
    db = open_db(db_path)
    person = participant_store.find_by_email(db, 1, "lea@example.org")
    db.close()
    assert person is not None
    assert (person.first_name, person.last_name, person.organisation, person.status) == (
        "Lea",
        "von der Heide",
        "AWO",
        "attended",
    )


def test_walk_in_with_a_bad_email_is_refused(cli, people) -> None:
    result = cli("checkin", "Lea Berg", "--walk-in", "--email", "not-an-address")

    assert result.exit_code == 1
    assert "keine gültige E-Mail-Adresse" in result.stderr


def test_undo_takes_the_check_in_back(cli, db_path, people) -> None:
    cli("checkin", "17")

    result = cli("checkin", "--undo", "17")

    assert result.exit_code == 0
    assert _status(db_path, people["amina"]) == ("registered", [])


def test_day_outside_the_event_is_refused(cli, people) -> None:
    result = cli("checkin", "17", "--day", "2023-11-05")

    assert result.exit_code == 1
    assert "2023-11-04" in result.stderr


def test_live_loop_survives_typos_and_unknown_names(cli, db_path, people) -> None:
    lines = "\n".join(["hadad-typo", "zzz", "17", "müller", "1", "+Neu Gast; Verein X", "?", ""]) + "\n"

    result = cli("checkin", "--live", input=lines)

    assert result.exit_code == 0, result.stderr
    assert _status(db_path, people["amina"])[0] == "attended"
    assert _status(db_path, people["anna"])[0] == "attended"
    assert "Niemand gefunden für „zzz“" in result.stderr
    assert "3 Personen in dieser Sitzung eingecheckt" in result.stderr


def test_live_loop_ends_at_end_of_input(cli, people) -> None:
    result = cli("checkin", "--live", input="17\n")

    assert result.exit_code == 0
    assert "1 Person in dieser Sitzung" in result.stderr


def test_ticked_signin_list_is_read_back(cli, db_path, people, tmp_path) -> None:
    sheet = tmp_path / "liste.xlsx"
    assert cli("lists", "signin", "--format", "xlsx", "-o", str(sheet)).exit_code == 0
    workbook = load_workbook(sheet)
    worksheet = workbook["2023-11-04"]
    header_row = next(r for r in range(1, 20) if worksheet.cell(r, 2).value == "Nachname")
    rows = {worksheet.cell(r, 2).value: r for r in range(header_row + 1, worksheet.max_row + 1)}
    worksheet.cell(rows["Haddad"], 5).value = "x"
    blank = next(r for name, r in rows.items() if name is None)
    worksheet.cell(blank, 2).value = "Spontan"
    worksheet.cell(blank, 3).value = "Sina"
    worksheet.cell(blank, 4).value = "Nachbarschaftshilfe"
    worksheet.cell(blank, 5).value = "X"
    workbook.save(sheet)

    result = cli("checkin", "--import", str(sheet))

    assert result.exit_code == 0, result.stderr
    assert "1 eingecheckt, 1 neu aufgenommen" in result.stderr
    assert _status(db_path, people["amina"])[0] == "attended"
    listed = json.loads(cli("results", "--format", "json").stdout)  # the event still answers
    assert listed == []


def test_ticked_list_without_header_is_a_clear_error(cli, people, tmp_path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "leer.xlsx"
    workbook = Workbook()
    workbook.active["A1"] = "irgendwas"
    workbook.save(path)

    result = cli("checkin", "--import", str(path))

    assert result.exit_code == 1
    assert "Anwesend" in result.stderr


def test_unknown_badge_number_says_where_badge_numbers_come_from(cli, people) -> None:
    result = cli("checkin", "999")

    assert result.exit_code == 1
    assert "Badge-Nummern vergibt „konferenz lists badges“" in " ".join(result.stderr.split())


def test_door_loop_suggests_registering_an_unknown_name_the_door_way(cli, people) -> None:
    result = cli("checkin", "--live", input="Zacharias\n\n")

    said = " ".join(result.stderr.split())
    assert result.exit_code == 0
    assert "+Vorname Nachname; Organisation" in said
    assert "--walk-in" not in said
    assert "am Samstag, 4. November 2023" in said
