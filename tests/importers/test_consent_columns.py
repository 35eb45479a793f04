"""Consent questions of registration forms: recognised by their wording, also when asked the other way round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from konferenz_cli.importers.aliases import fold_header, match_alias
from tests.registration_files import event_file, write_csv


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Einverständnis Teilnehmendenliste", "list_consent"),
        ("Ich bin damit einverstanden, dass mein Name auf der Teilnehmerliste erscheint", "list_consent"),
        ("Veröffentlichung", "list_consent"),
        ("publish my name", "list_consent"),
        ("Teilnehmer:innen-Liste", "list_consent"),
        ("Teilnehmenden-Liste (ja/nein)", "list_consent"),
        ("Namensnennung", "list_consent"),
        ("Darf Ihr Name auf der Teilnehmerliste erscheinen?", "list_consent"),
        ("May we list you as a participant?", "list_consent"),
        ("Nennung meines Namens in der Dokumentation", "list_consent"),
        ("Ich möchte nicht auf der Teilnehmerliste erscheinen", "list_refusal"),
        ("Meinen Namen bitte NICHT veröffentlichen", "list_refusal"),
        ("Do not publish my name", "list_refusal"),
        ("Einverständniserklärung Fotos", "photo_consent"),
        ("Veröffentlichung von Fotos", "photo_consent"),
        ("Ich möchte nicht fotografiert werden", "photo_refusal"),
        ("Name", "name"),
        ("Teilnehmer", "name"),
        ("Teilnehmer Name", "name"),
    ],
)
def test_consent_headings_are_recognised(heading: str, field: str) -> None:
    assert match_alias(fold_header(heading)) == (field, None)


def test_a_tick_on_a_question_asked_the_other_way_round_is_a_no(cli, tmp_path: Path) -> None:
    assert cli("new-event", "--from", str(event_file(tmp_path))).exit_code == 0
    path = write_csv(
        tmp_path / "anmeldungen.csv",
        [
            ["E-Mail", "Name", "Ich möchte nicht auf der Teilnehmerliste erscheinen", "Keine Fotos bitte"],
            ["a@example.org", "Amina Haddad", "x", ""],
            ["b@example.org", "Jörg Weiß", "", "ja"],
            ["c@example.org", "Leyla Demir", "nein", "nein"],
        ],
    )

    result = cli("import-registrations", str(path))

    assert result.exit_code == 0, result.stderr
    people = {row["email"]: row for row in json.loads(cli("participants", "--format", "json").stdout)}
    assert (people["a@example.org"]["list_consent"], people["a@example.org"]["photo_consent"]) == (False, None)
    assert (people["b@example.org"]["list_consent"], people["b@example.org"]["photo_consent"]) == (True, False)
    assert (people["c@example.org"]["list_consent"], people["c@example.org"]["photo_consent"]) == (True, True)


def test_a_mapping_file_can_name_a_refusal_column(cli, tmp_path: Path) -> None:
    assert cli("new-event", "--from", str(event_file(tmp_path))).exit_code == 0
    path = write_csv(tmp_path / "liste.csv", [["E-Mail", "Name", "Anonym"], ["a@example.org", "Amina Haddad", "ja"]])
    mapping = tmp_path / "mapping.toml"
    mapping.write_text('[columns]\n"Anonym" = "list_refusal"\n', encoding="utf-8")

    assert cli("import-registrations", str(path), "--mapping", str(mapping)).exit_code == 0

    (person,) = json.loads(cli("participants", "--format", "json").stdout)
    assert person["list_consent"] is False
