"""What every file we write must satisfy, whatever text went into it, checked with independent parsers.

Each check raises ``AssertionError`` with the offending piece. The checks know
nothing about konferenz's code: they read the bytes as Excel, a browser, a
calendar or a mail program would.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from tests.icscheck import check_ics

__all__ = [
    "FORMULA_STARTS",
    "check_csv",
    "check_docx",
    "check_eml",
    "check_html",
    "check_ics_file",
    "check_inside",
    "check_markdown",
    "check_terminal",
    "check_xlsx",
    "comparable",
    "parse_html",
    "visible_text",
]

#: What a spreadsheet treats as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SPREADSHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")
#: Tags and attributes that only ever come from an attacker: templates use none of them.
_DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "img", "form", "input", "base", "frame"}
_ICS_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# --- spreadsheets -----------------------------------------------------------


def _formula_like(text: str) -> bool:
    """Whether a cell would be evaluated, also by a German Excel that splits CSV lines at ";"."""
    if text.startswith(FORMULA_STARTS):
        return True
    return any(piece.lstrip(" ").startswith(FORMULA_STARTS) for piece in text.split(";")[1:])


def check_csv(text: str) -> list[list[str]]:
    """No cell of the CSV text starts a formula; returns the rows."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    for row in rows:
        for cell in row:
            assert not _formula_like(cell), f"formula in CSV cell {cell[:60]!r}"
    return rows


def check_xlsx(path: Path) -> None:
    """No formula in the workbook, valid XML, sheet names Excel accepts, cells within Excel's limits.

    Read as raw XML (no library between us and what Excel sees), then opened
    with openpyxl and python-calamine.
    """
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            root = ElementTree.fromstring(archive.read(name))  # raises on characters XML cannot hold
            if name.startswith("xl/worksheets/"):
                assert root.find(f".//{_SPREADSHEET_NS}f") is None, f"formula element in {name}"
                for cell in root.iter(f"{_SPREADSHEET_NS}c"):
                    assert cell.get("t") not in ("str", "e"), f"formula result cell {cell.get('r')} in {name}"
                    for text in cell.iter(f"{_SPREADSHEET_NS}t"):
                        assert len(text.text or "") <= 32_767, f"cell {cell.get('r')} longer than Excel allows"
            if name == "xl/sharedStrings.xml":
                for text in root.iter(f"{_SPREADSHEET_NS}t"):
                    assert len(text.text or "") <= 32_767, "shared string longer than Excel allows"
            if name == "xl/workbook.xml":
                names = [sheet.get("name") or "" for sheet in root.iter(f"{_SPREADSHEET_NS}sheet")]
                for sheet_name in names:
                    assert 0 < len(sheet_name.encode("utf-16-le")) <= 62, f"sheet name length {sheet_name!r}"
                    assert not _SHEET_NAME_FORBIDDEN.search(sheet_name), f"sheet name {sheet_name!r}"
                    assert not sheet_name.startswith("'"), sheet_name
                    assert not sheet_name.endswith("'"), sheet_name
                    assert sheet_name.casefold() != "history", "Excel reserves the sheet name History"
                assert len({n.casefold() for n in names}) == len(names), f"sheet names repeat: {names}"
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"openpyxl reads a formula in {sheet.title}!{cell.coordinate}"
    calamine = CalamineWorkbook.from_path(str(path))
    for name in calamine.sheet_names:
        calamine.get_sheet_by_name(name).to_python()


