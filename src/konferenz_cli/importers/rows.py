"""One table row to a registration, a rejection, or a registration the source withdrew.

:class:`RowParser` is built once per import from the mapping, the event's
topics and its time zone, and then applied to every row; everything it can
decide in advance (which column feeds which field, which topic an option
column stands for) is decided in the constructor, so the per-row work is a
few dictionary look-ups and the value parsers of :mod:`~konferenz_cli.importers.values`.

The rules: names trimmed and kept exactly; e-mail trimmed
and lower-cased, an invalid one rejects the row; no e-mail but a name is a
registration (keyed by name and organisation later); no name rejects the row;
wishes are matched to topics and unknown ones are dropped with a warning;
a cancelled order or an unsubmitted survey is reported, not imported.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Union
from zoneinfo import ZoneInfo

from konferenz_cli.importers.aliases import fold_header
from konferenz_cli.importers.layout import column_label, is_blank_cell
from konferenz_cli.importers.mapping import BOOL_FIELDS, REFUSALS, TEXT_FIELDS, ColumnMapping, ColumnRole
from konferenz_cli.importers.readers import Cell
from konferenz_cli.importers.topics import TopicMatcher, TopicRef
from konferenz_cli.importers.values import (
    EDGE_SPACES,
    EMAIL_PLACEHOLDERS,
    clean_name,
    clean_text,
    normalise_email,
    parse_bool,
    parse_rank,
    parse_timestamp,
    slash_dates_day_first,
    split_last_first,
    split_name,
    valid_email,
)
from konferenz_cli.values import typed_text

__all__ = [
    "CANCELLED_STATUSES",
    "Outcome",
    "Registration",
    "Rejection",
    "RowIssue",
    "RowParser",
    "Withdrawn",
]

#: Order or registration states that mean "this person is not coming".
CANCELLED_STATUSES = frozenset(
    {
        "cancelled",
        "canceled",
        "storniert",
        "abgesagt",
        "expired",
        "abgelaufen",
        "verfallen",
        "refunded",
        "erstattet",
        "zuruckgezogen",
        "withdrawn",
        "annulliert",
        "c",
        "e",
    }
)

_NAME_FIELDS = ("title", "first_name", "last_name")
_LIMESURVEY_NO_DATE = dt.datetime(1980, 1, 1)
_TEXT_VALUE_FIELDS = tuple(f for f in TEXT_FIELDS if f not in _NAME_FIELDS)
_UNRANKED = 1000


@dataclass
class RowIssue:
    """A warning about one cell: row as the spreadsheet shows it, column heading, message key and values."""

    row: int
    column: str | None
    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Registration:
    """A valid row: the participant fields it sets (only non-empty ones) and its wishes."""

    row: int
    email: str | None
    fields: dict[str, Any]
    preferences: list[int] | None
    registered_at: dt.datetime | None
    extra: dict[str, str]
    booker_email: str | None = None
    order: str | None = None


@dataclass
class Rejection:
    """A row that cannot be stored: where, why, and its original cells for the rejects file."""

    row: int
    column: str | None
    key: str
    params: dict[str, Any]
    cells: list[Cell]


@dataclass
class Withdrawn:
    """A registration the source marks as cancelled or incomplete: reported, not imported."""

    row: int
    reason: str
    email: str | None
    fields: dict[str, Any]
    status: str = ""
    booker_email: str | None = None
    order: str | None = None


Outcome = Union[Registration, Rejection, Withdrawn, None]


class RowParser:
    """Turns rows of one table into registrations, following a :class:`ColumnMapping`."""

    def __init__(
        self,
        headers: Sequence[str],
        mapping: ColumnMapping,
        matcher: TopicMatcher,
        zone: ZoneInfo,
        sample: Sequence[Sequence[Cell]] = (),
    ) -> None:
        self.headers = list(headers)
        self.matcher = matcher
        self.zone = zone
        self.warnings: list[RowIssue] = []
        of = mapping.of_field
        self._email = of("email")[:1]
        self._account_email = of("account_email")[:1]
        self._names = {name: of(name) for name in _NAME_FIELDS}
        self._full_name = of("name")
        self._last_first = of("name_last_first")
        self._account_name = of("account_name")
        text = [(name, of(name)) for name in _TEXT_VALUE_FIELDS if of(name)]
        self._single_text = [(name, roles[0].index) for name, roles in text if len(roles) == 1]
        self._multi_text = [(name, roles) for name, roles in text if len(roles) > 1]
        self._bools = [(name, of(name)) for name in BOOL_FIELDS if of(name)]
        self._registered_at = (of("registered_at") or of("completed_at"))[:1]
        self._completed_at = of("completed_at")[:1]
        self._registered_time = of("registered_time")[:1]
        # "12/10/2023": a column where some dates begin with a day above 12 puts the day first.
        self._day_first = bool(self._registered_at) and slash_dates_day_first(
            row[self._registered_at[0].index] for row in sample if self._registered_at[0].index < len(row)
        )
        self._status = of("status")[:1]
        self._withdrawn = of("newsletter_withdrawn")[:1]
        self._booker = of("booker_email")[:1]
        self._order = of("order_code")[:1]
        self._limesurvey = mapping.layout == "limesurvey"
        # Microsoft Forms writes the options ticked in a multiple choice as "A;B;".
        self._semicolon_lists = mapping.layout == "microsoft_forms"
        #: Rows per order (pretix): an order of one position was booked by its attendee.
        self.order_sizes: Counter[str] = Counter()
        self._ranked = sorted(of("preference_rank"), key=lambda r: (r.rank or 0, r.index))
        self._lists = of("preferences")
        self._wish_columns = (*self._ranked, *self._lists)
        self._wish_cache: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        self._options: list[tuple[ColumnRole, TopicRef]] = []
        for role in of("preference_option"):
            topic = matcher.match_exact(role.option or role.header) or matcher.match(role.option or role.header)
            if topic is not None:
                self._options.append((role, topic))
        self._extra = [
            (r.index, r.header)
            for r in mapping.columns
            if r.field in ("extra", "booker_email", "status", "newsletter_withdrawn", "order_code")
        ]
        self._identity = {
            r.index
            for r in mapping.columns
            if r.field in ("email", "account_email", "name", "name_last_first", "account_name", *_NAME_FIELDS)
        }
        self._width = len(self.headers)
        self._shared: dict[str, str] = {}

    # -- the row -------------------------------------------------------------

    def parse(self, number: int, cells: list[Cell]) -> Outcome:
        """The outcome of one data row (None for a row that is only a note, such as a section heading)."""
        if len(cells) < self._width:
            cells = cells + [None] * (self._width - len(cells))
        email, email_role = self._email_of(cells)
        if email and not valid_email(email):
            column = email_role.header if email_role else None
            shown = clean_text(cells[email_role.index]) if email_role else email
            return Rejection(number, column, "import.reject.bad_email", {"value": shown}, cells)
        title, first, last = self._name_of(cells)
        if "?" in (first or "") or "?" in (last or ""):
            self._check_lost_letters(number, f"{first or ''} {last or ''}".strip())
        fields: dict[str, Any] = {}
        if title:
            fields["title"] = title
        if first:
            fields["first_name"] = first
        if last:
            fields["last_name"] = last
        shared = self._shared
        for name, index in self._single_text:
            value = cells[index]
            if value.__class__ is str:
                value = typed_text(value).strip(EDGE_SPACES) if value else ""
            elif value is not None:
                value = clean_text(value)
            if value and self._semicolon_lists and value.endswith(";"):
                value = ", ".join(part.strip() for part in value.split(";") if part.strip())
            if value:
                # Organisations, sectors and diets repeat: keep one string object per value.
                fields[name] = shared.setdefault(value, value) if len(shared) < 50_000 else value
        for name, roles in self._multi_text:
            value = self._text_value(roles, cells)
            if value:
                fields[name] = value
        order = clean_text(cells[self._order[0].index]) if self._order else ""
        if order:
            self.order_sizes[order] += 1
        booker = self._booker_of(cells) if not email else None
        status = clean_text(cells[self._status[0].index]) if self._status else ""
        if status and fold_header(status) in CANCELLED_STATUSES:
            return Withdrawn(number, "cancelled", email or None, fields, status, booker, order or None)
        if self._completed_at and is_blank_cell(cells[self._completed_at[0].index]):
            return Withdrawn(number, "incomplete", email or None, fields, booker_email=booker, order=order or None)
        if not first and not last:
            if self._is_note_row(cells):
                self.warnings.append(RowIssue(number, None, "import.warn.note_row", {"text": self._note_text(cells)}))
                return None
            column = self._name_column()
            return Rejection(number, column, "import.reject.no_name", {}, cells)
        for name, roles in self._bools:
            flag = self._bool_value(number, roles, cells)
            if flag is not None:
                fields[name] = flag
        for refusal, consent in REFUSALS.items():
            if refusal in fields:
                refused = fields.pop(refusal)
                fields.setdefault(consent, not refused)
        if self._withdrawn and _is_withdrawal(cells[self._withdrawn[0].index]):
            fields["newsletter"] = False
        return Registration(
            row=number,
            email=email or None,
            fields=fields,
            preferences=self._preferences(number, cells),
            registered_at=self._timestamp(number, cells),
            extra=self._extra_of(cells, email_role, email),
            booker_email=booker,
            order=order or None,
        )

    def _booker_of(self, cells: list[Cell]) -> str | None:
        if not self._booker:
            return None
        address = normalise_email(cells[self._booker[0].index])
        return address if address and valid_email(address) else None

    def _email_of(self, cells: list[Cell]) -> tuple[str, ColumnRole | None]:
        if self._email:
            email = normalise_email(cells[self._email[0].index])
            if email:
                return email, self._email[0]
        if self._account_email:
            email = normalise_email(cells[self._account_email[0].index])
            if email and email not in EMAIL_PLACEHOLDERS:
                return email, self._account_email[0]
        return "", None

    def _name_of(self, cells: list[Cell]) -> tuple[str | None, str | None, str | None]:
        names = self._names
        title = self._joined(names["title"], cells) if names["title"] else None
        first = self._joined(names["first_name"], cells) if names["first_name"] else None
        last = self._joined(names["last_name"], cells) if names["last_name"] else None
        if first or last:
            return title, first, last
        for roles, splitter in (
            (self._last_first, split_last_first),
            (self._full_name, split_name),
            (self._account_name, split_name),
        ):
            for role in roles:
                text = clean_name(cells[role.index])
                if text and text.casefold() not in EMAIL_PLACEHOLDERS:
                    found_title, found_first, found_last = splitter(text)
                    return title or found_title, found_first, found_last
        return title, None, None

    @staticmethod
    def _joined(roles: list[ColumnRole], cells: list[Cell]) -> str | None:
        if len(roles) == 1:
            return clean_name(cells[roles[0].index]) or None
        parts = [clean_name(cells[role.index]) for role in roles]
        joined = " ".join(part for part in parts if part)
        return joined or None

    @staticmethod
    def _text_value(roles: list[ColumnRole], cells: list[Cell]) -> str | None:
        parts: list[str] = []
        for role in roles:
            value = cells[role.index]
            if is_blank_cell(value):
                continue
            try:
                ticked = parse_bool(value)
            except ValueError:
                parts.append(clean_text(value))
                continue
            if ticked:
                parts.append(role.option or role.header)
        return ", ".join(parts) or None

    def _bool_value(self, number: int, roles: list[ColumnRole], cells: list[Cell]) -> bool | None:
        result: bool | None = None
        for role in roles:
            value = cells[role.index]
            if is_blank_cell(value):
                continue
            try:
                flag = _cached_bool(value) if value.__class__ is str else parse_bool(value)
            except ValueError:
                self.warnings.append(
                    RowIssue(number, role.header, "import.warn.bad_bool", {"value": clean_text(value)[:80]})
                )
                continue
            if flag:
                return True
            if flag is False:
                result = False
        return result

    def _timestamp(self, number: int, cells: list[Cell]) -> dt.datetime | None:
        if not self._registered_at:
            return None
        role = self._registered_at[0]
        try:
            moment = parse_timestamp(cells[role.index], self.zone, day_first=self._day_first)
        except ValueError:
            self.warnings.append(
                RowIssue(number, role.header, "import.warn.bad_date", {"value": clean_text(cells[role.index])[:80]})
            )
            return None
        if self._limesurvey and moment is not None and moment.replace(tzinfo=None) == _LIMESURVEY_NO_DATE:
            # LimeSurvey stamps responses of surveys without date stamps as sent on 1 January 1980.
            return None
        if moment is not None and self._registered_time:
            clock = _clock(cells[self._registered_time[0].index])
            if clock is not None:
                moment = moment.replace(hour=clock.hour, minute=clock.minute, second=clock.second)
        return moment

    def _wishes(self, text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """The topic ids a wish cell names and the wishes matching no topic (cached: cells repeat)."""
        found = self._wish_cache.get(text)
        if found is None:
            ids: list[int] = []
            unknown: list[str] = []
            for wish in self.matcher.split(text):
                topic = self.matcher.match(wish)
                if topic is None:
                    unknown.append(wish[:80])
                else:
                    ids.append(topic.id)
            found = (tuple(ids), tuple(unknown))
            if len(self._wish_cache) < 20_000:
                self._wish_cache[text] = found
        return found

    def _preferences(self, number: int, cells: list[Cell]) -> list[int] | None:
        chosen: list[int] = []
        for role in self._wish_columns:
            value = cells[role.index]
            if value is None or value == "":
                continue
            text = clean_text(value)
            if not text:
                continue
            ids, unknown = self._wishes(text)
            for wish in unknown:
                self.warnings.append(RowIssue(number, role.header, "import.warn.unknown_topic", {"wish": wish}))
            for topic_id in ids:
                if topic_id not in chosen:
                    chosen.append(topic_id)
        if self._options:
            ticked: list[tuple[int, int, int]] = []
            for role, topic in self._options:
                value = cells[role.index]
                if is_blank_cell(value):
                    continue
                rank = parse_rank(value) if not isinstance(value, bool) else None
                if rank is None:
                    try:
                        if not parse_bool(value):
                            continue
                    except ValueError:
                        self.warnings.append(
                            RowIssue(number, role.header, "import.warn.bad_choice", {"value": clean_text(value)[:80]})
                        )
                        continue
                    rank = _UNRANKED
                ticked.append((rank, role.index, topic.id))
            for _, _, topic_id in sorted(ticked):
                if topic_id not in chosen:
                    chosen.append(topic_id)
        return chosen or None

    def _extra_of(self, cells: list[Cell], email_role: ColumnRole | None, email: str) -> dict[str, str]:
        extra: dict[str, str] = {}
        width = len(cells)
        for index, header in self._extra:
            value = cells[index]
            if value is not None and value != "":
                text = clean_text(value)
                if text:
                    extra[header] = self._shared.setdefault(text, text) if len(self._shared) < 50_000 else text
        if self._account_email and email_role is not self._account_email[0]:
            role = self._account_email[0]
            account = normalise_email(cells[role.index])
            if account and account not in EMAIL_PLACEHOLDERS and account != email:
                extra[role.header] = account
        for index in range(self._width, width):
            if not is_blank_cell(cells[index]):
                extra[f"({column_label(index)})"] = clean_text(cells[index])
        return extra

    # -- rows that are not registrations ------------------------------------------

    def _is_note_row(self, cells: list[Cell]) -> bool:
        filled = [i for i, value in enumerate(cells) if not is_blank_cell(value)]
        return len(filled) == 1 and filled[0] not in self._identity

    @staticmethod
    def _note_text(cells: list[Cell]) -> str:
        return next(clean_text(value) for value in cells if not is_blank_cell(value))[:80]

    def _check_lost_letters(self, number: int, name: str) -> None:
        """Warn about "Y?lmaz": a file saved in an encoding without ı, ş, Cyrillic or Arabic letters
        (Excel's "CSV (Trennzeichen-getrennt)") has a "?" where each of them was."""
        if _LOST_LETTER.search(name):
            self.warnings.append(RowIssue(number, self._name_column(), "import.warn.lost_letters", {"name": name}))

    def _name_column(self) -> str | None:
        for roles in (
            self._names["last_name"],
            self._names["first_name"],
            self._full_name,
            self._last_first,
            self._account_name,
        ):
            if roles:
                return roles[0].header
        return None


# A question mark before a letter or another question mark: where an encoding lost a letter
# ("Y?lmaz", "?ahin", "???? ?????"), not a question asked ("Wer?").
_LOST_LETTER = re.compile(r"\?(?=[\w?])")


def _is_withdrawal(value: Cell) -> bool:
    """A withdrawal column holds the date of the withdrawal, or a yes: anything but empty or a no."""
    if is_blank_cell(value):
        return False
    try:
        return parse_bool(value) is not False
    except ValueError:
        return True  # a date or a remark: withdrawn


@functools.lru_cache(maxsize=4096)
def _cached_bool(text: str) -> bool | None:
    return parse_bool(text)


_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?")


def _clock(value: Cell) -> dt.time | None:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds()) % 86_400
        return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if isinstance(value, float) and 0 <= value < 1:
        seconds = round(value * 86_400) % 86_400
        return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    found = _CLOCK.match(clean_text(value))
    if not found:
        return None
    hour, minute, second = int(found.group(1)), int(found.group(2)), int(found.group(3) or 0)
    return dt.time(hour, minute, second) if hour < 24 and minute < 60 and second < 60 else None
