"""konferenz import-registrations: real files in every format, what was stored field by field, and bad input."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.registration_files import event_file, read_xlsx, write_csv, write_ods, write_xlsx


@pytest.fixture
def event(cli, tmp_path: Path) -> str:
    result = cli("new-event", "--from", str(event_file(tmp_path)))
    assert result.exit_code == 0, result.stderr
    return "test"


def _people(cli) -> dict[str, dict]:
    result = cli("participants", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {p["email"] or f"{p['first_name']} {p['last_name']}": p for p in json.loads(result.stdout)}


def _table_state(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return (
            conn.execute("SELECT * FROM participants ORDER BY id").fetchall()
            + conn.execute("SELECT * FROM preferences ORDER BY participant_id, rank").fetchall()
        )


HAND_MADE = [
    ["Anmeldungen Integrationskonferenz 2023", None, None, None, None, None, None, None],
    ["Stand 30.10.2023", None, None, None, None, None, None, None],
    [None] * 8,
    [
        "Nr.",
        "Name, Vorname",
        "Institution / Träger",
        "E-Mail",
        "Themenwunsch 1",
        "Themenwunsch 2",
        "Arbeitskreis ja/nein",
        "Telefon",
    ],
    [
        1,
        "Müller, Jörg",
        "Jobcenter Werra-Meißner",
        " Joerg.Mueller@Example.org\u00a0",
        "AG 2",
        "sprach",
        "ja",
        "05651 123",
    ],
    [2, "Haddad, Dr. Amina", "Caritas", "amina.haddad+konferenz@example.org", "Anerkennung", None, "x", None],
    [3, "Коваленко, Олена", None, None, "3", "1", "nein", "0170 555"],
    [4, None, "Diakonie", "ohne.name@example.org", "1", None, None, None],
    [5, "Yılmaz, Ayşe", "IHK", "ayse@example", "1", None, None, None],
    [None] * 8,
    ["Summe", 5, None, None, None, None, None, None],
    ["Nachmeldungen bitte an Frau Lindner", None, None, None, None, None, None, None],
]


def test_hand_made_list_with_title_rows_and_totals_stores_every_field(cli, event, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", HAND_MADE, merged=["A1:H1"])

    result = cli("import-registrations", str(path))

    assert result.exit_code == 3, result.stderr
    people = _people(cli)
    assert sorted(people) == ["amina.haddad+konferenz@example.org", "joerg.mueller@example.org", "Олена Коваленко"]
    joerg = people["joerg.mueller@example.org"]
    assert (joerg["first_name"], joerg["last_name"]) == ("Jörg", "Müller")
    assert joerg["organisation"] == "Jobcenter Werra-Meißner"
    assert joerg["preferences"] == ["Qualifizierung und Ausbildung", "Spracherwerb"]
    assert joerg["follow_up"] is True
    assert joerg["phone"] == "05651 123"
    assert joerg["status"] == "registered"
    assert (joerg["source_file"], joerg["source_row"]) == ("liste.xlsx", 5)
    assert joerg["extra"] == {"Nr.": "1"}
    amina = people["amina.haddad+konferenz@example.org"]
    assert (amina["title"], amina["first_name"], amina["last_name"]) == ("Dr.", "Amina", "Haddad")
    assert amina["preferences"] == ["Anerkennung von Abschlüssen"]
    olena = people["Олена Коваленко"]
    assert olena["email"] is None
    assert olena["preferences"] == ["Anerkennung von Abschlüssen", "Spracherwerb"]
    assert olena["follow_up"] is False


def test_rejected_rows_are_listed_and_written_to_a_rejects_workbook(cli, event, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", HAND_MADE, merged=["A1:H1"])

    result = cli("import-registrations", str(path))

    assert result.exit_code == 3
    assert "│     8 │ Name, Vorname │ kein Name angegeben" in result.stdout
    assert "│     9 │ E-Mail        │ „ayse@example“ ist keine gültige E-Mail-Adresse" in result.stdout
    rejects = read_xlsx(tmp_path / "liste.abgelehnt.xlsx")
    assert rejects[0] == [*HAND_MADE[3], "Ablehnungsgrund"]
    assert rejects[1] == [
        4,
        None,
        "Diakonie",
        "ohne.name@example.org",
        "1",
        None,
        None,
        None,
        "Name, Vorname: kein Name angegeben",
    ]
    assert rejects[2][:4] == [5, "Yılmaz, Ayşe", "IHK", "ayse@example"]
    assert rejects[2][-1] == "E-Mail: „ayse@example“ ist keine gültige E-Mail-Adresse"


def test_fixed_rejects_workbook_imports_without_the_reason_column(cli, event, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", HAND_MADE, merged=["A1:H1"])
    cli("import-registrations", str(path))
    from openpyxl import load_workbook

    rejects_path = tmp_path / "liste.abgelehnt.xlsx"
    workbook = load_workbook(rejects_path)
    sheet = workbook.worksheets[0]
    sheet["B2"] = "Schulz, Lena"
    sheet["D3"] = "ayse@example.org"
    workbook.save(rejects_path)

    result = cli("import-registrations", str(rejects_path))

    assert result.exit_code == 0, result.stdout + result.stderr
    people = _people(cli)
    assert people["ohne.name@example.org"]["last_name"] == "Schulz"
    assert people["ayse@example.org"]["extra"] == {"Nr.": "5"}
    assert "Ablehnungsgrund" not in json.dumps(people, ensure_ascii=False)


def test_reimporting_the_same_file_changes_nothing(cli, event, tmp_path: Path, db_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", HAND_MADE)
    cli("import-registrations", str(path))
    before = _table_state(db_path)

    result = cli("import-registrations", str(path), "--format", "json")

    report = json.loads(result.stdout)[0]
    assert report["summary"]["new"] == 0
    assert report["summary"]["updated"] == 0
    assert report["summary"]["unchanged"] == 3
    assert _table_state(db_path) == before


MS_FORMS_DE = [
    [
        "ID",
        "Startzeit",
        "Abschlusszeit",
        "E-Mail",
        "Name",
        "Zeitpunkt der letzten Änderung",
        "Vorname",
        "Nachname",
        "E-Mail-Adresse",
        "Organisation",
        "Bitte ordnen Sie die Arbeitsgruppen",
        "Newsletter",
        "Ernährung",
    ],
    [
        1,
        dt.datetime(2023, 10, 12, 14, 10),
        dt.datetime(2023, 10, 12, 14, 15, 33),
        "anonymous",
        None,
        None,
        "Amina",
        "Haddad",
        "Amina.Haddad@Example.org",
        "Caritas",
        "Anerkennung von Abschlüssen;Spracherwerb;Qualifizierung und Ausbildung;",
        "Ja",
        "vegetarisch",
    ],
    [
        2,
        dt.datetime(2023, 11, 1, 9, 0),
        dt.datetime(2023, 11, 1, 9, 5),
        "r.karimi@stadt.example",
        "Reza Karimi",
        None,
        None,
        None,
        None,
        "Stadt Eschwege",
        "Spracherwerb;",
        "Nein",
        None,
    ],
]


def test_microsoft_forms_export_takes_the_address_from_the_question(cli, event, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "forms.xlsx", MS_FORMS_DE, sheet="Form1")

    result = cli("import-registrations", str(path))

    assert result.exit_code == 0, result.stderr
    assert "Microsoft-Forms-Export" in result.stderr
    people = _people(cli)
    amina = people["amina.haddad@example.org"]
    assert amina["preferences"] == ["Anerkennung von Abschlüssen", "Spracherwerb", "Qualifizierung und Ausbildung"]
    assert amina["registered_at"] == "2023-10-12T14:15:33+02:00"
    assert amina["newsletter"] is True
    assert amina["newsletter_consent_at"] == "2023-10-12T14:15:33+02:00"
    assert amina["diet"] == "vegetarisch"
    assert amina["late"] is False
    assert amina["extra"] == {"ID": "1", "Startzeit": "2023-10-12 14:10:00"}
    reza = people["r.karimi@stadt.example"]
    assert (reza["first_name"], reza["last_name"]) == ("Reza", "Karimi")
    assert reza["late"] is True
    assert reza["registered_at"] == "2023-11-01T09:05:00+01:00"


def test_microsoft_forms_english_export_is_recognised(cli, event, tmp_path: Path) -> None:
    headers = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Last modified time",
        "Email address",
        "First name",
        "Last name",
    ]
    row = [
        7,
        dt.datetime(2023, 10, 2, 8),
        dt.datetime(2023, 10, 2, 8, 3),
        "anonymous",
        None,
        None,
        "o.shevchenko@example.org",
        "Oksana",
        "Shevchenko",
    ]
    path = write_xlsx(tmp_path / "forms-en.xlsx", [headers, row])

    result = cli("import-registrations", str(path))

    assert result.exit_code == 0, result.stderr
    oksana = _people(cli)["o.shevchenko@example.org"]
    assert oksana["last_name"] == "Shevchenko"
    assert oksana["registered_at"] == "2023-10-02T08:03:00+02:00"


GOOGLE = [
    ["Zeitstempel", "E-Mail-Adresse", "Name", "Welche Arbeitsgruppen interessieren Sie?", "Newsletter"],
    ["12.10.2023 14:15:33", "selin.kaya@example.org", "Selin Kaya", "Spracherwerb, Anerkennung von Abschlüssen", "Ja"],
    ["2023/10/13 2:15:33 PM OEZ", "m.oeztuerk@example.org", "Mehmet Öztürk", "Qualifizierung", "Nein"],
    ["14.10.2023 09:00:00", "selin.kaya@example.org", "Selin Kaya", "Qualifizierung und Ausbildung", "Ja"],
]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "line_end"),
    [
        ("utf-8", ",", "\r\n"),
        ("utf-8-sig", ";", "\n"),
        ("utf-16", "\t", "\r\n"),
        ("cp1252", ";", "\r\n"),
        ("mac_roman", ";", "\r"),
    ],
)
def test_google_forms_csv_in_any_encoding_and_delimiter(
    cli, event, tmp_path: Path, encoding, delimiter, line_end
) -> None:
    path = write_csv(tmp_path / "google.csv", GOOGLE, encoding=encoding, delimiter=delimiter, line_end=line_end)

    result = cli("import-registrations", str(path))

    assert result.exit_code == 0, result.stderr
    people = _people(cli)
    assert sorted(people) == ["m.oeztuerk@example.org", "selin.kaya@example.org"]
    mehmet = people["m.oeztuerk@example.org"]
    assert (mehmet["first_name"], mehmet["last_name"]) == ("Mehmet", "Öztürk")
    assert mehmet["registered_at"] == "2023-10-13T14:15:33+02:00"  # OEZ is UTC+2, as Berlin in October
    assert mehmet["preferences"] == ["Qualifizierung und Ausbildung"]
    selin = people["selin.kaya@example.org"]
    assert selin["preferences"] == ["Qualifizierung und Ausbildung"]
    assert selin["registered_at"] == "2023-10-14T09:00:00+02:00"


def test_duplicates_across_files_the_later_registration_wins(cli, event, tmp_path: Path) -> None:
    cli("import-registrations", str(write_csv(tmp_path / "google.csv", GOOGLE, delimiter=",")))
    later = [GOOGLE[0], ["20.10.2023 10:00:00", "Selin.Kaya@example.org", "Selin Kaya", "Anerkennung", "Nein"]]
    earlier = [GOOGLE[0], ["01.10.2023 10:00:00", "m.oeztuerk@example.org", "Mehmet Öztürk", "Spracherwerb", "Ja"]]

    first = cli("import-registrations", str(write_csv(tmp_path / "later.csv", later)), "--format", "json")
    second = cli("import-registrations", str(write_csv(tmp_path / "earlier.csv", earlier)), "--format", "json")

    assert json.loads(first.stdout)[0]["summary"]["updated"] == 1
    assert json.loads(second.stdout)[0]["summary"]["unchanged"] == 1
    people = _people(cli)
    assert len(people) == 2
    selin = people["selin.kaya@example.org"]
    assert selin["preferences"] == ["Anerkennung von Abschlüssen"]
    assert selin["newsletter"] is False
    assert selin["newsletter_withdrawn_at"] == "2023-10-20T10:00:00+02:00"
    assert people["m.oeztuerk@example.org"]["preferences"] == ["Qualifizierung und Ausbildung"]


def test_phone_registration_and_form_of_the_same_person_become_one(cli, event, tmp_path: Path) -> None:
    phone = [["Vorname", "Nachname", "Organisation", "Telefon"], ["Jörg", "Müller", "Jobcenter", "05651 1"]]
    form = [["Vorname", "Nachname", "Organisation", "E-Mail"], ["Jörg", "Müller", "Jobcenter", "j.mueller@example.org"]]
    cli("import-registrations", str(write_csv(tmp_path / "phone.csv", phone)))

    result = cli("import-registrations", str(write_csv(tmp_path / "form.csv", form)))

    assert result.exit_code == 0
    people = _people(cli)
    assert list(people) == ["j.mueller@example.org"]
    assert people["j.mueller@example.org"]["phone"] == "05651 1"


def test_capacity_waitlists_in_order_of_registration_time(cli, tmp_path: Path) -> None:
    cli("new-event", "--from", str(event_file(tmp_path, capacity=2)))
    rows = [
        ["Zeitstempel", "E-Mail", "Name"],
        ["03.10.2023 10:00", "c@example.org", "Carla C"],
        ["01.10.2023 10:00", "a@example.org", "Anna A"],
        ["04.10.2023 10:00", "d@example.org", "Dora D"],
        ["02.10.2023 10:00", "b@example.org", "Bernd B"],
    ]

    result = cli("import-registrations", str(write_csv(tmp_path / "a.csv", rows)), "--format", "json")

    assert json.loads(result.stdout)[0]["summary"]["waitlisted"] == 2
    status = {email: p["status"] for email, p in _people(cli).items()}
    assert status == {
        "a@example.org": "registered",
        "b@example.org": "registered",
        "c@example.org": "waitlisted",
        "d@example.org": "waitlisted",
    }

    cancelled = cli("participant", "cancel", "a@example.org")

    assert cancelled.exit_code == 0, cancelled.stderr
    assert "Carla C" in cancelled.stderr
    assert _people(cli)["c@example.org"]["status"] == "registered"


def test_strict_stores_nothing_when_a_row_is_rejected(cli, event, tmp_path: Path, db_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", HAND_MADE)

    result = cli("import-registrations", str(path), "--strict")

    assert result.exit_code == 1
    assert "--strict" in result.stderr
    assert _table_state(db_path) == []
    assert (tmp_path / "liste.abgelehnt.xlsx").exists()


def test_dry_run_shows_mapping_and_preview_and_stores_nothing(cli, event, tmp_path: Path, db_path: Path) -> None:
    path = write_xlsx(tmp_path / "forms.xlsx", MS_FORMS_DE)

    result = cli("import-registrations", str(path), "--dry-run", "--format", "json")

    assert result.exit_code == 0
    report = json.loads(result.stdout)[0]
    fields = {m["column"]: m["field"] for m in report["mapping"]}
    assert fields["E-Mail"] == "account_email"
    assert fields["E-Mail-Adresse"] == "email"
    assert fields["Bitte ordnen Sie die Arbeitsgruppen"] == "preferences"
    assert fields["Zeitpunkt der letzten Änderung"] == "extra"
    assert report["layout"] == "microsoft_forms"
    assert report["preview"][0]["email"] == "amina.haddad@example.org"
    assert report["preview"][0]["preferences"][0] == "Anerkennung von Abschlüssen"
    assert report["stored"] is False
    assert _table_state(db_path) == []
    assert not (tmp_path / "forms.abgelehnt.xlsx").exists()


def test_dry_run_table_lists_the_unmapped_columns(cli, event, tmp_path: Path) -> None:
    rows = [["E-Mail", "Name", "Lieblingsfarbe"], ["x@example.org", "Xaver Huber", "blau"]]

    result = cli("import-registrations", str(write_csv(tmp_path / "a.csv", rows)), "--dry-run")

    assert result.exit_code == 0
    assert "„Lieblingsfarbe“" in result.stderr
    assert "Zuordnung der Spalten" in result.stdout


def test_dry_run_with_rows_it_would_reject_lists_them_and_ends_well(cli, event, tmp_path: Path, db_path: Path) -> None:
    rows = [["E-Mail", "Name"], ["x@example.org", "Xaver Huber"], ["kaputt@", "Kim Berger"], ["", ""]]
    path = write_csv(tmp_path / "a.csv", rows)

    preview = cli("import-registrations", str(path), "--dry-run")
    strict = cli("import-registrations", str(path), "--dry-run", "--strict")
    nothing_valid = cli("import-registrations", str(write_csv(tmp_path / "b.csv", [rows[0], rows[2]])), "--dry-run")

    assert preview.exit_code == 0, preview.stderr
    assert "kaputt@" in preview.stdout
    assert strict.exit_code == 1
    assert "würden abgelehnt" in strict.stderr
    assert nothing_valid.exit_code == 1
    assert _table_state(db_path) == []
    assert not (tmp_path / "a.abgelehnt.xlsx").exists()


def test_mapping_file_overrides_the_guess_and_is_remembered(cli, event, tmp_path: Path) -> None:
    rows = [["Kontakt", "Person", "Wahl A", "Interne Nr"], ["k@example.org", "Kim Berger", "2", "77"]]
    path = write_csv(tmp_path / "a.csv", rows)
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(
        '[columns]\n"Kontakt" = "email"\n"Person" = "name"\n"Wahl A" = "preference_1"\n"Interne Nr" = "ignore"\n',
        encoding="utf-8",
    )

    first = cli("import-registrations", str(path), "--mapping", str(mapping))
    again = write_csv(tmp_path / "b.csv", [rows[0], ["l@example.org", "Lea Berger", "Anerkennung", "78"]])
    second = cli("import-registrations", str(again))

    assert first.exit_code == 0, first.stderr
    assert second.exit_code == 0, second.stderr
    assert "Zuordnung wurde übernommen" in second.stderr
    people = _people(cli)
    assert people["k@example.org"]["preferences"] == ["Qualifizierung und Ausbildung"]
    assert people["k@example.org"]["extra"] == {}
    assert people["l@example.org"]["preferences"] == ["Anerkennung von Abschlüssen"]


def test_pretix_positions_are_the_attendees_and_cancelled_orders_are_reported(cli, tmp_path: Path) -> None:
    cli("new-event", "--from", str(EXAMPLES / "hoexter-2017.toml"))
    path = tmp_path / "pretix.xlsx"
    shutil.copyfile(EXAMPLES / "anmeldungen-hoexter-pretix.xlsx", path)

    result = cli("import-registrations", str(path), "--format", "json")

    report = json.loads(result.stdout)[0]
    assert report["sheet"] == "Bestellzeilen"
    assert report["summary"]["cancelled"] == 3
    assert report["summary"]["new"] == 34
    assert result.exit_code == 3
    people = json.loads(cli("participants", "--format", "json").stdout)
    emails = {p["email"] for p in people}
    assert "sekretariat@kreis-hoexter.example" not in emails
    booked_by_office = [p for p in people if p["extra"].get("E-Mail") == "sekretariat@kreis-hoexter.example"]
    assert len(booked_by_office) == 3
    assert any(p["email"] is None for p in booked_by_office)
    assert all(p["preferences"] for p in people)
    assert any("Integration durch Kultur, Sport und Freizeit" in p["preferences"] for p in people)


def test_limesurvey_incomplete_responses_are_not_imported(cli, event, tmp_path: Path) -> None:
    rows = [
        ["id", "submitdate", "lastpage", "startlanguage", "seed", "firstname", "lastname", "email", "G01Q03"],
        ["1", "2023-10-12 14:15:33", "3", "de", "123", "Sara", "Rezaei", "sara@example.org", "A1"],
        ["2", "", "1", "de", "456", "Dariush", "Ahmadi", "dariush@example.org", ""],
    ]

    result = cli("import-registrations", str(write_csv(tmp_path / "lime.csv", rows, delimiter=",")), "--format", "json")

    report = json.loads(result.stdout)[0]
    assert result.exit_code == 0
    assert report["layout"] == "limesurvey"
    assert report["summary"]["incomplete"] == 1
    assert report["not_imported"] == [
        {
            "row": 3,
            "reason": "incomplete",
            "email": "dariush@example.org",
            "first_name": "Dariush",
            "last_name": "Ahmadi",
        }
    ]
    sara = _people(cli)["sara@example.org"]
    assert sara["registered_at"] == "2023-10-12T14:15:33+02:00"
    assert sara["extra"]["G01Q03"] == "A1"


def test_ods_file_is_read(cli, event, tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "liste.ods",
        [["Vorname", "Nachname", "E-Mail", "AG-Wunsch"], ["Giulia", "Romano", "g@example.org", "AG 1; AG 3"]],
    )

    result = cli("import-registrations", str(path))

    assert result.exit_code == 0, result.stderr
    giulia = _people(cli)["g@example.org"]
    assert giulia["preferences"] == ["Spracherwerb", "Anerkennung von Abschlüssen"]


def test_sheet_option_and_attendee_sheet_choice(cli, event, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "two.xlsx",
        [["Name", "E-Mail"], ["Omar Nasser", "omar@example.org"]],
        sheet="Zweites Blatt",
        first_sheets={"Notizen": [["nur Notizen"]]},
    )

    missing = cli("import-registrations", str(path), "--sheet", "Gibt es nicht")
    chosen = cli("import-registrations", str(path), "--sheet", "zweites blatt")

    assert missing.exit_code == 1
    assert "Das Blatt „Gibt es nicht“ gibt es in „two.xlsx“ nicht. Vorhanden: Notizen, Zweites Blatt." in missing.stderr
    assert chosen.exit_code == 0, chosen.stderr
    assert "omar@example.org" in _people(cli)


def _encrypted_workbook(path: Path) -> Path:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)
    return path


def _corrupt_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<nonsense")
    return path


def _bytes(data: bytes):
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


BAD_INPUTS = [
    ("empty.csv", _bytes(b""), "ist leer"),
    ("blank.csv", _bytes(b"\n  \n\t\n"), "ist leer"),
    ("header.csv", lambda p: write_csv(p, [["Name", "E-Mail"]]), "nur Überschriften"),
    ("locked.xlsx", _encrypted_workbook, "Kennwort"),
    ("broken.xlsx", _corrupt_workbook, "beschädigt"),
    ("notzip.xlsx", _bytes(b"Name;E-Mail\n"), "beschädigt"),
    ("really.csv", lambda p: write_xlsx(p, [["Name"], ["A B"]]), "„really.xlsx“ um"),
    ("binary.csv", _bytes(bytes(range(256)) * 40), "Zeichenkodierung"),
    ("utf32.csv", _bytes("Name;E-Mail\nA;b@c.de\n".encode("utf-32-le")), "Zeichenkodierung"),
    (
        "nobody.csv",
        lambda p: write_csv(p, [["Farbe", "Zahl"], ["blau", "3"]]),
        "keine Spalte mit E-Mail-Adresse oder Name",
    ),
    ("notes.pdf", _bytes(b"%PDF-1.4"), "Typ „.pdf“"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_input_gives_a_clear_message_exit_1_and_writes_nothing(
    cli, event, tmp_path: Path, db_path: Path, name, make, message
) -> None:
    path = make(tmp_path / name)

    result = cli("import-registrations", str(path))

    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert _table_state(db_path) == []
    assert not list(tmp_path.glob("*.abgelehnt.xlsx"))


def test_missing_file_and_mapping_with_unknown_fields(cli, event, tmp_path: Path, db_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Name", "E-Mail"], ["Anna Berg", "a@example.org"]])
    mapping = tmp_path / "m.toml"
    mapping.write_text('[columns]\n"Name" = "vorname"\n"E-Mail" = "mail"\n', encoding="utf-8")

    missing = cli("import-registrations", str(tmp_path / "fehlt.csv"))
    unknown = cli("import-registrations", str(path), "--mapping", str(mapping))

    assert missing.exit_code == 1
    assert "gibt es nicht" in missing.stderr
    assert unknown.exit_code == 1
    assert "unbekannte Felder: „vorname“, „mail“" in unknown.stderr
    assert _table_state(db_path) == []


def test_english_messages_and_rejects_file_name(cli, event, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv", [["Name", "Email"], ["Anna Berg", "not-an-address"], ["Ben Ohm", "b@example.org"]]
    )

    result = cli("--lang", "en", "import-registrations", str(path))

    assert result.exit_code == 3
    assert "'not-an-address' is not a valid e-mail address" in result.stdout
    assert (tmp_path / "a.rejected.xlsx").exists()


def test_interrupted_import_leaves_the_database_as_before(
    cli, event, tmp_path: Path, db_path: Path, monkeypatch
) -> None:
    from konferenz_cli.db import participants as participant_store

    cli("import-registrations", str(write_xlsx(tmp_path / "liste.xlsx", HAND_MADE)))
    before = _table_state(db_path)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(participant_store, "replace_preferences_many", interrupted)
    rows = [
        ["E-Mail", "Name", "Themenwunsch 1"],
        ["neu@example.org", "Neu Person", "1"],
        ["joerg.mueller@example.org", "Jörg Müller", "3"],
    ]
    result = cli("import-registrations", str(write_csv(tmp_path / "b.csv", rows)))

    assert result.exit_code == 130
    assert _table_state(db_path) == before


def test_demo_registration_files_import_into_the_main_event(cli, tmp_path: Path) -> None:
    cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml"))
    codes = []
    for name in (
        "anmeldungen-eschwege-forms.xlsx",
        "anmeldungen-eschwege-liste.xlsx",
        "anmeldungen-eschwege-google.csv",
    ):
        shutil.copyfile(EXAMPLES / name, tmp_path / name)
        codes.append(cli("import-registrations", str(tmp_path / name)).exit_code)

    assert codes == [3, 3, 3]
    people = json.loads(cli("participants", "--format", "json").stdout)
    assert 130 <= len(people) <= 150
    assert sum(p["late"] for p in people) == 2
    assert all(p["status"] == "registered" for p in people)
    names = {p["first_name"] for p in people}
    assert {"Олена", "محمد", "مریم"} <= names


def test_hidden_helper_columns_count_only_when_they_hold_something(cli, event, tmp_path: Path) -> None:
    rows = [["Name", "E-Mail", None, "interne Notiz"], ["Omar Nasser", "omar@example.org", None, "Rechnung an Träger"]]
    path = write_xlsx(tmp_path / "hidden.xlsx", rows, hidden_columns=["C", "D"])

    result = cli("import-registrations", str(path), "--format", "json")

    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)[0]
    assert [m["column"] for m in report["mapping"]] == ["Name", "E-Mail", "(C)", "interne Notiz"]
    omar = _people(cli)["omar@example.org"]
    assert omar["notes"] == "Rechnung an Träger"
    assert omar["extra"] == {}


def test_ranking_grid_with_one_column_per_topic(cli, event, tmp_path: Path) -> None:
    rows = [
        [
            "E-Mail",
            "Name",
            "Bitte ordnen Sie [Spracherwerb]",
            "Bitte ordnen Sie [Qualifizierung und Ausbildung]",
            "Bitte ordnen Sie [Anerkennung von Abschlüssen]",
        ],
        ["a@example.org", "Anna Berg", "2. Wahl", "3. Wahl", "1. Wahl"],
        ["b@example.org", "Ben Ohm", "x", "", "x"],
    ]

    result = cli("import-registrations", str(write_csv(tmp_path / "grid.csv", rows)))

    assert result.exit_code == 0, result.stderr
    people = _people(cli)
    assert people["a@example.org"]["preferences"] == [
        "Anerkennung von Abschlüssen",
        "Spracherwerb",
        "Qualifizierung und Ausbildung",
    ]
    assert people["b@example.org"]["preferences"] == ["Spracherwerb", "Anerkennung von Abschlüssen"]


def test_unknown_topic_is_reported_and_the_row_kept(cli, event, tmp_path: Path) -> None:
    rows = [["E-Mail", "Name", "Themenwunsch 1", "Themenwunsch 2"], ["a@example.org", "Anna Berg", "Wohnen", "AG 1"]]

    result = cli("import-registrations", str(write_csv(tmp_path / "a.csv", rows)))

    assert result.exit_code == 0
    assert "Thema „Wohnen“ gibt es nicht; Wunsch verworfen" in result.stdout
    assert _people(cli)["a@example.org"]["preferences"] == ["Spracherwerb"]


def test_unwritable_rejects_file_still_reports_the_rejected_rows(cli, event, tmp_path: Path, monkeypatch) -> None:
    from konferenz_cli.render import rejects

    def read_only(*args, **kwargs):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(rejects, "write_rejects", read_only)
    path = write_csv(tmp_path / "a.csv", [["Name", "E-Mail"], ["Anna Berg", "kaputt@"], ["Ben Ohm", "b@example.org"]])

    result = cli("import-registrations", str(path))

    assert result.exit_code == 3
    assert "„kaputt@“ ist keine gültige E-Mail-Adresse" in result.stdout
    assert "schreibgeschützt" in result.stderr
    assert "b@example.org" in _people(cli)


def test_names_whose_letters_the_encoding_lost_are_pointed_out(cli, event, tmp_path: Path) -> None:
    """Excel's "CSV (Trennzeichen-getrennt)" is Windows-1252: ı, ş and Arabic letters become "?"."""
    rows = [
        ["E-Mail", "Vorname", "Nachname"],
        ["ayse@example.org", "Ayşe", "Yılmaz"],
        ["mohammed@example.org", "محمد", "Müller"],
        ["jens@example.org", "Jens", "Groß"],
        ["frage@example.org", "Wer?", "Niemand"],  # a question asked, no letter lost,
    ]
    lossy = tmp_path / "anmeldungen.csv"
    lossy.write_bytes(write_csv(tmp_path / "utf8.csv", rows).read_text("utf-8").encode("cp1252", errors="replace"))

    first = cli("import-registrations", str(lossy), "--format", "json")
    warned = [(w["row"], w["message"]) for w in json.loads(first.stdout)[0]["warnings"]]
    again = cli("import-registrations", str(write_xlsx(tmp_path / "anmeldungen.xlsx", rows)))
    people = {p["email"]: p for p in json.loads(cli("participants", "--format", "json").stdout)}

    assert first.exit_code == 0, first.stderr
    assert [row for row, _ in warned] == [2, 3]
    assert "„Ay?e Y?lmaz“" in warned[0][1]
    assert again.exit_code == 0, again.stderr
    assert (people["ayse@example.org"]["first_name"], people["ayse@example.org"]["last_name"]) == ("Ayşe", "Yılmaz")
    assert people["mohammed@example.org"]["first_name"] == "محمد"
    assert people["jens@example.org"]["last_name"] == "Groß"
