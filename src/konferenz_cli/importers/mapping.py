"""Which column is which field: the guess from the headings, a mapping file, a remembered mapping.

A mapping gives every column of the table one *field*: a participant field
(``email``, ``first_name``, ``organisation``, ``newsletter`` ...), a source of
one (``name`` is split into first and last name, ``preference_2`` is the second
wish, ``preference_option`` is a yes/no or rank column for the topic in its
heading), ``extra`` (kept per participant as it is) or ``ignore``.

A mapping file (TOML) names fields by column heading::

    [columns]
    "Ihre E-Mail-Adresse" = "email"
    "Wunsch A" = "preference_1"
    "Interne Nummer" = "ignore"

Columns the file does not name keep their guessed field.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from konferenz_cli.errors import ConfigError, not_a_readable_file
from konferenz_cli.importers.aliases import (
    FORM_ACCOUNT_COLUMNS,
    PRETIX_MARKERS,
    PRETIX_META,
    code_and_text,
    fold_header,
    match_alias,
)
from konferenz_cli.importers.readers import Cell
from konferenz_cli.importers.topics import TopicMatcher
from konferenz_cli.importers.values import clean_text, valid_email

__all__ = [
    "BOOL_FIELDS",
    "ColumnRole",
    "FIELD_NAMES",
    "IDENTITY_FIELDS",
    "REFUSALS",
    "ColumnMapping",
    "MappingFile",
    "TEXT_FIELDS",
    "apply_overrides",
    "guess_mapping",
    "header_signature",
    "load_mapping_file",
    "mapping_from_spec",
    "option_label",
    "read_mapping_file",
    "refine_by_content",
    "topic_option",
]

TEXT_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "organisation",
    "organisation_type",
    "sector",
    "function",
    "phone",
    "diet",
    "accessibility",
    "interpreter_language",
    "notes",
)
BOOL_FIELDS = (
    "follow_up",
    "newsletter",
    "photo_consent",
    "list_consent",
    "workgroups_opt_out",
    "photo_refusal",
    "list_refusal",
)
#: Questions asked the other way round, and the consent a tick there takes away.
REFUSALS = {"photo_refusal": "photo_consent", "list_refusal": "list_consent"}
SOURCE_FIELDS = (
    "email",
    "account_email",
    "booker_email",
    "name",
    "name_last_first",
    "account_name",
    "registered_at",
    "registered_time",
    "completed_at",
    "status",
    "newsletter_withdrawn",
    "order_code",
    "preferences",
    "preference_option",
    "extra",
    "ignore",
)
#: Every field a column can be mapped to (plus ``preference_1``, ``preference_2``, ...).
FIELD_NAMES = SOURCE_FIELDS[:1] + TEXT_FIELDS + BOOL_FIELDS + SOURCE_FIELDS[1:]
#: Fields that identify a person: a table needs at least one of them.
IDENTITY_FIELDS = frozenset(
    {"email", "account_email", "name", "name_last_first", "account_name", "first_name", "last_name"}
)

_RANKED = re.compile(r"^preference_(\d{1,2})$")
# "Question: option", "Question [option]" and pretix's "Question – option".
_OPTION_SPLIT = re.compile(r"^(?P<question>.*?)\s*(?::|\[|\s[–—]\s)\s*(?P<option>[^:\[\]–—]+?)\s*\]?\s*$")
_COPY_NUMBER = re.compile(r" \((\d+)\)$")
_BRACKET_RANK = re.compile(r"\[(\d{1,2})\]$")


@dataclass(frozen=True)
class ColumnRole:
    """One column of the table and the field it feeds."""

    index: int
    header: str
    field: str
    rank: int | None = None
    option: str | None = None
    origin: str = "guess"

    @property
    def spec(self) -> str:
        """The field as a mapping file writes it ("preference_2", "email")."""
        return f"preference_{self.rank}" if self.field == "preference_rank" else self.field


@dataclass
class ColumnMapping:
    """The field of every column, the kind of export it looks like, and notes on the guess."""

    columns: list[ColumnRole]
    layout: str = "list"
    origin: str = "guessed"
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def of_field(self, *fields: str) -> list[ColumnRole]:
        """The columns feeding any of ``fields``, in column order."""
        return [role for role in self.columns if role.field in fields]

    @property
    def unmapped(self) -> list[str]:
        """Headings kept as extra data because no field was recognised."""
        return [role.header for role in self.columns if role.field == "extra" and role.origin == "guess"]

    def as_spec(self) -> dict[str, str]:
        """The mapping as heading -> field, as a mapping file would say it."""
        return {role.header: role.spec for role in self.columns}

    def identifies_people(self) -> bool:
        """Whether some column can tell who registered (an e-mail or a name)."""
        return any(role.field in IDENTITY_FIELDS for role in self.columns)


def header_signature(headers: Iterable[str]) -> str:
    """A key for "the same form": the set of folded headings, order and case aside."""
    folded = sorted({fold_header(h) for h in headers if h and match_alias(fold_header(h)) != ("ignore", None)})
    return hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class _Heading:
    """A heading as compared: folded whole, and for LimeSurvey's "code. text" headings both parts."""

    raw: str
    whole: str
    code: str | None = None
    text: str | None = None
    text_raw: str | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key in (self.whole, self.code, self.text) if key)


