"""Every message exists in German and English, with the same placeholders, and every key used exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from konferenz_cli.i18n import detect_language, format_date, format_percent, t, translate
from konferenz_cli.i18n.messages import all_messages

SOURCE = Path(__file__).resolve().parent.parent / "src" / "konferenz_cli"
MESSAGES = all_messages()
# A dotted key in quotes, as used with t("..."), KonferenzError("...") and the help keys.
KEY_IN_SOURCE = re.compile(r"""["']((?:[a-z][a-z0-9_]*\.)+[a-z0-9_]+)["']""")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    texts = MESSAGES[key]

    assert set(texts) == {"de", "en"}
    assert texts["de"].strip()
    assert texts["en"].strip()
    assert _placeholders(texts["de"]) == _placeholders(texts["en"])


def _keys_used_in_source() -> set[str]:
    used: set[str] = set()
    prefixes = {key.split(".")[0] for key in MESSAGES}
    for path in SOURCE.rglob("*.py"):
        if "i18n/messages" in path.as_posix():
            continue
        for key in KEY_IN_SOURCE.findall(path.read_text(encoding="utf-8")):
            if key.split(".")[0] in prefixes and not key.endswith((".py", ".toml", ".html", ".db")):
                used.add(key)
    return used


def test_every_message_key_used_in_the_source_exists() -> None:
    missing = sorted(key for key in _keys_used_in_source() if key not in MESSAGES)

    assert missing == []


def test_unknown_key_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        t("no.such.message")


def test_translate_fills_placeholders_in_each_language() -> None:
    assert translate("event.updated", "de", slug="x") == "Geändert: x"
    assert translate("event.updated", "en", slug="x") == "Updated: x"


@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        ([], {}, "de"),
        (["--lang", "en", "events"], {}, "en"),
        (["events", "--lang=en"], {}, "en"),
        ([], {"KONFERENZ_LANG": "en"}, "en"),
        (["--lang", "de"], {"KONFERENZ_LANG": "en"}, "de"),
        (["--lang", "fr"], {}, "de"),
        (["--", "--lang", "en"], {}, "de"),
    ],
)
def test_language_is_detected_from_arguments_then_environment(argv, env, expected) -> None:
    assert detect_language(argv, env) == expected


def test_dates_and_numbers_follow_the_locale() -> None:
    import datetime as dt

    assert format_date(dt.date(2023, 11, 4), language="de") == "Samstag, 4. November 2023"
    assert format_date(dt.date(2023, 11, 4), language="en") == "Saturday, 4 November 2023"
    assert format_percent(0.875, language="de") == "87,5\xa0%"


def test_date_and_time_keep_the_full_year() -> None:
    import datetime as dt

    from konferenz_cli.i18n import format_datetime

    moment = dt.datetime(2023, 11, 4, 9, 52)
    assert format_datetime(moment, language="de") == "04.11.2023, 09:52"
    assert format_datetime(moment, language="en") == "04/11/2023, 09:52"


def test_a_count_of_one_takes_the_singular_form() -> None:
    one = translate("checkin.live_summary", "de", count=1, present=3, total=9)
    many = translate("checkin.live_summary", "de", count=2, present=3, total=9)

    assert one.startswith("1 Person in dieser Sitzung")
    assert many.startswith("2 Personen in dieser Sitzung")
    assert translate("ical.written", "en", count=1, path="a.ics") == "Calendar written: a.ics (1 entry)"


@pytest.mark.parametrize("key", sorted(key for key in MESSAGES if key.endswith(".one")))
def test_singular_forms_belong_to_a_message(key: str) -> None:
    base = key.removesuffix(".one")

    assert base in MESSAGES
    assert _placeholders(MESSAGES[key]["de"]) <= _placeholders(MESSAGES[base]["de"])