# --- HTML and Markdown ------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self._raw_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag in ("style", "title"):
            self._raw_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title") and self._raw_depth:
            self._raw_depth -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(html: str) -> _Collector:
    """The tags (with attributes) and the text of an HTML document, as a browser's tokenizer sees them."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def comparable(text: str) -> str:
    """Text reduced for "does it appear" checks: NFC, no whitespace, no control or format characters."""
    return "".join(
        ch
        for ch in unicodedata.normalize("NFC", text)
        if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")
    )


def check_html(html: str, shown: Iterable[str] = ()) -> _Collector:
    """No markup that came from data; every value of ``shown`` appears as text.

    Templates never use scripts, images, frames, event handlers or
    ``javascript:`` links, so any of them is an injection. A value that made it
    into the markup (a tag, an attribute) would be missing from the text.
    """
    parsed = parse_html(html)
    for tag, attrs in parsed.tags:
        assert tag not in _DANGEROUS_TAGS, f"<{tag}> in the HTML"
        for name, value in attrs:
            assert not name.startswith("on"), f"event handler {name}= on <{tag}>"
            if value is not None:
                lowered = comparable(value).lower()
                assert not lowered.startswith(("javascript:", "vbscript:", "data:text")), f"{name}={value[:60]!r}"
    if shown:
        text = comparable("".join(parsed.text))
        for value in shown:
            expected = comparable(value)
            assert expected in text, f"{value[:80]!r} is not shown as text"
    return parsed


_MARKDOWN_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "blockquote",
    "br",
    "code",
    "pre",
}


def check_markdown(text: str) -> None:
    """Rendered as a website would (CommonMark with raw HTML allowed), the Markdown makes no HTML, link or image."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    parsed = check_html(html)
    for tag, _attrs in parsed.tags:
        assert tag in _MARKDOWN_TAGS, f"<{tag}> from the Markdown"


# --- calendars and mail -----------------------------------------------------


def check_ics_file(data: bytes) -> None:
    """The shared .ics checks plus: no control character inside any unfolded value."""
    check_ics(data)
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    for line in unfolded.split("\r\n"):
        assert not _ICS_CONTROL.search(line), f"control character in {line[:80]!r}"


def check_eml(data: bytes) -> EmailMessage:
    """CRLF only, lines within 998 octets, headers without raw line breaks, strict parsing, valid parts."""
    assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), "bare CR"
    data.decode("ascii")
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, f"line of {len(line)} octets"
    message = BytesParser(policy=policy.strict).parsebytes(data)
    assert not message.defects, message.defects
    for name, value in message.items():
        assert "\r" not in str(value), f"line break in {name}"
        assert "\n" not in str(value), f"line break in {name}"
        assert not _TERMINAL_CONTROL.search(str(value)), f"control character in {name}: {str(value)[:80]!r}"
    for part in message.walk():
        assert not part.defects, part.defects
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        if content_type == "text/calendar":
            check_ics_file(part.get_payload(decode=True))
        elif content_type == "text/html":
            check_html(part.get_content())
        elif content_type == "text/plain":
            body = part.get_content()
            assert not _TERMINAL_CONTROL.search(body.replace("\r\n", "\n")), "control character in the text part"
    return message  # type: ignore[return-value]


# --- documents, folders, the terminal --------------------------------------


def check_docx(path: Path) -> Any:
    """The Word file is valid XML, opens with python-docx, and its only field is the table of contents.

    Fields are Word's formulas (``DDEAUTO`` runs programs, ``INCLUDEPICTURE``
    fetches from the network); text from data must never become one.
    """
    from docx import Document

    word = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            root = ElementTree.fromstring(archive.read(name))
            assert root.find(f".//{word}fldSimple") is None, f"simple field in {name}"
            for instruction in root.iter(f"{word}instrText"):
                assert (instruction.text or "").strip().startswith("TOC"), f"field {instruction.text!r} in {name}"
    return Document(str(path))


def check_inside(folder: Path, paths: Iterable[Path]) -> None:
    """Every path is inside ``folder`` once resolved (no ``..``, no absolute names, no links out)."""
    root = folder.resolve()
    for path in paths:
        resolved = path.resolve()
        assert resolved.is_relative_to(root), f"{path} is outside {folder}"


def check_terminal(text: str) -> None:
    """What we print contains no control characters a terminal would act on (escape sequences, bells)."""
    match = _TERMINAL_CONTROL.search(text)
    assert match is None, (
        f"control character {match.group()!r} in the output: {text[max(0, match.start() - 40) : match.end() + 20]!r}"
    )


def visible_text(path: Path) -> str:
    """What a reader of an HTML, Markdown, Word or Excel file sees as text, reduced by :func:`comparable`."""
    if path.suffix == ".html":
        return comparable("".join(parse_html(path.read_text(encoding="utf-8")).text))
    if path.suffix == ".md":
        from markdown_it import MarkdownIt

        html = MarkdownIt("commonmark").enable("table").render(path.read_text(encoding="utf-8"))
        return comparable("".join(parse_html(html).text))
    texts: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                root = ElementTree.fromstring(archive.read(name))
                texts += [element.text or "" for element in root.iter() if element.tag.endswith("}t")]
    return comparable("".join(texts))
