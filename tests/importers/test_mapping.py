"""Column headings to fields: the exports of the form tools and hand-made lists, and mapping files."""

from __future__ import annotations

from pathlib import Path

import pytest

from konferenz_cli.errors import ConfigError
from konferenz_cli.importers.mapping import (
    apply_overrides,
    guess_mapping,
    header_signature,
    load_mapping_file,
    read_mapping_file,
    refine_by_content,
)
from konferenz_cli.importers.topics import TopicMatcher, TopicRef

MATCHER = TopicMatcher(
    [
        TopicRef(1, 1, "Spracherwerb"),
        TopicRef(2, 2, "Qualifizierung und Ausbildung"),
        TopicRef(3, 3, "Anerkennung von Abschlüssen"),
    ]
)


def _fields(headers: list[str]) -> tuple[str, dict[str, str]]:
    mapping = guess_mapping(headers, MATCHER)
    return mapping.layout, mapping.as_spec()


def test_microsoft_forms_german_export() -> None:
    headers = [
        "ID",
        "Startzeit",
        "Abschlusszeit",
        "E-Mail",
        "Name",
        "Zeitpunkt der letzten Änderung",
        "E-Mail-Adresse",
        "Vorname",
        "Nachname",
    ]
    layout, fields = _fields(headers)
    assert layout == "microsoft_forms"
    assert fields == {
        "ID": "extra",
        "Startzeit": "extra",
        "Abschlusszeit": "registered_at",
        "E-Mail": "account_email",
        "Name": "account_name",
        "Zeitpunkt der letzten Änderung": "extra",
        "E-Mail-Adresse": "email",
        "Vorname": "first_name",
        "Nachname": "last_name",
    }


def test_google_forms_english_export() -> None:
    layout, fields = _fields(
        ["Timestamp", "Email Address", "Full name", "Which workshops would you like to attend?", "Newsletter"]
    )
    assert layout == "google_forms"
    assert fields == {
        "Timestamp": "registered_at",
        "Email Address": "email",
        "Full name": "name",
        "Which workshops would you like to attend?": "preferences",
        "Newsletter": "newsletter",
    }


