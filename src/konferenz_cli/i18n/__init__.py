"""Messages in German and English, and locale-aware formatting.

Every text a user sees is looked up by key with :func:`t`. The catalogue is
plain data, split by area into modules under ``konferenz_cli.i18n.messages``;
each entry has a German and an English text with the same ``{placeholders}``.
A test checks that no key lacks a language and that every key used in the
source exists.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from typing import Any

__all__ = [
    "LANGUAGES",
    "current_language",
    "detect_language",
    "format_date",
    "format_datetime",
    "format_number",
    "format_percent",
    "format_time",
    "set_language",
    "t",
    "translate",
]

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"

_current = DEFAULT_LANGUAGE
_catalogue: dict[str, Mapping[str, str]] | None = None


def _load_catalogue() -> dict[str, Mapping[str, str]]:
    global _catalogue
    if _catalogue is None:
        from konferenz_cli.i18n.messages import all_messages

        _catalogue = all_messages()
    return _catalogue


def set_language(language: str) -> None:
    """Make ``language`` ("de" or "en") the language of all further messages."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(language)
    _current = language


def current_language() -> str:
    """The language messages are currently given in."""
    return _current


def detect_language(argv: list[str], environ: Mapping[str, str] | None = None) -> str:
    """The language asked for by ``--lang`` in ``argv``, else ``$KONFERENZ_LANG``, else German.

    Help texts are built before Typer parses the command line, so the language
    has to be known from the raw arguments first. An unknown value falls back to
    the default here; the option itself then reports it as a usage error.
    """
    environ = os.environ if environ is None else environ
    chosen = environ.get("KONFERENZ_LANG", "").strip().lower()
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1].strip().lower()
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1].strip().lower()
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, /, **params: Any) -> str:
    """The message ``key`` in the current language, placeholders filled."""
    return translate(key, _current, **params)


def translate(key: str, language: str, /, **params: Any) -> str:
    """The message ``key`` in ``language``, placeholders filled.

    A message with a ``{count}`` may have a singular form under ``KEY.one``
    ("1 Person" rather than "1 Personen"); it is used when ``count`` is 1.
    """
    catalogue = _load_catalogue()
    if params.get("count") == 1 and f"{key}.one" in catalogue:
        key = f"{key}.one"
    entry = catalogue.get(key)
    if entry is None:
        raise KeyError(f"message {key!r} is not in the catalogue")
    text = entry[language]
    return text.format(**params) if params else text


def _babel_locale(language: str | None) -> str:
    return {"de": "de_DE", "en": "en_GB"}[language or _current]


def format_date(value: dt.date, style: str = "full", language: str | None = None) -> str:
    """A date as people write it: "Samstag, 4. November 2023" / "Saturday, 4 November 2023"."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, style, locale=_babel_locale(language))


def format_time(value: dt.time, language: str | None = None) -> str:
    """A wall-clock time in 24-hour form: "09:45"."""
    return value.strftime("%H:%M")


def format_datetime(value: dt.datetime, language: str | None = None) -> str:
    """Date and time in the short local form: "04.11.2023, 09:45" / "04/11/2023, 09:45"."""
    from babel.dates import format_datetime as babel_format_datetime

    # Babel's "short" German form has a two-digit year (04.11.23): documents and
    # funders want the year in full.
    pattern = "dd.MM.yyyy, HH:mm" if (language or _current) == "de" else "dd/MM/yyyy, HH:mm"
    return babel_format_datetime(value, pattern, locale=_babel_locale(language))


def format_number(value: float, language: str | None = None) -> str:
    """A number with the locale's separators: "1.234,5" in German."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_babel_locale(language))


def format_percent(value: float, language: str | None = None) -> str:
    """A share (0..1) as a percentage with one decimal: "87,5 %" in German."""
    from babel.numbers import format_percent as babel_format_percent

    pattern = "#,##0.0\u00a0%" if (language or _current) == "de" else "#,##0.0%"
    if 0.9995 <= value < 1:
        value = 0.999  # "100 %" only when it is all: one person short shows as 99.9 %
    return babel_format_percent(value, pattern, locale=_babel_locale(language))
