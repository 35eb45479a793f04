"""Commands: import-registrations, participants, participant show / edit / cancel / remove."""

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table
from rich.text import Text

from konferenz_cli.cli.common import (
    Language,
    ListFormat,
    ShowFormat,
    command,
    confirm_or_stop,
    db_opt,
    emit_listing,
    event_opt,
    format_opt,
    lang_opt,
    output_opt,
    print_note,
    readable,
    resolve_event,
    store,
    subcommands,
    yes_opt,
)
from konferenz_cli.console import err, out
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import t

_PROGRESS_FROM_ROWS = 3000


def _opt(name: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def _show_format_opt() -> Any:
    return typer.Option("--format", "-f", help=t("opt.format_show"), case_sensitive=False)


def register(app: typer.Typer) -> None:
    """Add the registration and participant commands to ``app``."""
    participant_app = subcommands(app, "participant", "help.participant")

    @command(app, "import-registrations", "help.import_registrations")
    def import_registrations(
        file: Annotated[Path, typer.Argument(metavar=t("metavar.file"), help=t("arg.import_file"))],
        event: Annotated[Optional[str], event_opt()] = None,
        sheet: Annotated[Optional[str], _opt("--sheet", "opt.sheet", t("metavar.name"))] = None,
        mapping: Annotated[Optional[Path], _opt("--mapping", "opt.mapping", "FILE.toml")] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=t("opt.dry_run"))] = False,
        write_mapping: Annotated[Optional[Path], _opt("--write-mapping", "opt.write_mapping", "FILE.toml")] = None,
        strict: Annotated[bool, typer.Option("--strict", help=t("opt.strict"))] = False,
        encoding: Annotated[Optional[str], _opt("--encoding", "opt.encoding", "cp1252")] = None,
        list_format: Annotated[ShowFormat, _show_format_opt()] = ShowFormat.table,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.registrations import ImportOptions
        from konferenz_cli.services.registrations import import_registrations as run_import

        database = store(db)
        chosen = resolve_event(database, event)
        options = ImportOptions(
            sheet=sheet,
            mapping_file=mapping,
            encoding=encoding,
            dry_run=dry_run,
            strict=strict,
            write_mapping=write_mapping,
        )
        with _ProgressBar(list_format is ShowFormat.table) as progress:
            options.progress = progress
            report = run_import(database, chosen, file, options)
        if list_format is ShowFormat.json:
            from konferenz_cli.cli.import_report import report_json
            from konferenz_cli.render.tables import write_json

            write_json([report_json(report)], sys.stdout)
        else:
            from konferenz_cli.cli.import_report import print_report

            print_report(report)
        if report.exit_code:
            raise typer.Exit(report.exit_code)

    @command(app, "participants", "help.participants")
    def list_participants(
        event: Annotated[Optional[str], event_opt()] = None,
        status: Annotated[Optional[list[str]], _opt("--status", "opt.status", "STATUS")] = None,
        topic: Annotated[Optional[str], _opt("--topic", "opt.topic_filter", t("metavar.name"))] = None,
        search: Annotated[Optional[str], _opt("--search", "opt.search", "TEXT")] = None,
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.participants import list_participants as find
        from konferenz_cli.services.participants import participant_record

        database = store(db)
        chosen = resolve_event(database, event)
        people = find(database, chosen, statuses=status or (), topic=topic, search=search)
        rows = [participant_record(person) for person in people]
        columns, shown = _listing_columns()
        emit_listing(
            rows,
            columns,
            list_format,
            output,
            title=t("title.participants", title=chosen.title, count=len(rows)),
            table_columns=shown,
            sheet_name=t("sheet.participants"),
            empty=None if status or topic or search else t("participants.none_yet", slug=chosen.slug),
        )

    @command(participant_app, "show", "help.participant_show")
    def show_participant(
        reference: Annotated[str, typer.Argument(metavar="ID|E-MAIL|NAME", help=t("arg.participant"))],
        event: Annotated[Optional[str], event_opt()] = None,
        list_format: Annotated[ShowFormat, _show_format_opt()] = ShowFormat.table,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.participants import find_participant, participant_record

        database = store(db)
        chosen = resolve_event(database, event)
        record = participant_record(find_participant(database, chosen, reference))
        if list_format is ShowFormat.json:
            from konferenz_cli.render.tables import write_json

            write_json([record], sys.stdout)
            return
        _print_record(record)

    @command(participant_app, "edit", "help.participant_edit")
    def edit_participant(
        reference: Annotated[str, typer.Argument(metavar="ID|E-MAIL|NAME", help=t("arg.participant"))],
        event: Annotated[Optional[str], event_opt()] = None,
        email: Annotated[Optional[str], _opt("--email", "opt.p_email")] = None,
        title: Annotated[Optional[str], _opt("--title", "opt.p_title")] = None,
        first_name: Annotated[Optional[str], _opt("--first-name", "opt.p_first_name")] = None,
        last_name: Annotated[Optional[str], _opt("--last-name", "opt.p_last_name")] = None,
        organisation: Annotated[Optional[str], _opt("--organisation", "opt.p_organisation")] = None,
        sector: Annotated[Optional[str], _opt("--sector", "opt.p_sector")] = None,
        function: Annotated[Optional[str], _opt("--function", "opt.p_function")] = None,
        phone: Annotated[Optional[str], _opt("--phone", "opt.p_phone")] = None,
        diet: Annotated[Optional[str], _opt("--diet", "opt.p_diet")] = None,
        accessibility: Annotated[Optional[str], _opt("--accessibility", "opt.p_accessibility")] = None,
        interpreter_language: Annotated[
            Optional[str], _opt("--interpreter-language", "opt.p_interpreter_language")
        ] = None,
        notes: Annotated[Optional[str], _opt("--notes", "opt.p_notes")] = None,
        preferences: Annotated[Optional[str], _opt("--preferences", "opt.p_preferences", "'A; B; C'")] = None,
        status: Annotated[Optional[str], _opt("--status", "opt.p_status", "STATUS")] = None,
        follow_up: Annotated[
            Optional[bool], typer.Option("--follow-up/--no-follow-up", help=t("opt.p_follow_up"), show_default=False)
        ] = None,
        newsletter: Annotated[
            Optional[bool], typer.Option("--newsletter/--no-newsletter", help=t("opt.p_newsletter"), show_default=False)
        ] = None,
        photo_consent: Annotated[
            Optional[bool],
            typer.Option("--photo-consent/--no-photo-consent", help=t("opt.p_photo_consent"), show_default=False),
        ] = None,
        list_consent: Annotated[
            Optional[bool],
            typer.Option("--list-consent/--no-list-consent", help=t("opt.p_list_consent"), show_default=False),
        ] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.participants import edit_participant as edit
        from konferenz_cli.services.participants import find_participant

        given = {
            key: value
            for key, value in {
                "email": email,
                "title": title,
                "first_name": first_name,
                "last_name": last_name,
                "organisation": organisation,
                "sector": sector,
                "function": function,
                "phone": phone,
                "diet": diet,
                "accessibility": accessibility,
                "interpreter_language": interpreter_language,
                "notes": notes,
                "preferences": preferences,
                "status": status,
                "follow_up": follow_up,
                "newsletter": newsletter,
                "photo_consent": photo_consent,
                "list_consent": list_consent,
            }.items()
            if value is not None
        }
        if not given:
            raise KonferenzError("edit.nothing")
        database = store(db)
        chosen = resolve_event(database, event)
        person = edit(database, chosen, find_participant(database, chosen, reference), given)
        print_note(t("participant.updated", name=person.name, id=person.id), style="green")

    @command(participant_app, "cancel", "help.participant_cancel")
    def cancel_participant(
        reference: Annotated[str, typer.Argument(metavar="ID|E-MAIL|NAME", help=t("arg.participant"))],
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.participants import cancel_participant as cancel
        from konferenz_cli.services.participants import find_participant

        database = store(db)
        chosen = resolve_event(database, event)
        person = find_participant(database, chosen, reference)
        moved_up = cancel(database, chosen, person)
        print_note(t("participant.cancelled", name=person.name), style="green")
        if moved_up is not None:
            print_note(t("participant.moved_up", name=moved_up.name, email=moved_up.email or "-"), style="green")

    @command(participant_app, "remove", "help.participant_remove")
    def remove_participant(
        reference: Annotated[str, typer.Argument(metavar="ID|E-MAIL|NAME", help=t("arg.participant"))],
        event: Annotated[Optional[str], event_opt()] = None,
        yes: Annotated[bool, yes_opt()] = False,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.participants import find_participant
        from konferenz_cli.services.participants import remove_participant as remove

        database = store(db)
        chosen = resolve_event(database, event)
        person = find_participant(database, chosen, reference)
        if not yes:
            confirm_or_stop(t("participant.remove_confirm", name=person.name, email=person.email or "-"))
        moved_up = remove(database, chosen, person)
        print_note(t("participant.removed", name=person.name), style="green")
        if moved_up is not None:
            print_note(t("participant.moved_up", name=moved_up.name, email=moved_up.email or "-"), style="green")


class _ProgressBar:
    """A Rich progress bar on stderr for large files; a no-op callback for small ones."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and err.is_terminal
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Any:
        return self.update

    def update(self, done: int, total: Optional[int]) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            if (total or done) < _PROGRESS_FROM_ROWS:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn(t("import.progress")),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("rows", total=total)
        self._bar.update(self._task, completed=done, total=max(total or 0, done))

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.stop()


def _listing_columns() -> tuple[list[Any], list[Any]]:
    from konferenz_cli.render.tables import Column
    from konferenz_cli.services.participants import LISTING_KEYS

    status_words = {"status": lambda value: t(f"status.{value}")}
    columns = [Column(key, t(f"field.{key}"), words=status_words.get(key)) for key in LISTING_KEYS]
    by_key = {column.key: column for column in columns}
    keys = ("id", "last_name", "first_name", "email", "organisation", "sector", "preferences", "status")
    return columns, [by_key[key] for key in keys]


def _print_record(record: dict[str, Any]) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    yes, no = t("word.yes"), t("word.no")
    for key, value in record.items():
        if key == "extra":
            for extra_key, extra_value in (value or {}).items():
                grid.add_row(Text(f"  {extra_key}"), Text(str(extra_value)))
            continue
        if value is None or value == [] or value == "":
            continue
        shown = t(f"status.{value}") if key == "status" else readable(value, yes, no)
        grid.add_row(Text(t(f"field.{key}")), Text(shown))
    out.print(grid)