def test_limesurvey_codes() -> None:
    layout, fields = _fields(
        ["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "firstname", "lastname", "email", "G01Q03"]
    )
    assert layout == "limesurvey"
    assert fields["submitdate"] == "completed_at"
    assert (fields["firstname"], fields["lastname"], fields["email"]) == ("first_name", "last_name", "email")
    assert fields["G01Q03"] == "extra"


def test_pretix_positions_separate_booker_and_attendee() -> None:
    headers = [
        "Order code",
        "Position ID",
        "Status",
        "Email",
        "Order date",
        "Order time",
        "Attendee name",
        "Attendee email",
        "Company",
        "Workshops: Spracherwerb",
        "Workshops: Anerkennung von Abschlüssen",
    ]
    layout, fields = _fields(headers)
    assert layout == "pretix"
    assert fields["Email"] == "booker_email"
    assert fields["Attendee email"] == "email"
    assert fields["Status"] == "status"
    assert (fields["Order date"], fields["Order time"]) == ("registered_at", "registered_time")
    assert fields["Company"] == "organisation"
    assert fields["Workshops: Spracherwerb"] == "preference_option"


def test_microsoft_forms_current_german_heading() -> None:
    layout, fields = _fields(["ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Vorname", "Nachname"])
    assert layout == "microsoft_forms"
    assert (fields["Fertigstellungszeit"], fields["E-Mail"], fields["Name"]) == (
        "registered_at",
        "account_email",
        "account_name",
    )


def test_microsoft_forms_questions_named_like_the_account_columns() -> None:
    layout, fields = _fields(
        ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Name (2)", "Email (2)"]
    )
    assert layout == "microsoft_forms"
    assert (fields["Email"], fields["Name"]) == ("account_email", "account_name")
    assert (fields["Email (2)"], fields["Name (2)"]) == ("email", "name")


def test_pretix_german_order_positions() -> None:
    headers = [
        "Kurzname der Veranstaltung",
        "Bestellnummer",
        "Position",
        "Status",
        "E-Mail",
        "Bestelldatum",
        "Bestelluhrzeit",
        "Termin",
        "Name Teilnehmer*in",
        "Name Teilnehmer*in: Anrede",
        "Name Teilnehmer*in: Titel",
        "Name Teilnehmer*in: Vorname",
        "Name Teilnehmer*in: Nachname",
        "E-Mail Teilnehmer*in",
        "Teilnehmer*innen-Firma",
        "Datum zur Wiedervorlage",
        "Welche AG? – Spracherwerb",
        "Welche AG? – Anerkennung von Abschlüssen",
        "Rechnungsadresse: Firma",
        "Rechnungsadresse: Name: Vorname",
        "E-Mail-Adresse verifiziert",
    ]
    layout, fields = _fields(headers)
    assert layout == "pretix"
    assert fields == {
        "Kurzname der Veranstaltung": "extra",
        "Bestellnummer": "order_code",
        "Position": "extra",
        "Status": "status",
        "E-Mail": "booker_email",
        "Bestelldatum": "registered_at",
        "Bestelluhrzeit": "registered_time",
        "Termin": "extra",
        "Name Teilnehmer*in": "name",
        "Name Teilnehmer*in: Anrede": "extra",
        "Name Teilnehmer*in: Titel": "title",
        "Name Teilnehmer*in: Vorname": "first_name",
        "Name Teilnehmer*in: Nachname": "last_name",
        "E-Mail Teilnehmer*in": "email",
        "Teilnehmer*innen-Firma": "organisation",
        "Datum zur Wiedervorlage": "extra",
        "Welche AG? – Spracherwerb": "preference_option",
        "Welche AG? – Anerkennung von Abschlüssen": "preference_option",
        "Rechnungsadresse: Firma": "extra",
        "Rechnungsadresse: Name: Vorname": "extra",
        "E-Mail-Adresse verifiziert": "extra",
    }
    assert guess_mapping(headers, MATCHER).unmapped == []


def test_pretix_only_the_order_email_is_the_bookers() -> None:
    layout, fields = _fields(["Order code", "Status", "Email", "Name", "Company", "Company (2)"])
    assert layout == "pretix"
    assert (fields["Email"], fields["Company"], fields["Company (2)"]) == ("booker_email", "organisation", "extra")


def test_limesurvey_code_and_text_headings_are_read_by_their_text() -> None:
    layout, fields = _fields(
        [
            "id. Antwort ID",
            "submitdate. Datum Abgeschickt",
            "lastpage. Letzte Seite",
            "startlanguage. Start-Sprache",
            "G01Q01. Vorname",
            "G01Q03. E-Mail-Adresse",
            "G02Q01[1]. Bitte ordnen Sie die Arbeitsgruppen [Rang 1]",
            "G02Q02[SQ001]. Ich stimme zu [Spracherwerb]",
        ]
    )
    assert layout == "limesurvey"
    assert fields == {
        "id. Antwort ID": "extra",
        "submitdate. Datum Abgeschickt": "completed_at",
        "lastpage. Letzte Seite": "extra",
        "startlanguage. Start-Sprache": "extra",
        "G01Q01. Vorname": "first_name",
        "G01Q03. E-Mail-Adresse": "email",
        "G02Q01[1]. Bitte ordnen Sie die Arbeitsgruppen [Rang 1]": "preference_1",
        "G02Q02[SQ001]. Ich stimme zu [Spracherwerb]": "preference_option",
    }


def test_limesurvey_full_texts_in_english() -> None:
    layout, fields = _fields(
        ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Access code", "Email address"]
    )
    assert layout == "limesurvey"
    assert fields["Date submitted"] == "completed_at"
    assert fields["Email address"] == "email"
    assert guess_mapping(["Response ID", "Date submitted", "Access code"], MATCHER).unmapped == []


def test_columns_without_a_telling_heading_are_recognised_by_content() -> None:
    headers = ["id", "submitdate", "lastpage", "G01Q01", "G01Q02", "G02Q01[1]", "G02Q01[2]", "G03Q01"]
    rows = [
        ["1", "2023-10-05 09:12:44", "3", "Amina", "a@example.org", "Spracherwerb", "AG 3", "2"],
        ["2", "2023-10-05 10:12:44", "3", "Jörg", "j@example.org", "Anerkennung", "Qualifizierung", "1"],
        ["3", "", "1", "Olena", "", "", "", "3"],
    ]

    mapping = refine_by_content(guess_mapping(headers, MATCHER), rows, MATCHER)

    spec = {role.header: (role.spec, role.origin) for role in mapping.columns}
    assert spec["G01Q01"] == ("extra", "guess")
    assert spec["G01Q02"] == ("email", "content")
    assert spec["G02Q01[1]"] == ("preference_1", "content")
    assert spec["G02Q01[2]"] == ("preference_2", "content")
    assert spec["G03Q01"] == ("extra", "guess")  # digits alone are no topic


def test_mapping_file_with_topics(tmp_path: Path) -> None:
    path = tmp_path / "m.toml"
    path.write_text(
        '[columns]\n"G01Q01" = "first_name"\n\n[topics]\n"AO01" = "Spracherwerb"\n"AO02" = ""\n', encoding="utf-8"
    )

    given = read_mapping_file(path)

    assert given.columns == {"G01Q01": "first_name"}
    assert given.topics == {"AO01": "Spracherwerb"}  # an empty line is not filled in yet


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Please rank the workgroups [First choice]", "preference_1"),
        ("Bitte wählen Sie Ihre Arbeitsgruppen [Zweite Wahl]", "preference_2"),
        ("Themen [3. Wunsch]", "preference_3"),
        ("Welche Arbeitsgruppen interessieren Sie? – Spracherwerb", "preference_option"),
        ("Ernährung – vegetarisch", "diet"),
        ("Follow-up date", "extra"),
        ("Jobcenter-Kontakt", "extra"),
        ("Punktzahl", "extra"),
        ("Score", "extra"),
    ],
)
def test_form_tool_headings(header: str, field: str) -> None:
    assert _fields(["E-Mail", header])[1][header] == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Name, Vorname", "name_last_first"),
        ("Name (Vor- und Nachname)", "name"),
        ("Organisation / Institution / Träger", "organisation"),
        ("Name der Einrichtung", "organisation"),
        ("Art der Organisation", "organisation_type"),
        ("Bereich / Sektor", "sector"),
        ("Funktion / Rolle", "function"),
        ("Themenwunsch 1", "preference_1"),
        ("Themenwunsch 3", "preference_3"),
        ("Erstwunsch", "preference_1"),
        ("Zweitwunsch", "preference_2"),
        ("1. Wunsch", "preference_1"),
        ("Bitte ordnen Sie die Themen [Rang 2]", "preference_2"),
        ("AG-Wunsch", "preferences"),
        ("Arbeitskreis ja/nein", "follow_up"),
        ("Newsletter", "newsletter"),
        ("E-Mail-Adresse für den Newsletter", "newsletter"),
        ("Essen/Ernährung", "diet"),
        ("Barrierefreiheit", "accessibility"),
        ("Dolmetschen/Sprache", "interpreter_language"),
        ("Telefon", "phone"),
        ("Foto-Einverständnis", "photo_consent"),
        ("Darf Ihr Name auf der Teilnehmerliste veröffentlicht werden?", "list_consent"),
        ("Bemerkungen", "notes"),
        ("Ihre Interessen", "extra"),
        ("Spracherwerb", "preference_option"),
        ("Ablehnungsgrund", "ignore"),
    ],
)
def test_hand_made_headings(header: str, field: str) -> None:
    assert _fields(["E-Mail", header])[1][header] == field


