"""Real exports of pretix, LimeSurvey, Microsoft Forms and Google Forms, imported as an organiser would.

The files in tests/data/exports/ are written by tests/data/exports/make_exports.py in exactly the
layout of each tool (see there for the sources); every test imports one through the command line
into a fresh database and checks what was stored, field by field.
"""

from __future__ import annotations

import json
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from tests.registration_files import event_file

EXPORTS = Path(__file__).resolve().parent.parent / "data" / "exports"
SPRACH, QUALI, ANERK = "Spracherwerb", "Qualifizierung und Ausbildung", "Anerkennung von Abschlüssen"


@pytest.fixture
def event(cli, tmp_path: Path) -> str:
    result = cli("new-event", "--from", str(event_file(tmp_path)))
    assert result.exit_code == 0, result.stderr
    return "test"


def _copy(name: str, folder: Path) -> Path:
    """The export in a folder of the test's own (the rejects file is written next to it)."""
    target = folder / name
    shutil.copyfile(EXPORTS / name, target)
    return target


def _import(cli, path: Path, *options: str) -> dict:
    result = cli("import-registrations", str(path), "--format", "json", *options)
    assert result.exit_code in (0, 3), result.stdout + result.stderr
    return json.loads(result.stdout)[0]


def _people(cli) -> dict[str, dict]:
    result = cli("participants", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {p["email"] or f"{p['first_name']} {p['last_name']}": p for p in json.loads(result.stdout)}


def _not_imported(report: dict) -> list[tuple[str, str | None]]:
    return sorted((item["last_name"], item["email"]) for item in report["not_imported"])


# --- pretix ---------------------------------------------------------------------------------------------


def test_pretix_order_data_workbook_in_german(cli, event, tmp_path: Path) -> None:
    report = _import(cli, _copy("pretix-bestelldaten.xlsx", tmp_path))

    assert (report["layout"], report["sheet"]) == ("pretix", "Bestellzeilen")
    assert report["summary"]["new"] == 7
    assert report["summary"]["cancelled"] == 3
    assert report["unmapped"] == []
    assert _not_imported(report) == [
        ("Brandt", "t.brandt@example.org"),  # order expired ("abgelaufen")
        ("Karimi", "reza.karimi@example.org"),  # position cancelled in a paid order
        ("Schulz", "lena.schulz@example.org"),  # order cancelled; the booker was the attendee
    ]
    people = _people(cli)
    assert sorted(people) == [
        "Jörg Müller",
        "a.yilmaz-demir@example.org",
        "amina.haddad@example.org",
        "k.vonderheyde@kreis-wmk.example",
        "m.alahmad@example.org",
        "olena.kovalenko@example.org",
        "s.oconnor@example.org",
    ]
    heyde = people["k.vonderheyde@kreis-wmk.example"]
    assert (heyde["title"], heyde["first_name"], heyde["last_name"]) == ("Dr.", "Karl-Heinz", "von der Heyde")
    assert heyde["organisation"] == "Werra-Meißner-Kreis"
    assert heyde["sector"] == "Verwaltung"
    assert heyde["preferences"] == [QUALI, SPRACH]
    assert heyde["registered_at"] == "2023-10-09T08:41:12+02:00"
    assert (heyde["newsletter"], heyde["photo_consent"], heyde["diet"]) == (True, True, None)
    assert heyde["extra"]["E-Mail"] == "sekretariat@kreis-wmk.example"
    assert heyde["extra"]["Bestellnummer"] == "EWK7Q"
    # Booked by the office without an address of his own: known by name and organisation.
    joerg = people["Jörg Müller"]
    assert (joerg["email"], joerg["organisation"], joerg["diet"]) == (None, "Jobcenter Werra-Meißner", "vegetarisch")
    assert joerg["preferences"] == [ANERK, QUALI]
    assert joerg["newsletter"] is False
    # Booked her own ticket and left the attendee address empty: the order's address is hers.
    amina = people["amina.haddad@example.org"]
    assert (amina["first_name"], amina["last_name"], amina["diet"]) == ("Amina", "Haddad", "vegetarisch, halal")
    assert amina["preferences"] == [ANERK, SPRACH]
    assert amina["newsletter_consent_at"] == "2023-10-12T14:15:33+02:00"
    olena = people["olena.kovalenko@example.org"]  # order still pending: a registration all the same
    assert (olena["first_name"], olena["last_name"], olena["status"]) == ("Олена", "Коваленко", "registered")
    arabic = people["m.alahmad@example.org"]
    assert (arabic["first_name"], arabic["last_name"]) == ("محمد", "الأحمد")
    assert arabic["sector"] == "Person mit Flucht- oder Migrationsgeschichte"
    assert people["s.oconnor@example.org"]["last_name"] == "O'Connor"
    assert people["a.yilmaz-demir@example.org"]["photo_consent"] is False
    assert "sekretariat@kreis-wmk.example" not in people


@pytest.mark.parametrize(
    ("name", "delimiter"),
    [
        ("pretix-positions-commas.csv", ","),
        ("pretix-positions-excel.csv", ","),
        ("pretix-positions-semicolons.csv", ";"),
    ],
)
def test_pretix_order_positions_csv_in_english(cli, event, tmp_path: Path, name: str, delimiter: str) -> None:
    report = _import(cli, _copy(name, tmp_path))

    assert (report["layout"], report["delimiter"], report["encoding"]) == ("pretix", delimiter, "utf-8")
    assert (report["summary"]["new"], report["summary"]["cancelled"]) == (7, 3)
    fields = {item["column"]: item["field"] for item in report["mapping"]}
    assert fields["Email"] == "booker_email"
    assert fields["Attendee email"] == "email"
    assert (fields["Company"], fields["Company (2)"]) == ("organisation", "extra")
    people = _people(cli)
    assert len(people) == 7
    ayse = people["a.yilmaz-demir@example.org"]
    assert (ayse["first_name"], ayse["last_name"], ayse["organisation"]) == (
        "Ayşe",
        "Yılmaz-Demir",
        "Werra-Meißner-Kreis",
    )
    assert ayse["preferences"] == [SPRACH, ANERK]  # "Which workgroups ...?" grouped: "A, B"
    assert (ayse["diet"], ayse["newsletter"], ayse["organisation_type"]) == ("Halal", True, "Public administration")
    assert people["amina.haddad@example.org"]["registered_at"] == "2023-10-12T14:15:33+02:00"
    assert people["Jörg Müller"]["email"] is None


def test_pretix_cancelled_order_cancels_an_earlier_registration(cli, event, tmp_path: Path) -> None:
    earlier = tmp_path / "vorher.csv"
    earlier.write_text(
        "Vorname;Nachname;E-Mail\r\nLena;Schulz;lena.schulz@example.org\r\n", encoding="utf-8"
    )  # registered by e-mail first
    _import(cli, earlier)

    report = _import(cli, _copy("pretix-bestelldaten.xlsx", tmp_path))

    assert report["summary"]["cancelled_existing"] == 1
    assert _people(cli)["lena.schulz@example.org"]["status"] == "cancelled"


# --- LimeSurvey -----------------------------------------------------------------------------------------


def _lime_people_checked(people: dict[str, dict]) -> None:
    assert sorted(people) == [
        "amina.haddad@example.org",
        "m.alahmad@example.org",
        "olena.kovalenko@example.org",
        "s.oconnor@example.org",
    ]
    amina = people["amina.haddad@example.org"]
    assert (amina["first_name"], amina["last_name"]) == ("Amina", "Haddad")
    assert amina["organisation"] == "Caritasverband Werra-Meißner"
    assert amina["preferences"] == [ANERK, SPRACH, QUALI]
    assert people["olena.kovalenko@example.org"]["first_name"] == "Олена"
    assert people["olena.kovalenko@example.org"]["preferences"] == [SPRACH, ANERK, QUALI]
    assert people["s.oconnor@example.org"]["preferences"] == [QUALI, ANERK, SPRACH]
    assert people["m.alahmad@example.org"]["last_name"] == "الأحمد"


def test_limesurvey_question_codes_and_full_answers(cli, event, tmp_path: Path) -> None:
    report = _import(cli, _copy("limesurvey-codes.csv", tmp_path))

    assert (report["layout"], report["encoding"], report["delimiter"]) == ("limesurvey", "utf-8-sig", ",")
    assert (report["summary"]["new"], report["summary"]["incomplete"]) == (4, 1)
    assert _not_imported(report) == [("Ahmadi", "d.ahmadi@example.org")]
    people = _people(cli)
    _lime_people_checked(people)
    amina = people["amina.haddad@example.org"]
    assert amina["registered_at"] == "2023-10-05T09:12:44+02:00"
    assert (amina["newsletter"], amina["photo_consent"], amina["sector"]) == (True, True, "Zivilgesellschaft")
    olena = people["olena.kovalenko@example.org"]
    assert (olena["newsletter"], olena["photo_consent"]) == (False, None)  # "k.A.": no answer
    assert olena["extra"]["token"] == "tok0002"


def test_limesurvey_full_question_texts_with_semicolons_and_no_date_stamps(cli, event, tmp_path: Path) -> None:
    report = _import(cli, _copy("limesurvey-volltext.csv", tmp_path))

    assert (report["layout"], report["delimiter"]) == ("limesurvey", ";")
    fields = {item["column"]: item["field"] for item in report["mapping"]}
    question = "Bitte bringen Sie die Arbeitsgruppen in Ihre Wunschreihenfolge"
    assert [fields[f"{question} [Rang {n}]"] for n in (1, 2, 3)] == ["preference_1", "preference_2", "preference_3"]
    assert fields["Datum Abgeschickt"] == "completed_at"
    assert report["summary"]["incomplete"] == 1
    people = _people(cli)
    _lime_people_checked(people)
    # Surveys without date stamps say "1980-01-01 00:00:00" for every finished response: no time known.
    assert {p["registered_at"] for p in people.values()} == {None}
    assert people["s.oconnor@example.org"]["photo_consent"] is False


def test_limesurvey_answer_codes_need_a_topics_section(cli, event, tmp_path: Path) -> None:
    path = _copy("limesurvey-code-text-antwortcodes.csv", tmp_path)
    mapping = tmp_path / "zuordnung.toml"

    dry = cli("import-registrations", str(path), "--dry-run", "--write-mapping", str(mapping))

    assert dry.exit_code == 0, dry.stderr
    assert "Antworten wie „AO03“, „AO01“, „AO02“ entsprechen keinem Thema" in dry.stderr
    written = tomllib.loads(mapping.read_text(encoding="utf-8"))
    assert written["topics"] == {"AO01": "", "AO02": "", "AO03": ""}
    assert written["columns"]["startlanguage. Start-Sprache"] == "extra"
    assert written["columns"]["G02Q01[2]. Bitte bringen Sie die Arbeitsgruppen in Ihre Wunschreihenfolge [Rang 2]"] == (
        "preference_2"
    )
    text = mapping.read_text(encoding="utf-8")
    mapping.write_text(
        text.replace('"AO01" = ""', f'"AO01" = "{SPRACH}"')
        .replace('"AO02" = ""', f'"AO02" = "{QUALI}"')
        .replace('"AO03" = ""', '"AO03" = "Anerkennung"'),
        encoding="utf-8",
    )

    report = _import(cli, path, "--mapping", str(mapping))

    assert report["warnings"] == []
    people = _people(cli)
    _lime_people_checked(people)
    assert people["amina.haddad@example.org"]["newsletter"] is True  # "Y"


def test_limesurvey_bare_codes_are_recognised_by_content_and_names_mapped_by_file(cli, event, tmp_path: Path) -> None:
    path = _copy("limesurvey-nur-codes.csv", tmp_path)
    mapping = tmp_path / "zuordnung.toml"

    dry = cli("import-registrations", str(path), "--dry-run", "--write-mapping", str(mapping), "--format", "json")

    report = json.loads(dry.stdout)[0]
    fields = {item["column"]: (item["field"], item["origin"]) for item in report["mapping"]}
    assert fields["G01Q03"] == ("email", "content")
    assert fields["G02Q01[1]"] == ("preference_1", "content")
    assert fields["G02Q01[3]"] == ("preference_3", "content")
    assert report["unmapped"] == ["G01Q01", "G01Q02", "G01Q04"]
    assert report["samples"]["G01Q01"] == ["Amina", "Олена", "Dariush"]
    text = mapping.read_text(encoding="utf-8")
    assert '"G01Q01" = "extra"  # NICHT ERKANNT – z. B. „Amina“, „Олена“, „Dariush“' in text
    mapping.write_text(
        text.replace('"G01Q01" = "extra"', '"G01Q01" = "first_name"')
        .replace('"G01Q02" = "extra"', '"G01Q02" = "last_name"')
        .replace('"G01Q04" = "extra"', '"G01Q04" = "organisation"'),
        encoding="utf-8",
    )

    result = cli("import-registrations", str(path), "--mapping", str(mapping))

    assert result.exit_code == 0, result.stdout + result.stderr
    _lime_people_checked(_people(cli))


def test_limesurvey_multiple_choice_by_subquestion_codes(cli, event, tmp_path: Path) -> None:
    path = tmp_path / "results-survey123.csv"
    path.write_bytes(
        "\ufeff"
        '"id","submitdate","lastpage","startlanguage","seed","name","email","G02Q02[SQ001]","G02Q02[SQ002]",'
        '"G02Q02[SQ003]"\r\n'
        '"1","2023-10-05 09:12:44","2","de","77","Amina Haddad","amina.haddad@example.org","Y","","Y"\r\n'
        '"2","2023-10-06 10:00:00","2","de","78","Jörg Müller","j.mueller@example.org","","Y",""\r\n'
        "\r\n".encode()
    )
    mapping = tmp_path / "zuordnung.toml"
    mapping.write_text(
        "[columns]\n"
        '"G02Q02[SQ001]" = "preference_option"\n"G02Q02[SQ002]" = "preference_option"\n'
        '"G02Q02[SQ003]" = "preference_option"\n\n'
        f'[topics]\n"SQ001" = "{SPRACH}"\n"SQ002" = "{QUALI}"\n"SQ003" = "{ANERK}"\n',
        encoding="utf-8",
    )

    _import(cli, path, "--mapping", str(mapping))

    people = _people(cli)
    assert people["amina.haddad@example.org"]["preferences"] == [SPRACH, ANERK]
    assert people["j.mueller@example.org"]["preferences"] == [QUALI]


def test_dry_run_of_an_unknown_export_says_what_to_map(cli, event, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Q1;Q2;Q3\r\nAmina;Haddad;Caritas\r\nJörg;Müller;Jobcenter\r\n", encoding="utf-8")

    result = cli("import-registrations", str(path), "--dry-run")

    assert result.exit_code == 1
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if line.startswith("│")}
    assert "Amina | Jörg" in rows["Q1"]
    assert "Weitere Angaben (unverändert)" in rows["Q1"]
    assert "--write-mapping zuordnung.toml" in result.stderr
    assert "In „export.csv“ gibt es keine Spalte mit E-Mail-Adresse oder Name" in result.stderr
    assert "Keine Spalte mit Themenwünschen erkannt" in result.stderr


def test_write_mapping_dash_prints_the_file(cli, event, tmp_path: Path) -> None:
    path = _copy("limesurvey-nur-codes.csv", tmp_path)

    result = cli("import-registrations", str(path), "--dry-run", "--write-mapping", "-", "--lang", "en")

    assert '"G01Q03" = "email"  # E-mail – e.g. „amina.haddad@example.org“' in result.stdout
    assert "[columns]" in result.stdout


def test_mapping_file_with_an_unknown_topic_is_an_error(cli, event, tmp_path: Path) -> None:
    path = _copy("limesurvey-code-text-antwortcodes.csv", tmp_path)
    mapping = tmp_path / "zuordnung.toml"
    mapping.write_text('[topics]\n"AO01" = "Wohnen"\n', encoding="utf-8")

    result = cli("import-registrations", str(path), "--mapping", str(mapping))

    assert result.exit_code == 1
    assert "nennt unter [topics] Themen, die es nicht gibt: „Wohnen“" in result.stderr


# --- Microsoft Forms ------------------------------------------------------------------------------------


def test_microsoft_forms_public_form_in_german(cli, event, tmp_path: Path) -> None:
    report = _import(cli, _copy("msforms-de.xlsx", tmp_path))

    assert (report["layout"], report["sheet"]) == ("microsoft_forms", "Form1")
    assert (report["summary"]["new"], report["summary"]["rejected"], report["summary"]["duplicates"]) == (4, 1, 1)
    assert [(r["row"], r["column"]) for r in report["rejected"]] == [(5, "E-Mail-Adresse")]
    fields = {item["column"]: item["field"] for item in report["mapping"]}
    assert (fields["Fertigstellungszeit"], fields["E-Mail"], fields["Name"]) == (
        "registered_at",
        "account_email",
        "account_name",
    )
    people = _people(cli)
    assert sorted(people) == [
        "amina.haddad@example.org",
        "joerg.mueller@jobcenter-wmk.example",
        "m.alahmad@example.org",
        "olena.kovalenko@example.org",
    ]
    amina = people["amina.haddad@example.org"]  # sent the form twice: the later answers count
    assert amina["preferences"] == [SPRACH, ANERK, QUALI]
    assert amina["registered_at"] == "2023-10-08T09:47:18+02:00"
    assert amina["source_row"] == 7
    assert amina["diet"] == "Vegetarisch"
    assert "anonymous" not in json.dumps(amina["extra"])
    joerg = people["joerg.mueller@jobcenter-wmk.example"]  # trailing no-break space, capitals
    assert (joerg["first_name"], joerg["last_name"], joerg["newsletter"]) == ("Jörg", "Müller", False)
    assert people["olena.kovalenko@example.org"]["diet"] == "Vegan, Halal"
    assert people["m.alahmad@example.org"]["sector"] == "Person mit Flucht- oder Migrationsgeschichte"


def test_microsoft_forms_signed_in_form_in_english_with_text_dates(cli, event, tmp_path: Path) -> None:
    report = _import(cli, _copy("msforms-en.xlsx", tmp_path), "--lang", "en")

    assert report["layout"] == "microsoft_forms"
    people = _people(cli)
    reza = people["reza.karimi@stadt-eschwege.example"]
    assert (reza["first_name"], reza["last_name"], reza["organisation"]) == ("Reza", "Karimi", "Stadt Eschwege")
    assert reza["preferences"] == [QUALI, SPRACH]
    assert reza["registered_at"] == "2023-10-12T14:15:33+02:00"
    ursula = people["ursula.weiss@stadt-eschwege.example"]
    assert (ursula["first_name"], ursula["last_name"], ursula["newsletter"]) == ("Ursula", "Weiß", False)


# --- Google Forms ---------------------------------------------------------------------------------------


def test_google_forms_csv_in_english_with_a_ranking_grid(cli, event, tmp_path: Path) -> None:
    report = _import(cli, _copy("google-en.csv", tmp_path))

    fields = {item["column"]: item["field"] for item in report["mapping"]}
    assert [fields[f"Please rank the workgroups [{n} choice]"] for n in ("First", "Second", "Third")] == [
        "preference_1",
        "preference_2",
        "preference_3",
    ]
    assert report["summary"]["late"] == 1
    people = _people(cli)
    amina = people["amina.haddad@example.org"]
    assert amina["preferences"] == [ANERK, SPRACH, QUALI]
    assert amina["registered_at"] == "2023-10-12T14:15:33+02:00"  # "2023/10/12 2:15:33 PM GMT+2"
    assert (amina["diet"], amina["sector"], amina["newsletter"]) == ("Vegetarian, Halal", "Civil society", True)
    siobhan = people["s.oconnor@example.org"]
    assert (siobhan["last_name"], siobhan["preferences"], siobhan["newsletter"]) == ("O'Connor", [QUALI, ANERK], None)
    olena = people["olena.kovalenko@example.org"]
    assert (olena["registered_at"], olena["late"]) == ("2023-11-01T10:00:00+01:00", True)


@pytest.mark.parametrize("name", ["google-de.csv", "google-de.xlsx"])
def test_google_forms_german_sheet_as_csv_and_xlsx(cli, event, tmp_path: Path, name: str) -> None:
    report = _import(cli, _copy(name, tmp_path))

    assert report["layout"] == "google_forms"
    assert report["unmapped"] == []  # "Punktzahl" is the quiz score, bookkeeping
    people = _people(cli)
    amina = people["amina.haddad@example.org"]
    assert (amina["title"], amina["first_name"], amina["last_name"]) == ("Dr.", "Amina", "Haddad")
    assert amina["preferences"] == [ANERK, SPRACH]
    assert amina["registered_at"] == "2023-10-12T14:15:33+02:00"
    assert amina["newsletter"] is True  # "Ja, gerne"
    assert amina["notes"] == 'Ich komme mit dem Zug; bitte "vegetarisch".'
    joerg = people["j.mueller@jobcenter-wmk.example"]
    assert joerg["preferences"] == [QUALI, ANERK, SPRACH]
    arabic = people["m.alahmad@example.org"]
    assert (arabic["first_name"], arabic["last_name"]) == ("محمد", "الأحمد")
    assert arabic["notes"] == "Bitte mit Dolmetschen (Arabisch)\nDanke!"


def test_google_forms_download_as_zip(cli, event, tmp_path: Path) -> None:
    archive = tmp_path / "Anmeldung Integrationskonferenz.csv.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.write(EXPORTS / "google-en.csv", "Anmeldung Integrationskonferenz.csv")

    report = _import(cli, archive)

    assert (report["layout"], report["format"]) == ("google_forms", "csv")
    assert report["summary"]["new"] == 3
    assert _people(cli)["amina.haddad@example.org"]["preferences"] == [ANERK, SPRACH, QUALI]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == []


def test_zip_with_several_tables_is_a_clear_error(cli, event, tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.write(EXPORTS / "google-en.csv", "a.csv")
        packed.write(EXPORTS / "google-de.csv", "b.csv")

    result = cli("import-registrations", str(archive))

    assert result.exit_code == 1
    assert "erwarte ich genau eine Tabelle (.csv, .xlsx, .ods), gefunden: a.csv, b.csv" in result.stderr


def test_british_sheet_with_the_day_first(cli, event, tmp_path: Path) -> None:
    path = tmp_path / "responses.csv"
    path.write_text(
        "Timestamp,Email address,Full name\r\n"
        "12/10/2023 09:00:00,a@example.org,Amina Haddad\r\n"
        "13/10/2023 14:15:33,j@example.org,Jörg Müller\r\n",
        encoding="utf-8",
    )

    _import(cli, path)

    people = _people(cli)
    assert people["a@example.org"]["registered_at"] == "2023-10-12T09:00:00+02:00"
    assert people["j@example.org"]["registered_at"] == "2023-10-13T14:15:33+02:00"


def test_every_export_imported_twice_changes_nothing(cli, event, tmp_path: Path) -> None:
    for name in sorted(p.name for p in EXPORTS.iterdir() if p.suffix in (".csv", ".xlsx")):
        if name.startswith(("limesurvey-nur-codes", "limesurvey-code-text")):
            continue  # need a mapping file (tested above)
        path = _copy(name, tmp_path)
        _import(cli, path)
        again = _import(cli, path)
        assert (again["summary"]["new"], again["summary"]["updated"]) == (0, 0), name


# --- a hand-made list saved by an office suite ------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_a_list_saved_by_an_office_suite_imports_like_the_original(cli, tmp_path: Path, suffix: str) -> None:
    """The .xls (BIFF8) and .ods that LibreOffice saved from the example list give the same participants;
    its totals row ("32 | Summe": the formula's count in the number column) is not taken for a person."""
    from tests.conftest import EXAMPLES

    def people_from(path: Path, database: Path) -> list[dict]:
        assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml"), db=database).exit_code == 0
        imported = cli("import-registrations", str(path), db=database)
        assert imported.exit_code == 3, imported.stderr  # the list has rows an organiser must fix
        listed = cli("participants", "--format", "json", db=database)
        ignored = {"id", "created_at", "updated_at", "source_file", "extra"}
        return [{k: v for k, v in p.items() if k not in ignored} for p in json.loads(listed.stdout)]

    original = shutil.copyfile(EXAMPLES / "anmeldungen-eschwege-liste.xlsx", tmp_path / "liste.xlsx")
    saved = _copy("handliste-libreoffice" + suffix, tmp_path)

    expected = people_from(original, tmp_path / "original.db")
    found = people_from(saved, tmp_path / "saved.db")

    assert found == expected
    assert len(found) > 25
    assert not any(person["last_name"] == "Summe" for person in found)
