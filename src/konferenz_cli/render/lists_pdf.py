"""The printed lists as PDF: sign-in sheets and their variants, workgroup lists, badges, certificates.

Pages are laid out by hand (not by fpdf2's automatic page breaks), so that the
header a funder asks for repeats on every sheet and every page knows its
number and the total. Texts too long for their box shrink, then end in "…".
Everything is drawn with the bundled DejaVu fonts from :func:`new_document`.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from konferenz_cli.i18n import format_date, format_time, t
from konferenz_cli.render.pdf import FONT_FAMILY, new_document
from konferenz_cli.services.lists import Badge, Certificate, ListHeader, SigninSheet, WorkgroupList

__all__ = [
    "BADGE_LAYOUTS",
    "badges_pdf",
    "certificates_pdf",
    "signin_anonymous_pdf",
    "signin_pdf",
    "signin_under16_pdf",
    "workgroups_pdf",
]

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_Y = PAGE_H - 12.0
GREY = (110, 110, 110)
NO_PHOTOS = (170, 30, 30)
LIGHT = (200, 200, 200)
HEAD_FILL = (221, 228, 238)

#: Badge layouts on A4 portrait: columns, rows, and whether each badge folds over.
BADGE_LAYOUTS = {"a7": (2, 4, False), "a6": (2, 2, False), "fold": (2, 2, True)}


# --- small drawing helpers ----------------------------------------------------


def _font(pdf: Any, size: float, style: str = "") -> None:
    pdf.set_font(FONT_FAMILY, style=style, size=size)


_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufeff]")


def _shaping_for(pdf: Any, text: str) -> None:
    """Shape only text that needs it (Arabic, Persian, Hebrew, Indic scripts): shaping is slow.

    Latin, Greek and Cyrillic come out the same without it.
    """
    from fpdf.errors import FPDFException

    wanted = bool(_COMPLEX.search(text))
    if wanted != bool(pdf.text_shaping):
        try:
            pdf.set_text_shaping(wanted)
        except FPDFException:  # without uharfbuzz the text is still drawn, unshaped
            pdf.set_text_shaping(False)


def _fit(pdf: Any, text: str, width: float, size: float, style: str = "", min_size: float = 6.5) -> str:
    """Set the largest font size up to ``size`` at which ``text`` fits ``width``; cut it with "…" if none does.

    Text widths scale with the font size, so one measurement finds the size; results are
    remembered per document because headers repeat on every page (shaping is not cheap).
    """
    _shaping_for(pdf, text)
    cache: dict[tuple[Any, ...], tuple[str, float]] = pdf.__dict__.setdefault("_konferenz_fit", {})
    key = (text, round(width, 2), size, style, min_size)
    if key not in cache:
        _font(pdf, size, style)
        natural = pdf.get_string_width(text)
        current = size
        if natural > width:
            current = max(min_size, math.floor(size * width / natural * 2) / 2)
            _font(pdf, current, style)
        shown = text
        if pdf.get_string_width(text) > width:
            low, high = 0, len(text)
            while low < high:
                middle = (low + high + 1) // 2
                if pdf.get_string_width(text[:middle] + "…") <= width:
                    low = middle
                else:
                    high = middle - 1
            shown = text[:low] + "…"
        cache[key] = (shown, current)
    shown, current = cache[key]
    _font(pdf, current, style)
    return shown


def _lines(pdf: Any, text: str, width: float) -> list[str]:
    """``text`` broken into lines that fit ``width`` at the current font (remembered per document)."""
    cache: dict[tuple[Any, ...], list[str]] = pdf.__dict__.setdefault("_konferenz_lines", {})
    key = (text, round(width, 2), pdf.font_size_pt, pdf.font_style)
    if key not in cache:
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if current and pdf.get_string_width(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        cache[key] = lines + ([current] if current else [])
    return cache[key]


def _text(
    pdf: Any, x: float, y: float, w: float, h: float, text: str, size: float, style: str = "", align: str = "L"
) -> None:
    shown = _fit(pdf, text, w - 2, size, style)
    pdf.set_xy(x, y)
    pdf.cell(w, h, shown, align=align)


def _wrapped(pdf: Any, x: float, y: float, w: float, text: str, size: float, style: str = "") -> float:
    """``text`` in full (a funder wants the project name exactly), on up to three lines; returns the height."""
    _shaping_for(pdf, text)
    _font(pdf, size, style)
    if pdf.get_string_width(text) <= w - 2:
        pdf.set_xy(x, y)
        pdf.cell(w, 5.2, text)
        return 5.4
    _font(pdf, size - 1.5, style)
    lines = _lines(pdf, text, w - 2)
    for number, line in enumerate(lines[:3]):
        shown = _fit(pdf, line, w - 2, size - 1.5, style)
        pdf.set_xy(x, y + 0.6 + 4.0 * number)
        pdf.cell(w, 4.0, shown)
    return max(5.4, 4.0 * min(len(lines), 3) + 1.4)


def _day_line(header: ListHeader) -> str:
    times = t("lists.time_range", start=format_time(header.start), end=format_time(header.end))
    return f"{format_date(header.day, 'full')}, {times}"


def _logo_slot(pdf: Any, x: float, y: float, w: float, h: float, logo: Path | None) -> None:
    if logo is not None:
        pdf.image(str(logo), x=x, y=y, w=w, h=h, keep_aspect_ratio=True)
        return
    pdf.set_draw_color(*LIGHT)
    pdf.set_dash_pattern(dash=1, gap=1)
    pdf.rect(x, y, w, h)
    pdf.set_dash_pattern()
    pdf.set_text_color(*GREY)
    _text(pdf, x, y + h / 2 - 3, w, 6, t("lists.logo_slot"), 7.5, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)


def _header(pdf: Any, header: ListHeader, title: str, logo: Path | None, subtitle: str | None = None) -> float:
    """The funder's header block at the top of a sheet; returns the y below it."""
    logo_w, logo_h = 48.0, 24.0
    text_w = CONTENT_W - logo_w - 4
    _logo_slot(pdf, PAGE_W - MARGIN - logo_w, MARGIN, logo_w, logo_h, logo)
    y = MARGIN
    rows = [
        (t("lists.funding_programme"), header.funding_programme or "", ""),
        (t("lists.event"), header.event_title, "B"),
        (t("lists.date"), _day_line(header), ""),
        (t("lists.venue"), header.venue or "", ""),
        (t("lists.organiser"), ", ".join(header.organisers), ""),
    ]
    label_w = 32.0
    for label, value, style in rows:
        pdf.set_text_color(*GREY)
        _text(pdf, MARGIN, y, label_w, 5.2, label, 8)
        pdf.set_text_color(0, 0, 0)
        y += _wrapped(pdf, MARGIN + label_w, y, text_w - label_w, value, 9.5, style)
    y = max(y, MARGIN + logo_h) + 4
    _text(pdf, MARGIN, y, CONTENT_W, 8, title, 15, "B")
    y += 8.5
    if subtitle:
        _text(pdf, MARGIN, y, CONTENT_W, 5, subtitle, 9)
        y += 5.5
    return y + 1.5