def test_signature_ignores_order_case_and_the_rejects_column() -> None:
    assert header_signature(["E-Mail", "Name"]) == header_signature(["name", "e-mail ", "Ablehnungsgrund"])
    assert header_signature(["E-Mail", "Name"]) != header_signature(["E-Mail", "Vorname"])


def test_mapping_file_overrides_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "m.toml"
    path.write_text('[columns]\n"Kontakt" = "email"\n"Wahl" = "preference_2"\n"Fehlt" = "notes"\n', encoding="utf-8")
    guessed = guess_mapping(["Kontakt", "Wahl", "Name"], MATCHER)

    mapping = apply_overrides(guessed, load_mapping_file(path), MATCHER, "file")

    assert mapping.as_spec() == {"Kontakt": "email", "Wahl": "preference_2", "Name": "name"}
    assert mapping.notes == [("import.note.mapping_header_missing", {"header": "Fehlt"})]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[columns]\n"A" = "emial"\n', "import.mapping_unknown_fields"),
        ('[columns]\n"A" = 3\n', "import.mapping_not_text"),
        ('[spalten]\n"A" = "email"\n[columns]\n"B" = "name"\n', "import.mapping_unknown_keys"),
        ('[columns\n"A" = "email"\n', "import.mapping_syntax"),
    ],
)
def test_bad_mapping_files(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_mapping_file(path)
    assert raised.value.key == key
