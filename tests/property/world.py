"""A small event full of hostile text, written as the files a user would bring: an event file and a registration list.

:func:`worlds` draws one: an event whose title, venue, agenda titles,
speakers, rooms, topics and facilitators, and whose registrations' names,
organisations, free-text answers and wishes come from :mod:`tests.property.nasty`.
:func:`write_world` writes it as ``event.toml`` and ``anmeldungen.csv`` or
``.xlsx``; :data:`PLAIN_EVENT` is the fallback when the event file itself is
(rightly) refused, so that the registrations still travel the whole chain.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.property.nasty import emails, file_text, line_text

__all__ = ["HEADERS", "PLAIN_EVENT", "Person", "World", "toml_string", "worlds", "write_world"]

HEADERS = [
    "E-Mail",
    "Vorname",
    "Nachname",
    "Organisation",
    "Bereich",
    "Themenwunsch 1",
    "Themenwunsch 2",
    "Bemerkungen",
    "Essen",
    "Ihre Frage an das Podium",
    "Newsletter",
    "Ich bin damit einverstanden, dass mein Name auf der Teilnehmerliste erscheint",
    "Fotos",
]
PLAIN_TOPICS = ["Spracherwerb", "Qualifizierung", "Anerkennung"]


def _short(value: object) -> str:
    """A value's repr with long strings cut (a 10,000-character name would drown the failure report)."""
    if isinstance(value, str) and len(value) > 60:
        return f"{value[:40]!r}…({len(value)} chars)"
    if isinstance(value, tuple):
        return "(" + ", ".join(_short(item) for item in value) + ")"
    return repr(value)


class _ShortRepr:
    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={_short(getattr(self, name))}" for name in self.__dataclass_fields__)  # type: ignore[attr-defined]
        return f"{type(self).__name__}({fields})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # how Hypothesis prints a failing example
        printer.text(repr(self))


@dataclass(frozen=True, repr=False)
class Person(_ShortRepr):
    """One row of the registration list."""

    email: str
    first_name: str
    last_name: str
    organisation: str
    sector: str
    wishes: tuple[str, str]
    notes: str
    diet: str
    question: str
    newsletter: str
    list_consent: str
    photo: str

    def row(self) -> list[str]:
        """The cells of this person's row, in :data:`HEADERS` order."""
        return [
            self.email,
            self.first_name,
            self.last_name,
            self.organisation,
            self.sector,
            *self.wishes,
            self.notes,
            self.diet,
            self.question,
            self.newsletter,
            self.list_consent,
            self.photo,
        ]


