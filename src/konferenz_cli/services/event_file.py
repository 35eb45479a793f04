"""Reading an event file (TOML) into an :class:`EventPlan`.

The file declares ``[event]``, ``[[agenda]]``, ``[[rooms]]``, ``[[rounds]]``,
``[[topics]]`` and ``[[sessions]]`` (SPEC.md, "Event file"). Every problem is
reported with the file and the line it is on: TOML's own syntax errors carry
their position, and for values we find the line of the offending key.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from konferenz_cli.errors import ConfigError, KonferenzError, not_a_readable_file
from konferenz_cli.services.events import (
    EVENT_FIELDS,
    ROOM_FIELDS,
    ROUND_FIELDS,
    SESSION_FIELDS,
    TOPIC_FIELDS,
    EventPlan,
    check_event_times,
    clean,
    clean_agenda_item,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["load_event_file", "parse_event_file"]

SECTIONS = ("event", "agenda", "rooms", "rounds", "topics", "sessions")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_event_file(path: Path) -> EventPlan:
    """Read and check the event file at ``path``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError("event_file.not_utf8", path=str(path)) from None
    except OSError as error:
        raise not_a_readable_file(path, error) from None
    return parse_event_file(text, path.name)


def parse_event_file(text: str, name: str = "event.toml") -> EventPlan:
    """Check the TOML ``text`` of an event file called ``name``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        reason = _TOML_POSITION.sub("", message).strip()
        line = position.group(1) if position else "?"
        raise ConfigError("event_file.syntax", file=name, line=line, reason=reason) from None
    locator = _Locator(text)

    def fail(error: KonferenzError, table: str, index: int, key: str | None) -> ConfigError:
        return ConfigError(
            "event_file.invalid",
            file=name,
            line=locator.line(table, index, key),
            reason=error.message(),
        )

    for key in data:
        if key not in SECTIONS:
            raise ConfigError(
                "event_file.unknown_section",
                file=name,
                line=locator.line(key, 0, None),
                key=key,
                sections=", ".join(SECTIONS),
            )
    event_raw = data.get("event")
    if not isinstance(event_raw, dict):
        raise ConfigError("event_file.no_event", file=name)
    fields = _clean_table(event_raw, EVENT_FIELDS, lambda err, key: fail(err, "event", 0, key))
    for required in ("title", "date", "start", "end"):
        if fields.get(required) is None:
            raise ConfigError("event_file.missing", file=name, line=locator.line("event", 0, None), key=required)
    try:
        check_event_times(fields)
    except KonferenzError as error:
        raise fail(error, "event", 0, "end") from None

    plan = EventPlan(fields=fields)
    for index, raw in enumerate(_array(data, "agenda", name, locator)):
        try:
            plan.agenda.append(clean_agenda_item(raw, fields))
        except KonferenzError as error:
            raise fail(error, "agenda", index, _key_of(error, raw)) from None
    tables: list[tuple[str, Mapping[str, Any], list[dict[str, Any]], tuple[str, ...]]] = [
        ("rooms", ROOM_FIELDS, plan.rooms, ("name",)),
        ("rounds", ROUND_FIELDS, plan.rounds, ("number",)),
        ("topics", TOPIC_FIELDS, plan.topics, ("name",)),
        ("sessions", SESSION_FIELDS, plan.sessions, ("topic", "round")),
    ]
    for section, parsers, target, required_keys in tables:
        for index, raw in enumerate(_array(data, section, name, locator)):
            values = _clean_table(raw, parsers, functools.partial(_fail_at, fail, section, index))
            for required_key in required_keys:
                if required_key not in values:
                    line = locator.line(section, index, None)
                    raise ConfigError("event_file.missing", file=name, line=line, key=required_key)
            target.append(values)
    _check_rounds(plan, name, locator)
    return plan


def _check_rounds(plan: EventPlan, name: str, locator: _Locator) -> None:
    """Number unnumbered workgroup slots and check that topics and sessions name real rounds."""
    taken = {item["round"] for item in plan.agenda if item.get("round")}
    next_number = 1
    for index, item in enumerate(plan.agenda):
        if item["kind"] == "workgroup_round" and not item.get("round"):
            while next_number in taken:
                next_number += 1
            item["round"] = next_number
            taken.add(next_number)
        elif item.get("round") and sum(1 for other in plan.agenda if other.get("round") == item["round"]) > 1:
            error = KonferenzError("round.duplicate", round=item["round"])
            raise ConfigError(
                "event_file.invalid", file=name, line=locator.line("agenda", index, "round"), reason=error.message()
            )
    known = taken | {spec["number"] for spec in plan.rounds}
    shown = ", ".join(str(number) for number in sorted(known)) or "-"
    for index, topic in enumerate(plan.topics):
        for number in topic.get("rounds", ()):
            if number not in known:
                error = KonferenzError("topic.unknown_round", topic=topic["name"], round=number, rounds=shown)
                raise ConfigError(
                    "event_file.invalid",
                    file=name,
                    line=locator.line("topics", index, "rounds"),
                    reason=error.message(),
                )
    for index, session in enumerate(plan.sessions):
        if session["round"] not in known:
            error = KonferenzError("round.not_found", round=session["round"], rounds=shown)
            raise ConfigError(
                "event_file.invalid", file=name, line=locator.line("sessions", index, "round"), reason=error.message()
            )


def _fail_at(
    fail: Callable[[KonferenzError, str, int, str | None], ConfigError],
    section: str,
    index: int,
    error: KonferenzError,
    key: str | None,
) -> ConfigError:
    return fail(error, section, index, key)


def _key_of(error: KonferenzError, raw: Mapping[str, Any]) -> str | None:
    key = error.params.get("field")
    if isinstance(key, str) and key in raw:
        return key
    if error.key in ("value.end_before_start",):
        return "end"
    return None


def _clean_table(
    raw: Mapping[str, Any],
    parsers: Mapping[str, Any],
    fail: Callable[[KonferenzError, str | None], ConfigError],
) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            cleaned.update(clean({key: value}, parsers))
        except KonferenzError as error:
            raise fail(error, key) from None
    return cleaned


def _array(data: Mapping[str, Any], section: str, name: str, locator: _Locator) -> list[dict[str, Any]]:
    value = data.get(section, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ConfigError("event_file.not_array", file=name, line=locator.line(section, 0, None), key=section)
    return value


class _Locator:
    """Finds the line of a key in the n-th occurrence of a table, for error messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line(self, table: str, index: int, key: str | None) -> int | str:
        occurrence = -1
        header_line: int | None = None
        inside = False
        key_pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=") if key else None
        for number, text in enumerate(self.lines, start=1):
            header = _HEADER.match(text)
            if header:
                name = header.group(2).strip('"')
                inside = name == table
                if inside:
                    occurrence += 1
                    inside = occurrence == index
                    if inside:
                        header_line = number
                continue
            if inside and key_pattern and key_pattern.match(text):
                return number
            if header_line is None and key_pattern is None and re.match(rf"^\s*{re.escape(table)}\s*=", text):
                return number
        return header_line if header_line is not None else "?"
