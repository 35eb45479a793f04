"""Hostile text for the property tests: what registration forms, Excel lists and typing people produce.

:data:`SAMPLES` are hand-picked values that have broken tools like this one
(formulas, markup, paths, control characters, bidi overrides, very long and
astral text); the strategies mix them with random Unicode so that Hypothesis
also finds what nobody thought of. Lone surrogates cannot come out of a file
(no encoding we read can hold them), so :func:`file_text` leaves them out;
:data:`SURROGATES` are for the command line, where Python lets them through.
"""

from __future__ import annotations

import os

from hypothesis import strategies as st

__all__ = [
    "CONTROL",
    "FORMULAS",
    "HTML",
    "LONG",
    "PATHS",
    "SAMPLES",
    "SURROGATES",
    "UNICODE",
    "emails",
    "file_text",
    "line_text",
    "scaled",
]

CONTROL = [
    "\x00",
    "Null\x00Byte",
    "Zeile 1\r\nZeile 2",
    "\rWagenrücklauf",
    "Ende\r",
    "Tab\tim\tText",
    "\x0bVertikaltab",
    "\x0cSeitenvorschub",
    "\x1b[31mrot\x1b[0m",
    "\x1b]0;Fenstertitel\x07",
    "\x1b]52;c;Y2FsYw==\x07",
    "\x07\x08\x7f",
    "C1\x85NEL\x9b31m",
    "Zeilentrenner\u2028Absatz\u2029Ende",
    "\n\n\n",
]
FORMULAS = [
    "=cmd|' /C calc'!A0",
    "=1+1",
    "+1",
    "-1",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://example.org","Klick")',
    "Caritas;=1+1",
    "a;@SUM(1)",
    "＝1+1",
    "-",
    "+49 5651 000000",
    'DDE("cmd";"/C calc";"!A0")',
]
HTML = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</td></tr></table><h1>Kopf</h1>",
    "&lt;b&gt;fett&lt;/b&gt; &amp; &#60;i&#62;",
    "<!-- Kommentar",
    "]]><![CDATA[",
    "{{ 7*7 }} {% if true %}x{% endif %}",
    "[Klick](javascript:alert(1))",
    "![Bild](http://example.org/x.png)",
    "\\[Link](http://example.org)",
    "<http://example.org>",
    "`Code` | Pipe | *fett* _kursiv_ # Überschrift",
    "- Aufzählung\n1. Liste\n> Zitat",
    'Name "mit" Anführungszeichen',
    "O'Brien",
]
PATHS = [
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "C:\\Windows",
    "/",
    ".",
    "..",
    "con",
    "NUL",
    "Con.txt",
    "LPT1",
    "aux.ics",
    "a/b/c",
    "~",
    "Müller",
    "müller",
    "MÜLLER",
    "Mu\u0308ller",
    "History",
    "Sheet1",
    "name.",
    " leading and trailing ",
]
UNICODE = [
    "حداد",
    "أمينة حداد",
    "עברית",
    "\u202etxt.exe",
    "\u200fسلام\u200e",
    "\u202dLRO\u202c \u202bRLE\u202c",
    "\u2066isolate\u2069",
    "فاطمه\u200cرحیمی",
    "Zoe\u0308",
    "e\u0301\u0301\u0301\u0301",
    "Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032d\u0308\u0307l\u036e\u0312\u036bg\u030c",
    "👩\u200d👩\u200d👧\u200d👦",
    "🏳\ufe0f\u200d🌈",
    "𝕳𝖊𝖑𝖑𝖔",
    "𠜎𠜱",
    "\U0001f600",
    "\ufeffBOM",
    "\u200b",
    "\u00a0",
    "ß ẞ ı İ ﬀ",
    "Ελληνικά Кирилица",
    "日本語のテキスト",
    "",
    " ",
    "null",
    "None",
    "0044",
    "1e10",
    "%s%n%x",
    "\\",
]
LONG = [
    "A" * 10_000,
    "ä" * 10_000,
    ("حداد " * 2_000)[:10_000],
    ("Wort " * 2_000)[:10_000],
    "=" + "1+" * 4_999,
    "😀" * 2_500,
]
SAMPLES = CONTROL + FORMULAS + HTML + PATHS + UNICODE
#: Lone surrogates: Python lets them into ``sys.argv`` (undecodable bytes) and file names.
SURROGATES = ["\udcff", "Name\udcc3", "\ud800", "\udfff", "a\ud83dz"]

# Every category except surrogates; control characters are in "Cc".
_ANY_CHARACTER = st.characters(exclude_categories=["Cs"])
_SHORT = st.text(_ANY_CHARACTER, max_size=24)


def scaled(examples: int) -> int:
    """``examples`` for the default run, ten times as many under ``KONFERENZ_HYPOTHESIS_PROFILE=thorough``."""
    return examples * 10 if os.environ.get("KONFERENZ_HYPOTHESIS_PROFILE") == "thorough" else examples


def file_text(long: bool = True) -> st.SearchStrategy[str]:
    """Any text a registration file or an event file can hold: samples, random text, and mixes of both."""
    pieces = st.one_of(st.sampled_from(SAMPLES), _SHORT)
    choices = [
        st.sampled_from(SAMPLES),
        _SHORT,
        st.lists(pieces, min_size=2, max_size=4).map("".join),
    ]
    if long:
        choices.append(st.sampled_from(LONG))
    return st.one_of(*choices)


def line_text() -> st.SearchStrategy[str]:
    """Like :func:`file_text`, short (for values that are printed in small boxes)."""
    return file_text(long=False)


def emails() -> st.SearchStrategy[str]:
    """E-mail addresses as forms deliver them: tags, dots, case, international domains, spaces."""
    local = st.sampled_from(["amina", "a.b", "x+tag", "O'Brien", "Jörg", "ü", "a" * 64, "test_1", "=cmd", "-x"])
    domain = st.sampled_from(["example.org", "EXAMPLE.org", "bücher.example", "xn--bcher-kva.example", "a.b.c.de"])
    space = st.sampled_from(["", " ", "\u00a0", "\t"])
    return st.builds(lambda s1, lo, d, s2: f"{s1}{lo}@{d}{s2}", space, local, domain, space)
