"""konferenz send-mail against a real SMTP server on 127.0.0.1: dry run, sending, resuming, consent, errors."""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Iterator
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from konferenz_cli.db import events, participants
from konferenz_cli.db.connection import open_db, transaction
from konferenz_cli.services.mailing import RateLimiter
from tests.conftest import EXAMPLES
from tests.people import add_people

SLUG = "ik-eschwege-2023"
ADDRESSES = {
    "amina.haddad@example.org",
    "jurgen@example.org",
    "nour@example.org",
    "olek@example.org",
    "oconnor@example.org",
}


class Inbox:
    """An SMTP handler that keeps what it accepts and can start refusing after ``accept_only`` messages."""

    def __init__(self, accept_only: int | None = None) -> None:
        self.accept_only = accept_only
        self.received: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's hook name
        if self.accept_only is not None and len(self.received) >= self.accept_only:
            return "421 Service not available, closing transmission channel"
        self.received.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 OK"

    def recipients(self) -> list[str]:
        return [address for tos, _ in self.received for address in tos]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def _serving(inbox: Inbox | None = None, **options: Any) -> Iterator[tuple[Inbox, int, Controller]]:
    """An SMTP server on a free port of 127.0.0.1 for the ``with`` block (``options`` go to aiosmtpd)."""
    inbox = inbox or Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield inbox, port, controller
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int, Controller]]:
    with _serving() as served:
        yield served


@pytest.fixture
def eschwege(cli, db_path: Path) -> str:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    add_people(db_path, SLUG)
    return SLUG


def _send(cli, port: int, *extra: str, env: dict[str, str] | None = None, input: str | None = None):
    return cli(
        "send-mail",
        "invitation",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--rate",
        "0",
        *extra,
        env=env,
        input=input,
    )


def test_dry_run_sends_nothing_and_shows_one_message(cli, eschwege, smtp_server) -> None:
    inbox, port, _ = smtp_server

    result = _send(cli, port)

    assert result.exit_code == 0, result.stderr
    assert inbox.received == []
    assert "Beispielnachricht an amina.haddad@example.org" in result.stdout
    assert "Guten Tag Amina Haddad," in result.stdout
    assert "bekämen die Nachricht: 5," in result.stderr
    assert "--send" in result.stderr


def test_send_delivers_each_message_once_and_a_second_run_sends_nothing(cli, eschwege, smtp_server, db_path) -> None:
    inbox, port, _ = smtp_server

    first = _send(cli, port, "--send")
    second = _send(cli, port, "--send")

    assert first.exit_code == 0, first.stderr
    assert second.exit_code == 0, second.stderr
    assert sorted(inbox.recipients()) == sorted(ADDRESSES)
    assert "alle 5 Empfangenden wurden schon erreicht" in second.stderr
    for tos, data in inbox.received:
        message = BytesParser(policy=policy.strict).parsebytes(data)
        assert message["To"].addresses[0].addr_spec == tos[0]
        (calendar,) = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
        assert calendar.get_param("method") == "REQUEST"
    db = open_db(db_path)
    rows = db.execute("SELECT recipient, status, template FROM mail_log").fetchall()
    db.close()
    assert sorted(rows) == sorted((address, "sent", "invitation") for address in ADDRESSES)


def test_server_failing_half_way_then_second_run_reaches_everyone_exactly_once(cli, eschwege, db_path) -> None:
    with _serving(Inbox(accept_only=2)) as (inbox, port, _):
        first = _send(cli, port, "--send")
        inbox.accept_only = None
        second = _send(cli, port, "--send")

    assert first.exit_code == 1
    assert "Gesendet: 2" in first.stderr
    assert "später erneut" in first.stderr
    assert second.exit_code == 0, second.stderr
    assert sorted(inbox.recipients()) == sorted(ADDRESSES)
    assert len(inbox.recipients()) == len(set(inbox.recipients())) == 5
    db = open_db(db_path)
    failed = db.execute("SELECT COUNT(*) FROM mail_log WHERE status = 'failed'").fetchone()[0]
    db.close()
    assert failed >= 1


def test_a_new_mailing_name_reaches_people_again(cli, eschwege, smtp_server) -> None:
    inbox, port, _ = smtp_server

    assert _send(cli, port, "--send", "--to", "nour@example.org").exit_code == 0
    assert _send(cli, port, "--send", "--to", "nour@example.org").exit_code == 0
    assert _send(cli, port, "--send", "--to", "nour@example.org", "--mailing", "update-1").exit_code == 0

    assert inbox.recipients() == ["nour@example.org", "nour@example.org"]


def test_newsletter_goes_only_to_people_with_consent_not_withdrawn(cli, eschwege, smtp_server, db_path) -> None:
    inbox, port, _ = smtp_server
    db = open_db(db_path)
    event = events.event_by_slug(db, SLUG)
    with transaction(db):
        for email, fields in {
            "amina.haddad@example.org": {"newsletter": True, "newsletter_consent_at": "2023-09-01T10:00:00+02:00"},
            "jurgen@example.org": {
                "newsletter": True,
                "newsletter_consent_at": "2023-09-01T10:00:00+02:00",
                "newsletter_withdrawn_at": "2023-10-01T10:00:00+02:00",
            },
            "nour@example.org": {"newsletter": False},
        }.items():
            participants.update_participant(db, participants.find_by_email(db, event.id, email).id, fields)
    db.close()

    result = cli(
        "send-mail",
        "thanks",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--rate",
        "0",
        "--newsletter",
        "--send",
    )

    assert result.exit_code == 0, result.stderr
    assert inbox.recipients() == ["amina.haddad@example.org"]
    message = BytesParser(policy=policy.strict).parsebytes(inbox.received[0][1])
    assert message["List-Unsubscribe"]
    assert not list(message.iter_attachments())