def _footer(pdf: Any, page: int, total: int, note: str = "") -> None:
    pdf.set_text_color(*GREY)
    if note:
        _text(pdf, MARGIN, FOOTER_Y - 5, CONTENT_W, 4.5, note, 7)
    _text(pdf, MARGIN, FOOTER_Y, CONTENT_W, 5, t("lists.page_of", page=page, total=total), 8, align="R")
    pdf.set_text_color(0, 0, 0)


Column = tuple[str, float, str]  # heading, width in mm, alignment


def _table_page(
    pdf: Any, y: float, columns: Sequence[Column], rows: Sequence[Sequence[str]], row_h: float, size: float = 9.5
) -> float:
    """A table head plus ``rows``, starting at ``y``; returns the y below it."""
    pdf.set_fill_color(*HEAD_FILL)
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.2)
    x = MARGIN
    for heading, width, _ in columns:
        pdf.rect(x, y, width, 7, style="DF")
        _text(pdf, x + 1, y + 0.5, width - 1, 6, heading, 8.5, "B")
        x += width
    y += 7
    for row in rows:
        x = MARGIN
        for (_, width, align), value in zip(columns, row, strict=True):
            pdf.rect(x, y, width, row_h)
            if value:
                _text(pdf, x + 1, y + (row_h - 6) / 2, width - 1, 6, value, size, align=align)
            x += width
        y += row_h
    return y


