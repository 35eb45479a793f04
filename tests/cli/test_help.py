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
