"""The report as HTML (one self-contained, printable file) and as Markdown (for a website).

Both come from Jinja templates (``report.html``, ``report.md``, ``series.html``,
``series.md``; a ``de/`` or ``en/`` folder before them wins), which a user can
override with their own folder. HTML is autoescaped; in Markdown every value
is escaped so that no participant's text becomes HTML on a website.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from konferenz_cli.render.charts import bar_chart_svg
from konferenz_cli.render.report_common import build_labels, event_charts, hm, number, percent, series_charts, when
from konferenz_cli.render.templating import make_environment, render_template
from konferenz_cli.services.report import ReportData, SeriesData

__all__ = ["markdown_escape", "render_html", "render_markdown", "render_series_html", "render_series_markdown"]

#: The charts a template can show (an empty string where there is nothing to draw).
EVENT_CHARTS = ("sectors", "wishes", "attendance", "ranks")
SERIES_CHARTS = ("participants", "sectors")
_BULLET = re.compile(r"^\s*[-*•]\s+")
# The backslash is escaped too: one from the data would otherwise cancel the escape of a "[" after it.
_MD_SPECIAL = str.maketrans({"\\": "\\\\", "<": "&lt;", ">": "&gt;", "|": "\\|", "`": "\\`", "[": "\\[", "]": "\\]"})


def markdown_escape(value: Any) -> Any:
    """A value made safe for Markdown: no HTML tags, no links or images, no table breaks."""
    if isinstance(value, str) and not getattr(value, "__html__", None):
        return value.translate(_MD_SPECIAL)
    return value


def _text_html(value: str | None) -> Any:
    """Lines as HTML: runs of "- " lines become a list, other blocks paragraphs (everything escaped)."""
    from markupsafe import Markup, escape

    parts: list[str] = []
    items: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if items:
            parts.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")
            items.clear()
        if paragraph:
            parts.append("<p>" + "<br>".join(str(escape(line)) for line in paragraph) + "</p>")
            paragraph.clear()

    for line in (value or "").splitlines():
        if _BULLET.match(line):
            if paragraph:
                flush()
            items.append(_BULLET.sub("", line))
        elif not line.strip():
            flush()
        else:
            if items:
                flush()
            paragraph.append(line.strip())
    flush()
    return Markup("".join(parts))


def _template_names(stem: str, suffix: str, language: str) -> list[str]:
    """Where a template is looked for: the language's folder first, then the shared one."""
    return [f"{language}/{stem}.{suffix}", f"{stem}.{suffix}"]


def _environment(templates: Path | None, language: str, markdown: bool) -> Any:
    environment = make_environment(templates, language)
    environment.filters.update(
        hm=hm,
        pct=lambda value: percent(value, language),
        number=lambda value: number(value, language),
        text=_text_html,
        cell=lambda value: " ".join(str(value or "").split()),
    )
    if markdown:
        environment.finalize = markdown_escape
    return environment


def _context(data: ReportData, svg: bool) -> dict[str, Any]:
    from markupsafe import Markup

    labels = build_labels(data.language)
    made = event_charts(data, labels) if svg else {}
    charts = {key: Markup(bar_chart_svg(made[key])) if key in made else "" for key in EVENT_CHARTS}
    return {"report": data, "labels": labels, "charts": charts, "when": when(data)}


def render_html(data: ReportData, templates: Path | None = None) -> str:
    """The report as one HTML page with styles and charts inline."""
    environment = _environment(templates, data.language, markdown=False)
    return render_template(environment, _template_names("report", "html", data.language), _context(data, svg=True))


def render_markdown(data: ReportData, templates: Path | None = None) -> str:
    """The report as Markdown."""
    environment = _environment(templates, data.language, markdown=True)
    text = render_template(environment, _template_names("report", "md", data.language), _context(data, svg=False))
    return re.sub(r"\n{3,}", "\n\n", text)


def _series_context(data: SeriesData, svg: bool) -> dict[str, Any]:
    from markupsafe import Markup

    labels = build_labels(data.language)
    made = series_charts(data, labels) if svg else {}
    charts = {key: Markup(bar_chart_svg(made[key])) if key in made else "" for key in SERIES_CHARTS}
    return {"series": data, "labels": labels, "charts": charts}


def render_series_html(data: SeriesData, templates: Path | None = None) -> str:
    """The editions of a series side by side, as one HTML page."""
    environment = _environment(templates, data.language, markdown=False)
    return render_template(environment, _template_names("series", "html", data.language), _series_context(data, True))


def render_series_markdown(data: SeriesData, templates: Path | None = None) -> str:
    """The editions of a series side by side, as Markdown."""
    environment = _environment(templates, data.language, markdown=True)
    text = render_template(environment, _template_names("series", "md", data.language), _series_context(data, False))
    return re.sub(r"\n{3,}", "\n\n", text)
