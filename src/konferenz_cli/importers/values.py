"""Single cell values as people type them: text, names, e-mail, yes/no, dates, ranks.

Each parser takes what a reader produced (text from a CSV, or a typed value
from a spreadsheet) and returns the stored value. A value that cannot be read
raises :class:`ValueError`; the row parser turns that into a rejection or a
warning with the column it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

from konferenz_cli.values import is_valid_email, typed_text

__all__ = [
    "EDGE_SPACES",
    "EMAIL_PLACEHOLDERS",
    "clean_name",
    "clean_text",
    "excel_serial_to_datetime",
    "normalise_email",
    "parse_bool",
    "parse_rank",
    "parse_timestamp",
    "slash_dates_day_first",
    "split_last_first",
    "split_name",
    "valid_email",
]

#: What form tools write into their own e-mail column when nobody signed in.
EMAIL_PLACEHOLDERS = frozenset({"anonymous", "anonym", "anonymous user", "nicht angemeldet", "-", "n/a"})

#: What is trimmed from the edges of a cell: spaces, non-breaking, zero-width and byte-order marks.
EDGE_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200e\u200f\u2060\ufeff"
)
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")


def clean_text(value: Any) -> str:
    """A cell as text with its edges trimmed (non-breaking and zero-width spaces too); "" for empty.

    Control characters go (see :func:`konferenz_cli.values.typed_text`); line breaks stay.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return typed_text(value).strip(EDGE_SPACES)
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return typed_text(str(value)).strip(EDGE_SPACES)


def clean_name(value: Any) -> str:
    """A name trimmed, runs of spaces made one; letters kept exactly as typed."""
    text = clean_text(value)
    return _SPACES.sub(" ", text) if _ODD_SPACE.search(text) else text


def normalise_email(value: Any) -> str:
    """An address trimmed (non-breaking spaces too) and lower-cased, nothing else."""
    return clean_text(value).lower()


def valid_email(address: str) -> bool:
    """Whether a normalised address is syntactically plausible."""
    return " " not in address and is_valid_email(address)


# --- yes / no -----------------------------------------------------------------

_TRUE = frozenset(
    {
        "ja",
        "j",
        "yes",
        "y",
        "x",
        "✓",
        "✔",
        "☑",
        "☒",
        "1",
        "true",
        "wahr",
        "checked",
        "on",
        "an",
        "ok",
        "gerne",
        "ja gerne",
        "ja bitte",
        "ja klar",
        "yes please",
        "selected",
        "ausgewahlt",
        "angekreuzt",
        "zugestimmt",
        "einverstanden",
        "agree",
        "i agree",
        "accepted",
        "akzeptiert",
        "interessiert",
        "interested",
    }
)
_FALSE = frozenset(
    {
        "nein",
        "n",
        "no",
        "0",
        "false",
        "falsch",
        "unchecked",
        "off",
        "aus",
        "nicht",
        "kein",
        "keine",
        "nein danke",
        "no thanks",
        "-",
        "–",
        "☐",
        "not selected",
        "nicht ausgewahlt",
        "abgelehnt",
        "declined",
    }
)
#: Answers that say nothing either way (LimeSurvey writes "N/A" for an unanswered yes/no question).
_NO_ANSWER = frozenset(
    {"n/a", "n a", "na", "k a", "ka", "keine angabe", "no answer", "not applicable", "nicht zutreffend", "entfallt"}
)
_BOOL_PUNCT = re.compile(r"[\s.!,;:()]+")
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_NEGATION = re.compile(r"\b(nicht|kein|keine|keinen|not|no|don t|nein)\b")
_AGREEMENT = re.compile(r"(einverstanden|zustimm|stimme .*zu|agree|consent|mochte|want|would like|interesse|gerne)")


