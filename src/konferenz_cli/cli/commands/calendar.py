"""Command: export-ical (the agenda as .ics for everyone or per person, or as frab XML)."""

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from konferenz_cli.cli.common import (
    Language,
    command,
    db_opt,
    event_opt,
    format_for_output,
    lang_opt,
    output_folder,
    print_note,
    resolve_event,
    store,
)
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import t


class CalendarFormat(str, enum.Enum):
    """Formats of the calendar export."""

    ics = "ics"
    frab = "frab"


def _opt(*names: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(*names, help=t(key), metavar=metavar, show_default=False)


def register(app: typer.Typer) -> None:
    """Add export-ical to ``app``."""

    @command(app, "export-ical", "help.export_ical")
    def export_ical(
        output: Annotated[
            Optional[Path], _opt("--output", "-o", key="opt.ical_output", metavar=t("metavar.file") + ".ics")
        ] = None,
        participant: Annotated[
            Optional[str], _opt("--participant", key="opt.ical_participant", metavar="EMAIL")
        ] = None,
        per_participant: Annotated[
            Optional[Path], _opt("--per-participant", key="opt.ical_per_participant", metavar=t("metavar.folder"))
        ] = None,
        calendar_format: Annotated[
            CalendarFormat, typer.Option("--format", "-f", help=t("opt.ical_format"), case_sensitive=False)
        ] = CalendarFormat.ics,
        as_invitation: Annotated[bool, typer.Option("--as-invitation", help=t("opt.as_invitation"))] = False,
        status: Annotated[Optional[list[str]], _opt("--status", key="opt.recipient_status", metavar="STATUS")] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import calendar as service

        calendar_format = format_for_output(calendar_format, output, "calendar_format")
        _check_options(output, participant, per_participant, calendar_format, as_invitation)
        database = store(db)
        chosen = resolve_event(database, event)
        data = service.load_agenda_data(database, chosen, lang.value if lang else None)
        stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        if calendar_format is CalendarFormat.frab:
            _write_frab(data, _file(output))
        elif per_participant is not None:
            _write_per_participant(database, data, per_participant, stamp, as_invitation, status)
        elif participant is not None:
            _write_participant(database, data, participant, _file(output), stamp, as_invitation)
        else:
            from konferenz_cli.render.ical import render_calendar

            document = service.event_document(database, data)
            target = _file(output)
            target.write_bytes(render_calendar(document, stamp))
            print_note(t("ical.written", path=str(target), count=len(document.entries)), style="green")


def _check_options(
    output: Optional[Path],
    participant: Optional[str],
    per_participant: Optional[Path],
    calendar_format: CalendarFormat,
    as_invitation: bool,
) -> None:
    if participant is not None and per_participant is not None:
        raise KonferenzError("ical.options_exclusive")
    if per_participant is not None and output is not None:
        raise KonferenzError("ical.output_with_folder")
    if calendar_format is CalendarFormat.frab and (participant or per_participant):
        raise KonferenzError("ical.frab_personal")
    if as_invitation and participant is None and per_participant is None:
        raise KonferenzError("ical.invitation_needs_person")
    if per_participant is None and output is None:
        raise KonferenzError("ical.output_needed")


def _file(output: Optional[Path]) -> Path:
    assert output is not None
    if output.is_dir():
        raise KonferenzError("output.is_directory", path=str(output))
    if not output.parent.exists():
        raise KonferenzError("output.folder_missing", path=str(output.parent))
    return output


def _write_frab(data: Any, target: Path) -> None:
    from konferenz_cli import __version__
    from konferenz_cli.render.frab import render_frab
    from konferenz_cli.services.calendar import frab_conference

    target.write_bytes(render_frab(frab_conference(data), __version__))
    print_note(t("ical.frab_written", path=str(target)), style="green")


def _write_participant(
    database: Any, data: Any, email: str, target: Path, stamp: dt.datetime, invitation: bool
) -> None:
    from konferenz_cli.render.ical import render_calendar
    from konferenz_cli.services import calendar as service

    person = service.find_participant(database, data.event, email)
    ((_, document),) = service.personal_calendars(database, data, [person], invitation=invitation)
    target.write_bytes(render_calendar(document, stamp))
    print_note(t("ical.written", path=str(target), count=len(document.entries)), style="green")


def _write_per_participant(
    database: Any, data: Any, folder: Path, stamp: dt.datetime, invitation: bool, statuses: Optional[list[str]]
) -> None:
    from konferenz_cli.cli.progress import progress_bar
    from konferenz_cli.services import calendar as service
    from konferenz_cli.services.recipients import select_participants

    if folder.exists() and not folder.is_dir():
        raise KonferenzError("output.not_a_folder", path=str(folder))
    people = select_participants(database, data.event, statuses=statuses)
    if invitation:
        without_email = [p for p in people if not p.email]
        if without_email:
            print_note(t("ical.skipped_no_email", count=len(without_email)), style="yellow")
        people = [p for p in people if p.email]
    if not people:
        print_note(t("ical.nobody"), style="yellow")
        return
    output_folder(folder)
    with progress_bar(len(people), t("ical.progress")) as advance:
        written = service.write_personal_calendars(
            database, data, people, folder, stamp, invitation=invitation, on_written=advance
        )
    print_note(t("ical.written_many", count=len(written), folder=str(folder)), style="green")