def _heading(header: str) -> _Heading:
    # "Company (2)" is a second "Company" column (numbered by the table reader): it means the same.
    base = _COPY_NUMBER.sub("", header) if _COPY_NUMBER.search(header) else header
    split = code_and_text(base)
    if split is None:
        return _Heading(header, fold_header(base))
    code, text = split
    return _Heading(header, fold_header(base), fold_header(code), fold_header(text), text)


_MS_FORMS_DONE = frozenset({"fertigstellungszeit", "abschlusszeit", "completion time"})
_LIMESURVEY_SUBMITTED = frozenset({"submitdate", "datum abgeschickt", "date submitted"})
_LIMESURVEY_OTHERS = frozenset(
    {"lastpage", "letzte seite", "last page", "startlanguage", "start sprache", "start language"}
    | {"id", "antwort id", "response id", "seed", "zufallsstartwert"}
)


def _detect_layout(headings: Sequence[_Heading]) -> str:
    present = {key for heading in headings for key in heading.keys}
    if "id" in present and present & {"startzeit", "start time"} and present & _MS_FORMS_DONE:
        return "microsoft_forms"
    if present & PRETIX_MARKERS:
        return "pretix"
    if present & _LIMESURVEY_SUBMITTED and present & _LIMESURVEY_OTHERS:
        return "limesurvey"
    if headings and headings[0].whole in ("zeitstempel", "timestamp"):
        return "google_forms"
    return "list"


def topic_option(header: str, matcher: TopicMatcher) -> str | None:
    """The topic a "Question: option", "Question [option]" or "Question – option" heading is about.

    A heading that is a topic's name is about that topic too.
    """
    if matcher.match_exact(header) is not None:
        return header
    parts = _OPTION_SPLIT.match(header)
    if parts and parts["question"] and matcher.match_exact(parts["option"]) is not None:
        return parts["option"]
    return None


def option_label(header: str) -> str:
    """The option of a "Question: option" heading, else the heading itself."""
    parts = _OPTION_SPLIT.match(header)
    return parts["option"].strip() if parts and parts["question"] else header


def guess_mapping(headers: Sequence[str], matcher: TopicMatcher) -> ColumnMapping:
    """Guess every column's field from its heading (see :mod:`konferenz_cli.importers.aliases`)."""
    headings = [_heading(h) for h in headers]
    layout = _detect_layout(headings)
    roles = [_guess_column(index, heading, layout, matcher) for index, heading in enumerate(headings)]
    roles = _resolve_duplicates(roles, [h.whole for h in headings], layout)
    return ColumnMapping(columns=roles, layout=layout)


def _match(heading: _Heading, layout: str) -> tuple[str, int | None] | None:
    # LimeSurvey's "code. text" headings are read by their text ("startlanguage. Start-Sprache").
    first, second = (heading.text, heading.whole) if layout == "limesurvey" else (heading.whole, heading.text)
    found = match_alias(first) if first else None
    if found is None and second:
        found = match_alias(second)
    return found


