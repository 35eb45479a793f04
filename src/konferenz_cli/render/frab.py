"""The agenda as frab schedule XML, the format schedule apps and info screens read.

Structure (after the c3voc schedule XSD): ``schedule`` > ``generator``,
``version``, ``conference`` > ``day`` (index, date, start, end) > ``room``
(name) > ``event`` (id, guid) with room, title, subtitle, type, date, start,
duration, abstract, slug, track, language, description and persons. Receives
plain data; knows nothing of the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["FrabConference", "FrabTalk", "render_frab"]

#: Namespace of the GUIDs: the same UID always gives the same GUID.
_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://konferenz.invalid/frab")


@dataclass(frozen=True)
class FrabTalk:
    """One programme slot in one room."""

    uid: str
    start: dt.datetime  # aware
    end: dt.datetime
    room: str
    title: str
    kind: str
    subtitle: str = ""
    track: str = ""
    abstract: str = ""
    persons: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrabConference:
    """The conference head and every slot."""

    title: str
    acronym: str
    timezone: str
    language: str
    talks: Sequence[FrabTalk] = field(default_factory=tuple)


def _hm(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = value
    return element


def render_frab(conference: FrabConference, version: str) -> bytes:
    """The schedule XML (UTF-8, with declaration) for ``conference``."""
    from konferenz_cli.render.ical import clean_text

    root = ET.Element("schedule")
    ET.SubElement(root, "generator", name="konferenz", version=version)
    _text(root, "version", version)
    head = ET.SubElement(root, "conference")
    talks = sorted(conference.talks, key=lambda t: (t.start, t.room, t.title))
    numbers = {id(talk): number for number, talk in enumerate(talks, start=1)}
    days = sorted({talk.start.date() for talk in talks})
    _text(head, "title", conference.title)
    _text(head, "acronym", conference.acronym)
    if days:
        _text(head, "start", days[0].isoformat())
        _text(head, "end", days[-1].isoformat())
        _text(head, "days", str(len(days)))
    _text(head, "timeslot_duration", "00:05")
    _text(head, "time_zone_name", conference.timezone)
    for index, day in enumerate(days, start=1):
        todays = [talk for talk in talks if talk.start.date() == day]
        day_element = ET.SubElement(
            root,
            "day",
            index=str(index),
            date=day.isoformat(),
            start=min(t.start for t in todays).isoformat(),
            end=max(t.end for t in todays).isoformat(),
        )
        for room in dict.fromkeys(talk.room for talk in todays):
            room_element = ET.SubElement(day_element, "room", name=room)
            for talk in (t for t in todays if t.room == room):
                number = numbers[id(talk)]
                event = ET.SubElement(
                    room_element, "event", id=str(number), guid=str(uuid.uuid5(_GUID_NAMESPACE, talk.uid))
                )
                _text(event, "date", talk.start.isoformat())
                _text(event, "start", talk.start.strftime("%H:%M"))
                _text(event, "duration", _hm(talk.end - talk.start))
                _text(event, "room", room)
                _text(event, "slug", f"{conference.acronym}-{number}")
                _text(event, "title", clean_text(talk.title))
                _text(event, "subtitle", clean_text(talk.subtitle))
                _text(event, "track", clean_text(talk.track))
                _text(event, "type", talk.kind)
                _text(event, "language", conference.language)
                _text(event, "abstract", clean_text(talk.abstract))
                _text(event, "description", clean_text(talk.abstract))
                persons = ET.SubElement(event, "persons")
                for person in talk.persons:
                    _text(persons, "person", clean_text(person))
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)) + b"\n"
