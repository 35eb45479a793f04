"""E-mail messages (.eml, RFC 5322 with MIME) from plain data: text + HTML alternative, attachments.

Headers that carry people's names (From, To, Reply-To) write a display name
of plain words as it is and any other (umlauts, non-Latin scripts, commas,
quotes) as RFC 2047 encoded words, one folded line each; the subject is built
by the standard library's ``email.headerregistry`` under ``email.policy.SMTP``. The MIME body is
written directly: ``multipart/mixed`` holding ``multipart/alternative``
(text/plain, text/html) and the attachments, every part base64-encoded with
CRLF line ends. Building each message through ``EmailMessage`` costs
milliseconds of header re-parsing; writing the fixed part structure directly
keeps ten thousand invitations within seconds. A calendar attachment is
``text/calendar; method=REQUEST`` so that Outlook offers to accept it and an
update replaces the earlier entry.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.utils import format_datetime

__all__ = ["Attachment", "MailMessage", "compose", "make_address", "message_id"]

_CRLF = "\r\n"
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_BODY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9]+( [A-Za-z0-9]+)*")
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")
_MAX_WORD = 75  # RFC 2047: an encoded word is at most 75 characters long
_PARAM_CHUNK = 60  # a MIME parameter value's longest piece: a folded line stays within 78 characters
_Q_LITERAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message. ``method`` marks an iCalendar invitation (REQUEST)."""

    filename: str
    content_type: str
    data: bytes
    method: str | None = None


@dataclass(frozen=True)
class MailMessage:
    """Everything one message says: sender, recipient, subject, text, HTML and attachments."""

    sender: Address
    recipient: Address
    subject: str
    date: dt.datetime
    message_id: str
    text: str
    html: str | None = None
    attachments: Sequence[Attachment] = ()
    reply_to: Address | None = None
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def make_address(name: str | None, email: str) -> Address:
    """An address with display name; an international domain is written in its ASCII (IDNA) form.

    Raises ``ValueError`` for an address the mail system cannot carry.
    """
    local, _, domain = email.strip().rpartition("@")
    if not local or not domain:
        raise ValueError(f"not an e-mail address: {email!r}")
    if not local.isascii():
        raise ValueError(f"non-ASCII local part needs SMTPUTF8: {email!r}")
    ascii_domain = domain if domain.isascii() else domain.encode("idna").decode("ascii")
    return Address(display_name=_header_text(name or ""), username=local, domain=ascii_domain)


def message_id(domain: str, *parts: str) -> str:
    """A Message-ID that is the same for the same parts (a resend after a crash can be recognised)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"<{digest}@{domain}>"


@functools.lru_cache(maxsize=1024)
def _folded(name: str, text: str, username: str | None, domain: str | None) -> str:
    value: object = text if username is None else Address(display_name=text, username=username, domain=domain or "")
    header = policy.SMTP.header_factory(name, value)
    return str(policy.SMTP.fold(name, header))


def _q_word(text: str) -> str:
    """``text`` as one RFC 2047 "Q" encoded word (the form allowed in a display name)."""
    encoded = "".join(
        "_" if ch == " " else ch if ch in _Q_LITERAL else "".join(f"={byte:02X}" for byte in ch.encode("utf-8"))
        for ch in text
    )
    return f"=?utf-8?q?{encoded}?="


def _b_word(text: str) -> str:
    """``text`` as one RFC 2047 "B" (base64) encoded word."""
    return f"=?utf-8?b?{base64.b64encode(text.encode('utf-8')).decode('ascii')}?="


def _shortest_word(text: str) -> str:
    return min(_q_word(text), _b_word(text), key=len)


def _word_length(text: str) -> int:
    """The length of :func:`_shortest_word` of ``text``, without building it."""
    data = text.encode("utf-8")
    q_length = sum(1 if ch == " " or ch in _Q_LITERAL else 3 * len(ch.encode("utf-8")) for ch in text)
    return 12 + min(q_length, 4 * ((len(data) + 2) // 3))


def _encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 encoded words of at most 75 characters each, broken after spaces if possible."""
    words: list[str] = []
    current = ""
    for token in (token for token in re.findall(r"\S*\s*", text) if token):
        pieces = [token] if _word_length(token) <= _MAX_WORD else list(token)
        for piece in pieces:
            if current and _word_length(current + piece) > _MAX_WORD:
                words.append(_shortest_word(current))
                current = ""
            current += piece
    if current:
        words.append(_shortest_word(current))
    return words


def _display_name(name: str) -> list[str]:
    """The display name as header tokens: plain words stay readable, the rest become encoded words.

    An ASCII name that fits on a line is one quoted string. Otherwise words of
    plain letters stay atoms and runs of other words become encoded words, so
    that the spaces between them stay where RFC 2047 decoders keep them. A word
    too long for a line is encoded too, which splits it into pieces that fold.
    """
    if name.isascii() and len(name) <= _MAX_WORD:
        return ['"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"']
    tokens: list[str] = []
    pending: list[str] = []
    for word in name.split(" "):
        if _ATOM.fullmatch(word) and len(word) <= _MAX_WORD:
            if pending:
                tokens.extend(_encoded_words(" ".join(pending)))
                pending = []
            tokens.append(word)
        else:
            pending.append(word)
    if pending:
        tokens.extend(_encoded_words(" ".join(pending)))
    return tokens


