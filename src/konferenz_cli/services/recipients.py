"""Who a calendar, letter or mailing goes to: by status, topic, address list and consent."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.errors import KonferenzError
from konferenz_cli.models import PARTICIPANT_STATUSES, Event, Participant

__all__ = ["DEFAULT_STATUSES", "has_newsletter_consent", "select_participants"]

#: Who gets personal calendars, invitations and mail unless a status is chosen.
DEFAULT_STATUSES = ("registered", "attended")


def has_newsletter_consent(participant: Participant) -> bool:
    """Consent to newsletter-type mail is recorded and has not been withdrawn."""
    return bool(participant.newsletter) and not participant.newsletter_withdrawn_at


def _statuses(statuses: Sequence[str] | None) -> tuple[str, ...]:
    if not statuses:
        return DEFAULT_STATUSES
    chosen = tuple(status.strip().lower() for status in statuses)
    for status in chosen:
        if status not in PARTICIPANT_STATUSES:
            raise KonferenzError("ical.bad_status", status=status, statuses=", ".join(PARTICIPANT_STATUSES))
    return chosen


def select_participants(
    db: Database,
    event: Event,
    *,
    statuses: Sequence[str] | None = None,
    emails: Sequence[str] | None = None,
    topic: str | None = None,
) -> list[Participant]:
    """The event's participants chosen by status, by topic (assigned, else first wish) or by address.

    With ``emails`` exactly those people are chosen, whatever their status; an
    address nobody registered with is a user error naming it.
    """
    if emails:
        chosen = []
        for email in dict.fromkeys(address.strip().lower() for address in emails):
            found = participant_store.find_by_email(db, event.id, email)
            if found is None:
                raise KonferenzError("ical.participant_not_found", email=email, slug=event.slug)
            chosen.append(found)
        people = chosen
    else:
        people = participant_store.participants(db, event.id, _statuses(statuses))
    if topic is not None:
        wanted = event_store.find_topic(db, event.id, topic)
        by_person = assignment_store.assignments_by_participant(db, event.id)
        if by_person:
            people = [p for p in people if any(a.topic_id == wanted.id for a in by_person.get(p.id, []))]
        else:
            people = [p for p in people if p.preference_topic_ids[:1] == (wanted.id,)]
    return people
