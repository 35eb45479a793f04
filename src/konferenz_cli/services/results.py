"""Workgroup results: typed in, written in Markdown, or collected in a spreadsheet.

A result belongs to a topic, or to a topic in one round (a session), and has
text under four headings: what works well, what must improve, proposed
measures, and free notes (SPEC: seed 004). Markdown files have a heading per
topic and sub-headings for the four parts, in German or English::

    ## Spracherwerb – Runde 1
    ### Was läuft gut
    ...
    ### Was muss besser werden
    ...
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from konferenz_cli.db import events as event_store
from konferenz_cli.db import results as result_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError, not_a_readable_file
from konferenz_cli.models import Event, Result, Topic
from konferenz_cli.services.checkin import now_iso
from konferenz_cli.services.textmatch import fold
from konferenz_cli.values import closest, typed_text

__all__ = [
    "SECTIONS",
    "ResultImport",
    "ResultText",
    "add_result",
    "editor_text",
    "import_results",
    "match_topic",
    "parse_markdown",
    "parse_sections",
    "result_rows",
]

#: The headings of a result and the words that name them in files (folded: lower case, no accents).
SECTIONS: dict[str, tuple[str, ...]] = {
    "works_well": ("was lauft gut", "was gut lauft", "works well", "what works well", "gut", "starken", "strengths"),
    "must_improve": (
        "was muss besser werden",
        "was muss verbessert werden",
        "must improve",
        "what must improve",
        "needs to improve",
        "verbesserungsbedarf",
        "needs improvement",
    ),
    "proposed_measures": (
        "vorgeschlagene massnahmen",
        "massnahmen",
        "proposed measures",
        "measures",
        "next steps",
        "nachste schritte",
    ),
    "notes": ("notizen", "notes", "anmerkungen", "sonstiges", "other notes"),
}
_ROUND = re.compile(r"[\s,:;–—\-(\[]*\b(?:runde|phase|round|durchgang)\s*(\d+)\b[)\]]?\s*", re.IGNORECASE)
_NUMBERED = re.compile(
    r"^(?:ag|arbeitsgruppe|workgroup|wg|themenraum|topic|thema|gruppe|group)?\s*(\d+)\s*[.:)\-–]?\s*(.*)$"
)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass
class ResultText:
    """The texts of one result as read from a file, before it is stored."""

    topic: Topic
    round: int | None = None
    texts: dict[str, str] = field(default_factory=dict)
    line: int = 0


@dataclass
class ResultImport:
    """What reading a results file did."""

    saved: list[tuple[str, int | None]] = field(default_factory=list)
    problems: list[tuple[int, str, str, dict[str, Any]]] = field(default_factory=list)  # line, text, key, params


def section_of(heading: str) -> str | None:
    """Which result heading a file's heading names ("Was läuft gut?" -> ``works_well``), or None."""
    text = fold(heading).strip(" :?!.*_")
    for name, words in SECTIONS.items():
        if text in words:
            return name
    return None


def split_round(text: str) -> tuple[str, int | None]:
    """A topic heading without its round: "Spracherwerb – Runde 2" -> ("Spracherwerb", 2)."""
    found = _ROUND.search(text)
    if not found:
        return text.strip(), None
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" -–—:,")
    return " ".join(rest.split()), int(found.group(1))


def match_topic(topics: Sequence[Topic], text: str) -> Topic | None:
    """The topic ``text`` names: exactly, by number ("AG 2"), or by an unambiguous beginning or part."""
    by_name = {fold(topic.name): topic for topic in topics}
    if fold(text) in by_name:  # before trimming: "x." and "x" may be two topics
        return by_name[fold(text)]
    wanted = fold(text).strip(" .:-–")
    if not wanted:
        return None
    if wanted in by_name:
        return by_name[wanted]
    numbered = _NUMBERED.match(wanted)
    if numbered:
        number, rest = int(numbered.group(1)), numbered.group(2).strip()
        candidates = [topic for topic in topics if topic.number == number]
        if candidates and (not rest or match_topic(candidates, rest) or rest in fold(candidates[0].name)):
            return candidates[0]
        if rest and rest in by_name:
            return by_name[rest]
    starts = [topic for name, topic in by_name.items() if name.startswith(wanted) or wanted.startswith(name)]
    if len(starts) == 1:
        return starts[0]
    contains = [topic for name, topic in by_name.items() if wanted in name]
    return contains[0] if len(contains) == 1 else None


