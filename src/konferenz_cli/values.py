"""Reading the values people type: dates, times, numbers, slugs and e-mail addresses.

Each parser takes text (or a value a TOML or spreadsheet reader already typed)
and returns the Python value, or raises :class:`ValidationError` with a message
key saying what was expected.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from konferenz_cli.errors import ValidationError

__all__ = [
    "closest",
    "is_valid_email",
    "parse_date",
    "parse_positive_int",
    "parse_time",
    "slugify",
    "typed_text",
]

_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*(?:uhr|h)?\s*$", re.IGNORECASE)
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u00a0-\uffff-]+"
    r"@[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]{0,61}[A-Za-z0-9\u00a0-\uffff])?"
    r"(?:\.[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]{0,61}[A-Za-z0-9\u00a0-\uffff])?)+$"
)


# C0 controls other than tab and line feed, DEL, and C1 controls: nobody types them, yet they arrive
# from copied text and old databases, and terminals, XML and PDF fonts cannot take them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c]")


def typed_text(text: str) -> str:
    """``text`` as a person typed it: line breaks made ``\\n`` (Word's manual break too), controls dropped.

    Letters, marks, joiners and direction marks of every script stay exactly as they are.
    """
    if text.isprintable():  # the usual case, and every character the patterns below look for is unprintable
        return text
    if _LINE_BREAKS.search(text):
        text = _LINE_BREAKS.sub("\n", text)
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def parse_date(value: Any, field: str = "date") -> dt.date:
    """A calendar date from ``2023-11-04``, ``4.11.2023`` or a date object."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    german = _GERMAN_DATE.match(text)
    try:
        if german:
            day, month, year = (int(part) for part in german.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("value.bad_date", field=field, value=text) from None


def parse_time(value: Any, field: str = "time") -> dt.time:
    """A wall-clock time from ``09:45``, ``9.45``, ``9:45 Uhr``, ``10`` (full hour) or a time object."""
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = str(value).strip()
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError("value.bad_time", field=field, value=text)


def parse_positive_int(value: Any, field: str) -> int:
    """A whole number above zero (a capacity, a round number)."""
    if isinstance(value, bool):
        raise ValidationError("value.not_positive", field=field, value=str(value))
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError("value.not_positive", field=field, value=str(value)) from None
    if number <= 0:
        raise ValidationError("value.not_positive", field=field, value=str(value))
    return number


_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slugify(text: str, max_length: int = 60) -> str:
    """A short, URL- and file-safe name: "Integrationskonferenz Höxter 2017" -> "integrationskonferenz-hoexter-2017"."""
    lowered = text.lower().translate(_TRANSLITERATION)
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug[:max_length].rstrip("-")


def is_valid_email(address: str) -> bool:
    """Whether ``address`` is a syntactically plausible e-mail address."""
    if len(address) > 254 or ".." in address.split("@")[-1]:
        return False
    local = address.split("@")[0]
    if local.startswith(".") or local.endswith(".") or ".." in local or len(local) > 64:
        return False
    return bool(_EMAIL.match(address))


def closest(text: str, names: list[str]) -> str | None:
    """The one of ``names`` that ``text`` most likely means: the only name it begins, or the one
    it misspells ("Sprahce" -> "Sprache"); None if there is no such name."""
    import difflib

    wanted = text.strip().casefold()
    if not wanted:
        return None
    by_key = {name.casefold(): name for name in names}
    starting = [name for key, name in by_key.items() if key.startswith(wanted)]
    if len(starting) == 1:  # "Anerkennung" for "Anerkennung von Abschlüssen"
        return starting[0]
    found = difflib.get_close_matches(wanted, list(by_key), n=1, cutoff=0.75)
    return by_key[found[0]] if found else None