def _guess_column(index: int, heading: _Heading, layout: str, matcher: TopicMatcher) -> ColumnRole:
    header, key = heading.raw, heading.whole
    if layout == "microsoft_forms" and index < 6 and key in FORM_ACCOUNT_COLUMNS:
        return ColumnRole(index, header, FORM_ACCOUNT_COLUMNS[key])
    if layout == "pretix" and key in PRETIX_META:
        return ColumnRole(index, header, "extra", origin="meta")
    topic = topic_option(header, matcher) or (topic_option(heading.text_raw, matcher) if heading.text_raw else None)
    if topic is not None:
        return ColumnRole(index, header, "preference_option", option=topic)
    found = _match(heading, layout)
    if found is None:
        return ColumnRole(index, header, "extra")
    target, rank = found
    if target in ("meta", "booker"):
        return ColumnRole(index, header, "extra", origin="meta")
    if target in TEXT_FIELDS or target in BOOL_FIELDS:
        return ColumnRole(index, header, target, option=option_label(heading.text_raw or header))
    return ColumnRole(index, header, target, rank=rank)


def _resolve_duplicates(roles: list[ColumnRole], folded: Sequence[str], layout: str) -> list[ColumnRole]:
    emails = [r for r in roles if r.field == "email"]
    if layout == "pretix":
        roles = _pretix_duplicates(roles, emails, folded)
    else:
        has_account = any(r.field == "account_email" for r in roles)
        for extra_email in emails[1:]:
            new_field = "extra" if has_account else "account_email"
            has_account = True
            roles = [replace(r, field=new_field) if r is extra_email else r for r in roles]
    singles = ("registered_at", "completed_at", "status", "newsletter_withdrawn", "name_last_first", "registered_time")
    for single in (*singles, "order_code"):
        same = [r for r in roles if r.field == single]
        roles = [replace(r, field="extra") if r in same[1:] else r for r in roles]
    return roles


def _pretix_duplicates(roles: list[ColumnRole], emails: list[ColumnRole], folded: Sequence[str]) -> list[ColumnRole]:
    """The order's e-mail is the booker's; the attendee's is the participant's. Older pretix versions
    repeat "Company" for the invoice address after the questions: the first one is the attendee's."""
    attendee = [r for r in emails if re.search(r"attendee|teilnehm", folded[r.index])]
    keep = attendee[:1]
    roles = [replace(r, field="booker_email") if r.field == "email" and r not in keep else r for r in roles]
    companies = [r for r in roles if r.field == "organisation"]
    return [replace(r, field="extra", origin="meta") if r in companies[1:] else r for r in roles]


# --- columns recognised by what they hold ------------------------------------------------

_CONTENT_SHARE = 0.8


def refine_by_content(mapping: ColumnMapping, rows: Sequence[Sequence[Cell]], matcher: TopicMatcher) -> ColumnMapping:
    """Recognise columns whose heading said nothing (LimeSurvey's question codes) by what they hold.

    A column of e-mail addresses becomes the e-mail when no column was found for it; a column
    whose answers are topic names becomes a wish ("G02Q04[2]" the second one). Only columns the
    headings left unexplained are looked at; digits alone never count as a topic.
    """
    columns = list(mapping.columns)
    has_email = bool(mapping.of_field("email"))
    for position, role in enumerate(columns):
        if role.field != "extra" or role.origin != "guess":
            continue
        values = [text for row in rows if role.index < len(row) and (text := clean_text(row[role.index]))]
        if not values:
            continue
        if not has_email and _share(values, lambda v: valid_email(v.lower())) >= _CONTENT_SHARE:
            columns[position] = replace(role, field="email", origin="content")
            has_email = True
        elif matcher.topics and _share(values, lambda v: _names_topics(v, matcher)) >= _CONTENT_SHARE:
            ranked = _BRACKET_RANK.search(role.header.split(". ", 1)[0])
            rank = int(ranked.group(1)) if ranked else None
            field = "preference_rank" if rank else "preferences"
            columns[position] = replace(role, field=field, rank=rank, origin="content")
    return ColumnMapping(columns=columns, layout=mapping.layout, origin=mapping.origin, notes=list(mapping.notes))


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    return sum(1 for value in values if test(value)) / len(values)


def _names_topics(value: str, matcher: TopicMatcher) -> bool:
    if not any(ch.isalpha() for ch in value):
        return False
    wishes = matcher.split(value)
    return bool(wishes) and all(matcher.match(wish) is not None for wish in wishes)


# --- mapping files ----------------------------------------------------------------


def _valid_field(name: str) -> bool:
    ranked = _RANKED.match(name)
    return name in FIELD_NAMES or (ranked is not None and int(ranked.group(1)) >= 1)


