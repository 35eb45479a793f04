"""Commands: results (list), results add, results import."""

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from konferenz_cli.cli.common import (
    GLOBAL,
    Language,
    ListFormat,
    command,
    db_opt,
    emit_listing,
    error_boundary,
    event_opt,
    format_opt,
    lang_opt,
    output_opt,
    print_note,
    resolve_event,
    store,
    subcommands,
)
from konferenz_cli.errors import ExitCode, KonferenzError, not_a_readable_file
from konferenz_cli.i18n import set_language, t


def _opt(name: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def _labels() -> dict[str, str]:
    return {name: t(f"results.part.{name}") for name in ("works_well", "must_improve", "proposed_measures", "notes")}


def _list(database: Any, event: Any, list_format: ListFormat, output: Optional[Path]) -> None:
    from konferenz_cli.db.results import results
    from konferenz_cli.render.tables import Column
    from konferenz_cli.services.results import result_rows

    rows = result_rows(results(database, event.id))
    columns = [
        Column("topic", t("col.topic"), 28),
        Column("round", t("word.round"), 8),
        Column("works_well", t("results.part.works_well"), 40),
        Column("must_improve", t("results.part.must_improve"), 40),
        Column("proposed_measures", t("results.part.proposed_measures"), 40),
        Column("notes", t("results.part.notes"), 30),
        Column("source", t("results.col.source"), 16),
    ]
    emit_listing(rows, columns, list_format, output, title=t("results.title", title=event.title))


def register(app: typer.Typer) -> None:
    """Add the results commands to ``app``."""
    results_app = subcommands(app, "results", "help.results", invoke_without_command=True, no_args_is_help=False)

    @results_app.callback()
    def listing(
        ctx: typer.Context,
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        chosen_lang = lang.value if lang else GLOBAL.lang
        if ctx.invoked_subcommand is not None:
            # "konferenz results -e SLUG import FILE": the subcommand works on the event named here.
            GLOBAL.event, GLOBAL.db, GLOBAL.lang = event, db or GLOBAL.db, chosen_lang
            return
        if chosen_lang:
            set_language(chosen_lang)
        with error_boundary():
            database = store(db or GLOBAL.db)
            _list(database, resolve_event(database, event), list_format, output)

    @command(results_app, "add", "help.results_add")
    def add(
        topic: Annotated[str, _opt("--topic", "opt.results_topic")],
        round_: Annotated[Optional[int], _opt("--round", "opt.results_round", "N")] = None,
        works_well: Annotated[Optional[str], _opt("--works-well", "opt.results_works_well")] = None,
        must_improve: Annotated[Optional[str], _opt("--must-improve", "opt.results_must_improve")] = None,
        measures: Annotated[Optional[str], _opt("--measures", "opt.results_measures")] = None,
        notes: Annotated[Optional[str], _opt("--notes", "opt.results_notes")] = None,
        file: Annotated[Optional[Path], _opt("--file", "opt.results_file", t("metavar.file"))] = None,
        edit: Annotated[bool, typer.Option("--edit", help=t("opt.results_edit"))] = False,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import results as service

        database = store(db)
        chosen = resolve_event(database, event)
        texts: dict[str, Optional[str]] = {
            "works_well": works_well,
            "must_improve": must_improve,
            "proposed_measures": measures,
            "notes": notes,
        }
        replace = False
        source = "cli"
        if file is not None:
            if not file.is_file():
                raise not_a_readable_file(file)
            texts = {**dict(service.parse_sections(file.read_text(encoding="utf-8-sig"))), **_given(texts)}
            replace, source = True, file.name
        if edit:
            texts = _edit(database, chosen, topic, round_, texts)
            replace, source = True, "editor"
        stored = service.add_result(database, chosen, topic, round_, texts, source=source, replace=replace)
        where = f"{stored.topic}" + (f", {t('word.round')} {stored.round}" if stored.round else "")
        print_note(t("results.saved", where=where), style="green")

    @command(results_app, "import", "help.results_import")
    def import_(
        file: Annotated[Path, typer.Argument(help=t("arg.results_file"), metavar=t("metavar.file"))],
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.results import import_results

        database = store(db)
        report = import_results(database, resolve_event(database, event), file)
        for line, text, key, params in report.problems:
            print_note(t("results.problem", line=line, text=text or "-", reason=t(key, **params)), style="yellow")
        for topic, round_number in report.saved:
            where = topic + (f", {t('word.round')} {round_number}" if round_number else "")
            print_note(t("results.saved", where=where))
        print_note(t("results.import_summary", saved=len(report.saved), problems=len(report.problems)), style="green")
        if report.problems:
            raise typer.Exit(ExitCode.ROWS_REJECTED)


def _given(texts: dict[str, Optional[str]]) -> dict[str, Optional[str]]:
    return {name: value for name, value in texts.items() if value is not None}


def _edit(database: Any, event: Any, topic: str, round_: Optional[int], texts: dict[str, Optional[str]]) -> Any:
    from dataclasses import replace

    from konferenz_cli.db import events as event_store
    from konferenz_cli.db.results import find_result
    from konferenz_cli.models import Result
    from konferenz_cli.services import results as service

    found = service.match_topic(event_store.topics(database, event.id), topic)
    current = None
    if found is not None:
        session = next(
            (s.id for s in event_store.sessions(database, event.id) if s.topic_id == found.id and s.round == round_),
            None,
        )
        current = find_result(database, event.id, found.id, session)
    base = current or Result(id=0, event_id=event.id, topic_id=0, topic=topic)
    base = replace(base, **_given(texts))  # type: ignore[arg-type]
    import click

    edited = click.edit(t("results.editor_intro") + "\n\n" + service.editor_text(base, _labels()), extension=".md")
    if edited is None:
        raise KonferenzError("results.editor_unchanged")
    return service.parse_sections(edited)
