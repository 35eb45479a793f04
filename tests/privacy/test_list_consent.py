"""Consent to appear on lists: every export and report, read back, names nobody who said no.

Verena Verborgen said no (through the registration form's consent column,
then changed by ``participant edit``). Every list, badge, report and calendar
the organisers print or publish is written and read back with an independent
reader; her surname, her e-mail, her phone and her organisation (which only
she came from) must not be in any of them. Paula Offen said yes and stays
named where names belong, so the tests also fail if names vanish everywhere.
The public report (``--anonymous``) names no participant at all.

What does name her, on purpose: her own certificate, her own calendar and
invitation, the Art. 15 export, and the internal listings ``participants``
and ``assignments`` (which carry ``list_consent`` for anyone who builds a list
from them).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import EXAMPLES
from tests.registration_files import write_csv

SECRET = ["Verborgen", "verena.verborgen@example.org", "0151 9876543", "Geheim e. V."]
PUBLIC = ["Offen", "Offen & Partner GmbH"]
EVERY_PARTICIPANT = [*SECRET, *PUBLIC, "paula.offen@example.org", "Sommerfeld", "sina.sommerfeld@example.org"]
HEADERS = [
    "E-Mail",
    "Vorname",
    "Nachname",
    "Organisation",
    "Telefon",
    "Themenwunsch 1",
    "Themenwunsch 2",
    "Weiterarbeit im Arbeitskreis",
    "Newsletter",
    "Ich bin damit einverstanden, dass mein Name auf der Teilnehmerliste erscheint",
]


def _text_of(path: Path) -> str:
    """Everything a reader of the file sees, as text (PDF text, the XML of Office files, or the file)."""
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    if path.suffix in (".xlsx", ".docx"):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")
            ).replace("&amp;", "&")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def consent_event(cli, tmp_path: Path) -> Path:
    """The Eschwege event: three people from a form with a consent column, assigned, all checked in."""
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    form = write_csv(
        tmp_path / "anmeldungen.csv",
        [
            HEADERS,
            [
                "verena.verborgen@example.org",
                "Verena",
                "Verborgen",
                "Geheim e. V.",
                "0151 9876543",
                "Spracherwerb",
                "Anerkennung",
                "ja",
                "ja",
                "nein",
            ],
            [
                "paula.offen@example.org",
                "Paula",
                "Offen",
                "Offen & Partner GmbH",
                "",
                "Spracherwerb",
                "",
                "ja",
                "ja",
                "ja",
            ],
            [
                "sina.sommerfeld@example.org",
                "Sina",
                "Sommerfeld",
                "Offen & Partner GmbH",
                "",
                "Anerkennung",
                "",
                "",
                "",
                "",
            ],
        ],
    )
    assert cli("import-registrations", str(form)).exit_code == 0
    assert cli("assign-workgroups").exit_code == 0
    for email in ("verena.verborgen@example.org", "paula.offen@example.org", "sina.sommerfeld@example.org"):
        assert cli("checkin", email, "--day", "2023-11-04").exit_code == 0
    return tmp_path


def _stored(cli) -> dict[str, dict]:
    result = cli("participants", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {row["email"]: row for row in json.loads(result.stdout)}


def test_the_consent_column_of_the_form_is_imported(cli, consent_event: Path) -> None:
    people = _stored(cli)

    assert people["verena.verborgen@example.org"]["list_consent"] is False
    assert people["paula.offen@example.org"]["list_consent"] is True
    assert people["sina.sommerfeld@example.org"]["list_consent"] is True, "no answer keeps the default"


def test_participant_edit_sets_list_and_photo_consent(cli, consent_event: Path) -> None:
    assert (
        cli("participant", "edit", "paula.offen@example.org", "--no-list-consent", "--no-photo-consent").exit_code == 0
    )
    changed = _stored(cli)["paula.offen@example.org"]
    assert (changed["list_consent"], changed["photo_consent"]) == (False, False)

    assert cli("participant", "edit", "paula.offen@example.org", "--list-consent", "--photo-consent").exit_code == 0
    changed = _stored(cli)["paula.offen@example.org"]
    assert (changed["list_consent"], changed["photo_consent"]) == (True, True)


LISTS = [
    ("signin", "pdf", ()),
    ("signin", "xlsx", ()),
    ("signin", "pdf", ("--variant", "anonymous")),
    ("signin", "xlsx", ("--variant", "under16", "--group", "Klasse 9b")),
    ("workgroups", "pdf", ()),
    ("workgroups", "xlsx", ()),
    ("badges", "pdf", ()),
    ("badges", "xlsx", ()),
]


@pytest.mark.parametrize(("kind", "file_format", "options"), LISTS)
def test_no_printed_list_names_someone_who_said_no(cli, consent_event: Path, kind, file_format, options) -> None:
    path = consent_event / f"{kind}.{file_format}"

    result = cli("lists", kind, "-f", file_format, "-o", str(path), *options)

    assert result.exit_code == 0, result.stderr
    text = _text_of(path)
    assert [secret for secret in SECRET if secret in text] == []
    if kind == "badges":
        assert "Verena" in text, "her badge shows her first name, so that she finds it"
    if "anonymous" not in options and "under16" not in options:
        assert "Offen" in text, "people who agreed stay named"


@pytest.mark.parametrize("file_format", ["html", "md", "docx", "xlsx"])
def test_the_internal_report_counts_but_does_not_name_someone_who_said_no(cli, consent_event, file_format) -> None:
    path = consent_event / f"bericht.{file_format}"

    result = cli("export-report", "-f", file_format, "-o", str(path))

    assert result.exit_code == 0, result.stderr
    text = _text_of(path)
    assert [secret for secret in SECRET if secret in text] == []
    assert "Offen" in text, "the internal report names workgroup members, follow-up and newsletter sign-ups"
    assert "paula.offen@example.org" in text, "follow-up needs the address of those who agreed"
    assert "Ohne Namensnennung" in text


@pytest.mark.parametrize("file_format", ["html", "md", "docx", "xlsx"])
def test_the_public_report_names_no_participant(cli, consent_event, file_format) -> None:
    path = consent_event / f"dokumentation.{file_format}"

    result = cli("export-report", "-f", file_format, "--anonymous", "-o", str(path))

    assert result.exit_code == 0, result.stderr
    text = _text_of(path)
    assert [found for found in EVERY_PARTICIPANT if found in text] == []
    assert "Jana Lindner" in text, "facilitators act in a public role and stay named"


@pytest.mark.parametrize("file_format", ["html", "md", "docx", "xlsx"])
def test_the_series_report_names_no_participant(cli, consent_event, file_format) -> None:
    path = consent_event / f"reihe.{file_format}"

    result = cli(
        "export-report", "--series", "Integrationskonferenz Werra-Meißner-Kreis", "-f", file_format, "-o", str(path)
    )

    assert result.exit_code == 0, result.stderr
    assert [found for found in EVERY_PARTICIPANT if found in _text_of(path)] == []


def test_calendars_and_event_pages_name_no_participant(cli, consent_event: Path) -> None:
    written = [consent_event / "programm.ics", consent_event / "schedule.xml"]
    assert cli("export-ical", "-o", str(written[0])).exit_code == 0
    assert cli("export-ical", "--format", "frab", "-o", str(written[1])).exit_code == 0
    for template in ("flyer", "programme", "press-release"):
        folder = consent_event / template
        folder.mkdir()
        assert cli("render", template, "-o", str(folder)).exit_code == 0
        written += list(folder.iterdir())

    for path in written:
        assert [found for found in EVERY_PARTICIPANT if found in _text_of(path)] == [], path.name


def test_what_is_hers_alone_still_names_her(cli, consent_event: Path) -> None:
    certificates = consent_event / "bescheinigungen.pdf"
    assert cli("lists", "certificates", "-o", str(certificates)).exit_code == 0
    assert "Verborgen" in _text_of(certificates), "a certificate is handed to its person alone"
    calendar = consent_event / "verena.ics"
    assert cli("export-ical", "--participant", "verena.verborgen@example.org", "-o", str(calendar)).exit_code == 0
    assert "Spracherwerb" in calendar.read_text(encoding="utf-8")

    assignments = json.loads(cli("assignments", "--format", "json").stdout)
    hers = [row for row in assignments if row["email"] == "verena.verborgen@example.org"]
    assert hers
    assert all(row["list_consent"] is False for row in hers), "internal listings say who may not be listed"
