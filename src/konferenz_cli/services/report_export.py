"""Writing a report file: builds the report data and hands it to the renderer of the chosen format."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from konferenz_cli.i18n import translate
from konferenz_cli.models import Event
from konferenz_cli.services.report import ReportData, SeriesData, build_report, build_series

__all__ = ["REPORT_FORMATS", "report_labels", "write_report", "write_report_data", "write_series_report"]

REPORT_FORMATS = ("html", "docx", "xlsx", "md")


def report_labels(language: str) -> dict[str, str]:
    """The words the report data itself needs (the renderers translate the rest)."""
    return {key: translate(f"report.{key}", language) for key in ("not_stated", "rank", "unranked", "withheld")}


def write_report_data(data: ReportData, file_format: str, path: Path, templates: Path | None = None) -> None:
    """Render ``data`` as ``file_format`` into ``path``."""
    if file_format == "html":
        from konferenz_cli.render.report_text import render_html

        path.write_text(render_html(data, templates), encoding="utf-8")
    elif file_format == "md":
        from konferenz_cli.render.report_text import render_markdown

        path.write_text(render_markdown(data, templates), encoding="utf-8")
    elif file_format == "docx":
        from konferenz_cli.render.report_docx import render_docx

        path.write_bytes(render_docx(data))
    else:
        from konferenz_cli.render.report_xlsx import render_xlsx

        render_xlsx(data, path)


def write_report(
    db: Database,
    event: Event,
    file_format: str,
    path: Path,
    *,
    anonymous: bool = False,
    language: str = "de",
    templates: Path | None = None,
) -> ReportData:
    """Build the report of ``event`` and write it; returns the data written."""
    data = build_report(db, event, anonymous=anonymous, language=language, labels=report_labels(language))
    write_report_data(data, file_format, path, templates)
    return data


def write_series_report(
    db: Database, series: str, file_format: str, path: Path, *, language: str = "de", templates: Path | None = None
) -> SeriesData:
    """Build the side-by-side report of a series and write it; returns the data written."""
    data = build_series(db, series, language=language, not_stated=translate("report.not_stated", language))
    if file_format == "html":
        from konferenz_cli.render.report_text import render_series_html

        path.write_text(render_series_html(data, templates), encoding="utf-8")
    elif file_format == "md":
        from konferenz_cli.render.report_text import render_series_markdown

        path.write_text(render_series_markdown(data, templates), encoding="utf-8")
    elif file_format == "docx":
        from konferenz_cli.render.report_docx import render_series_docx

        path.write_bytes(render_series_docx(data))
    else:
        from konferenz_cli.render.report_xlsx import render_series_xlsx

        render_series_xlsx(data, path)
    return data