def parse_bool(value: Any) -> bool | None:
    """Yes/no from ja/nein, yes/no, x, 1/0, true/false, wahr/falsch, ticked boxes; None if empty.

    Raises ``ValueError`` for text that says neither.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        raise ValueError(value)
    text = clean_text(value)
    if not text:
        return None
    folded = _BOOL_PUNCT.sub(" ", text.casefold().translate(_UMLAUTS)).strip()
    if folded in _TRUE:
        return True
    if folded in _NO_ANSWER:
        return None
    if folded in _FALSE or not folded:
        return False if folded else None
    first = folded.split(" ", 1)[0]
    if first in ("ja", "yes", "j", "y"):
        return True
    if first in ("nein", "no", "kein", "keine", "nicht"):
        return False
    if _AGREEMENT.search(folded):
        return not _NEGATION.search(folded)
    raise ValueError(text)


# --- ranks --------------------------------------------------------------------

_RANK = re.compile(r"^(?:rang|rank|platz|prio|priority|prioritat|nr)?\s*(\d{1,2})\s*(?:\.|st|nd|rd|th)?\b")
_RANK_WORDS = {
    "erst": 1,
    "first": 1,
    "zweit": 2,
    "second": 2,
    "dritt": 3,
    "third": 3,
    "viert": 4,
    "fourth": 4,
    "funft": 5,
    "fifth": 5,
}


def parse_rank(value: Any) -> int | None:
    """A rank from a ranking-grid cell: 1, "1.", "1. Wahl", "Erste Wahl", "Rang 2"; None if empty or not a rank."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() and 0 < value < 100 else None
    folded = clean_text(value).casefold().translate(_UMLAUTS)
    found = _RANK.match(folded)
    if found:
        rank = int(found.group(1))
        return rank if rank > 0 else None
    for word, rank in _RANK_WORDS.items():
        if folded.startswith(word):
            return rank
    return None


# --- names --------------------------------------------------------------------

_PARTICLES = frozenset(
    {
        "von",
        "van",
        "vom",
        "zu",
        "zum",
        "zur",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "ter",
        "ten",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "abu",
    }
)
_TITLE = re.compile(
    r"^(dr|prof|dipl|mag|ing|med|phil|rer|nat|habil|pd|jur|päd|paed|soz|oec|h\.?\s*c|m\.?\s*a|b\.?\s*a)\b[\w.\-]*\.?$",
    re.IGNORECASE,
)
_SALUTATIONS = frozenset({"frau", "herr", "hr.", "fr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "divers"})


def _is_title(token: str) -> bool:
    return ("." in token or token.casefold() in ("dr", "prof")) and bool(_TITLE.match(token))


def split_name(text: str) -> tuple[str | None, str | None, str | None]:
    """(title, first name, last name) from one "Name" cell.

    "Dr. Amina Haddad" -> ("Dr.", "Amina", "Haddad"); "Ursula von der Leyen" keeps
    "von der Leyen" together; "Müller, Jörg" is read as last name first; a single
    word is taken as the last name.
    """
    name = clean_name(text)
    if not name:
        return None, None, None
    if "," in name:
        return split_last_first(name)
    tokens = name.split(" ")
    titles: list[str] = []
    while tokens and (tokens[0].casefold() in _SALUTATIONS or _is_title(tokens[0])) and len(tokens) > 1:
        token = tokens.pop(0)
        if token.casefold() not in _SALUTATIONS:
            titles.append(token)
    title = " ".join(titles) or None
    if len(tokens) == 1:
        return title, None, tokens[0]
    split_at = len(tokens) - 1
    for index in range(1, len(tokens) - 1):
        if tokens[index].casefold() in _PARTICLES:
            split_at = index
            break
    return title, " ".join(tokens[:split_at]), " ".join(tokens[split_at:])


def split_last_first(text: str) -> tuple[str | None, str | None, str | None]:
    """(title, first name, last name) from "Name, Vorname" ("Müller, Jörg"; "Haddad, Dr. Amina")."""
    name = clean_name(text)
    if not name:
        return None, None, None
    if "," in name:
        last, _, first = name.partition(",")
        last, first = last.strip(), first.strip()
    else:
        last, _, first = name.partition(" ")
    first_tokens = first.split(" ") if first else []
    titles = []
    while first_tokens and (_is_title(first_tokens[0]) or first_tokens[0].casefold() in _SALUTATIONS):
        token = first_tokens.pop(0)
        if token.casefold() not in _SALUTATIONS:
            titles.append(token)
    return " ".join(titles) or None, " ".join(first_tokens) or None, last or None


# --- dates and times ------------------------------------------------------------

_ZONES = {
    "mez": 1,
    "mesz": 2,
    "oez": 2,
    "oesz": 3,
    "wez": 0,
    "wesz": 1,
    "cet": 1,
    "cest": 2,
    "eet": 2,
    "eest": 3,
    "wet": 0,
    "west": 1,
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "bst": 1,
}
_ZONE_PART = r"(?:\s*(?P<zone>[a-z]{1,4}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?"
_TIME_PART = (
    r"(?:[ ,T]+(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm>am|pm|vorm|nachm)?\.?)?"
)
_GERMAN = re.compile(
    r"^(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>\d{4}|\d{2})" + _TIME_PART + r"\s*(?:uhr)?" + _ZONE_PART + "$"
)
_YMD = re.compile(r"^(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})" + _TIME_PART + _ZONE_PART + "$")
_MDY = re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})" + _TIME_PART + _ZONE_PART + "$")
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


