"""What every command does when it is used wrongly: usage errors, answers to questions, files, Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from konferenz_cli.db.connection import open_db
from tests.factories import create_example


@pytest.fixture
def eschwege(db_path: Path) -> Path:
    """The Eschwege example event, stored in the test database."""
    db = open_db(db_path)
    create_example(db)
    db.close()
    return db_path


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (
            ["lists"],
            "Es fehlt die Angabe LISTE. Möglich: signin, workgroups, badges, certificates.",
            "LIST is missing. Choose one of: signin, workgroups, badges, certificates.",
        ),
        (
            ["lists", "foo"],
            "„foo“ ist für LISTE nicht möglich. Möglich: signin, workgroups, badges, certificates.",
            "'foo' is not possible for LIST. Choose one of: signin, workgroups, badges, certificates.",
        ),
        (["evnts"], "Den Befehl „evnts“ gibt es nicht. Meinten Sie: events, event?", "There is no command 'evnts'."),
        (
            ["events", "--frmat", "json"],
            "Die Option --frmat gibt es hier nicht. Meinten Sie: --format?",
            "There is no option --frmat here. Did you mean: --format?",
        ),
        (["events", "extra"], "Zu viele Angaben: extra.", "Too many arguments: extra."),
        (
            ["assign", "-e", "x", "explain", "a@example.org"],
            "Geben Sie -e nach dem Unterbefehl an: konferenz assign BEFEHL -e …",
            "Give -e after the subcommand: konferenz assign COMMAND -e …",
        ),
        (["assign-workgroups", "--seed", "abc"], "--seed braucht eine ganze Zahl", "--seed needs a whole number"),
        (
            ["assign-workgroups", "--seed"],
            "Die Option --seed braucht einen Wert: --seed WERT.",
            "The option --seed needs a value: --seed VALUE.",
        ),
        (
            ["import-registrations", "x.csv", "--dry-run=1"],
            "Die Option --dry-run ist ein Schalter",
            "The option --dry-run is a switch",
        ),
        (["render", "flyer"], "Es fehlt die Option --output/-o.", "The option --output/-o is missing."),
        (
            ["event", "show", "-f", "csv"],
            "„csv“ ist für --format/-f nicht möglich. Möglich: table, json.",
            "'csv' is not possible for --format/-f. Choose one of: table, json.",
        ),
        (
            ["export-ical", "--format", "xlsx", "-o", "x.ics"],
            "„xlsx“ ist für --format/-f nicht möglich. Möglich: ics, frab.",
            "'xlsx' is not possible for --format/-f. Choose one of: ics, frab.",
        ),
    ],
)
def test_usage_errors_speak_the_language_and_exit_2(cli, args: list[str], german: str, english: str) -> None:
    in_german = cli(*args)
    in_english = cli("--lang", "en", *args)

    assert in_german.exit_code == 2
    assert german in in_german.stderr
    assert "Fehler: " in in_german.stderr
    assert "Hilfe: konferenz" in in_german.stderr
    assert not any(word in in_german.stderr for word in ("Usage:", "Error:", "Try '", "Value error"))
    assert in_english.exit_code == 2
    assert english in in_english.stderr
    assert "Error: " in in_english.stderr


def test_an_unknown_language_is_a_usage_error_in_german(cli) -> None:
    result = cli("--lang", "fr", "events")

    assert result.exit_code == 2
    assert "„fr“ ist für --lang nicht möglich. Möglich: de, en." in result.stderr


def test_usage_line_of_a_command_is_translated(cli) -> None:
    result = cli("render")

    assert result.stderr.splitlines()[0] == "Aufruf: konferenz render [OPTIONEN] {VORLAGE}"


@pytest.mark.parametrize("answer", ["j\n", "ja\n", "J\n", "y\n", "yes\n", "vielleicht\nja\n"])
def test_confirmation_takes_a_german_or_english_yes(cli, eschwege, answer: str) -> None:
    result = cli("event", "remove", "ik-eschwege-2023", input=answer)

    assert result.exit_code == 0, result.stderr
    assert "[j/N]" in result.stderr
    assert "Error" not in result.stderr
    assert "Fehler" not in result.stderr
    assert cli("events", "-f", "json").stdout.strip() == "[]"


@pytest.mark.parametrize("answer", ["n\n", "nein\n", "\n", ""])
def test_confirmation_without_yes_changes_nothing(cli, eschwege, answer: str) -> None:
    result = cli("event", "remove", "ik-eschwege-2023", input=answer)

    assert result.exit_code == 1
    assert "Abgebrochen." in result.stderr
    assert "Aborted" not in result.stderr
    assert "ik-eschwege-2023" in cli("events", "-f", "json").stdout


def test_an_output_path_through_a_file_is_a_message_not_a_traceback(cli, eschwege, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notizen.txt"
    not_a_folder.write_text("x", encoding="utf-8")

    result = cli("export-ical", "-o", str(not_a_folder / "programm.ics"))

    assert result.exit_code == 1
    assert "ein Teil des Pfads ist eine Datei, kein Ordner" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write into any folder")
def test_a_read_only_folder_is_a_message_not_a_traceback(cli, eschwege, tmp_path: Path) -> None:
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = cli("participants", "-f", "xlsx", "-o", str(folder / "liste.xlsx"))
    finally:
        folder.chmod(0o700)

    assert result.exit_code == 1
    assert "keine Berechtigung" in result.stderr


def _start(args: list[str], db: Path, cwd: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "KONFERENZ_DB": str(db), "NO_COLOR": "1", "COLUMNS": "120"}
    environment.pop("KONFERENZ_LANG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "konferenz_cli", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        cwd=cwd,
    )


def _interrupt_when_asked(process: subprocess.Popen[bytes], prompt: bytes) -> tuple[int, str]:
    """Wait until ``prompt`` appears on stderr, press Ctrl-C, return the exit code and stderr."""
    seen = bytearray()
    asked = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        while chunk := process.stderr.read1(1024):
            seen.extend(chunk)
            if prompt in seen:
                asked.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert asked.wait(timeout=60), bytes(seen).decode(errors="replace")
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=60)
        reader.join(timeout=10)
    finally:
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    return code, bytes(seen).decode()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is a POSIX signal")
def test_ctrl_c_at_the_door_exits_130_after_the_summary(eschwege: Path, tmp_path: Path) -> None:
    process = _start(["checkin", "--live"], eschwege, tmp_path)

    code, stderr = _interrupt_when_asked(process, b"Einlass: ")

    assert code == 130
    assert "0 Personen in dieser Sitzung eingecheckt" in stderr
    assert "Traceback" not in stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is a POSIX signal")
def test_ctrl_c_at_a_confirmation_exits_130_and_keeps_the_event(eschwege: Path, tmp_path: Path) -> None:
    process = _start(["event", "remove", "ik-eschwege-2023"], eschwege, tmp_path)

    code, stderr = _interrupt_when_asked(process, b"[j/N]: ")

    assert code == 130
    assert "Unterbrochen" in stderr
    assert "Aborted" not in stderr
    db = open_db(eschwege)
    assert [row["slug"] for row in db.query("SELECT slug FROM events")] == ["ik-eschwege-2023"]
    db.close()


def test_ctrl_c_while_the_program_loads_exits_130_without_a_traceback(monkeypatch, capsys) -> None:
    from konferenz_cli import cli as entry
    from konferenz_cli.cli import app

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(app, "build_app", interrupted)

    with pytest.raises(SystemExit) as stopped:
        entry.main(["events"])

    assert stopped.value.code == 130
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["new-event", "--from", "ordner"],
        ["results", "import", "ordner"],
        ["restore", "ordner", "--yes"],
        ["lists", "signin", "--logo", "ordner", "-o", "liste.pdf"],
        ["import-registrations", "ordner"],
    ],
)
def test_a_folder_given_for_a_file_is_called_a_folder(cli, eschwege, tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "ordner").mkdir()

    result = cli(*args)

    assert result.exit_code == 1
    assert "„ordner“ ist ein Ordner" in result.stderr
    assert "gibt es nicht" not in result.stderr


def test_several_files_where_one_is_taken_are_named_as_files(cli, tmp_path: Path) -> None:
    first, second = tmp_path / "forms.xlsx", tmp_path / "liste.xlsx"
    first.write_bytes(b"")
    second.write_bytes(b"")

    result = cli("import-registrations", str(first), str(second))

    assert result.exit_code == 2
    assert f"Der Befehl nimmt eine Datei auf einmal; zu viel: {second}." in result.stderr
    assert "Anführungszeichen" not in result.stderr