def _address_header(name: str, address: Address) -> str:
    """A From/To header: plain words as they are, any other display name as encoded words.

    Written directly because these headers differ for every recipient, and the
    standard library's parser and folder cost milliseconds each.
    """
    display = address.display_name
    if not display:
        return f"{name}: {address.addr_spec}{_CRLF}"
    if _PLAIN_NAME.fullmatch(display) and len(display) + len(address.addr_spec) < 60:
        return f"{name}: {display} <{address.addr_spec}>{_CRLF}"
    return _fold_tokens(f"{name}:", [*_display_name(display), f"<{address.addr_spec}>"])


def _fold_tokens(start: str, tokens: Sequence[str]) -> str:
    """A header line of space-separated ``tokens``, folded before a token that would pass 78 characters."""
    lines = [start]
    for token in tokens:
        if len(lines[-1]) + 1 + len(token) > 78 and lines[-1] != start:
            lines.append("")
        lines[-1] += " " + token
    return _CRLF.join(lines) + _CRLF


def _header_text(text: str) -> str:
    """Text for a header: one line (no line breaks smuggled in), no control characters."""
    return _CONTROL.sub("", " ".join(text.split()))


def _header(name: str, value: str | Address) -> str:
    if isinstance(value, Address):
        return _address_header(name, value)
    return _folded(name, _header_text(value), None, None)


def _body(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").replace("\n", _CRLF)


def _text_part(subtype: str, text: str) -> str:
    # Line ends become CRLF; other control characters (an escape sequence in a name) are dropped.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    data = _CRLF.join(_BODY_CONTROL.sub("", line) for line in lines).encode("utf-8")
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"{_CRLF}'
        f"Content-Transfer-Encoding: base64{_CRLF}{_CRLF}{_body(data)}"
    )


def _param(name: str, value: str) -> list[str]:
    """A MIME parameter as ``name="value"`` (plain ASCII) or RFC 2231 encoded UTF-8.

    A long value is split into RFC 2231 continuations (``name*0*=``,
    ``name*1*=`` …) so that no header line grows past 78 characters however
    long a file name is.
    """
    value = _header_text(value)
    if value.isascii() and '"' not in value and "\\" not in value and len(value) <= _PARAM_CHUNK:
        return [f'{name}="{value}"']
    from urllib.parse import quote

    encoded = "utf-8''" + quote(value, safe="")
    if len(encoded) <= _PARAM_CHUNK:
        return [f"{name}*={encoded}"]
    # Whole characters per piece: some readers decode each piece on its own.
    chunks = ["utf-8''"]
    for character in value:
        piece = quote(character, safe="")
        if len(chunks[-1]) + len(piece) > _PARAM_CHUNK:
            chunks.append("")
        chunks[-1] += piece
    return [f"{name}*{index}*={chunk}" for index, chunk in enumerate(chunks)]


def _mime_header(name: str, value: str, params: Sequence[str]) -> str:
    """A MIME header with its parameters, folded before a parameter that would pass 78 characters."""
    lines = [f"{name}: {value}"]
    for param in params:
        lines[-1] += ";"
        if len(lines[-1]) + 1 + len(param) > 78:
            lines.append("")
        lines[-1] += " " + param
    return _CRLF.join(lines) + _CRLF


def _attachment_part(attachment: Attachment) -> str:
    params = ['charset="utf-8"'] if attachment.content_type.startswith("text/") else []
    if attachment.method:
        params.append(f"method={attachment.method}")
    params += _param("name", attachment.filename)
    return (
        _mime_header("Content-Type", attachment.content_type, params)
        + _mime_header("Content-Disposition", "attachment", _param("filename", attachment.filename))
        + f"Content-Transfer-Encoding: base64{_CRLF}{_CRLF}{_body(attachment.data)}"
    )


def _multipart(subtype: str, boundary: str, parts: Sequence[str]) -> str:
    body = "".join(f"--{boundary}{_CRLF}{part}{_CRLF}" for part in parts)
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"{_CRLF}{_CRLF}{body}--{boundary}--{_CRLF}'


def compose(message: MailMessage) -> bytes:
    """The bytes of the message as an .eml file (CRLF line ends, ready for SMTP)."""
    seed = hashlib.sha256(message.message_id.encode("utf-8")).hexdigest()[:24]
    headers = [
        _header("From", message.sender),
        _header("To", message.recipient),
    ]
    if message.reply_to is not None:
        headers.append(_header("Reply-To", message.reply_to))
    headers += [
        _header("Subject", message.subject),
        f"Date: {format_datetime(message.date)}{_CRLF}",
        f"Message-ID: {message.message_id}{_CRLF}",
        *(_header(name, value) for name, value in message.headers),
        f"MIME-Version: 1.0{_CRLF}",
    ]
    alternatives = [_text_part("plain", message.text)]
    if message.html is not None:
        alternatives.append(_text_part("html", message.html))
    if len(alternatives) == 1 and not message.attachments:
        body = alternatives[0]
    else:
        body = _multipart("alternative", f"=_alt_{seed}", alternatives) if len(alternatives) > 1 else alternatives[0]
        if message.attachments:
            parts = [body, *(_attachment_part(a) for a in message.attachments)]
            body = _multipart("mixed", f"=_mixed_{seed}", parts)
    return ("".join(headers) + body).encode("ascii")
