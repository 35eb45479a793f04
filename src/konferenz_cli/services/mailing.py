"""Mailings: invitations as .eml files, letters for people without e-mail, and sending that never sends twice.

A mailing has a key (the template name, or a name given for a second round of
the same template). Every message the server accepts is written to
``mail_log`` in its own small transaction right away, so a run that stops
half-way (a crash, Ctrl-C, a server that gives up) is simply run again: it
sends only to those the log does not show as reached. Message-IDs are derived
from the mailing, the person and the content, so even the one message that
might be sent twice (accepted by the server, then the machine dies before the
log is written) carries the same Message-ID and is recognised as a duplicate
by mail programs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from pathlib import Path

from sqlite_utils import Database

from konferenz_cli.db import mail_log
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError
from konferenz_cli.models import Event, Participant
from konferenz_cli.render.ical import CalendarWriter
from konferenz_cli.render.mail import Attachment, MailMessage, compose, make_address, message_id
from konferenz_cli.services import calendar as calendar_service
from konferenz_cli.services.letters import LetterKit
from konferenz_cli.services.recipients import has_newsletter_consent
from konferenz_cli.services.smtp import DeliveryError, SmtpTransport

__all__ = [
    "CALENDAR_TEMPLATES",
    "Mailing",
    "Outgoing",
    "RateLimiter",
    "RecipientState",
    "SendReport",
    "deliver",
    "sender_address",
]

#: Templates that carry the personal calendar (REQUEST) unless told otherwise.
CALENDAR_TEMPLATES = ("invitation", "workgroups", "reminder")
#: Connection failures in a row after which a run stops (the server is gone).
MAX_CONNECTION_FAILURES = 3


def sender_address(event: Event, given: str | None) -> Address:
    """The From address: ``given``, else the event's contact e-mail, under the organiser's name."""
    email = given or event.contact_email
    if not email:
        raise KonferenzError("mail.no_sender", slug=event.slug)
    name = event.organisers[0] if event.organisers else event.title
    try:
        return make_address(name, email)
    except ValueError:
        raise KonferenzError("mail.bad_sender", email=email) from None


@dataclass(frozen=True)
class RecipientState:
    """Where one person stands in a mailing: ``send``, ``reached``, ``no_email``, ``no_consent`` or ``bad_address``."""

    participant: Participant
    state: str
    note: str = ""


@dataclass(frozen=True)
class Outgoing:
    """One rendered message for one person, as the bytes that go to the server or into a file."""

    participant: Participant
    message: MailMessage
    data: bytes


@dataclass
class Mailing:
    """One template sent (or written) to many people, with their personal calendars if wanted."""

    db: Database
    kit: LetterKit
    key: str
    sender: Address
    stamp: dt.datetime
    calendar: bool = False
    newsletter: bool = False
    attachments: Sequence[Attachment] = ()
    _writer: CalendarWriter | None = field(default=None, repr=False)

    @property
    def event(self) -> Event:
        """The event the mailing is about."""
        return self.kit.event

    def states(self, people: Iterable[Participant]) -> list[RecipientState]:
        """Each person's state in this mailing (reached before, no address, no consent, to send)."""
        reached = mail_log.reached_recipients(self.db, self.event.id, self.key)
        states = []
        for person in people:
            if not person.email:
                states.append(RecipientState(person, "no_email"))
            elif self.newsletter and not has_newsletter_consent(person):
                states.append(RecipientState(person, "no_consent"))
            elif person.email.lower() in reached:
                states.append(RecipientState(person, "reached", reached[person.email.lower()]))
            else:
                try:
                    make_address(person.name, person.email)
                except ValueError as error:
                    states.append(RecipientState(person, "bad_address", str(error)))
                    continue
                states.append(RecipientState(person, "send"))
        return states

    def messages(self, people: Sequence[Participant]) -> Iterator[Outgoing]:
        """The rendered messages for ``people`` (who all have an e-mail address), in order."""
        if not self.calendar:
            for person in people:
                yield self._outgoing(person, None)
            return
        data = calendar_service.load_agenda_data(self.db, self.event, self.kit.language)
        writer = CalendarWriter(self.stamp)
        for person, document in calendar_service.personal_calendars(self.db, data, people, invitation=True):
            yield self._outgoing(person, writer.render(document))

    def _outgoing(self, person: Participant, calendar: bytes | None) -> Outgoing:
        assert person.email
        context = self.kit.participant_context(
            person, channel="email", calendar_attached=calendar is not None, newsletter=self.newsletter
        )
        rendered = self.kit.render(context)
        text = rendered.text if rendered.text is not None else ""
        subject = rendered.subject or self.event.title
        attachments = list(self.attachments)
        if calendar is not None:
            filename = f"{self.event.slug}.ics"
            attachments.insert(0, Attachment(filename, "text/calendar", calendar, method="REQUEST"))
        digest = hashlib.sha256((subject + text + (rendered.html or "")).encode("utf-8")).hexdigest()
        headers: tuple[tuple[str, str], ...] = (("Auto-Submitted", "auto-generated"),)
        if self.newsletter:
            headers += (("List-Unsubscribe", f"<mailto:{self.sender.addr_spec}?subject=unsubscribe>"),)
        message = MailMessage(
            sender=self.sender,
            recipient=make_address(person.name, person.email),
            subject=subject,
            date=self.stamp,
            message_id=message_id(self.sender.domain, self.key, self.event.slug, str(person.id), digest),
            text=text,
            html=rendered.html,
            attachments=attachments,
            headers=headers,
        )
        return Outgoing(person, message, compose(message))