def _paginate(
    pdf: Any,
    rows: Sequence[Sequence[str]],
    columns: Sequence[Column],
    draw_header: Callable[[int, int], float],
    row_h: float,
    note: str = "",
    spare_rows: int = 0,
) -> None:
    """Lay ``rows`` out over as many pages as needed, each with header, table head and footer.

    ``spare_rows`` empty rows are added only as far as the last page has room.
    """
    pdf.add_page()
    top = draw_header(1, 0)
    per_page = max(1, int((FOOTER_Y - 8 - top - 7) // row_h))
    room_left = (per_page - len(rows) % per_page) % per_page
    rows = list(rows) + [[""] * len(columns) for _ in range(min(spare_rows, room_left))]
    total = max(1, math.ceil(len(rows) / per_page))
    for page in range(1, total + 1):
        if page > 1:
            pdf.add_page()
            top = draw_header(page, total)
        chunk = rows[(page - 1) * per_page : page * per_page]
        _table_page(pdf, top, columns, chunk, row_h)
        _footer(pdf, page, total, note)


def _finish(pdf: Any) -> bytes:
    return bytes(pdf.output())


# --- sign-in sheets ------------------------------------------------------------


def signin_pdf(sheets: Sequence[SigninSheet], logo: Path | None = None) -> bytes:
    """The sign-in sheets (one section per event day): pre-printed names, blank rows for walk-ins."""
    pdf = new_document(title=t("lists.signin_title"))
    pdf.set_auto_page_break(False)
    columns: list[Column] = [
        (t("lists.col.number"), 10, "R"),
        (t("lists.col.last_name"), 38, "L"),
        (t("lists.col.first_name"), 32, "L"),
        (t("lists.col.organisation"), 50, "L"),
        (t("lists.col.signature"), CONTENT_W - 130, "L"),
    ]
    for sheet in sheets:
        printed = [[str(i), m.last_name, m.first_name, m.organisation, ""] for i, m in enumerate(sheet.people, 1)]
        blanks = sheet.withheld + sheet.blank_rows
        rows = printed + [[str(len(printed) + i), "", "", "", ""] for i in range(1, blanks + 1)]
        if not rows:
            rows = [["1", "", "", "", ""]]

        def header(page: int, total: int, sheet: SigninSheet = sheet) -> float:
            return _header(pdf, sheet.header, t("lists.signin_title"), logo, t("lists.signin_confirm"))

        _paginate(pdf, rows, columns, header, row_h=9.0, note=t("lists.signin_note"))
    return _finish(pdf)


def signin_anonymous_pdf(sheets: Sequence[SigninSheet], logo: Path | None = None) -> bytes:
    """The anonymised variant: one signature line per sheet, the whole header on every sheet."""
    pdf = new_document(title=t("lists.anonymous_title"))
    pdf.set_auto_page_break(False)
    for sheet in sheets:
        total = max(1, sheet.expected + sheet.blank_rows)
        for number in range(1, total + 1):
            pdf.add_page()
            y = _header(pdf, sheet.header, t("lists.anonymous_title"), logo, t("lists.anonymous_explained"))
            y += 10
            for label in (t("lists.anonymous_name"), t("lists.col.organisation"), t("lists.col.signature")):
                y += 22
                pdf.line(MARGIN, y, PAGE_W - MARGIN, y)
                pdf.set_text_color(*GREY)
                _text(pdf, MARGIN, y + 1, CONTENT_W, 5, label, 8.5)
                pdf.set_text_color(0, 0, 0)
            _footer(pdf, number, total, t("lists.signin_note"))
    return _finish(pdf)


def signin_under16_pdf(
    sheets: Sequence[SigninSheet],
    logo: Path | None = None,
    *,
    group: str | None = None,
    count: int | None = None,
    supervisor: str | None = None,
    role: str | None = None,
    rows: int = 6,
) -> bytes:
    """The variant for groups under 16: number of people, the supervisor's name, role and signature."""
    pdf = new_document(title=t("lists.under16_title"))
    pdf.set_auto_page_break(False)
    columns: list[Column] = [
        (t("lists.col.group"), 44, "L"),
        (t("lists.col.count"), 18, "R"),
        (t("lists.col.supervisor"), 44, "L"),
        (t("lists.col.role"), 30, "L"),
        (t("lists.col.signature"), CONTENT_W - 136, "L"),
    ]
    filled = [group or "", str(count) if count is not None else "", supervisor or "", role or "", ""]
    lines = ([filled] if any(filled) else []) + [["", "", "", "", ""] for _ in range(rows)]
    for sheet in sheets:
        pdf.add_page()
        y = _header(pdf, sheet.header, t("lists.under16_title"), logo)
        y = _under16_note(pdf, y)
        _table_page(pdf, y, columns, lines[: max(rows, 1)], row_h=14.0)
        _footer(pdf, 1, 1, t("lists.signin_note"))
    return _finish(pdf)


def _under16_note(pdf: Any, y: float) -> float:
    pdf.set_fill_color(255, 243, 205)
    pdf.rect(MARGIN, y, CONTENT_W, 14, style="F")
    pdf.set_xy(MARGIN + 2, y + 1.5)
    _font(pdf, 9.5, "B")
    _shaping_for(pdf, t("lists.under16_note"))
    pdf.multi_cell(CONTENT_W - 4, 5.2, t("lists.under16_note"), align="L")
    return y + 18


# --- workgroup lists -------------------------------------------------------------


def _session_title(group: WorkgroupList) -> str:
    if group.round is None:
        return group.topic
    return f"{t('word.round')} {group.round} · {group.topic}"


def _session_details(group: WorkgroupList) -> str:
    parts = []
    if group.room:
        parts.append(f"{t('lists.room')}: {group.room}")
    if group.start and group.end:
        parts.append(f"{format_time(group.start)}–{format_time(group.end)}")
    if group.facilitators:
        parts.append(f"{t('lists.facilitators')}: {', '.join(group.facilitators)}")
    seats = f" / {group.capacity}" if group.capacity else ""
    parts.append(t("lists.members_count", count=group.size) + seats)
    return " · ".join(parts)


def workgroups_pdf(groups: Sequence[WorkgroupList]) -> bytes:
    """One list per session (a new page for each): topic, room, time, facilitators, members."""
    pdf = new_document(title=t("lists.workgroups_title"))
    pdf.set_auto_page_break(False)
    columns: list[Column] = [
        (t("lists.col.number"), 10, "R"),
        (t("lists.col.name"), 62, "L"),
        (t("lists.col.organisation"), CONTENT_W - 10 - 62 - 22, "L"),
        (t("lists.col.present"), 22, "C"),
    ]
    if not groups:
        pdf.add_page()
        _text(pdf, MARGIN, MARGIN, CONTENT_W, 8, t("lists.no_sessions"), 12)
    for group in groups:
        rows = [[str(i), m.name, m.organisation, "☐"] for i, m in enumerate(group.members, 1)]
        rows += [[str(len(rows) + i), t("lists.withheld_member"), "", "☐"] for i in range(1, group.withheld + 1)]

        def header(page: int, total: int, group: WorkgroupList = group) -> float:
            pdf.set_text_color(*GREY)
            _text(
                pdf,
                MARGIN,
                MARGIN,
                CONTENT_W,
                5,
                f"{group.header.event_title} · {format_date(group.header.day, 'long')}",
                8.5,
            )
            pdf.set_text_color(0, 0, 0)
            _text(pdf, MARGIN, MARGIN + 6, CONTENT_W, 10, _session_title(group), 18, "B")
            _text(pdf, MARGIN, MARGIN + 17, CONTENT_W, 6, _session_details(group), 9.5)
            return MARGIN + 26

        _paginate(pdf, rows, columns, header, row_h=8.0, note=t("lists.internal_note"), spare_rows=3)
    return _finish(pdf)


# --- badges -------------------------------------------------------------------


def _qr_png(number: int) -> bytes:
    import segno

    buffer = io.BytesIO()
    segno.make(str(number), error="m").save(buffer, kind="png", scale=8, border=1)
    return buffer.getvalue()


def _badge_face(pdf: Any, badge: Badge, x: float, y: float, w: float, h: float, event_title: str, qr: bool) -> None:
    """One side of a badge in the box (x, y, w, h)."""
    pad = 5.0
    big = h > 100
    marker = _no_photos_marker(pdf, x + w - pad, y + pad, big) if badge.no_photos else 0.0
    pdf.set_text_color(*GREY)
    _text(pdf, x + pad, y + pad, w - 2 * pad - marker, 5, event_title, 8.5 if not big else 10)
    pdf.set_text_color(0, 0, 0)
    name_y = y + h * (0.28 if not big else 0.25)
    name = badge.name or ""
    if badge.first_name and badge.last_name and big:
        _text(pdf, x + pad, name_y, w - 2 * pad, 14, badge.first_name, 30, "B", align="C")
        _text(pdf, x + pad, name_y + 14, w - 2 * pad, 12, badge.last_name, 22, "B", align="C")
        below = name_y + 28
    else:
        _text(pdf, x + pad, name_y, w - 2 * pad, 12, name, 24 if not big else 30, "B", align="C")
        below = name_y + 13
    if badge.organisation:
        _text(pdf, x + pad, below, w - 2 * pad, 7, badge.organisation, 11 if not big else 14, align="C")
    if not badge.name:
        pdf.set_draw_color(*LIGHT)
        pdf.line(x + pad + 5, name_y + 11, x + w - pad - 5, name_y + 11)
        pdf.set_draw_color(0, 0, 0)
    qr_size = 0.0
    if qr and badge.number is not None:
        qr_size = 17.0 if not big else 24.0
        pdf.image(
            io.BytesIO(_qr_png(badge.number)),
            x=x + w - pad - qr_size,
            y=y + h - pad - qr_size - 3,
            w=qr_size,
            h=qr_size,
        )
    if badge.number is not None:
        pdf.set_text_color(*GREY)
        _text(pdf, x + w - pad - 20, y + h - pad - 3, 20, 4, f"#{badge.number}", 7, align="R")
        pdf.set_text_color(0, 0, 0)
    lines = [f"{t('word.round')} {r}: {topic}" + (f" – {room}" if room else "") for r, topic, room in badge.workgroups]
    line_y = y + h - pad - 4.2 * len(lines)
    for line in lines:
        _text(pdf, x + pad, line_y, w - 2 * pad - qr_size - 2, 4.2, line, 8 if not big else 9.5)
        line_y += 4.2


def _no_photos_marker(pdf: Any, right: float, top: float, big: bool) -> float:
    """A red label "keine Fotos" in the top right corner; returns the width it takes."""
    size = 7.0 if not big else 8.5
    label = t("lists.badge_no_photos")
    _font(pdf, size, "B")
    width = pdf.get_string_width(label) + 3
    pdf.set_fill_color(*NO_PHOTOS)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(right - width, top)
    pdf.cell(width, 4.6, label, align="C", fill=True)
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    return float(width) + 1.5


def badges_pdf(badges: Sequence[Badge], event_title: str, layout: str = "a7", qr: bool = True) -> bytes:
    """Name badges on A4: 8 × A7, 4 × A6, or 4 fold-over badges with the name on both sides."""
    columns, rows, fold = BADGE_LAYOUTS[layout]
    pdf = new_document(title=t("lists.badges_title"))
    pdf.set_auto_page_break(False)
    w, h = PAGE_W / columns, PAGE_H / rows
    per_page = columns * rows
    for index, badge in enumerate(badges or [Badge(name="", organisation="", number=None)]):
        if index % per_page == 0:
            pdf.add_page()
            _cut_marks(pdf, columns, rows)
        slot = index % per_page
        x, y = (slot % columns) * w, (slot // columns) * h
        if fold:
            half = h / 2
            _badge_face(pdf, badge, x, y + half, w, half, event_title, qr)
            with pdf.rotation(angle=180, x=x + w / 2, y=y + half / 2):
                _badge_face(pdf, badge, x, y, w, half, event_title, False)
            pdf.set_draw_color(*LIGHT)
            pdf.set_dash_pattern(dash=2, gap=2)
            pdf.line(x + 3, y + half, x + w - 3, y + half)
            pdf.set_dash_pattern()
            pdf.set_draw_color(0, 0, 0)
        else:
            _badge_face(pdf, badge, x, y, w, h, event_title, qr)
    return _finish(pdf)


def _cut_marks(pdf: Any, columns: int, rows: int) -> None:
    pdf.set_draw_color(*LIGHT)
    pdf.set_line_width(0.15)
    for c in range(1, columns):
        pdf.line(PAGE_W / columns * c, 0, PAGE_W / columns * c, PAGE_H)
    for r in range(1, rows):
        pdf.line(0, PAGE_H / rows * r, PAGE_W, PAGE_H / rows * r)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


# --- certificates ------------------------------------------------------------------


def certificates_pdf(
    certificates: Sequence[Certificate], header: ListHeader, place: str | None = None, signer: str | None = None
) -> bytes:
    """One certificate of attendance per page, listing the workgroups the person was in."""
    pdf = new_document(title=t("lists.certificate_title"))
    pdf.set_auto_page_break(False)
    if not certificates:
        pdf.add_page()
        _text(pdf, MARGIN, MARGIN, CONTENT_W, 8, t("lists.no_certificates"), 12)
    for certificate in certificates:
        pdf.add_page()
        _certificate_page(pdf, certificate, header, place, signer)
    return _finish(pdf)


def _certificate_page(
    pdf: Any, certificate: Certificate, header: ListHeader, place: str | None, signer: str | None
) -> None:
    left, width = 25.0, PAGE_W - 50.0
    pdf.set_text_color(*GREY)
    _text(pdf, left, 20, width, 6, " · ".join(header.organisers), 9.5, align="C")
    if header.funding_programme:
        _text(pdf, left, 26, width, 6, header.funding_programme, 8.5, align="C")
    pdf.set_text_color(0, 0, 0)
    _text(pdf, left, 55, width, 14, t("lists.certificate_title"), 26, "B", align="C")
    _text(pdf, left, 85, width, 7, t("lists.certificate_confirms"), 12, align="C")
    _text(pdf, left, 97, width, 12, certificate.name, 22, "B", align="C")
    if certificate.organisation:
        _text(pdf, left, 110, width, 7, certificate.organisation, 12, align="C")
    days = ", ".join(format_date(day, "long") for day in certificate.days)
    pdf.set_xy(left, 126)
    _font(pdf, 12)
    body = t("lists.certificate_body", days=days, title=header.event_title, venue=header.venue or "-")
    _shaping_for(pdf, body)
    pdf.multi_cell(width, 7, body, align="C")
    y = pdf.get_y() + 8
    if certificate.workgroups:
        _text(pdf, left, y, width, 7, t("lists.certificate_workgroups"), 12, "B", align="C")
        y += 9
        for round_number, topic in certificate.workgroups:
            _text(pdf, left, y, width, 7, f"{t('word.round')} {round_number}: {topic}", 12, align="C")
            y += 7
    sign_y = 240.0
    where = f"{place}, " if place else ""
    _text(pdf, left, sign_y - 8, 70, 6, f"{where}{format_date(header.day, 'medium')}", 10.5)
    pdf.line(left, sign_y, left + 70, sign_y)
    pdf.line(PAGE_W - 25 - 75, sign_y, PAGE_W - 25, sign_y)
    pdf.set_text_color(*GREY)
    _text(pdf, left, sign_y + 1, 70, 5, t("lists.place_date"), 8.5)
    _text(
        pdf,
        PAGE_W - 25 - 75,
        sign_y + 1,
        75,
        5,
        signer or (header.organisers[0] if header.organisers else t("lists.signature_organiser")),
        8.5,
    )
    pdf.set_text_color(0, 0, 0)
