"""What every command shares: its options, the error boundary, and listing output.

Options are built by :func:`options` after the language is set, so their help
texts come out in the user's language. :func:`command` registers a function as
a command behind one boundary: a :class:`KonferenzError` becomes a translated
message on stderr and its exit code, Ctrl-C exits 130, and ``--db``/``--lang``
given before the command name apply to it.
"""

from __future__ import annotations

import enum
import functools
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.table import Table
from rich.text import Text

from konferenz_cli.console import err, out
from konferenz_cli.errors import ExitCode, KonferenzError
from konferenz_cli.i18n import set_language, t

__all__ = [
    "GLOBAL",
    "Language",
    "ListFormat",
    "check_text",
    "command",
    "db_opt",
    "emit_listing",
    "event_opt",
    "fail",
    "format_opt",
    "lang_opt",
    "output_opt",
    "print_error",
    "print_note",
    "resolve_event",
    "store",
    "yes_opt",
]

F = TypeVar("F", bound=Callable[..., Any])
_SURROGATE = re.compile("[\ud800-\udfff]")


class Language(str, enum.Enum):
    """Languages of the user interface."""

    de = "de"
    en = "en"


class ListFormat(str, enum.Enum):
    """Output formats of listing commands."""

    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@dataclass
class _Global:
    db: Path | None = None
    lang: str | None = None


GLOBAL = _Global()


def db_opt() -> Any:
    """``--db``: the database file."""
    return typer.Option("--db", help=t("opt.db"), metavar=t("metavar.file"), show_default=False)


def lang_opt() -> Any:
    """``--lang``: the language of the output."""
    return typer.Option("--lang", help=t("opt.lang"), show_default=False, case_sensitive=False)


def event_opt() -> Any:
    """``--event/-e``: the event a command works on."""
    return typer.Option("--event", "-e", help=t("opt.event"), metavar="SLUG", show_default=False)


def format_opt() -> Any:
    """``--format/-f``: the output format of a listing."""
    return typer.Option("--format", "-f", help=t("opt.format"), case_sensitive=False)


def output_opt() -> Any:
    """``--output/-o``: the file to write instead of the screen."""
    return typer.Option("--output", "-o", help=t("opt.output"), metavar=t("metavar.file"), show_default=False)


def yes_opt() -> Any:
    """``--yes/-y``: do not ask for confirmation."""
    return typer.Option("--yes", "-y", help=t("opt.yes"))


def print_error(message: str) -> None:
    """Print ``message`` as an error on stderr (no markup interpretation)."""
    err.print(Text(t("error.prefix") + message, style="red"))


def print_note(message: str, style: str = "") -> None:
    """Print a message for the user on stderr."""
    err.print(Text(message, style=style))


def fail(key: str, exit_code: int = ExitCode.ERROR, **params: Any) -> typer.Exit:
    """Print the message ``key`` as an error and return the exit to raise."""
    print_error(t(key, **params))
    return typer.Exit(exit_code)


