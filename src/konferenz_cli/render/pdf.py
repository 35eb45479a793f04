"""PDF documents with fpdf2 (pure Python): A4 pages with the bundled DejaVu Sans fonts.

DejaVu Sans covers Latin with umlauts and ß, Cyrillic, Greek, Arabic and
Hebrew; with ``uharfbuzz`` installed, Arabic and Persian names are shaped and
set right-to-left correctly. Every PDF konferenz writes starts from
:func:`new_document`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["FONT_FAMILY", "fonts_dir", "new_document"]

FONT_FAMILY = "DejaVu"


def fonts_dir() -> Path:
    """The folder of the bundled fonts."""
    return Path(__file__).resolve().parent.parent / "fonts"


def new_document(*, orientation: str = "portrait", title: str | None = None, language: str = "de") -> Any:
    """An empty A4 document with DejaVu Sans (regular, bold, italic) as its font."""
    from fpdf import FPDF
    from fpdf.errors import FPDFException

    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
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
