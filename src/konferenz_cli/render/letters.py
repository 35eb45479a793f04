"""Printed letters (Serienbrief) for people without e-mail: one A4 page each, in one PDF.

A long text is set smaller (down to 8 pt) so that each letter stays on its page.

Layout after DIN 5008: the sender's return line and the address block in the
window of a DL envelope, the date on the right, the subject in bold, then the
text of the letter as rendered from the template's text part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["PostalLetter", "render_letters"]


@dataclass(frozen=True)
class PostalLetter:
    """One letter: who sends it, to whom, when, about what, and its text."""

    sender_line: str
    address_lines: Sequence[str]
    date_line: str
    subject: str
    body: str


def render_letters(letters: Sequence[PostalLetter], *, title: str, language: str) -> bytes:
    """A PDF with one letter per page."""
    from konferenz_cli.render.pdf import FONT_FAMILY, new_document

    pdf = new_document(title=title, language=language)
    pdf.set_margins(25, 20, 20)
    for letter in letters:
        pdf.add_page()
        pdf.set_font(FONT_FAMILY, size=7)
        pdf.set_xy(25, 45)
        pdf.cell(85, 4, letter.sender_line[:95], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT_FAMILY, size=11)
        pdf.set_xy(25, 52)
        for line in letter.address_lines:
            pdf.cell(85, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(25, 97)
        pdf.cell(0, 5, letter.date_line, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(25, 108)
        pdf.set_font(FONT_FAMILY, "B", size=11)
        pdf.multi_cell(0, 5.5, letter.subject, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        size = _fitting_size(pdf, letter.body.strip(), FONT_FAMILY)
        pdf.set_font(FONT_FAMILY, size=size)
        pdf.multi_cell(0, size * 0.47, letter.body.strip(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _fitting_size(pdf: Any, body: str, family: str) -> float:
    """The largest font size from 11 pt down to 8 pt at which the body fits on the rest of the page."""
    room = pdf.h - pdf.b_margin - pdf.get_y()
    size = 11.0
    while size > 8.0:
        pdf.set_font(family, size=size)
        lines = pdf.multi_cell(0, size * 0.47, body, dry_run=True, output="LINES")
        if len(lines) * size * 0.47 <= room:
            break
        size -= 0.5
    return size
