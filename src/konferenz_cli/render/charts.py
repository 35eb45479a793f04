"""Small horizontal bar charts: SVG for HTML reports, PNG (Pillow) for Word documents.

Both come from the same layout so that the documentation looks alike in every
format. Labels are escaped for SVG and shortened with "…" when long; the PNG
uses the bundled DejaVu Sans font.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

__all__ = ["Chart", "bar_chart_png", "bar_chart_svg"]

COLOURS = ("#2f6f9f", "#e39b2d", "#5aa36b", "#9b59b6")
WIDTH = 640
LABEL_W = 210
VALUE_W = 50
BAR_H = 16
GAP = 10
TITLE_H = 30
LEGEND_H = 22
MAX_LABEL = 34


@dataclass(frozen=True)
class Chart:
    """A bar chart: a title, one label per group of bars, and one or more series of values."""

    title: str
    labels: Sequence[str]
    series: Sequence[tuple[str, Sequence[int]]]

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to draw."""
        return not self.labels or not any(any(values) for _, values in self.series)


_CONTROL = dict.fromkeys([*range(32), *range(0x7F, 0xA0)])


def _clean(text: str) -> str:
    """One line of text without control characters: a paragraph break inside a label stops the layout engine."""
    return " ".join(text.split()).translate(_CONTROL)


def _short(label: str) -> str:
    label = _clean(label)
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _geometry(chart: Chart) -> tuple[int, int, int, float]:
    """Height of a group, top of the first group, total height, and pixels per unit."""
    group_h = BAR_H * len(chart.series) + GAP
    top = TITLE_H + (LEGEND_H if len(chart.series) > 1 else 0)
    height = top + group_h * len(chart.labels) + 8
    biggest = max([max(values, default=0) for _, values in chart.series] + [1])
    return group_h, top, height, (WIDTH - LABEL_W - VALUE_W - 10) / biggest


def bar_chart_svg(chart: Chart) -> str:
    """The chart as an inline ``<svg>`` element (no external references, no script)."""
    group_h, top, height, unit = _geometry(chart)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-label="{escape(_clean(chart.title), {chr(34): "&quot;"})}" class="chart">',
        f"<title>{escape(_clean(chart.title))}</title>",
        f'<text x="0" y="18" font-size="15" font-weight="bold" fill="#222">{escape(_clean(chart.title))}</text>',
    ]
    if len(chart.series) > 1:
        x = LABEL_W
        for index, (name, _) in enumerate(chart.series):
            colour = COLOURS[index % len(COLOURS)]
            parts.append(f'<rect x="{x}" y="{TITLE_H}" width="12" height="12" fill="{colour}"/>')
            parts.append(
                f'<text x="{x + 16}" y="{TITLE_H + 11}" font-size="12" fill="#333">{escape(_clean(name))}</text>'
            )
            x += 24 + 8 * len(name)
    for row, label in enumerate(chart.labels):
        y = top + row * group_h
        middle = y + (group_h - GAP) / 2 + 4
        parts.append(
            f'<text x="{LABEL_W - 8}" y="{middle:.1f}" font-size="12" text-anchor="end" fill="#222">'
            f"{escape(_short(label))}</text>"
        )
        for index, (_, values) in enumerate(chart.series):
            value = values[row] if row < len(values) else 0
            bar_y = y + index * BAR_H
            width = max(value * unit, 1 if value else 0)
            colour = COLOURS[index % len(COLOURS)]
            parts.append(f'<rect x="{LABEL_W}" y="{bar_y}" width="{width:.1f}" height="{BAR_H - 3}" fill="{colour}"/>')
            parts.append(
                f'<text x="{LABEL_W + width + 5:.1f}" y="{bar_y + BAR_H - 5}" font-size="11" fill="#333">{value}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart_png(chart: Chart, scale: int = 2) -> bytes:
    """The chart as a PNG image (for Word), drawn at ``scale`` for sharp printing."""
    from PIL import Image, ImageDraw, ImageFont

    from konferenz_cli.render.pdf import fonts_dir

    group_h, top, height, unit = _geometry(chart)
    image = Image.new("RGB", (WIDTH * scale, height * scale), "white")
    draw = ImageDraw.Draw(image)
    regular = str(fonts_dir() / "DejaVuSans.ttf")
    bold = str(fonts_dir() / "DejaVuSans-Bold.ttf")
    title_font = ImageFont.truetype(bold, 15 * scale)
    font = ImageFont.truetype(regular, 12 * scale)
    small = ImageFont.truetype(regular, 11 * scale)
    draw.text((0, 4 * scale), _clean(chart.title), font=title_font, fill="#222222")
    if len(chart.series) > 1:
        x = LABEL_W
        for index, (name, _) in enumerate(chart.series):
            colour = COLOURS[index % len(COLOURS)]
            draw.rectangle([x * scale, TITLE_H * scale, (x + 12) * scale, (TITLE_H + 12) * scale], fill=colour)
            draw.text(((x + 16) * scale, (TITLE_H - 1) * scale), _clean(name), font=font, fill="#333333")
            x += 24 + 8 * len(name)
    for row, label in enumerate(chart.labels):
        y = top + row * group_h
        middle = y + (group_h - GAP) / 2
        draw.text(((LABEL_W - 8) * scale, middle * scale), _short(label), font=font, fill="#222222", anchor="rm")
        for index, (_, values) in enumerate(chart.series):
            value = values[row] if row < len(values) else 0
            bar_y = y + index * BAR_H
            width = max(value * unit, 1 if value else 0)
            colour = COLOURS[index % len(COLOURS)]
            if width:
                draw.rectangle(
                    [LABEL_W * scale, bar_y * scale, (LABEL_W + width) * scale, (bar_y + BAR_H - 3) * scale],
                    fill=colour,
                )
            draw.text(((LABEL_W + width + 5) * scale, (bar_y + 1) * scale), str(value), font=small, fill="#333333")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