def command(app: typer.Typer, name: str, help_key: str, **settings: Any) -> Callable[[F], F]:
    """Register the decorated function as the command ``name`` behind the error boundary."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def boundary(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("lang") is None and GLOBAL.lang is not None and "lang" in kwargs:
                kwargs["lang"] = Language(GLOBAL.lang)
            if kwargs.get("lang") is not None:
                set_language(kwargs["lang"].value)
            if "db" in kwargs and kwargs["db"] is None:
                kwargs["db"] = GLOBAL.db
            try:
                check_text(kwargs.values())
                return function(*args, **kwargs)
            except KonferenzError as error:
                if os.environ.get("KONFERENZ_TRACEBACK"):
                    raise
                print_error(error.message())
                raise typer.Exit(error.exit_code) from None
            except KeyboardInterrupt:
                print_error(t("error.interrupted"))
                raise typer.Exit(ExitCode.INTERRUPTED) from None

        help_text = t(help_key)
        short = help_text.split("\n", 1)[0]
        app.command(name, help=help_text, short_help=short, **settings)(boundary)
        return function

    return decorate


def check_text(values: Iterable[Any]) -> None:
    """Refuse input that is not text: bytes that are not UTF-8 reach Python as lone surrogates.

    Every command's arguments pass here; so does each line a command reads itself.
    """
    for value in values:
        if isinstance(value, (list, tuple)):
            check_text(value)
        elif isinstance(value, (str, Path)) and _SURROGATE.search(str(value)):
            raise KonferenzError("error.not_text", value=_SURROGATE.sub("\ufffd", str(value)))


def store(db_path: Path | None) -> Any:
    """Open the database for a command (imported lazily: sqlite-utils is slow to import)."""
    from konferenz_cli.db.connection import open_db

    return open_db(db_path)


def resolve_event(db: Any, slug: str | None) -> Any:
    """The event a command works on: ``--event``, or the only event in the database."""
    from konferenz_cli.db import events as event_store

    if slug:
        return event_store.event_by_slug(db, slug)
    slugs = event_store.event_slugs(db)
    if not slugs:
        raise KonferenzError("event.none_yet")
    if len(slugs) > 1:
        raise KonferenzError("event.choose", slugs=", ".join(slugs))
    return event_store.event_by_slug(db, slugs[0])


def emit_listing(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Any],
    list_format: ListFormat,
    output: Path | None,
    *,
    title: str | None = None,
    table_columns: Sequence[Any] | None = None,
    sheet_name: str | None = None,
) -> None:
    """Show or write a listing in the chosen format.

    ``columns`` (:class:`konferenz_cli.render.tables.Column`) define the keys of
    the CSV and XLSX output and the table; JSON carries every key of the rows.
    ``table_columns`` narrows the columns shown in the terminal table.
    """
    from konferenz_cli.render import tables

    yes, no = t("word.yes"), t("word.no")
    if list_format is ListFormat.xlsx:
        if output is None:
            raise KonferenzError("output.xlsx_needs_file")
        tables.write_workbook(
            [tables.Sheet(sheet_name or title or "Liste", columns, rows, title=title)],
            _writable(output),
            yes=yes,
            no=no,
            page_label=t("xlsx.page_label"),
        )
        print_note(t("output.written", path=str(output)))
        return
    if list_format is ListFormat.table:
        table = Table(title=title, show_lines=False, header_style="bold")
        shown = table_columns or columns
        for column in shown:
            table.add_column(column.header, overflow="fold")
        for row in rows:
            table.add_row(*(Text(_shown(c, row.get(c.key), yes, no)) for c in shown))
        if output is not None:
            from rich.console import Console

            with _writable(output).open("w", encoding="utf-8") as handle:
                Console(file=handle, width=200, no_color=True).print(table)
            print_note(t("output.written", path=str(output)))
        elif sys.stdout.isatty() and len(rows) > out.size.height:
            with out.pager(styles=True):
                out.print(table)
        else:
            out.print(table)
        if not rows:
            print_note(t("output.empty"))
        return
    if output is not None:
        with _writable(output).open("w", encoding="utf-8", newline="") as handle:
            _write_text_format(rows, columns, list_format, handle)
        print_note(t("output.written", path=str(output)))
    else:
        _write_text_format(rows, columns, list_format, sys.stdout)


def _shown(column: Any, value: Any, yes: str, no: str) -> str:
    from konferenz_cli.render import tables

    if column.display is not None and value is not None:
        return str(column.display(value))
    return tables.cell_text(value, yes, no)


def _write_text_format(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[Any], list_format: ListFormat, stream: Any
) -> None:
    from konferenz_cli.render import tables

    if list_format is ListFormat.json:
        tables.write_json(rows, stream)
    else:
        tables.write_csv(rows, columns, stream, yes=t("word.yes"), no=t("word.no"))


def _writable(path: Path) -> Path:
    if path.is_dir():
        raise KonferenzError("output.is_directory", path=str(path))
    if not path.parent.exists():
        raise KonferenzError("output.folder_missing", path=str(path.parent))
    return path
