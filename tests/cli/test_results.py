"""konferenz results: import from Markdown and spreadsheets, add by option/file/editor, list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from konferenz_cli.db.connection import open_db
from tests.conftest import EXAMPLES
from tests.factories import create_example


@pytest.fixture
def event(db_path: Path) -> None:
    db = open_db(db_path)
    create_example(db)
    db.close()


def _listed(cli) -> list[dict]:
    result = cli("results", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_example_results_file_imports_per_topic_and_round(cli, event) -> None:
    result = cli("results", "import", str(EXAMPLES / "eschwege-2023-ergebnisse.md"))

    assert result.exit_code == 0, result.stderr
    rows = _listed(cli)
    assert [(r["topic"], r["round"]) for r in rows] == [
        ("Spracherwerb", 1),
        ("Spracherwerb", 2),
        ("Qualifizierung und Ausbildung", 1),
        ("Qualifizierung und Ausbildung", 2),
        ("Anerkennung von Abschlüssen", None),
    ]
    assert rows[0]["must_improve"].startswith("- Wartezeit auf einen Kursplatz")
    assert rows[4]["notes"] == "Der Arbeitskreis im Frühjahr 2024 soll mit diesem Thema beginnen."


def test_importing_the_same_file_twice_changes_nothing(cli, event) -> None:
    path = str(EXAMPLES / "eschwege-2023-ergebnisse.md")
    cli("results", "import", path)
    first = [{k: v for k, v in r.items() if k != "updated_at"} for r in _listed(cli)]

    cli("results", "import", path)

    assert [{k: v for k, v in r.items() if k != "updated_at"} for r in _listed(cli)] == first


def test_english_headings_and_topic_numbers_are_understood(cli, event, tmp_path) -> None:
    path = tmp_path / "results.md"
    path.write_text(
        "# Results\n\n## AG 3 (Round 2)\n\n### Works well\nCounselling.\n\n### Must improve\nWaiting times.\n\n"
        "### Proposed measures\n- Info sheet\n\n### Notes\nShort.\n",
        encoding="utf-8",
    )

    assert cli("results", "import", str(path)).exit_code == 0

    (row,) = _listed(cli)
    assert (row["topic"], row["round"]) == ("Anerkennung von Abschlüssen", 2)
    assert (row["works_well"], row["must_improve"], row["proposed_measures"], row["notes"]) == (
        "Counselling.",
        "Waiting times.",
        "- Info sheet",
        "Short.",
    )


def test_unknown_topic_is_reported_and_the_rest_is_kept(cli, event, tmp_path) -> None:
    path = tmp_path / "results.md"
    path.write_text("## Wohnen\n### Was läuft gut\nx\n\n## Spracherwerb\n### Was läuft gut\nKurse.\n", encoding="utf-8")

    result = cli("results", "import", str(path))

    assert result.exit_code == 3
    assert "Zeile 1 (Wohnen)" in result.stderr
    assert [r["topic"] for r in _listed(cli)] == ["Spracherwerb"]


def test_spreadsheet_with_the_same_columns_imports(cli, event, tmp_path) -> None:
    path = tmp_path / "ergebnisse.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Ergebnisse der AGs"])
    sheet.append([])
    sheet.append(["Thema", "Runde", "Was läuft gut", "Was muss besser werden", "Vorgeschlagene Maßnahmen", "Notizen"])
    sheet.append(["Spracherwerb", 1, "Sprachcafés", "Wartezeit", "Abendkurse", None])
    sheet.append(["Qualifizierung", None, "EQ", None, None, "Betriebe offen"])
    workbook.save(path)

    result = cli("results", "import", str(path))

    assert result.exit_code == 0, result.stderr
    rows = _listed(cli)
    assert [(r["topic"], r["round"], r["works_well"]) for r in rows] == [
        ("Spracherwerb", 1, "Sprachcafés"),
        ("Qualifizierung und Ausbildung", None, "EQ"),
    ]


def test_add_by_options_then_complete_it(cli, event) -> None:
    assert cli("results", "add", "--topic", "Spracherwerb", "--round", "1", "--works-well", "Kurse").exit_code == 0

    assert cli("results", "add", "--topic", "spracherwerb", "--round", "1", "--measures", "Mehr Kurse").exit_code == 0

    (row,) = _listed(cli)
    assert (row["works_well"], row["proposed_measures"]) == ("Kurse", "Mehr Kurse")


def test_add_from_a_markdown_file(cli, event, tmp_path) -> None:
    path = tmp_path / "ag.md"
    path.write_text("### Was muss besser werden\nDauer der Verfahren\n", encoding="utf-8")

    assert cli("results", "add", "--topic", "Anerkennung", "--file", str(path)).exit_code == 0

    (row,) = _listed(cli)
    assert (row["topic"], row["round"], row["must_improve"]) == (
        "Anerkennung von Abschlüssen",
        None,
        "Dauer der Verfahren",
    )


def test_add_in_the_editor(cli, event, monkeypatch) -> None:
    import click

    def edit(text: str, extension: str) -> str:
        assert "### Was läuft gut" in text
        return text.replace("### Was läuft gut\n", "### Was läuft gut\nGute Stimmung\n")

    monkeypatch.setattr(click, "edit", edit)

    assert cli("results", "add", "--topic", "1", "--round", "2", "--edit").exit_code == 0

    (row,) = _listed(cli)
    assert (row["topic"], row["round"], row["works_well"]) == ("Spracherwerb", 2, "Gute Stimmung")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--topic", "Wohnen", "--notes", "x"], "Themen: Spracherwerb"),
        (["--topic", "Spracherwerb", "--round", "5", "--notes", "x"], "keine Runde 5"),
        (["--topic", "Spracherwerb"], "Kein Text angegeben"),
    ],
)
def test_add_user_errors(cli, event, args, message) -> None:
    result = cli("results", "add", *args)

    assert result.exit_code == 1
    assert message in result.stderr


def test_results_listing_as_xlsx(cli, event, tmp_path) -> None:
    from openpyxl import load_workbook

    cli("results", "import", str(EXAMPLES / "eschwege-2023-ergebnisse.md"))
    path = tmp_path / "r.xlsx"

    assert cli("results", "--format", "xlsx", "-o", str(path)).exit_code == 0

    sheet = load_workbook(path).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "Was läuft gut" in values
    assert "Anerkennung von Abschlüssen" in values


def test_event_given_before_the_subcommand_is_the_one_worked_on(cli, db_path: Path) -> None:
    db = open_db(db_path)
    create_example(db)
    create_example(db, "hoexter-2017.toml")
    db.close()

    result = cli("results", "-e", "ik-eschwege-2023", "import", str(EXAMPLES / "eschwege-2023-ergebnisse.md"))

    assert result.exit_code == 0, result.stderr
    listed = json.loads(cli("results", "-e", "ik-eschwege-2023", "-f", "json").stdout)
    assert len(listed) == 5
