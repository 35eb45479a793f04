"""Hostile text typed on the command line: option values and arguments of every command that takes text.

On the command line Python lets even lone surrogates through (bytes that are
not UTF-8 arrive as ``\\udcff`` and the like), so they are tried here too.
Each command must succeed, or refuse with a message (exit 1) or a usage error
(exit 2); it never shows a traceback, and nothing it prints carries a control
character to the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from konferenz_cli.db.connection import open_db
from tests.factories import add_participant, create_example
from tests.property.checks import check_terminal
from tests.property.nasty import SURROGATES, file_text, scaled

_ANY = st.one_of(file_text(), st.sampled_from(SURROGATES))
_SLOW = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _commands(text: str, tmp: Path) -> list[list[str]]:
    """Every command that takes free text, with ``text`` in each text slot."""
    return [
        ["participant", "edit", "1", "--first-name", text, "--organisation", text, "--notes", text],
        ["participant", "edit", "1", "--list-consent", "--photo-consent", "--diet", text],
        ["participant", "show", text],
        ["participants", "--search", text],
        ["participants", "--topic", text],
        ["agenda", "add", "--start", "14:00", "--end", "14:30", "--title", text, "--speaker", text, "--room", text],
        ["topic", "add", text, "--facilitator", text, "--room", text],
        ["results", "add", "--topic", "1", "--works-well", text, "--notes", text],
        ["results", "add", "--topic", text, "--works-well", "x"],
        ["checkin", text],
        ["checkin", "--walk-in", text, "--organisation", text, "--sector", text],
        ["export-ical", "--participant", text, "-o", str(tmp / "x.ics")],
        ["lists", "signin", "--variant", "under16", "--group", text, "--supervisor", text, "-o", str(tmp / "u.pdf")],
        ["lists", "certificates", "--place", text, "--signer", text, "-o", str(tmp / "c.pdf")],
        ["event", "edit", "--venue", text, "--moderator", text],
        ["export-report", "--series", text, "-o", str(tmp / "s.html")],
        ["privacy", "export", "--name", text, "-o", str(tmp / "auskunft")],
        ["send-mail", "invitation", "--smtp-host", "localhost", "--to", text],
        # last: a second event makes --event necessary for the commands above
        ["new-event", text, "--date", "2024-05-01", "--start", "10:00", "--end", "12:00", "--venue", text],
    ]


@pytest.mark.slow
@settings(max_examples=scaled(5), deadline=None, suppress_health_check=_SLOW)
@given(text=_ANY)
@example(text="\udcff")  # a byte that is not UTF-8, as Python hands it over from argv
@example(text="\x1b]52;c;Y2FsYw==\x07")  # writes the clipboard in some terminals
@example(text="-x")
def test_any_text_on_the_command_line_is_taken_or_refused_with_a_message(cli, tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("args")
    db_path = folder / "konferenz.db"
    db = open_db(db_path)
    event = create_example(db)
    add_participant(db, event, first_name="Amina", last_name="Haddad", email="amina@example.org")
    db.close()

    for arguments in _commands(text, folder):
        result = cli(*arguments, db=db_path)
        check_terminal(result.stdout)
        check_terminal(result.stderr)
        assert result.exit_code in (0, 1, 2), (arguments, result.exit_code, result.stderr)
        if result.exit_code:
            assert result.stderr.strip(), f"{arguments} failed without a message"
    listed = cli("participants", "-e", event.slug, "--format", "json", db=db_path)
    assert listed.exit_code == 0
    for row in json.loads(listed.stdout):
        for value in row.values():
            if isinstance(value, str):
                value.encode("utf-8")  # what is stored is text, never a lone surrogate


def test_lines_typed_in_another_encoding_are_refused_at_the_door(cli, db_path: Path) -> None:
    """A real process in a strict UTF-8 locale: a walk-in typed in Latin-1 gets a message, the next line works."""
    import os
    import subprocess
    import sys

    db = open_db(db_path)
    create_example(db)
    db.close()
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "NO_COLOR": "1"}
    typed = "+Jörg Weiß; Caritas\n".encode("latin-1") + "+Jörg Weiß; Caritas\n\n".encode()

    done = subprocess.run(
        [sys.executable, "-m", "konferenz_cli", "--db", str(db_path), "checkin", "--live", "--day", "2023-11-04"],
        input=typed,
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )

    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "kein gültiger Text" in stderr
    people = json.loads(cli("participants", "--format", "json").stdout)
    assert [(p["first_name"], p["last_name"]) for p in people] == [("Jörg", "Weiß")]
