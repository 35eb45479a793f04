"""Every kind of .eml we write, read by two independent parsers and sent through a real SMTP server.

Python's ``email`` package in ``policy.strict`` and fast-mail-parser (Rust's
``mailparse``, RFC 2047/2231 decoding of its own) must both read each message
without a defect or a repair and agree on everything a mail program shows:
sender and recipient names, subject, text, HTML and attachments. Around that,
the rules mail servers and Outlook hold us to: CRLF only, ASCII only, lines of
at most 998 octets (header lines at most 78), a Content-Transfer-Encoding on
every part, Message-ID and Date, and a ``text/calendar`` part whose
``method=`` is the METHOD inside it.

One known difference is checked as such: Python's parser puts a space between
the encoded words of a long display name (a name too long for one RFC 2047
word), where RFC 2047 and every mail program join them; fast-mail-parser reads
those names exactly.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import socket
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest
from aiosmtpd.controller import Controller
from hypothesis import given, settings
from hypothesis import strategies as st

from konferenz_cli.render.mail import Attachment, MailMessage, compose, make_address
from tests.conftest import EXAMPLES
from tests.people import PEOPLE, add_people

fast_mail_parser = pytest.importorskip(
    "fast_mail_parser", reason="fast-mail-parser is not installed (pip install -e '.[test]')"
)

SLUG = "ik-eschwege-2023"
# Longer than one RFC 2047 encoded word holds: their display names are written as several words.
LONG_NAMES = [
    {"email": "abdulrahman@example.org", "first_name": "عبد الرحمن بن محمد", "last_name": "بن عبد الله الحسيني"},
    {"email": "olena@example.org", "first_name": "Олександра-Вікторія", "last_name": "Петренко-Коваленко-Шевченко"},
]
PEOPLE_BY_ADDRESS = {p["email"]: f"{p['first_name']} {p['last_name']}" for p in [*PEOPLE, *LONG_NAMES] if p["email"]}
SENDER = ("Partnerschaft für Demokratie Werra-Meißner-Kreis", "vielfaltszentrum@example.org")
KINDS = [
    ("invitation",),
    ("confirmation",),
    ("workgroups",),
    ("reminder",),
    ("thanks",),
    ("invitation", "--informal"),
    ("invitation", "--lang", "en"),
]


@pytest.fixture
def eschwege(cli, db_path: Path) -> str:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    add_people(db_path, SLUG, [*PEOPLE, *LONG_NAMES])
    return SLUG


def _write(cli, folder: Path, template: str, *extra: str) -> list[Path]:
    language = list(extra[extra.index("--lang") : extra.index("--lang") + 2]) if "--lang" in extra else []
    rest = [arg for arg in extra if arg not in language]
    result = cli(*language, "invitations", "--template", template, *rest, "-o", str(folder))
    assert result.exit_code == 0, result.stderr
    return sorted(folder.glob("*.eml"))


# --- the checks ---------------------------------------------------------------------


def _check_wire_format(raw: bytes) -> None:
    """What SMTP servers and Outlook insist on, byte by byte."""
    assert raw.isascii()
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b""), "a bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), "a bare CR"
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 998
    in_header = True
    for line in lines:
        if line.startswith(b"--"):
            in_header = True  # a boundary: the part's headers follow
        elif not line:
            in_header = False
        elif in_header:
            assert len(line) <= 78, line


def _strict(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.strict).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    assert not message.defects
    assert all(not part.defects for part in message.walk())
    return message


def _check_parts(message: EmailMessage) -> None:
    for header in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert message[header], header
    assert parsedate_to_datetime(str(message["Date"])).tzinfo is not None
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(message["Message-ID"]))
    for part in message.walk():
        if part.is_multipart():
            continue
        encoding = part["Content-Transfer-Encoding"]
        assert encoding in ("base64", "quoted-printable", "7bit"), (part.get_content_type(), encoding)
        if encoding == "base64":
            encoded = part.get_payload()
            assert max(len(line) for line in encoded.splitlines()) <= 76
            base64.b64decode(encoded, validate=False)
        if part.get_content_type() == "text/calendar":
            calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
            assert part.get_param("method") == str(calendar["METHOD"])


def _seen_by_python(message: EmailMessage) -> dict[str, Any]:
    html = message.get_body(("html",))
    return {
        "subject": str(message["Subject"]),
        "from": (message["From"].addresses[0].display_name, message["From"].addresses[0].addr_spec),
        "to": (message["To"].addresses[0].display_name, message["To"].addresses[0].addr_spec),
        "text": message.get_body(("plain",)).get_content(),
        "html": html.get_content() if html is not None else None,
        "attachments": {part.get_filename(): part.get_payload(decode=True) for part in message.iter_attachments()},
    }


def _seen_by_mailparse(raw: bytes) -> dict[str, Any]:
    mail = fast_mail_parser.parse_email(raw, strict=True)
    assert not mail.warnings
    (to,) = mail.to
    return {
        "subject": mail.subject,
        "from": (mail.from_.display_name or "", mail.from_.address),
        "to": (to.display_name or "", to.address),
        "text": mail.text_plain[0],
        "html": mail.text_html[0] if mail.text_html else None,
        "attachments": {attachment.filename: attachment.content for attachment in mail.attachments},
    }


def _check_message(raw: bytes) -> dict[str, Any]:
    """Every check on one message; returns what an RFC-conforming mail program shows of it."""
    _check_wire_format(raw)
    message = _strict(raw)
    _check_parts(message)
    python, mailparse = _seen_by_python(message), _seen_by_mailparse(raw)
    name, address = mailparse["to"]
    if len(name) > 15 and not name.isascii():
        assert python["to"][0].replace(" ", "") == name.replace(" ", "")  # Python's extra space, see above
        python["to"] = mailparse["to"]
    assert python == mailparse
    assert name == PEOPLE_BY_ADDRESS[address]
    assert mailparse["from"] == SENDER
    return mailparse


# --- the messages --------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: "-".join(kind))
def test_every_kind_of_message_reads_the_same_in_two_parsers(cli, eschwege, tmp_path: Path, kind) -> None:
    files = _write(cli, tmp_path / "out", *kind)

    seen = [_check_message(path.read_bytes()) for path in files]

    assert len(seen) == len(PEOPLE_BY_ADDRESS)
    assert {message["to"][1] for message in seen} == set(PEOPLE_BY_ADDRESS)
    with_calendar = kind[0] in ("invitation", "workgroups", "reminder")
    assert all(bool(message["attachments"]) == with_calendar for message in seen)


def test_attachment_names_and_header_lines_stay_within_limits() -> None:
    names = [
        "Präsentation_" + "Überblick für die Arbeitsgruppe «Anerkennung» " * 12 + ".pdf",
        "a" * 300 + ".pdf",
        'Datei "zitiert" \\ x.pdf',
        "😀" * 40 + ".pdf",
        "محمد العلي – Programm.pdf",
    ]
    message = MailMessage(
        sender=make_address(*SENDER),
        recipient=make_address("Nour Al-Huda", "nour@example.org"),
        subject="Unterlagen: " + "sehr lange Betreffzeile mit Umlauten äöü " * 5,
        date=dt.datetime(2024, 1, 15, 8, 30, tzinfo=dt.timezone.utc),
        message_id="<test@example.org>",
        text="Hallo",
        attachments=[Attachment(name, "application/pdf", b"%PDF-1.4\n" + bytes(range(256))) for name in names],
    )
    raw = compose(message)

    _check_wire_format(raw)
    python, mailparse = _seen_by_python(_strict(raw)), _seen_by_mailparse(raw)
    assert python == mailparse
    assert list(mailparse["attachments"]) == names


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"), blacklist_characters="\t"),
        min_size=1,
        max_size=60,
    )
)
def test_any_display_name_reads_exactly_in_an_rfc_2047_decoder(name: str) -> None:
    expected = " ".join(name.split())
    message = MailMessage(
        sender=make_address(*SENDER),
        recipient=make_address(name, "person@example.org"),
        subject=name,
        date=dt.datetime(2024, 1, 15, 8, 30, tzinfo=dt.timezone.utc),
        message_id="<test@example.org>",
        text="x",
    )
    raw = compose(message)

    _check_wire_format(raw)
    _strict(raw)
    mail = fast_mail_parser.parse_email(raw, strict=True)
    assert (mail.to[0].display_name or "") == expected
    assert mail.subject == expected


# --- through a real SMTP server -----------------------------------------------------


class Inbox:
    """An SMTP handler that keeps the bytes of every message it accepts."""

    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's hook name
        self.received.append(envelope.original_content or envelope.content)
        return "250 OK"


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[Inbox, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.mark.parametrize("template", ["invitation", "thanks"])
def test_sent_messages_arrive_as_written(cli, eschwege, tmp_path: Path, smtp_inbox, template: str) -> None:
    inbox, port = smtp_inbox
    written = {}
    for path in _write(cli, tmp_path / "out", template):
        seen = _check_message(path.read_bytes())
        written[seen["to"][1]] = seen
    smtp = ("--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--rate", "0")

    result = cli("send-mail", template, *smtp, "--send")

    assert result.exit_code == 0, result.stderr
    assert len(inbox.received) == len(written)
    for raw in inbox.received:
        seen = _check_message(raw)
        assert _unstamped(seen) == _unstamped(written[seen["to"][1]])


def _unstamped(seen: dict[str, Any]) -> dict[str, Any]:
    """``seen`` without the calendars' DTSTAMP lines, which hold the moment of writing."""
    attachments = {
        name: b"\r\n".join(line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP:"))
        for name, data in seen["attachments"].items()
    }
    return {**seen, "attachments": attachments}
