"""Letters, pages and mails from templates: the context every template gets, and rendering it.

The variables are documented, all in one place, in ``templates/README.md``;
a test checks that every top-level key built here is listed there. The context
is built once per run for the event and extended per person, so that
rendering for ten thousand people stays quick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import events as event_store
from konferenz_cli.errors import KonferenzError
from konferenz_cli.models import Assignment, Event, Participant
from konferenz_cli.render.templating import (
    MESSAGE_TEMPLATES,
    PAGE_TEMPLATES,
    PARTS,
    check_template_name,
    find_part,
    make_environment,
    render_template,
    template_set,
)
from konferenz_cli.services.event_view import event_overview

__all__ = [
    "LetterKit",
    "RenderedLetter",
    "template_folder",
]

TEMPLATES_SETTING = "templates_dir"
DOCUMENTATION_SETTING = "documentation_url"


def template_folder(db: Database, event: Event, given: Path | None, notes: list[str] | None = None) -> Path | None:
    """The user's template folder: ``given`` (then remembered for the event), else the remembered one.

    A remembered folder that has disappeared is skipped (with a note in ``notes``).
    """
    from konferenz_cli.db.connection import transaction
    from konferenz_cli.i18n import t

    if given is not None:
        if not given.is_dir():
            raise KonferenzError("templates.dir_missing", path=str(given))
        with transaction(db):
            event_store.set_setting(db, event.id, TEMPLATES_SETTING, str(given.resolve()))
        return given
    remembered = event_store.setting(db, event.id, TEMPLATES_SETTING)
    if not remembered:
        return None
    if not Path(remembered).is_dir():
        if notes is not None:
            notes.append(t("templates.remembered_missing", path=remembered))
        return None
    return Path(remembered)


def documentation_url(db: Database, event: Event, given: str | None) -> str | None:
    """The link to the documentation for thank-you mails: ``given`` (remembered), else the remembered one."""
    from konferenz_cli.db.connection import transaction

    if given:
        with transaction(db):
            event_store.set_setting(db, event.id, DOCUMENTATION_SETTING, given)
        return given
    return event_store.setting(db, event.id, DOCUMENTATION_SETTING)


@dataclass(frozen=True)
class RenderedLetter:
    """One template rendered for one person (or for the event): its subject, text and HTML."""

    subject: str | None
    text: str | None
    html: str | None


@dataclass
class LetterKit:
    """What rendering a template needs, loaded once: environment, event data, assignments."""

    db: Database
    event: Event
    template: str
    language: str
    informal: bool = False
    user_folder: Path | None = None
    documentation_url: str | None = None
    attachments: Sequence[str] = ()
    today: dt.date = field(default_factory=dt.date.today)
    _environment: Any = field(default=None, repr=False)
    _base: dict[str, Any] | None = field(default=None, repr=False)
    _assignments: dict[int, list[Assignment]] | None = field(default=None, repr=False)
    _parts: dict[str, str | None] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        check_template_name(self.template)
        self._environment = make_environment(self.user_folder, self.language)
        self.set_name = template_set(self.language, self.informal)
        if not any(find_part(self._environment, self.template, part, self.set_name) for part in ("text", "html")):
            known = ", ".join((*MESSAGE_TEMPLATES, *PAGE_TEMPLATES))
            raise KonferenzError("mail.template_unknown", name=self.template, set=self.set_name, known=known)

    @property
    def assignments(self) -> dict[int, list[Assignment]]:
        """Everyone's assignments, by participant id."""
        if self._assignments is None:
            self._assignments = assignment_store.assignments_by_participant(self.db, self.event.id)
        return self._assignments

    def base_context(self) -> dict[str, Any]:
        """The variables about the event (the same for everyone)."""
        if self._base is None:
            overview = event_overview(self.db, self.event)
            days = [day.isoformat() for day in self.event.days]
            overview.update(
                days=days,
                has_workgroups=bool(overview["rounds"]) and any(t["sessions"] for t in overview["topics"]),
                address_lines=[line.strip() for line in (self.event.address or "").split(",") if line.strip()],
            )
            organisers = list(self.event.organisers)
            self._base = {
                "event": overview,
                "participant": None,
                "workgroups": [],
                "assigned": False,
                "language": self.language,
                "informal": self.informal,
                "channel": "page",
                "calendar_attached": False,
                "documentation_url": self.documentation_url,
                "attachments": list(self.attachments),
                "newsletter": False,
                "today": self.today.isoformat(),
                "sender": {
                    "name": ", ".join(organisers) if organisers else self.event.title,
                    "email": self.event.contact_email,
                    "phone": self.event.contact_phone,
                },
            }
        return self._base

    def participant_context(self, participant: Participant, **extra: Any) -> dict[str, Any]:
        """The variables for one person: the event's plus ``participant``, ``workgroups`` and ``extra``."""
        base = self.base_context()
        workgroups = self._workgroups(participant)
        return {
            **base,
            "participant": {
                "id": participant.id,
                "email": participant.email,
                "title": participant.title,
                "first_name": participant.first_name,
                "last_name": participant.last_name,
                "name": participant.name,
                "organisation": participant.organisation,
                "function": participant.function,
                "sector": participant.sector,
                "status": participant.status,
                "preferences": list(participant.preferences),
                "follow_up": participant.follow_up,
                "badge_number": participant.badge_number,
            },
            "workgroups": workgroups,
            "assigned": any(group["topic"] for group in workgroups),
            **extra,
        }

    def _workgroups(self, participant: Participant) -> list[dict[str, Any]]:
        base = self.base_context()
        mine = {a.round: a for a in self.assignments.get(participant.id, [])}
        facilitators = {
            (session["round"], topic["name"]): session["facilitators"]
            for topic in base["event"]["topics"]
            for session in topic["sessions"]
        }
        descriptions = {topic["name"]: topic["description"] for topic in base["event"]["topics"]}
        groups = []
        for round_ in base["event"]["rounds"]:
            assignment = mine.get(round_["number"])
            topic = assignment.topic if assignment else None
            groups.append(
                {
                    "round": round_["number"],
                    "title": round_["title"],
                    "date": round_["date"],
                    "start": round_["start"],
                    "end": round_["end"],
                    "topic": topic,
                    "room": assignment.room if assignment else None,
                    "facilitators": facilitators.get((round_["number"], topic), []) if topic else [],
                    "description": descriptions.get(topic) if topic else None,
                }
            )
        return groups

    def render(self, context: dict[str, Any]) -> RenderedLetter:
        """Render the template's parts with ``context``."""
        if self._parts is None:
            self._parts = {part: find_part(self._environment, self.template, part, self.set_name) for part in PARTS}
        rendered = {}
        for part, found in self._parts.items():
            text = None if found is None else render_template(self._environment, [found], context)
            rendered[part] = " ".join(text.split()) if part == "subject" and text is not None else text
        return RenderedLetter(subject=rendered["subject"], text=rendered["text"], html=rendered["html"])