def test_unreachable_server_is_a_clear_error(cli, eschwege) -> None:
    result = _send(cli, _free_port(), "--send")

    assert result.exit_code == 1
    assert "Keine Verbindung zum Mailserver 127.0.0.1" in result.stderr
    assert "Traceback" not in result.stderr


class _Authenticator:
    """Lets "orga" in with ``password`` (as UTF-8 bytes, the way the login arrives)."""

    def __init__(self, password: str = "richtig") -> None:
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = auth_data.login == b"orga" and auth_data.password == self.password
        return AuthResult(success=ok, handled=False)


def _login_server(password: str = "richtig"):
    return _serving(authenticator=_Authenticator(password), auth_require_tls=False)


@pytest.mark.parametrize(("password", "exit_code"), [("richtig", 0), ("falsch", 1)])
def test_login_uses_the_password_from_the_environment(cli, eschwege, password: str, exit_code: int) -> None:
    with _login_server() as (inbox, port, _):
        result = _send(
            cli,
            port,
            "--send",
            "--smtp-user",
            "orga",
            "--to",
            "olek@example.org",
            env={"KONFERENZ_SMTP_PASSWORD": password},
        )

    assert result.exit_code == exit_code, result.stderr
    if exit_code:
        assert "hat die Anmeldung als „orga“ abgelehnt" in result.stderr
        assert inbox.received == []
    else:
        assert inbox.recipients() == ["olek@example.org"]
    assert password not in result.stdout + result.stderr


@pytest.mark.parametrize(("typed", "exit_code"), [("richtig\n", 0), ("", 1)])
def test_password_is_read_from_the_input_without_a_terminal(cli, eschwege, typed: str, exit_code: int) -> None:
    with _login_server() as (inbox, port, _):
        result = _send(cli, port, "--send", "--smtp-user", "orga", "--to", "olek@example.org", input=typed)

    assert result.exit_code == exit_code, result.stderr
    assert "Passwort für orga bei 127.0.0.1" in result.stderr
    assert "GetPassWarning" not in result.stderr
    if exit_code:
        assert "Kein Passwort angegeben: Es wurde nichts gesendet." in result.stderr
        assert inbox.received == []
    else:
        assert inbox.recipients() == ["olek@example.org"]


def test_a_password_with_umlauts_logs_in(cli, eschwege) -> None:
    """smtplib sends passwords as ASCII only; an umlaut used to end in a traceback."""
    with _login_server("Größe-1") as (inbox, port, _):
        result = _send(
            cli,
            port,
            "--send",
            "--smtp-user",
            "orga",
            "--to",
            "olek@example.org",
            env={"KONFERENZ_SMTP_PASSWORD": "Größe-1"},
        )

    assert result.exit_code == 0, result.stderr
    assert inbox.recipients() == ["olek@example.org"]


@pytest.fixture
def own_authority(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    """A server certificate for 127.0.0.1 from an authority of its own (as administrations run), and that
    authority's certificate as a PEM file."""
    authority = trustme.CA(organization_name="Kreisverwaltung Beispiel")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    ca_file = tmp_path / "kreis-ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    return server_context, ca_file


@pytest.mark.parametrize("security", ["--starttls", "--tls"])
def test_a_certificate_of_an_own_authority_is_refused_until_it_is_named(cli, eschwege, own_authority, security):
    server_context, ca_file = own_authority
    if security == "--starttls":
        tls: dict[str, Any] = {"tls_context": server_context, "require_starttls": True}
    else:
        tls = {"ssl_context": server_context}
    with _serving(**tls) as (inbox, port, _):
        refused = _send(cli, port, security, "--send", "--to", "olek@example.org")
        trusted = _send(cli, port, security, "--send", "--to", "olek@example.org", "--smtp-ca-file", str(ca_file))

    assert refused.exit_code == 1
    assert "nicht vertrauenswürdig" in refused.stderr
    assert "--smtp-ca-file" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert trusted.exit_code == 0, trusted.stderr
    assert inbox.recipients() == ["olek@example.org"]


def test_a_ca_file_that_is_no_certificate_is_named(cli, eschwege, smtp_server, tmp_path) -> None:
    _, port, _ = smtp_server
    not_a_certificate = tmp_path / "ca.pem"
    not_a_certificate.write_text("kein Zertifikat", encoding="utf-8")

    result = _send(cli, port, "--starttls", "--send", "--smtp-ca-file", str(not_a_certificate))

    assert result.exit_code == 1
    assert "ca.pem" in result.stderr
    assert "PEM" in result.stderr


def test_rate_limiter_spaces_messages_evenly() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(30, clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        limiter.wait()

    assert slept == [2.0, 2.0, 2.0]
    assert RateLimiter(0).interval == 0