@dataclass
class MappingFile:
    """A mapping file: the field of each named column, and answers that stand for a topic."""

    columns: dict[str, str] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)


def load_mapping_file(path: Path) -> dict[str, str]:
    """Read a mapping file's columns: heading -> field. Unknown fields are an error naming them."""
    return read_mapping_file(path).columns


def read_mapping_file(path: Path) -> MappingFile:
    """Read a mapping file: ``[columns]`` (heading -> field) and ``[topics]`` (answer -> topic name).

    The heading = field lines may also stand at the top of the file without ``[columns]``.
    Unknown fields and sections are an error naming them.
    """
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    if not path.is_file():
        raise not_a_readable_file(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError("import.mapping_not_utf8", path=path.name) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError("import.mapping_syntax", path=path.name, reason=str(error)) from None
    topics = data.pop("topics", {}) if isinstance(data.get("topics"), dict) else {}
    columns = data["columns"] if isinstance(data.get("columns"), dict) else data
    unknown_keys = [key for key in data if key != "columns"] if columns is not data else []
    if unknown_keys:
        raise ConfigError("import.mapping_unknown_keys", path=path.name, keys=", ".join(unknown_keys))
    return MappingFile(columns=_column_spec(columns, path), topics=_topic_spec(topics, path))


def _column_spec(columns: Mapping[str, Any], path: Path) -> dict[str, str]:
    spec: dict[str, str] = {}
    bad: list[str] = []
    for header, target in columns.items():
        if not isinstance(target, str):
            raise ConfigError("import.mapping_not_text", path=path.name, header=header)
        if not _valid_field(target.strip()):
            bad.append(target)
        spec[str(header)] = target.strip()
    if bad:
        raise ConfigError(
            "import.mapping_unknown_fields",
            path=path.name,
            fields=", ".join(f"„{b}“" for b in bad),
            known=", ".join(FIELD_NAMES) + ", preference_1, preference_2, …",
        )
    return spec


def _topic_spec(topics: Mapping[str, Any], path: Path) -> dict[str, str]:
    spec: dict[str, str] = {}
    for answer, topic in topics.items():
        if not isinstance(topic, str):
            raise ConfigError("import.mapping_not_text", path=path.name, header=answer)
        if topic.strip():
            spec[str(answer)] = topic.strip()
    return spec


def _role_from_spec(index: int, header: str, spec: str, origin: str, matcher: TopicMatcher) -> ColumnRole:
    ranked = _RANKED.match(spec)
    if ranked:
        return ColumnRole(index, header, "preference_rank", rank=int(ranked.group(1)), origin=origin)
    if spec == "preference_option":
        return ColumnRole(
            index, header, spec, option=topic_option(header, matcher) or option_label(header), origin=origin
        )
    if spec in TEXT_FIELDS or spec in BOOL_FIELDS:
        return ColumnRole(index, header, spec, option=option_label(header), origin=origin)
    return ColumnRole(index, header, spec, origin=origin)


def apply_overrides(
    mapping: ColumnMapping, spec: Mapping[str, str], matcher: TopicMatcher, origin: str
) -> ColumnMapping:
    """``mapping`` with the columns named in ``spec`` set to the given fields.

    Headings are compared exactly first, then folded; headings in ``spec`` that
    the table does not have are noted (``import.note.mapping_header_missing``).
    """
    by_header = {role.header: role for role in mapping.columns}
    by_folded = {fold_header(role.header): role for role in mapping.columns}
    changed: dict[int, ColumnRole] = {}
    notes = list(mapping.notes)
    for header, target in spec.items():
        role = by_header.get(header) or by_folded.get(fold_header(header))
        if role is None:
            notes.append(("import.note.mapping_header_missing", {"header": header}))
            continue
        changed[role.index] = _role_from_spec(role.index, role.header, target, origin, matcher)
    columns = [changed.get(role.index, role) for role in mapping.columns]
    return ColumnMapping(columns=columns, layout=mapping.layout, origin=origin, notes=notes)


def mapping_from_spec(
    headers: Sequence[str], spec: Mapping[str, str], matcher: TopicMatcher, origin: str
) -> ColumnMapping:
    """A complete mapping from a remembered spec; columns it does not know are guessed."""
    guessed = guess_mapping(headers, matcher)
    return apply_overrides(guessed, spec, matcher, origin)
