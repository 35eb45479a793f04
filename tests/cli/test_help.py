"""The help: every command listed with one line in the chosen language, and fast to show."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer.main

from konferenz_cli.cli.app import build_app
from konferenz_cli.i18n import set_language

HEAVY_MODULES = (
    "sqlite_utils",
    "openpyxl",
    "icalendar",
    "jinja2",
    "highspy",
    "numpy",
    "fpdf",
    "docx",
    "babel",
    "python_calamine",
    "segno",
    "PIL",
    "pydantic",
    "typer.rich_utils",  # with plain (non-rich) help it only costs time: it pulls in markdown_it
    "markdown_it",
)


def _all_commands(group, prefix=()):
    for name, command in group.commands.items():
        path = (*prefix, name)
        yield path, command
        if hasattr(command, "commands"):
            yield from _all_commands(command, path)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_command_has_one_line_help_in_the_language(language: str) -> None:
    set_language(language)
    root = typer.main.get_command(build_app())

    helps = {" ".join(path): (command.short_help or command.help or "") for path, command in _all_commands(root)}

    assert {"new-event", "events", "event show", "demo", "agenda add", "topic edit", "session edit"} <= set(helps)
    assert all(text.strip() for text in helps.values()), [k for k, v in helps.items() if not v.strip()]
    german_marker = any("Veranstaltung" in text for text in helps.values())
    assert german_marker == (language == "de")


def test_root_help_lists_commands_in_german_and_english(cli) -> None:
    german = cli("--help", db=None)
    english = cli("--lang", "en", "--help", db=None)

    assert german.exit_code == 0
    assert english.exit_code == 0
    assert "Alle Veranstaltungen auflisten." in german.stdout
    assert "List all events." in english.stdout
    assert "new-event" in german.stdout
    assert "demo" in english.stdout


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys; from konferenz_cli.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(','.join(sorted(m for m in sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ, "NO_COLOR": "1"}
    )

    loaded = set(result.stdout.strip().splitlines()[-1].split(","))
    assert [name for name in HEAVY_MODULES if name in loaded] == []


def test_version(cli) -> None:
    result = cli("--version", db=None)

    assert result.exit_code == 0
    assert result.stdout.startswith("konferenz ")


def _help_pages(language: str) -> dict[str, str]:
    """Every help page (root, groups, commands) as ``konferenz ... --help`` prints it."""
    from typer.testing import CliRunner

    set_language(language)
    app = build_app()
    root = typer.main.get_command(app)
    runner = CliRunner()
    pages = {}
    for path in [(), *(path for path, _ in _all_commands(root))]:
        result = runner.invoke(app, ["--lang", language, *path, "--help"], env={"COLUMNS": "100"})
        assert result.exit_code == 0, (path, result.output)
        pages[" ".join(path)] = result.stdout
    return pages


@pytest.mark.parametrize("language", ["de", "en"])
def test_help_pages_name_no_python_types_and_keep_the_language(language: str) -> None:
    pages = _help_pages(language)

    for path, page in pages.items():
        assert not any(word in page for word in ("<str>", "<int>", "<float>", "<path>", "list[")), path
        if language == "de":
            assert page.startswith("Aufruf: konferenz"), path
            assert "Diese Hilfe anzeigen." in page, path
            assert not any(word in page for word in ("Usage:", "Options:", "Show this message", "[default")), path
        else:
            assert page.startswith("Usage: konferenz"), path


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_help_page_shows_an_example_on_lines_of_its_own(language: str) -> None:
    label = "Beispiel" if language == "de" else "Example"

    for path, page in _help_pages(language).items():
        if not path:
            continue
        lines = page.splitlines()
        start = next(i for i, line in enumerate(lines) if line.strip().startswith(label))
        assert lines[start + 1].startswith("    konferenz "), (path, lines[start + 1])


def test_group_lines_in_the_command_list_are_whole_sentences(cli) -> None:
    result = cli("--help", db=None)

    commands = result.stdout.split("Befehle:", 1)[1]
    assert "..." not in commands
    assert "Programmpunkte hinzufügen, ändern, löschen, auflisten." in result.stdout


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("Eine Vorlage per SMTP verschicken. Ohne --send nur ein Probelauf.", "Eine Vorlage per SMTP verschicken."),
        ("Listen drucken (z. B. Namensschilder). Mehr dazu.", "Listen drucken (z. B. Namensschilder)."),
        ("Programm auflisten.\n\nBeispiel: konferenz agenda list", "Programm auflisten."),
        ("Ohne Punkt", "Ohne Punkt"),
    ],
)
def test_summary_line_is_the_first_sentence(text: str, summary: str) -> None:
    from konferenz_cli.cli.common import summary_line

    assert summary_line(text) == summary


def test_help_page_puts_each_example_on_its_own_unwrapped_line() -> None:
    from konferenz_cli.cli.common import help_page

    set_language("de")
    page = help_page("Einchecken.\n\nBeispiele: konferenz checkin müller · konferenz checkin 17")

    assert page == "Einchecken.\n\n\b\nBeispiele:\n  konferenz checkin müller\n  konferenz checkin 17"