def parse_sections(text: str) -> dict[str, str]:
    """The four parts of one result from Markdown with only the sub-headings (an editor, ``--file``).

    Text before the first sub-heading counts as notes.
    """
    texts: dict[str, list[str]] = {}
    current = "notes"
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading and section_of(heading.group(2)):
            current = section_of(heading.group(2)) or "notes"
            continue
        if heading:
            continue
        if line.lstrip().startswith("<!--") or (line.startswith("//") and "konferenz" in line):
            continue
        texts.setdefault(current, []).append(line)
    return {name: joined for name, lines in texts.items() if (joined := _join(lines))}


def _join(lines: Sequence[str]) -> str:
    return "\n".join(lines).strip()


def parse_markdown(
    text: str, topics: Sequence[Topic]
) -> tuple[list[ResultText], list[tuple[int, str, str, dict[str, Any]]]]:
    """Results from a Markdown file with a heading per topic and sub-headings per part.

    Returns the results found and problems (line, heading, message key, params)
    for sub-headings under a heading that names no topic of the event.
    """
    found: list[ResultText] = []
    problems: list[tuple[int, str, str, dict[str, Any]]] = []
    current: ResultText | None = None
    unmatched: tuple[int, str] | None = None
    section = "notes"
    lines: dict[str, list[str]] = {}

    def close() -> None:
        if current is not None:
            current.texts = {name: joined for name, parts in lines.items() if (joined := _join(parts))}
            if current.texts:
                found.append(current)

    for number, line in enumerate(text.splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading is None:
            if current is not None:
                lines.setdefault(section, []).append(line)
            continue
        title = heading.group(2)
        part = section_of(title)
        if part is not None:
            if current is None:
                if unmatched is not None:
                    problems.append((unmatched[0], unmatched[1], "results.unknown_topic", {}))
                    unmatched = None
                continue
            section = part
            continue
        name, round_number = split_round(title)
        topic = match_topic(topics, name)
        close()
        lines = {}
        section = "notes"
        if topic is None:
            current, unmatched = None, (number, title)
            continue
        current, unmatched = ResultText(topic, round_number, line=number), None
    close()
    return found, problems


def _read_rows(path: Path) -> list[list[Any]]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        rows: list[list[Any]] = []
        for name in workbook.sheet_names:
            rows.extend(workbook.get_sheet_by_name(name).to_python())
        return rows
    except (CalamineError, OSError, ValueError) as error:
        raise KonferenzError("file.unreadable", path=str(path), reason=str(error)) from None


_TOPIC_HEADERS = ("thema", "topic", "arbeitsgruppe", "ag", "workgroup", "themenraum", "gruppe")
_ROUND_HEADERS = ("runde", "round", "phase")


def parse_spreadsheet(
    path: Path, topics: Sequence[Topic]
) -> tuple[list[ResultText], list[tuple[int, str, str, dict[str, Any]]]]:
    """Results from a spreadsheet with a topic column, an optional round column and a column per part."""
    rows = _read_rows(path)
    header_at: int | None = None
    columns: dict[str, int] = {}
    for index, row in enumerate(rows[:30]):
        columns = {}
        for position, cell in enumerate(row):
            text = fold(str(cell or "")).strip(" :?")
            kind = section_of(text) or (
                "topic" if text in _TOPIC_HEADERS else "round" if text in _ROUND_HEADERS else None
            )
            if kind and kind not in columns:
                columns[kind] = position
        if "topic" in columns and set(columns) & set(SECTIONS):
            header_at = index
            break
    if header_at is None:
        raise KonferenzError("results.no_header", path=str(path))
    found: list[ResultText] = []
    problems: list[tuple[int, str, str, dict[str, Any]]] = []
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):

        def cell(kind: str, row: list[Any] = row) -> str:
            position = columns.get(kind)
            if position is None or position >= len(row) or row[position] in (None, ""):
                return ""
            return typed_text(str(row[position])).strip()

        name = cell("topic")
        texts = {part: value for part in SECTIONS if (value := cell(part))}
        if not name and not texts:
            continue
        if not name:
            problems.append((number, "", "results.row_no_topic", {}))
            continue
        name, round_in_name = split_round(name)
        topic = match_topic(topics, name)
        if topic is None:
            problems.append((number, name, "results.unknown_topic", {}))
            continue
        round_text = cell("round")
        round_number = int(float(round_text)) if re.fullmatch(r"\d+(\.0)?", round_text) else round_in_name
        if texts:
            found.append(ResultText(topic, round_number, texts, number))
    return found, problems


