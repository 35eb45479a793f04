"""PDF documents with fpdf2 (pure Python): A4 pages with the bundled DejaVu Sans fonts.

DejaVu Sans covers Latin with umlauts and ß, Cyrillic, Greek, Arabic and
Hebrew; with ``uharfbuzz`` installed, Arabic and Persian names are shaped and
set right-to-left correctly. Every PDF konferenz writes starts from
:func:`new_document`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

__all__ = ["FONT_FAMILY", "fonts_dir", "new_document"]

FONT_FAMILY = "DejaVu"


def fonts_dir() -> Path:
    """The folder of the bundled fonts."""
    return Path(__file__).resolve().parent.parent / "fonts"


@functools.cache
def _document_class() -> Any:
    from fpdf import FPDF

    class Document(FPDF):
        """fpdf2's document, setting text it cannot reorder for right-to-left scripts as it stands."""

        def _preload_bidirectional_text(self, text: str, markdown: bool) -> Any:
            try:
                return super()._preload_bidirectional_text(text, markdown)
            except RecursionError:
                # fpdf2's bidi algorithm recurses once per character in a run of neutral
                # characters (spaces, dots, emoji): a thousand of them exhaust Python's stack.
                shaping, self.text_shaping = self.text_shaping, None
                try:
                    return super()._preload_bidirectional_text(text, markdown)
                finally:
                    self.text_shaping = shaping

    return Document


def new_document(*, orientation: str = "portrait", title: str | None = None, language: str = "de") -> Any:
    """An empty A4 document with DejaVu Sans (regular, bold, italic) as its font."""
    from fpdf.errors import FPDFException

    pdf = _document_class()(orientation=orientation, unit="mm", format="A4")
    folder = fonts_dir()
    pdf.add_font(FONT_FAMILY, "", str(folder / "DejaVuSans.ttf"))
    pdf.add_font(FONT_FAMILY, "B", str(folder / "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT_FAMILY, "I", str(folder / "DejaVuSans-Oblique.ttf"))
    pdf.set_font(FONT_FAMILY, size=11)
    try:
        pdf.set_text_shaping(True)
    except FPDFException:  # shaping needs uharfbuzz; plain text still renders without it
        pass
    pdf.set_creator("konferenz")
    pdf.set_lang(language)
    if title:
        pdf.set_title(title)
    pdf.set_auto_page_break(auto=True, margin=15)
    return pdf
