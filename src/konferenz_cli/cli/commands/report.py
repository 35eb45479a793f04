"""Command: export-report (the documentation of an event, or of a series side by side)."""

import enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from konferenz_cli.cli.common import (
    Language,
    command,
    db_opt,
    event_opt,
    format_for_output,
    lang_opt,
    output_opt,
    print_note,
    resolve_event,
    store,
)
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import current_language, t


class ReportFormat(str, enum.Enum):
    """Formats of the report."""

    html = "html"
    docx = "docx"
    xlsx = "xlsx"
    md = "md"


def register(app: typer.Typer) -> None:
    """Add export-report to ``app``."""

    @command(app, "export-report", "help.export_report")
    def export_report(
        report_format: Annotated[
            ReportFormat, typer.Option("--format", "-f", help=t("opt.report_format"))
        ] = ReportFormat.html,
        output: Annotated[Optional[Path], output_opt()] = None,
        anonymous: Annotated[bool, typer.Option("--anonymous", help=t("opt.report_anonymous"))] = False,
        series: Annotated[
            Optional[str], typer.Option("--series", help=t("opt.report_series"), show_default=False)
        ] = None,
        templates: Annotated[
            Optional[Path],
            typer.Option(
                "--templates", help=t("opt.report_templates"), metavar=t("metavar.folder"), show_default=False
            ),
        ] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.report_export import write_report, write_series_report
        from konferenz_cli.values import slugify

        if series and event:
            raise KonferenzError("report.series_and_event")
        if templates is not None and not templates.is_dir():
            raise KonferenzError("templates.dir_missing", path=str(templates))
        report_format = format_for_output(report_format, output, "report_format")
        database = store(db)
        language = current_language()
        extension = report_format.value
        if series:
            target = _target(output, f"{slugify(series)}-series.{extension}")
            data = write_series_report(database, series, extension, target, language=language, templates=templates)
            print_note(
                t("report.written_series", series=data.name, count=len(data.editions), path=str(target)), style="green"
            )
            return
        chosen = resolve_event(database, event)
        suffix = "-public" if anonymous else ""
        target = _target(output, f"{chosen.slug}-report{suffix}.{extension}")
        write_report(database, chosen, extension, target, anonymous=anonymous, language=language, templates=templates)
        key = "report.written_public" if anonymous else "report.written_internal"
        print_note(t(key, path=str(target)), style="green")


def _target(output: Optional[Path], default: str) -> Path:
    target = output or Path(default)
    if target.is_dir():
        raise KonferenzError("output.is_directory", path=str(target))
    if not target.parent.exists():
        raise KonferenzError("output.folder_missing", path=str(target.parent))
    return target