def write_eml_files(
    outgoing: Iterable[Outgoing], folder: Path, on_written: Callable[[], None] | None = None
) -> list[Path]:
    """Write each message as ``<name>.eml`` into ``folder`` (safe, distinct names); returns the paths."""
    from konferenz_cli.services.filenames import FileNamer

    namer = FileNamer(folder, ".eml")
    paths = []
    for item in outgoing:
        person = item.participant
        path = namer.path_for(person.name or person.email or "", fallback=f"participant-{person.id}")
        path.write_bytes(item.data)
        paths.append(path)
        if on_written:
            on_written()
    return paths


class RateLimiter:
    """At most ``per_minute`` messages a minute (0: no limit), spaced evenly."""

    def __init__(
        self,
        per_minute: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 60.0 / per_minute if per_minute > 0 else 0.0
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0

    def wait(self) -> None:
        """Wait until the next message may go."""
        if not self.interval:
            return
        now = self.clock()
        if self._next > now:
            self.sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


@dataclass
class SendReport:
    """What a sending run did."""

    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_attempted: int = 0


def _record(db: Database, mailing: Mailing, item: Outgoing, status: str, error: str | None) -> None:
    assert item.participant.email
    with transaction(db):
        mail_log.record_attempt(
            db,
            mailing.event.id,
            participant_id=item.participant.id,
            mailing=mailing.key,
            recipient=item.participant.email.lower(),
            message_id=item.message.message_id,
            status=status,
            error=error,
            at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        )


def deliver(
    mailing: Mailing,
    people: Sequence[Participant],
    transport: SmtpTransport,
    limiter: RateLimiter,
    on_done: Callable[[], None] | None = None,
) -> SendReport:
    """Send the mailing to ``people`` (those still to reach), logging each result as it happens.

    A message refused by the server is recorded as failed and the run goes on;
    when the server cannot be reached several times in a row, the run stops and
    the rest is left for the next run.
    """
    report = SendReport()
    connection_failures = 0
    for index, item in enumerate(mailing.messages(people)):
        if connection_failures >= MAX_CONNECTION_FAILURES:
            report.not_attempted = len(people) - index
            break
        limiter.wait()
        try:
            transport.send(mailing.sender.addr_spec, item.message.recipient.addr_spec, item.data)
        except DeliveryError as error:
            connection_failures = connection_failures + 1 if error.lost_connection else 0
            _record(mailing.db, mailing, item, "failed", error.reason)
            report.failed.append((item.participant.email or "", error.reason))
        except KonferenzError as error:  # reconnecting failed
            connection_failures += 1
            _record(mailing.db, mailing, item, "failed", error.message())
            report.failed.append((item.participant.email or "", error.message()))
        else:
            connection_failures = 0
            _record(mailing.db, mailing, item, "sent", None)
            report.sent.append(item.participant.email or "")
        if on_done:
            on_done()
    return report


_ADDRESS_KEYS = (
    "address",
    "adresse",
    "anschrift",
    "street",
    "straße",
    "strasse",
    "plz",
    "postcode",
    "zip",
    "ort",
    "city",
)


def postal_address(participant: Participant) -> list[str]:
    """The address block: name, organisation and any postal address the registration gave."""
    lines = [" ".join(part for part in (participant.title, participant.name) if part)]
    if participant.organisation:
        lines.append(participant.organisation)
    for key, value in participant.extra.items():
        if value and any(word in key.casefold() for word in _ADDRESS_KEYS):
            lines.extend(part.strip() for part in str(value).replace(",", "\n").splitlines() if part.strip())
    return [line for line in lines if line]


def letters_pdf(kit: LetterKit, people: Sequence[Participant], stamp: dt.datetime) -> bytes:
    """The template as printed letters for ``people``, one page each."""
    from konferenz_cli.i18n import format_date
    from konferenz_cli.render.letters import PostalLetter, render_letters

    event = kit.event
    sender = ", ".join(part for part in (kit.base_context()["sender"]["name"], event.address) if part)
    letters = []
    for person in people:
        rendered = kit.render(kit.participant_context(person, channel="letter"))
        letters.append(
            PostalLetter(
                sender_line=sender,
                address_lines=postal_address(person),
                date_line=format_date(stamp.date(), "long", language=kit.language),
                subject=rendered.subject or event.title,
                body=rendered.text or "",
            )
        )
    return render_letters(letters, title=event.title, language=kit.language)