_SLASH_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/\d{2,4}\b")


def slash_dates_day_first(values: Iterable[Any]) -> bool:
    """Whether the "a/b/yyyy" dates of a column put the day first: some first number is above 12
    (12/10/2023 alone could be either; 13/10/2023 cannot be a month)."""
    firsts, seconds = set(), set()
    for value in values:
        found = _SLASH_DATE.match(value) if isinstance(value, str) else None
        if found:
            firsts.add(int(found.group(1)))
            seconds.add(int(found.group(2)))
    return bool(firsts) and max(firsts) > 12 and max(seconds) <= 12


def excel_serial_to_datetime(serial: float) -> dt.datetime:
    """The wall-clock time an Excel serial number stands for (1900 date system)."""
    return _EXCEL_EPOCH + dt.timedelta(days=serial)


def parse_timestamp(value: Any, zone: ZoneInfo, *, day_first: bool = False) -> dt.datetime | None:
    """An instant from a spreadsheet date, an Excel serial, ISO 8601 or German ``dd.mm.yyyy [hh:mm[:ss]]``.

    Also reads Google Forms' "2023/10/12 2:15:33 PM OEZ" and US "10/12/2023 14:15:33".
    ``day_first`` reads "12/10/2023" as 12 October (a British sheet; see :func:`slash_dates_day_first`).
    Times without a zone are wall-clock times in ``zone``. Returns an aware
    datetime in ``zone``; None for an empty cell; raises ``ValueError`` otherwise.
    """
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)):
        if not 20_000 <= value <= 80_000:
            raise ValueError(value)
        moment = excel_serial_to_datetime(float(value))
    else:
        parsed = _parse_text_timestamp(clean_text(value), day_first)
        if parsed is None:
            return None
        moment = parsed
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone, microsecond=0)
    return moment.astimezone(zone).replace(microsecond=0)


def _parse_text_timestamp(text: str, day_first: bool = False) -> dt.datetime | None:
    if not text:
        return None
    if len(text) == 19 and text[2] == "." and text[5] == "." and text[13] == ":" and text[16] == ":":
        # The common "04.11.2023 14:15:33" without the regular expression.
        try:
            return dt.datetime(
                int(text[6:10]), int(text[3:5]), int(text[0:2]), int(text[11:13]), int(text[14:16]), int(text[17:19])
            )
        except ValueError:
            pass
    folded = text.casefold()
    for pattern in (_GERMAN, _YMD, _MDY):
        found = pattern.match(folded)
        if found:
            return _from_parts(found, text, day_first)
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    number = text.replace(",", ".")
    try:
        serial = float(number)
    except ValueError:
        raise ValueError(text) from None
    if 20_000 <= serial <= 80_000:
        return excel_serial_to_datetime(serial)
    raise ValueError(text)


def _from_parts(found: re.Match[str], text: str, day_first: bool = False) -> dt.datetime:
    year = int(found["y"])
    if year < 100:
        year += 2000
    day, month = int(found["d"]), int(found["m"])
    if found.re is _MDY and (day_first or month > 12 >= day):
        day, month = month, day
    hour = int(found["h"] or 0)
    ampm = found["ampm"]
    if ampm in ("pm", "nachm") and hour < 12:
        hour += 12
    elif ampm in ("am", "vorm") and hour == 12:
        hour = 0
    moment = dt.datetime(year, month, day, hour, int(found["mi"] or 0), int(found["s"] or 0))
    zone = found["zone"]
    if zone:
        moment = moment.replace(tzinfo=_zone_offset(zone, text))
    return moment


def _zone_offset(zone: str, text: str) -> dt.timezone:
    compact = zone.replace(" ", "")
    offset = re.fullmatch(r"([a-z]*)([+-])(\d{1,2}):?(\d{2})?", compact)
    if offset:
        name, sign, hours, minutes = offset.groups()
        if name and name not in ("utc", "gmt"):
            raise ValueError(text)
        delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        return dt.timezone(-delta if sign == "-" else delta)
    if compact in _ZONES:
        return dt.timezone(dt.timedelta(hours=_ZONES[compact]))
    raise ValueError(text)