def _session_id(db: Database, event: Event, topic: Topic, round_number: int | None) -> int | None:
    if round_number is None:
        return None
    for session in event_store.sessions(db, event.id):
        if session.topic_id == topic.id and session.round == round_number:
            return session.id
    rounds = ", ".join(str(s.round) for s in event_store.sessions(db, event.id) if s.topic_id == topic.id) or "-"
    raise KonferenzError("results.no_such_round", topic=topic.name, round=round_number, rounds=rounds)


def add_result(
    db: Database,
    event: Event,
    topic_text: str,
    round_number: int | None,
    texts: Mapping[str, str | None],
    *,
    source: str,
    replace: bool = False,
) -> Result:
    """Store (or complete) the result of one topic, or one topic in one round."""
    topic = match_topic(event_store.topics(db, event.id), topic_text)
    if topic is None:
        names = [t.name for t in event_store.topics(db, event.id)]
        suggestion = closest(topic_text, names)
        key = "results.topic_not_found_suggest" if suggestion else "results.topic_not_found"
        raise KonferenzError(key, topic=topic_text, topics=", ".join(names) or "-", suggestion=suggestion)
    given = {name: typed_text(value or "").strip() or None for name, value in texts.items() if value is not None}
    if not given and not replace:
        raise KonferenzError("results.nothing_given")
    session_id = _session_id(db, event, topic, round_number)
    with transaction(db):
        result_store.save_result(
            db, event.id, topic.id, session_id, given, source=source, at=now_iso(), replace=replace
        )
    stored = result_store.find_result(db, event.id, topic.id, session_id)
    assert stored is not None
    return stored


def import_results(db: Database, event: Event, path: Path) -> ResultImport:
    """Read results from Markdown (.md, .txt) or a spreadsheet (.xlsx, .xlsm, .ods, .csv) and store them.

    A result read replaces what was stored for the same topic and round, so
    reading the same file twice changes nothing. Everything is stored together.
    """
    if not path.is_file():
        raise not_a_readable_file(path)
    topics = event_store.topics(db, event.id)
    if path.suffix.lower() in (".md", ".markdown", ".txt"):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            text = path.read_text(encoding="cp1252")
        found, problems = parse_markdown(typed_text(text), topics)
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".ods", ".xls"):
        found, problems = parse_spreadsheet(path, topics)
    else:
        raise KonferenzError("results.file_format", path=str(path))
    report = ResultImport(problems=list(problems))
    with transaction(db):
        for item in found:
            topic = item.topic
            try:
                session_id = _session_id(db, event, topic, item.round)
            except KonferenzError as error:
                report.problems.append((item.line, topic.name, error.key, error.params))
                continue
            result_store.save_result(
                db, event.id, topic.id, session_id, item.texts, source=path.name, at=now_iso(), replace=True
            )
            report.saved.append((topic.name, item.round))
    if not found and not problems:
        raise KonferenzError("results.nothing_found", path=str(path))
    return report


def editor_text(result: Result | None, labels: Mapping[str, str]) -> str:
    """The Markdown a person edits for one result: a sub-heading per part, the current texts below."""
    parts = []
    for name in SECTIONS:
        current = getattr(result, name) if result else None
        parts.append(f"### {labels[name]}\n\n{current or ''}\n")
    return "\n".join(parts)


def result_rows(results: Sequence[Result]) -> list[dict[str, Any]]:
    """Results as listing rows with stable keys."""
    return [
        {
            "topic": r.topic,
            "round": r.round,
            "works_well": r.works_well,
            "must_improve": r.must_improve,
            "proposed_measures": r.proposed_measures,
            "notes": r.notes,
            "source": r.source,
            "updated_at": r.updated_at,
        }
        for r in results
    ]
