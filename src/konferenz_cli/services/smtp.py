"""Talking to a mail server: connect (plain, STARTTLS or TLS), log in, hand over one message at a time.

Connection and login problems become :class:`KonferenzError` with a message
that says what to check. Problems with a single message are raised as
:class:`DeliveryError` so the caller can record them and go on.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from konferenz_cli.errors import KonferenzError

__all__ = ["DeliveryError", "SmtpSettings", "SmtpTransport", "default_port"]


class DeliveryError(Exception):
    """The server did not accept one message; ``lost_connection`` if it went away meanwhile."""

    def __init__(self, reason: str, *, lost_connection: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.lost_connection = lost_connection


def default_port(security: str) -> int:
    """The usual port: 465 for TLS, 587 for STARTTLS, 25 otherwise."""
    return {"tls": 465, "starttls": 587}.get(security, 25)


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to connect. ``security`` is ``none``, ``starttls`` or ``tls``."""

    host: str
    port: int
    security: str = "none"
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0
    ca_file: Path | None = None


class SmtpTransport:
    """One connection to the server, reopened when it drops."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._connection: smtplib.SMTP | None = None

    def open(self) -> None:
        """Connect and log in; a user error explains what failed."""
        settings = self.settings
        where = f"{settings.host}:{settings.port}"
        try:
            connection = self._connect()
        except ssl.SSLCertVerificationError as error:
            raise KonferenzError(
                "mail.certificate_refused", server=where, reason=error.verify_message or str(error)
            ) from None
        except ssl.SSLError as error:
            raise KonferenzError("mail.tls_failed", server=where, reason=str(error)) from None
        except (OSError, smtplib.SMTPException) as error:
            raise KonferenzError("mail.connect_failed", server=where, reason=_reason(error)) from None
        if settings.user:
            try:
                _login(connection, settings.user, settings.password or "", where)
            except smtplib.SMTPAuthenticationError as error:
                _close(connection)
                raise KonferenzError(
                    "mail.auth_failed", server=where, user=settings.user, reason=_reason(error)
                ) from None
            except smtplib.SMTPNotSupportedError:
                _close(connection)
                raise KonferenzError("mail.auth_unsupported", server=where) from None
            except (OSError, smtplib.SMTPException) as error:
                _close(connection)
                raise KonferenzError("mail.connect_failed", server=where, reason=_reason(error)) from None
        self._connection = connection

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        context = _tls_context(settings.ca_file)
        if settings.security == "tls":
            return smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
        connection = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        if settings.security == "starttls":
            connection.ehlo()
            if not connection.has_extn("starttls"):
                _close(connection)
                raise KonferenzError("mail.starttls_unsupported", server=f"{settings.host}:{settings.port}")
            connection.starttls(context=context)
            connection.ehlo()
        return connection

    def send(self, sender: str, recipient: str, data: bytes) -> None:
        """Hand one message to the server; raises :class:`DeliveryError` if it is not accepted."""
        if self._connection is None:
            self.open()
        assert self._connection is not None
        try:
            self._connection.sendmail(sender, [recipient], data)
        except smtplib.SMTPRecipientsRefused as error:
            raise DeliveryError(_refusal(error.recipients)) from None
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            self._connection = None
            raise DeliveryError(_reason(error), lost_connection=True) from None
        except smtplib.SMTPResponseException as error:
            if error.smtp_code == 421:  # the server is closing the connection
                _close(self._connection)
                self._connection = None
                raise DeliveryError(_reason(error), lost_connection=True) from None
            self._reset()
            raise DeliveryError(_reason(error)) from None
        except smtplib.SMTPException as error:
            self._reset()
            raise DeliveryError(_reason(error)) from None

    def _reset(self) -> None:
        try:
            if self._connection is not None:
                self._connection.rset()
        except (smtplib.SMTPException, OSError):
            self._connection = None

    def close(self) -> None:
        """Say goodbye to the server (quietly if it is gone already)."""
        if self._connection is not None:
            _close(self._connection)
            self._connection = None


def _tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """Certificates are always checked: against the system's authorities, or the one a user names.

    A server with a certificate of its own organisation's authority (common in
    public administration) is trusted through ``--smtp-ca-file``, never by
    switching the check off.
    """
    if ca_file is None:
        return ssl.create_default_context()
    try:
        return ssl.create_default_context(cafile=str(ca_file))
    except (OSError, ssl.SSLError) as error:
        raise KonferenzError("mail.ca_file_unusable", path=str(ca_file), reason=_reason(error)) from None


def _close(connection: smtplib.SMTP) -> None:
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        connection.close()


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        message = (
            error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        )
        return f"{error.smtp_code} {message}".strip()
    if isinstance(error, socket.gaierror):
        return f"unknown host ({error})"
    return str(error) or type(error).__name__


def _refusal(recipients: dict[str, Any]) -> str:
    parts = []
    for address, (code, message) in recipients.items():
        text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
        parts.append(f"{address}: {code} {text}")
    return "; ".join(parts)


def _login(connection: smtplib.SMTP, user: str, password: str, where: str) -> None:
    """Log in; a user name or password beyond ASCII (an umlaut) goes as UTF-8 with AUTH PLAIN.

    smtplib sends both as ASCII only and raises on anything else; RFC 4616 lets
    PLAIN carry UTF-8, which mail servers accept.
    """
    try:
        connection.login(user, password)
        return
    except UnicodeEncodeError:
        pass
    connection.ehlo_or_helo_if_needed()
    if "PLAIN" not in connection.esmtp_features.get("auth", "").upper().split():
        raise KonferenzError("mail.auth_not_ascii", server=where, user=user)
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = connection.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)
