"""The assignment messages: both languages, the same placeholders, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from konferenz_cli.i18n.messages import all_messages
from konferenz_cli.i18n.messages.assign import MESSAGES

SOURCES = [
    Path(__file__).resolve().parents[2] / "src" / "konferenz_cli" / part
    for part in ("assign", "services/assignment.py", "cli/commands/assign.py")
]
KEY = re.compile(r"""["']((?:assign|demo)\.[a-z_.+-]+)["']""")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    texts = MESSAGES[key]

    assert set(texts) == {"de", "en"}
    assert _placeholders(texts["de"]) == _placeholders(texts["en"])


def test_every_key_used_in_the_code_exists() -> None:
    files = [p for source in SOURCES for p in ([source] if source.is_file() else sorted(source.rglob("*.py")))]
    used = {key for path in files for key in KEY.findall(path.read_text(encoding="utf-8"))}
    known = all_messages()
    dynamic_prefixes = ("assign.choice.", "assign.objective.", "assign.method.", "assign.reason.", "assign.soft.")

    missing = sorted(key for key in used if key not in known and not key.endswith(dynamic_prefixes))

    assert missing == []
    for prefix, names in {
        "assign.method.": ("two-stage", "two-stage+rounds", "milp", "milp-keep", "greedy", "empty"),
        "assign.reason.": ("capacity", "closed", "locked", "repeat", "room"),
        "assign.objective.": ("fair", "total", "squared"),
        "assign.choice.": ("1", "2", "3", "lower", "unranked", "no_wishes"),
    }.items():
        assert all(prefix + name in known for name in names)
