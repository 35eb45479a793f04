"""konferenz participants and participant show / edit / cancel / remove."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.registration_files import event_file, read_xlsx, write_csv

ROWS = [
    [
        "Zeitstempel",
        "E-Mail",
        "Vorname",
        "Nachname",
        "Organisation",
        "Bereich",
        "Themenwunsch 1",
        "Themenwunsch 2",
        "Newsletter",
    ],
    [
        "01.10.2023 10:00",
        "amina@example.org",
        "Amina",
        "Haddad",
        "Caritas",
        "Wohlfahrt",
        "Anerkennung",
        "Spracherwerb",
        "ja",
    ],
    [
        "02.10.2023 10:00",
        "joerg@example.org",
        "Jörg",
        "Müller",
        '=HYPERLINK("http://x")',
        "Verwaltung",
        "2",
        "",
        "nein",
    ],
    ["03.10.2023 10:00", "olena@example.org", "Олена", "Коваленко", "Jobcenter", "Verwaltung", "1", "", ""],
]


@pytest.fixture
def registered(cli, tmp_path: Path) -> None:
    cli("new-event", "--from", str(event_file(tmp_path, capacity=2)))
    result = cli("import-registrations", str(write_csv(tmp_path / "a.csv", ROWS)))
    assert result.exit_code == 0, result.stderr


def _json(cli, *args: str) -> list[dict]:
    result = cli("participants", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_has_stable_keys_and_values(cli, registered) -> None:
    people = _json(cli)
    assert [p["email"] for p in people] == ["amina@example.org", "joerg@example.org", "olena@example.org"]
    amina = people[0]
    assert list(amina) == [
        "id",
        "email",
        "title",
        "first_name",
        "last_name",
        "organisation",
        "organisation_type",
        "sector",
        "function",
        "phone",
        "preferences",
        "status",
        "follow_up",
        "newsletter",
        "newsletter_consent_at",
        "newsletter_withdrawn_at",
        "photo_consent",
        "list_consent",
        "workgroups_opt_out",
        "diet",
        "accessibility",
        "interpreter_language",
        "notes",
        "registered_at",
        "late",
        "badge_number",
        "source_file",
        "source_row",
        "extra",
    ]
    assert amina["preferences"] == ["Anerkennung von Abschlüssen", "Spracherwerb"]
    assert amina["newsletter"] is True
    assert amina["newsletter_consent_at"] == "2023-10-01T10:00:00+02:00"
    assert [p["status"] for p in people] == ["registered", "registered", "waitlisted"]


@pytest.mark.parametrize(
    ("args", "emails"),
    [
        (["--status", "waitlisted"], ["olena@example.org"]),
        (
            ["--status", "registered", "--status", "waitlisted"],
            ["amina@example.org", "joerg@example.org", "olena@example.org"],
        ),
        (["--topic", "Spracherwerb"], ["amina@example.org", "olena@example.org"]),
        (["--topic", "2"], ["joerg@example.org"]),
        (["--search", "MULLER"], ["joerg@example.org"]),
        (["--search", "jobcenter"], ["olena@example.org"]),
    ],
)
def test_filters(cli, registered, args: list[str], emails: list[str]) -> None:
    assert [p["email"] for p in _json(cli, *args)] == emails


def test_unknown_status_or_topic_is_a_clear_error(cli, registered) -> None:
    status = cli("participants", "--status", "angemeldet")
    topic = cli("participants", "--topic", "Wohnen")
    assert status.exit_code == 1
    assert "Status „angemeldet“ gibt es nicht" in status.stderr
    assert topic.exit_code == 1


def test_csv_and_xlsx_neutralise_formulas(cli, registered, tmp_path: Path) -> None:
    result = cli("participants", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    joerg = next(row for row in rows if row["email"] == "joerg@example.org")
    assert joerg["organisation"] == '\'=HYPERLINK("http://x")'
    assert joerg["preferences"] == "Qualifizierung und Ausbildung"

    target = tmp_path / "liste.xlsx"
    written = cli("participants", "--format", "xlsx", "-o", str(target))
    assert written.exit_code == 0, written.stderr
    from openpyxl import load_workbook

    sheet = load_workbook(target).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value and "HYPERLINK" in str(cell.value)]
    assert cells
    assert all(cell.data_type != "f" for cell in cells)
    assert any("Коваленко" in str(row) for row in read_xlsx(target))


def test_csv_shows_extra_answers_as_question_and_answer(cli, tmp_path: Path) -> None:
    cli("new-event", "--from", str(event_file(tmp_path)))
    rows = [["E-Mail", "Vorname", "Nachname", "Anreise"], ["amina@example.org", "Amina", "Haddad", "mit der Bahn"]]
    assert cli("import-registrations", str(write_csv(tmp_path / "b.csv", rows))).exit_code == 0

    result = cli("participants", "--format", "csv")

    amina = next(csv.DictReader(io.StringIO(result.stdout)))
    assert amina["extra"] == "Anreise: mit der Bahn"


def test_table_lists_names_and_translated_status(cli, registered) -> None:
    result = cli("participants")
    assert result.exit_code == 0
    assert "Warteliste" in result.stdout
    assert "Коваленко" in result.stdout


def test_show_by_email_name_and_id(cli, registered) -> None:
    by_email = json.loads(cli("participant", "show", "AMINA@example.org", "--format", "json").stdout)[0]
    by_name = json.loads(cli("participant", "show", "Jörg Müller", "--format", "json").stdout)[0]
    by_id = json.loads(cli("participant", "show", str(by_email["id"]), "--format", "json").stdout)[0]
    table = cli("participant", "show", "olena@example.org")
    assert by_email == by_id
    assert by_name["email"] == "joerg@example.org"
    assert "Олена" in table.stdout
    missing = cli("participant", "show", "niemand")
    assert missing.exit_code == 1
    assert "Keine Person „niemand“" in missing.stderr


def test_edit_changes_fields_wishes_and_newsletter_consent(cli, registered) -> None:
    result = cli(
        "participant",
        "edit",
        "joerg@example.org",
        "--organisation",
        " Stadt Eschwege ",
        "--preferences",
        "Anerkennung; AG 1",
        "--newsletter",
        "--follow-up",
    )
    assert result.exit_code == 0, result.stderr
    joerg = json.loads(cli("participant", "show", "joerg@example.org", "--format", "json").stdout)[0]
    assert joerg["organisation"] == "Stadt Eschwege"
    assert joerg["preferences"] == ["Anerkennung von Abschlüssen", "Spracherwerb"]
    assert joerg["newsletter"] is True
    assert joerg["newsletter_consent_at"] is not None
    assert joerg["follow_up"] is True

    withdrawn = cli("participant", "edit", "amina@example.org", "--no-newsletter")
    assert withdrawn.exit_code == 0
    amina = json.loads(cli("participant", "show", "amina@example.org", "--format", "json").stdout)[0]
    assert amina["newsletter"] is False
    assert amina["newsletter_withdrawn_at"] is not None
    assert amina["newsletter_consent_at"] == "2023-10-01T10:00:00+02:00"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--email", "kaputt@"], "keine gültige E-Mail-Adresse"),
        (["--email", "amina@example.org"], "gehört schon zu Amina Haddad"),
        (["--preferences", "Wohnen"], "Wohnen"),
        (["--status", "irgendwas"], "Status „irgendwas“ gibt es nicht"),
        ([], "Nichts zu ändern"),
    ],
)
def test_edit_rejects_bad_values(cli, registered, args: list[str], message: str) -> None:
    result = cli("participant", "edit", "joerg@example.org", *args)
    assert result.exit_code == 1
    assert message in result.stderr


def test_cancel_moves_the_first_waitlisted_person_up(cli, registered) -> None:
    result = cli("participant", "cancel", "Amina Haddad")
    assert result.exit_code == 0, result.stderr
    assert "Nachgerückt" in result.stderr or "nachgerückt" in result.stderr
    status = {p["email"]: p["status"] for p in _json(cli)}
    assert status == {
        "amina@example.org": "cancelled",
        "olena@example.org": "registered",
        "joerg@example.org": "registered",
    }
    again = cli("participant", "cancel", "amina@example.org")
    assert again.exit_code == 1


def test_remove_asks_first_and_deletes_for_good(cli, registered, db_path: Path) -> None:
    declined = cli("participant", "remove", "joerg@example.org", input="n\n")
    assert declined.exit_code == 1
    assert len(_json(cli)) == 3

    removed = cli("participant", "remove", "joerg@example.org", "--yes")

    assert removed.exit_code == 0
    assert [p["email"] for p in _json(cli)] == ["amina@example.org", "olena@example.org"]
    assert _json(cli, "--status", "registered")[1]["email"] == "olena@example.org"
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM participants WHERE email = 'joerg@example.org'").fetchone() == (0,)
        assert conn.execute("SELECT COUNT(*) FROM preferences").fetchone()[0] == 3


def test_no_registrations_yet_says_how_to_import_them(cli, tmp_path: Path) -> None:
    cli("new-event", "--from", str(event_file(tmp_path)))

    result = cli("participants")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert "Noch keine Anmeldungen. Einlesen mit: konferenz import-registrations" in " ".join(result.stderr.split())


def test_show_writes_times_as_people_read_them(cli, registered) -> None:
    result = cli("participant", "show", "amina@example.org")

    assert result.exit_code == 0, result.stderr
    assert "01.10.2023, 10:00" in result.stdout
    assert "2023-10-01T" not in result.stdout


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_own_listing_imports_into_a_new_event_with_consents_kept(cli, registered, tmp_path: Path, lang) -> None:
    """Export, fix in Excel, import into the next event: a "no" to lists and a withdrawn newsletter stay so."""
    assert cli("participant", "edit", "olena@example.org", "--no-list-consent").exit_code == 0
    assert cli("privacy", "withdraw-newsletter", "amina@example.org").exit_code == 0
    listing = tmp_path / f"teilnehmende-{lang}.xlsx"
    assert cli("participants", "--format", "xlsx", "-o", str(listing), "--lang", lang).exit_code == 0
    next_db = tmp_path / "next.db"
    assert cli("new-event", "--from", str(event_file(tmp_path)), db=next_db).exit_code == 0

    dry = cli("import-registrations", str(listing), "--dry-run", "--format", "json", "--lang", lang, db=next_db)
    imported = cli("import-registrations", str(listing), "--lang", lang, db=next_db)
    people = {p["email"]: p for p in json.loads(cli("participants", "--format", "json", db=next_db).stdout)}

    assert json.loads(dry.stdout)[0]["unmapped"] == []  # every column of our own listing is recognised

    assert imported.exit_code == 0, imported.stderr
    assert set(people) == {"amina@example.org", "joerg@example.org", "olena@example.org"}
    assert people["olena@example.org"]["list_consent"] is False
    assert people["amina@example.org"]["list_consent"] is True
    assert people["amina@example.org"]["newsletter"] is False  # withdrawn: no newsletter in the next event either
    assert people["olena@example.org"]["first_name"] == "Олена"
    assert people["joerg@example.org"]["organisation"] == '=HYPERLINK("http://x")'


def test_the_workbook_shows_dates_as_dates_and_the_status_in_words(cli, registered, tmp_path: Path) -> None:
    path = tmp_path / "teilnehmende.xlsx"

    assert cli("participants", "-o", str(path)).exit_code == 0
    as_csv = list(csv.DictReader(io.StringIO(cli("participants", "--format", "csv").stdout)))

    rows = [[cell.value for cell in row] for row in load_workbook(path).worksheets[0].iter_rows()]
    header = next(row for row in rows if "Status" in row)
    amina = next(row for row in rows if "amina@example.org" in row)
    registered_at = amina[header.index("Angemeldet am")]
    assert isinstance(registered_at, dt.datetime)
    assert (registered_at.date(), registered_at.hour) == (dt.date(2023, 10, 1), 10)
    assert amina[header.index("Status")] == "angemeldet"
    assert {row["status"] for row in as_csv} <= {"registered", "waitlisted"}  # scripts keep the stored values
    assert next(row for row in as_csv if row["email"] == "amina@example.org")["registered_at"].startswith(
        "2023-10-01T10:00"
    )