@dataclass(frozen=True, repr=False)
class World(_ShortRepr):
    """An event and its registrations, as hostile as the strategies make them."""

    title: str
    venue: str
    address: str
    organiser: str
    moderator: str
    description: str
    agenda: tuple[tuple[str, str, str], ...]  # title, speaker, room
    topics: tuple[str, ...]
    facilitator: str
    people: tuple[Person, ...]
    xlsx: bool
    results: tuple[str, ...] = field(default=())


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string: every character that needs it escaped."""
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch.isprintable() and ch not in "\u2028\u2029":
            out.append(ch)
        elif ord(ch) > 0xFFFF:
            out.append(f"\\U{ord(ch):08X}")
        else:
            out.append(f"\\u{ord(ch):04X}")
    out.append('"')
    return "".join(out)


_AGENDA_TIMES = [("09:00", "09:30", "welcome"), ("09:30", "10:00", "input"), ("11:30", "12:00", "panel")]


def event_toml(world: World) -> str:
    """The event file of ``world``: facts, three agenda items, two workgroup rounds, three topics."""
    lines = [
        "[event]",
        f"title = {toml_string(world.title)}",
        'slug = "nasty"',
        'series = "Reihe"',
        "date = 2023-11-04",
        'start = "09:00"',
        'end = "13:00"',
        f"venue = {toml_string(world.venue)}",
        f"address = {toml_string(world.address)}",
        f"organisers = [{toml_string(world.organiser)}]",
        f"moderator = {toml_string(world.moderator)}",
        f"description = {toml_string(world.description)}",
        'contact_email = "orga@example.org"',
    ]
    for (start, end, kind), (title, speaker, room) in zip(_AGENDA_TIMES, world.agenda, strict=True):
        lines += [
            "",
            "[[agenda]]",
            f'start = "{start}"',
            f'end = "{end}"',
            f"title = {toml_string(title)}",
            f'kind = "{kind}"',
            f"speakers = [{toml_string(speaker)}]",
            f"room = {toml_string(room)}",
        ]
    for number, (start, end) in enumerate([("10:00", "10:45"), ("10:45", "11:30")], start=1):
        lines += [
            "",
            "[[agenda]]",
            f'start = "{start}"',
            f'end = "{end}"',
            f'title = "Arbeitsgruppen {number}"',
            'kind = "workgroup_round"',
            f"round = {number}",
        ]
    for topic in world.topics:
        lines += [
            "",
            "[[topics]]",
            f"name = {toml_string(topic)}",
            f"facilitators = [{toml_string(world.facilitator)}]",
            f"room = {toml_string('Raum ' + topic)}",
            "capacity = 20",
        ]
    return "\n".join(lines) + "\n"


def plain_world(world: World) -> World:
    """``world`` with an ordinary event (the registrations stay as they are)."""
    return World(
        title="Integrationskonferenz",
        venue="E-Werk",
        address="Beispielstraße 1, 37269 Eschwege",
        organiser="Vielfaltszentrum",
        moderator="Marius Glaser",
        description="Beschreibung",
        agenda=(("Grußworte", "Landrätin", "Saal"), ("Input", "Selim Kaya", "Saal"), ("Plenum", "Marius", "Saal")),
        topics=tuple(PLAIN_TOPICS),
        facilitator="Jana Lindner",
        people=world.people,
        xlsx=world.xlsx,
        results=world.results,
    )


PLAIN_EVENT = plain_world  # the fallback when the event file is refused


def _xlsx_safe(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # A spreadsheet cannot hold these control characters at all: Excel files never contain them.
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def write_world(world: World, folder: Path) -> tuple[Path, Path]:
    """Write the event file and the registration list of ``world``; returns both paths."""
    event = folder / "event.toml"
    event.write_text(event_toml(world), encoding="utf-8")
    rows = [HEADERS, *(person.row() for person in world.people)]
    if world.xlsx:
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        for row_number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                if value:
                    cell = sheet.cell(row=row_number, column=column, value=_xlsx_safe(value))
                    cell.data_type = "s"  # text typed into a form, never a formula
        registrations = folder / "anmeldungen.xlsx"
        workbook.save(registrations)
    else:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
        registrations = folder / "anmeldungen.csv"
        registrations.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return event, registrations


_BOOLS = st.one_of(st.sampled_from(["ja", "nein", "x", "", "Ja, gerne", "nein danke", "1", "0"]), line_text())


@st.composite
def people(draw: st.DrawFn, topics: tuple[str, ...]) -> Person:
    """One registration: hostile names, answers and wishes; a consent answer of any shape."""
    wish = st.one_of(st.sampled_from([*topics, "AG 2", "", "3"]), line_text())
    return Person(
        email=draw(st.one_of(emails(), st.just(""))),
        first_name=draw(file_text()),
        last_name=draw(file_text()),
        organisation=draw(file_text()),
        sector=draw(line_text()),
        wishes=(draw(wish), draw(wish)),
        notes=draw(file_text()),
        diet=draw(line_text()),
        question=draw(file_text()),
        newsletter=draw(_BOOLS),
        list_consent=draw(st.sampled_from(["ja", "nein", "", "x"])),
        photo=draw(_BOOLS),
    )


@st.composite
def worlds(draw: st.DrawFn, max_people: int = 6) -> World:
    """An event with hostile text in every field and up to ``max_people`` hostile registrations."""
    topics = tuple(draw(st.lists(line_text(), min_size=3, max_size=3)))
    plain = st.sampled_from(PLAIN_TOPICS)
    topics = tuple(t if draw(st.booleans()) else draw(plain) + str(i) for i, t in enumerate(topics))
    agenda = tuple(draw(st.tuples(file_text(), line_text(), line_text())) for _ in range(3))
    return World(
        title=draw(file_text()),
        venue=draw(line_text()),
        address=draw(line_text()),
        organiser=draw(line_text()),
        moderator=draw(line_text()),
        description=draw(file_text()),
        agenda=agenda,
        topics=topics,
        facilitator=draw(line_text()),
        people=tuple(draw(st.lists(people(topics), min_size=1, max_size=max_people))),
        xlsx=draw(st.booleans()),
        results=tuple(draw(st.lists(file_text(), min_size=1, max_size=3))),
    )
