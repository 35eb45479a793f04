"""konferenz invitations: .eml files read back with the standard library's strict parser, and letters."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

import icalendar
import pypdf
import pytest

from tests.conftest import EXAMPLES
from tests.icscheck import check_ics
from tests.people import PEOPLE, add_people

SLUG = "ik-eschwege-2023"


@pytest.fixture
def eschwege(cli, db_path: Path) -> str:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    add_people(db_path, SLUG)
    return SLUG


def _read(path: Path):
    message = BytesParser(policy=policy.strict).parsebytes(path.read_bytes())
    assert not message.defects
    assert all(not part.defects for part in message.walk())
    return message


def test_one_eml_per_recipient_with_encoded_names_parts_and_calendar(cli, eschwege, tmp_path: Path) -> None:
    folder = tmp_path / "einladungen"

    result = cli("invitations", "-o", str(folder))

    assert result.exit_code == 0, result.stderr
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 5  # Ewa Nowak has no e-mail address
    assert "1 Person hat keine E-Mail-Adresse" in result.stderr
    by_address = {}
    for path in files:
        raw = path.read_bytes()
        assert raw.isascii()
        assert b"\n" not in raw.replace(b"\r\n", b"")
        message = _read(path)
        by_address[message["To"].addresses[0].addr_spec] = (message, raw)
        for header in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            assert message[header], header
        assert message["From"].addresses[0].addr_spec == "vielfaltszentrum@example.org"
        assert message.get_content_type() == "multipart/mixed"
        alternative = message.get_payload()[0]
        assert alternative.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html"]
        (calendar_part,) = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
        assert calendar_part.get_param("method") == "REQUEST"
        calendar, _ = check_ics(calendar_part.get_content().encode("utf-8"))
        assert calendar["METHOD"] == "REQUEST"
        for event in calendar.walk("VEVENT"):
            assert str(event["ATTENDEE"]) == f"mailto:{message['To'].addresses[0].addr_spec}"
            assert str(event["ORGANIZER"]) == "mailto:vielfaltszentrum@example.org"
    expected = {p["email"]: f"{p['first_name']} {p['last_name']}" for p in PEOPLE if p["email"]}
    assert {address: m["To"].addresses[0].display_name for address, (m, _) in by_address.items()} == expected
    nour, raw = by_address["nour@example.org"]
    assert b"=?utf-8?" in raw.split(b"\r\n\r\n", 1)[0]  # RFC 2047 for the Arabic name
    text = nour.get_body(("plain",)).get_content()
    assert text.startswith("Guten Tag نور الهدى,")
    assert "Ihre Arbeitsgruppen" in text
    assert "Raum:" in text
    assert "Ihre Anmeldung liegt uns vor" in text  # registered: not asked to register again by the deadline
    assert "Bitte melden Sie sich" not in text
    assert "Beispielstraße 1, 37269 Eschwege" in text
    html = nour.get_body(("html",)).get_content()
    assert '<table class="workgroups">' in html
    oconnor, _ = by_address["oconnor@example.org"]
    assert oconnor["To"].addresses[0].display_name == "Siobhán O'Connor, Dr."
    assert len({m["Message-ID"] for m, _ in by_address.values()}) == 5


def test_invitation_is_english_for_lang_en_and_informal_for_du(cli, eschwege, tmp_path) -> None:
    english, informal = tmp_path / "en", tmp_path / "du"

    assert cli("--lang", "en", "invitations", "-o", str(english), "--to", "jurgen@example.org").exit_code == 0
    assert cli("invitations", "-o", str(informal), "--to", "jurgen@example.org", "--informal").exit_code == 0

    (en_file,) = english.glob("*.eml")
    (du_file,) = informal.glob("*.eml")
    en_message, du_message = _read(en_file), _read(du_file)
    assert str(en_message["Subject"]).startswith("Invitation: Integrationskonferenz 2023")
    assert en_message.get_body(("plain",)).get_content().startswith("Dear Jürgen Groß-Müller,")
    du_text = du_message.get_body(("plain",)).get_content()
    assert du_text.startswith("Hallo Jürgen,")
    assert " Sie " not in du_text
    assert "Deine Arbeitsgruppen" in du_text


def test_letters_for_people_without_email(cli, eschwege, tmp_path) -> None:
    folder = tmp_path / "post"

    result = cli("invitations", "-o", str(folder), "--letters")

    assert result.exit_code == 0, result.stderr
    (pdf_path,) = folder.glob("*.pdf")
    reader = pypdf.PdfReader(pdf_path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Ewa Nowak" in text
    assert "Nachbarschaftshilfe" in text
    assert "Einladung: Integrationskonferenz 2023" in text
    assert "Kalenderdatei" not in text


def test_recipients_by_topic_status_and_address(cli, eschwege, tmp_path) -> None:
    by_topic, by_address = tmp_path / "topic", tmp_path / "to"

    assert cli("invitations", "-o", str(by_topic), "--topic", "Spracherwerb").exit_code == 0
    assert (
        cli("invitations", "-o", str(by_address), "--to", "OLEK@example.org", "--to", "nour@example.org").exit_code == 0
    )
    missing = cli("invitations", "-o", str(tmp_path / "x"), "--to", "nobody@example.org")

    topic_people = {_read(p)["To"].addresses[0].addr_spec for p in by_topic.glob("*.eml")}
    assert topic_people
    assert len(topic_people) < 5
    for path in by_topic.glob("*.eml"):
        assert "Spracherwerb" in _read(path).get_body(("plain",)).get_content()
    assert {_read(p)["To"].addresses[0].addr_spec for p in by_address.glob("*.eml")} == {
        "olek@example.org",
        "nour@example.org",
    }
    assert missing.exit_code == 1
    assert "nobody@example.org" in missing.stderr


def test_reexport_after_a_change_raises_the_sequence_in_the_attachment(cli, eschwege, tmp_path) -> None:
    first, second = tmp_path / "1", tmp_path / "2"
    assert cli("invitations", "-o", str(first), "--to", "amina.haddad@example.org").exit_code == 0
    assert cli("agenda", "edit", "7", "--end", "13:15").exit_code == 0
    assert cli("invitations", "-o", str(second), "--to", "amina.haddad@example.org").exit_code == 0

    def sequences(folder: Path) -> dict[str, int]:
        (path,) = folder.glob("*.eml")
        (part,) = [p for p in _read(path).iter_attachments() if p.get_content_type() == "text/calendar"]
        calendar = icalendar.Calendar.from_ical(part.get_content())
        return {str(e["UID"]): int(e["SEQUENCE"]) for e in calendar.walk("VEVENT")}

    before, after = sequences(first), sequences(second)
    assert before.keys() == after.keys()
    assert {uid for uid in after if after[uid] > before[uid]} == {
        f"{SLUG}-agenda-7@konferenz",
        f"{SLUG}-day-1@konferenz",
    }


def test_a_waitlisted_person_is_told_so_and_nobody_registered_is_asked_to_register(cli, eschwege, db_path, tmp_path):
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE participants SET status = 'waitlisted' WHERE email = 'olek@example.org'")
    folder = tmp_path / "warteliste"

    result = cli("invitations", "-o", str(folder), "--status", "waitlisted", "--lang", "en")

    assert result.exit_code == 0, result.stderr
    (path,) = folder.glob("*.eml")
    message = _read(path)
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for body in (text, html):
        assert "You are on the waiting list" in body
        assert "Please register by" not in body
