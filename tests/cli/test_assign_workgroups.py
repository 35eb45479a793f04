"""konferenz assign-workgroups, assignments and assign set/lock/unlock/clear/explain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import open_db, transaction
from tests.conftest import EXAMPLES

SMALL_EVENT = """
[event]
title = "Runder Tisch"
slug = "tisch"
date = 2024-05-02
start = "10:00"
end = "12:00"

[[agenda]]
start = "10:00"
end = "11:00"
title = "AG-Phase 1"
kind = "workgroup_round"
round = 1

[[agenda]]
start = "11:00"
end = "12:00"
title = "AG-Phase 2"
kind = "workgroup_round"
round = 2

[[topics]]
name = "Sprache"
room = "Raum 1"
capacity = 2

[[topics]]
name = "Arbeit"
room = "Raum 2"
capacity = 3

[[topics]]
name = "Wohnen"
room = "Raum 3"
capacity = 3
"""

# Everyone wants Sprache first: only 2 + 2 seats, so two people miss it.
PEOPLE = [
    ("amina@example.org", "Amina", "Haddad", "Caritas", "Zivilgesellschaft", ["Sprache", "Arbeit"]),
    ("jonas@example.org", "Jonas", "Albrecht", "Stadt", "Verwaltung", ["Sprache", "Wohnen"]),
    ("leyla@example.org", "Leyla", "Demir", "IHK", "Wirtschaft", ["Sprache", "Arbeit", "Wohnen"]),
    ("oleksandr@example.org", "Oleksandr", "Petrenko", "Caritas", "Zivilgesellschaft", ["Sprache"]),
    ("svenja@example.org", "Svenja", "Hartmann", "Stadt", "Verwaltung", ["Sprache", "Wohnen", "Arbeit"]),
    ("tobias@example.org", "Tobias", "Reuter", "IHK", "Wirtschaft", []),
]


def _event(cli, tmp_path: Path, text: str = SMALL_EVENT) -> str:
    file = tmp_path / "event.toml"
    file.write_text(text, encoding="utf-8")
    result = cli("new-event", "--from", str(file))
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def _people(db_path: Path, slug: str, people=PEOPLE, fields: dict | None = None) -> None:
    fields = fields or {}
    db = open_db(db_path)
    event = event_store.event_by_slug(db, slug)
    topics = {topic.name: topic.id for topic in event_store.topics(db, event.id)}
    with transaction(db):
        for email, first, last, organisation, sector, wishes in people:
            person = participant_store.insert_participant(
                db,
                event.id,
                {
                    "email": email,
                    "first_name": first,
                    "last_name": last,
                    "organisation": organisation,
                    "sector": sector,
                    **fields.get(email, {}),
                },
            )
            participant_store.set_preferences(db, person, [topics[name] for name in wishes])
    db.close()


def _assignments(cli) -> list[dict]:
    result = cli("assignments", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _runs(db_path: Path) -> list[tuple]:
    db = open_db(db_path)
    rows = db.execute("SELECT objective, value, bound, proven_optimal, summary FROM assignment_runs").fetchall()
    db.close()
    return rows


@pytest.fixture
def small(cli, tmp_path: Path, db_path: Path) -> str:
    slug = _event(cli, tmp_path)
    _people(db_path, slug)
    return slug


def test_assign_workgroups_prints_the_summary_and_stores_the_result(cli, small: str, db_path: Path) -> None:
    result = cli("assign-workgroups")

    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Runde 1" in out
    assert "Runde 2" in out
    assert "│ Sprache │ Raum 1 │        2 │      2 │" in out
    assert "1. Wunsch" in out
    assert "Schlechtester vergebener Rang" in out
    assert "Beweisbar optimal" in out
    assert "Gespeichert." in result.stderr
    rows = _assignments(cli)
    assert len(rows) == 12
    assert {(row["email"], row["round"]) for row in rows} == {(p[0], r) for p in PEOPLE for r in (1, 2)}
    runs = _runs(db_path)
    assert len(runs) == 1
    objective, value, bound, proven, summary = runs[0]
    assert (objective, proven) == ("fair", 1)
    assert value == bound
    assert json.loads(summary)["people"] == 6


def test_every_person_gets_one_session_per_round_and_never_a_topic_twice(cli, small: str) -> None:
    cli("assign-workgroups")
    rows = _assignments(cli)

    per_person: dict[str, list[str]] = {}
    for row in rows:
        per_person.setdefault(row["email"], []).append(row["topic"])
    assert all(len(topics) == 2 and len(set(topics)) == 2 for topics in per_person.values())
    sizes: dict[tuple[int, str], int] = {}
    for row in rows:
        sizes[(row["round"], row["topic"])] = sizes.get((row["round"], row["topic"]), 0) + 1
    capacity = {"Sprache": 2, "Arbeit": 3, "Wohnen": 3}
    assert all(size <= capacity[topic] for (_round, topic), size in sizes.items())


def test_assignments_json_keys_and_ranks(cli, small: str) -> None:
    cli("assign-workgroups")
    rows = _assignments(cli)

    assert set(rows[0]) >= {
        "email",
        "first_name",
        "last_name",
        "organisation",
        "round",
        "topic",
        "room",
        "rank",
        "locked",
        "date",
        "start",
        "end",
    }
    wishes = {p[0]: p[5] for p in PEOPLE}
    for row in rows:
        wished = wishes[row["email"]]
        expected = wished.index(row["topic"]) + 1 if row["topic"] in wished else None
        assert row["rank"] == expected
        assert row["locked"] is False
    first_round = next(row for row in rows if row["round"] == 1)
    assert (first_round["date"], first_round["start"], first_round["end"]) == ("2024-05-02", "10:00", "11:00")


def test_dry_run_stores_nothing(cli, small: str, db_path: Path) -> None:
    result = cli("assign-workgroups", "--dry-run")

    assert result.exit_code == 0, result.stderr
    assert "Probelauf: nichts gespeichert." in result.stderr
    assert _assignments(cli) == []
    assert _runs(db_path) == []


def test_explain_names_the_full_session_and_who_holds_it(cli, small: str) -> None:
    cli("assign-workgroups")
    rows = _assignments(cli)
    missed = sorted(
        {p[0] for p in PEOPLE if p[5] and p[5][0] == "Sprache"} - {r["email"] for r in rows if r["topic"] == "Sprache"}
    )
    assert missed

    result = cli("assign", "explain", missed[0])

    assert result.exit_code == 0, result.stderr
    assert "1. Wunsch „Sprache“ nicht bekommen:" in result.stdout
    assert "voll (2 von 2 Plätzen)" in result.stdout
    assert "beweisbar optimal" in result.stdout


def test_explain_option_of_assign_workgroups(cli, small: str) -> None:
    result = cli("assign-workgroups", "--dry-run", "--explain", "tobias@example.org")

    assert result.exit_code == 0, result.stderr
    assert "Warum Tobias Reuter diese Gruppen hat" in result.stdout
    assert "Keine Wünsche angegeben" in result.stdout


def test_explain_an_unknown_address_is_a_clear_error(cli, small: str) -> None:
    result = cli("assign-workgroups", "--dry-run", "--explain", "nobody@example.org")

    assert result.exit_code == 1
    assert "nobody@example.org" in result.stderr
    assert "Traceback" not in result.stderr


def test_explain_with_a_mistyped_address_stores_and_solves_nothing(cli, small: str, db_path: Path) -> None:
    result = cli("assign-workgroups", "--explain", "tobais@example.org")

    assert result.exit_code == 1
    assert "tobais@example.org" in result.stderr
    assert result.stdout == ""
    assert _runs(db_path) == []
    assert _assignments(cli) == []


def test_too_few_seats_say_how_many_are_missing_in_which_round(cli, tmp_path: Path, db_path: Path) -> None:
    slug = _event(cli, tmp_path, SMALL_EVENT.replace("capacity = 3", "capacity = 1"))
    _people(db_path, slug)

    result = cli("assign-workgroups")

    assert result.exit_code == 1
    assert "nicht genug Plätze für alle 6 Personen" in result.stderr
    assert "Runde 1: 2 Plätze fehlen (4 Plätze)." in result.stderr
    assert "Runde 2: 2 Plätze fehlen (4 Plätze)." in result.stderr
    assert _assignments(cli) == []
    assert _runs(db_path) == []


def test_infeasible_message_in_english(cli, tmp_path: Path, db_path: Path) -> None:
    slug = _event(cli, tmp_path, SMALL_EVENT.replace("capacity = 3", "capacity = 1"))
    _people(db_path, slug)

    result = cli("--lang", "en", "assign-workgroups")

    assert result.exit_code == 1
    assert "Round 1: 2 seats missing (4 seats)." in result.stderr


def test_locked_people_over_capacity_are_refused(cli, small: str) -> None:
    for email in ("amina@example.org", "jonas@example.org"):
        assert cli("assign", "set", email, "--round", "1", "--topic", "Sprache", "--lock").exit_code == 0
    forced = cli("assign", "set", "leyla@example.org", "--round", "1", "--topic", "Sprache", "--lock", "--force")
    assert forced.exit_code == 0
    assert "über ihrer Kapazität (3 von 2)" in forced.stderr

    result = cli("assign-workgroups")

    assert result.exit_code == 1
    assert "„Sprache“ in Runde 1: 3 feste Zuteilungen, aber nur 2 Plätze" in result.stderr


def test_assign_set_checks_capacity_and_repeats_and_locks(cli, small: str) -> None:
    cli("assign-workgroups")
    rows = _assignments(cli)
    holder = next(r for r in rows if r["topic"] == "Sprache" and r["round"] == 1)
    outsider = next(
        r["email"]
        for r in rows
        if r["round"] == 1
        and r["topic"] != "Sprache"
        and not any(o["email"] == r["email"] and o["topic"] == "Sprache" for o in rows)
    )

    full = cli("assign", "set", outsider, "--round", "1", "--topic", "Sprache")
    assert full.exit_code == 1
    assert "voll" in full.stderr
    repeat_topic = next(o["topic"] for o in rows if o["email"] == holder["email"] and o["round"] == 2)
    repeat = cli("assign", "set", holder["email"], "--round", "1", "--topic", repeat_topic)
    assert repeat.exit_code == 1
    assert "schon in Runde 2" in repeat.stderr

    moved = cli(
        "assign",
        "set",
        holder["email"],
        "--round",
        "1",
        "--topic",
        "Wohnen" if repeat_topic != "Wohnen" else "Arbeit",
        "--lock",
    )
    assert moved.exit_code == 0, moved.stderr
    after = {(r["email"], r["round"]): r for r in _assignments(cli)}
    assert after[(holder["email"], 1)]["locked"] is True
    assert after[(holder["email"], 1)]["source"] == "manual"

    again = cli("assign-workgroups")
    assert again.exit_code == 0, again.stderr
    kept = {(r["email"], r["round"]): r for r in _assignments(cli)}
    assert kept[(holder["email"], 1)]["topic"] == after[(holder["email"], 1)]["topic"]
    assert kept[(holder["email"], 1)]["locked"] is True

    unlocked = cli("assign", "unlock", holder["email"])
    assert unlocked.exit_code == 0
    assert "1 Zuteilungen freigegeben." in unlocked.stderr


def test_keep_existing_reports_what_changed(cli, small: str, db_path: Path) -> None:
    cli("assign-workgroups")
    _people(db_path, small, [("neu@example.org", "Nora", "Neu", "VHS", "Ehrenamt", ["Arbeit"])])
    db = open_db(db_path)
    with transaction(db):
        db.execute("UPDATE participants SET status = 'cancelled' WHERE email = 'tobias@example.org'")
    db.close()

    result = cli("assign-workgroups", "--keep-existing")

    assert result.exit_code == 0, result.stderr
    assert "Bestehende Zuteilungen:" in result.stdout
    assert "1 Personen neu eingeteilt, 1 Personen entfernt" in result.stdout
    emails = {row["email"] for row in _assignments(cli)}
    assert "neu@example.org" in emails
    assert "tobias@example.org" not in emails


def test_spread_and_balance_show_diversity_figures(cli, small: str) -> None:
    result = cli("assign-workgroups", "--spread", "organisation", "--balance", "sector", "--dry-run")

    assert result.exit_code == 0, result.stderr
    assert "Mischung der Gruppen" in result.stdout
    assert "Häufung nach Organisation" in result.stdout
    assert "kein Wunsch wurde dafür geopfert" in result.stdout


def test_unknown_attribute_is_a_clear_error(cli, small: str) -> None:
    result = cli("assign-workgroups", "--spread", "shoe-size")

    assert result.exit_code == 1
    assert "shoe-size" in result.stderr
    assert "organisation, organisation_type, sector, function" in result.stderr


def test_event_without_participants_says_what_to_do(cli, tmp_path: Path) -> None:
    _event(cli, tmp_path)

    result = cli("assign-workgroups")

    assert result.exit_code == 1
    assert "import-registrations" in result.stderr


def test_assignments_as_xlsx_and_csv(cli, small: str, tmp_path: Path) -> None:
    cli("assign-workgroups")
    target = tmp_path / "zuteilung.xlsx"

    written = cli("assignments", "--format", "xlsx", "-o", str(target))
    csv_result = cli("assignments", "--format", "csv")

    assert written.exit_code == 0, written.stderr
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(row for row in values if row and row[0] == "E-Mail")
    assert header[:6] == ["E-Mail", "Vorname", "Nachname", "Organisation", "Runde", "Thema"]
    assert sum(1 for row in values if row and isinstance(row[0], str) and row[0].endswith("@example.org")) == 12
    lines = csv_result.stdout.strip().splitlines()
    assert lines[0].startswith("email,first_name,last_name,organisation,round,topic,room,rank,locked")
    assert len(lines) == 13


def test_min_size_cancel_cancels_small_groups(cli, tmp_path: Path, db_path: Path) -> None:
    text = SMALL_EVENT.replace("capacity = 2\n", "capacity = 6\nmin_size = 1\n").replace(
        'name = "Wohnen"\nroom = "Raum 3"\ncapacity = 3', 'name = "Wohnen"\nroom = "Raum 3"\ncapacity = 6\nmin_size = 4'
    )
    slug = _event(cli, tmp_path, text)
    _people(db_path, slug)

    kept = cli("assign-workgroups", "--dry-run")
    cancelled = cli("assign-workgroups", "--min-size", "cancel")

    assert kept.exit_code == 0, kept.stderr
    assert "unter Mindestgröße 4" in kept.stdout
    assert cancelled.exit_code == 0, cancelled.stderr
    assert "abgesagt (unter Mindestgröße 4)" in cancelled.stdout
    assert all(row["topic"] != "Wohnen" for row in _assignments(cli))


def test_the_example_event_is_assigned_proven_optimal(cli, db_path: Path) -> None:
    slug = cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).stdout.strip()
    wishes = [["Spracherwerb", "Anerkennung von Abschlüssen"], ["Qualifizierung und Ausbildung"], []]
    people = [
        (f"p{i}@example.org", f"Vor{i}", f"Nach{i}", f"Org {i % 7}", ("Verwaltung", "Wirtschaft")[i % 2], wishes[i % 3])
        for i in range(90)
    ]
    _people(db_path, slug, people)

    result = cli("assign-workgroups", "--spread", "organisation", "--balance", "sector", "--time-limit", "20")

    assert result.exit_code == 0, result.stderr
    assert "Beweisbar optimal" in result.stdout
    assert len(_assignments(cli)) == 180


@pytest.mark.parametrize(("objective", "label"), [("total", "Ziel: Summe"), ("squared", "Ziel: Summe der Quadrate")])
def test_other_objectives(cli, small: str, objective: str, label: str) -> None:
    result = cli("assign-workgroups", "--objective", objective, "--dry-run")

    assert result.exit_code == 0, result.stderr
    assert label in result.stdout
    assert "Beweisbar optimal" in result.stdout


def test_summary_in_english(cli, small: str) -> None:
    result = cli("--lang", "en", "assign-workgroups", "--dry-run")

    assert result.exit_code == 0, result.stderr
    assert "Round 1" in result.stdout
    assert "1st wish" in result.stdout
    assert "Proven optimal" in result.stdout
    assert "Dry run: nothing stored." in result.stderr


def test_lock_all_then_clear_keeps_locked_ones(cli, small: str) -> None:
    cli("assign-workgroups")

    locked = cli("assign", "lock", "--round", "1")
    cleared = cli("assign", "clear", "--yes")
    remaining = _assignments(cli)
    everything = cli("assign", "clear", "--yes", "--include-locked")

    assert "6 Zuteilungen festgehalten." in locked.stderr
    assert "6 Zuteilungen gelöscht." in cleared.stderr
    assert {row["round"] for row in remaining} == {1}
    assert all(row["locked"] for row in remaining)
    assert "6 Zuteilungen gelöscht." in everything.stderr
    assert _assignments(cli) == []


def test_opted_out_and_waitlisted_people_are_not_placed(cli, tmp_path: Path, db_path: Path) -> None:
    slug = _event(cli, tmp_path)
    _people(
        db_path,
        slug,
        fields={"tobias@example.org": {"workgroups_opt_out": True}, "amina@example.org": {"status": "waitlisted"}},
    )

    result = cli("assign-workgroups")

    assert result.exit_code == 0, result.stderr
    assert "4 Personen, 2 Runden" in result.stdout
    assert {row["email"] for row in _assignments(cli)} == {p[0] for p in PEOPLE} - {
        "tobias@example.org",
        "amina@example.org",
    }


def test_a_new_run_says_how_many_stored_assignments_change(cli, small: str) -> None:
    cli("assign-workgroups")
    same = cli("assign-workgroups", "--dry-run")
    mine = {r["topic"] for r in _assignments(cli) if r["email"] == "tobias@example.org"}
    third = next(t for t in ("Arbeit", "Wohnen", "Sprache") if t not in mine)
    moved = cli("assign", "set", "tobias@example.org", "--round", "1", "--topic", third, "--force")
    assert moved.exit_code == 0, moved.stderr

    again = cli("assign-workgroups", "--dry-run")

    assert "bisher gespeicherte Zuteilungen ändern sich" not in same.stdout
    assert "1 bisher gespeicherte Zuteilungen ändern sich" in again.stdout
