"""What every command shares: its options, the error boundary, and listing output.

Options are built by :func:`options` after the language is set, so their help
texts come out in the user's language. :func:`command` registers a function as
a command behind one boundary: a :class:`KonferenzError` becomes a translated
message on stderr and its exit code, Ctrl-C exits 130, and ``--db``/``--lang``
given before the command name apply to it.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import inspect
import os
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.text import Text
from typer.models import ArgumentInfo, OptionInfo

from konferenz_cli.cli.translated import KonferenzCommand, KonferenzGroup, option_for_field, typed_on_command_line
from konferenz_cli.console import err, out
from konferenz_cli.errors import ExitCode, KonferenzError
from konferenz_cli.i18n import set_language, t

__all__ = [
    "GLOBAL",
    "Language",
    "ListFormat",
    "ShowFormat",
    "ask",
    "ask_secret",
    "check_text",
    "command",
    "confirm",
    "confirm_or_stop",
    "db_opt",
    "emit_listing",
    "error_boundary",
    "event_opt",
    "fail",
    "file_error_message",
    "format_for_output",
    "format_opt",
    "help_page",
    "lang_opt",
    "output_folder",
    "output_opt",
    "print_error",
    "print_note",
    "readable",
    "resolve_event",
    "store",
    "subcommands",
    "summary_line",
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


class ShowFormat(str, enum.Enum):
    """Output formats of commands that show one thing or a report on screen."""

    table = "table"
    json = "json"


@dataclass
class _Global:
    """Options given before the command name (``konferenz --db X results -e Y import …``)."""

    db: Path | None = None
    lang: str | None = None
    event: str | None = None


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
    """Register the decorated function as the command ``name`` behind the error boundary.

    The help text comes from ``help_key``: its first sentence is the line in the
    command list, an example after "Beispiel:"/"Example:" keeps its line breaks.
    Options without a metavar get one a reader understands (TEXT, ZAHL, PFAD).
    """

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def boundary(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("lang") is None and GLOBAL.lang is not None and "lang" in kwargs:
                kwargs["lang"] = Language(GLOBAL.lang)
            if kwargs.get("lang") is not None:
                set_language(kwargs["lang"].value)
            if "db" in kwargs and kwargs["db"] is None:
                kwargs["db"] = GLOBAL.db
            if "event" in kwargs and kwargs["event"] is None:
                kwargs["event"] = GLOBAL.event
            with error_boundary():
                check_text(kwargs.values())
                return function(*args, **kwargs)

        _readable_metavars(function)
        help_text = help_page(t(help_key))
        settings.setdefault("cls", KonferenzCommand)
        app.command(name, help=help_text, short_help=summary_line(help_text), **settings)(boundary)
        return function

    return decorate


@contextlib.contextmanager
def error_boundary() -> Iterator[None]:
    """Turn what a user can cause into a translated message and its exit code, never a traceback.

    ``KONFERENZ_TRACEBACK=1`` lets the exception through for a bug report.
    """
    try:
        yield
    except KonferenzError as error:
        if os.environ.get("KONFERENZ_TRACEBACK"):
            raise
        _name_the_option(error)
        print_error(error.message())
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        print_error(t("error.interrupted"))
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except OSError as error:
        if os.environ.get("KONFERENZ_TRACEBACK") or error.filename is None:
            raise
        print_error(file_error_message(error))
        raise typer.Exit(ExitCode.ERROR) from None


def _name_the_option(error: KonferenzError) -> None:
    """Let a message about a bad value name the option it was typed into (--date, not date)."""
    field = error.params.get("field")
    if isinstance(field, str):
        error.params["field"] = option_for_field(field) or field


def check_text(values: Iterable[Any]) -> None:
    """Refuse input that is not text: bytes that are not UTF-8 reach Python as lone surrogates.

    Every command's arguments pass here; so does each line a command reads itself.
    """
    for value in values:
        if isinstance(value, (list, tuple)):
            check_text(value)
        elif isinstance(value, (str, Path)) and _SURROGATE.search(str(value)):
            raise KonferenzError("error.not_text", value=_SURROGATE.sub("\ufffd", str(value)))


def subcommands(app: typer.Typer, name: str, help_key: str, **settings: Any) -> typer.Typer:
    """A group of commands ``konferenz NAME ...`` added to ``app`` (help and errors translated)."""
    help_text = help_page(t(help_key))
    settings.setdefault("no_args_is_help", True)
    group = typer.Typer(help=help_text, cls=KonferenzGroup, **settings)
    app.add_typer(group, name=name, help=help_text, short_help=summary_line(help_text), cls=KonferenzGroup)
    return group


_EXAMPLE_LABEL = re.compile(r"\s*\b(Beispiele?|Examples?):\s*")
# A sentence ends at . ! ? before a capital letter or the end, but not after a
# one-letter abbreviation such as the "z." and "B." of "z. B.".
_SENTENCE_END = re.compile(r"(?<![\s(]\w)[.!?](?=\s+[A-ZÄÖÜ]|\s*$)")


def help_page(text: str) -> str:
    """A help text laid out for ``--help``: examples on lines of their own, never rewrapped."""
    match = _EXAMPLE_LABEL.search(text)
    if match is None:
        return text
    description = text[: match.start()].rstrip()
    examples = [line.strip() for line in re.split(r"\s+·\s+|\n+", text[match.end() :]) if line.strip()]
    label = t("usage.examples" if len(examples) > 1 else "usage.example")
    block = "\b\n" + label + "\n" + "\n".join(f"  {example}" for example in examples)
    return f"{description}\n\n{block}" if description else block


def summary_line(help_text: str) -> str:
    """The first sentence of a help text: what the command does, for the list of commands."""
    paragraph = " ".join(help_text.split("\n\n", 1)[0].split())
    end = _SENTENCE_END.search(paragraph)
    return paragraph[: end.end()] if end else paragraph


def _plain_type(annotation: Any) -> Any:
    """``str`` for ``Optional[str]``, ``list[str]`` and ``Optional[list[str]]``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is getattr(types, "UnionType", None):
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _plain_type(inner[0]) if len(inner) == 1 else annotation
    if origin in (list, tuple, set):
        arguments = typing.get_args(annotation)
        return _plain_type(arguments[0]) if arguments else str
    return annotation


def _readable_metavars(function: Callable[..., Any]) -> None:
    """Give options and arguments without a metavar one that names what to type, not a Python type."""
    for parameter in inspect.signature(function).parameters.values():
        if typing.get_origin(parameter.annotation) is not typing.Annotated:
            continue
        plain, *extras = typing.get_args(parameter.annotation)
        info = next((extra for extra in extras if isinstance(extra, (OptionInfo, ArgumentInfo))), None)
        if info is None or info.metavar is not None:
            continue
        kind = _plain_type(plain)
        if kind is bool or (isinstance(kind, type) and issubclass(kind, enum.Enum)):
            continue
        if isinstance(info, ArgumentInfo):
            info.metavar = parameter.name.upper()
        elif kind in (int, float):
            info.metavar = t("metavar.number")
        elif isinstance(kind, type) and issubclass(kind, Path):
            info.metavar = t("metavar.path")
        else:
            info.metavar = t("metavar.text")


def file_error_message(error: OSError) -> str:
    """A failed file operation as a message that says what to do (no traceback)."""
    from konferenz_cli.errors import os_reason

    return t("file.os_error", path=str(error.filename), reason=os_reason(error))


def confirm(question: str) -> bool:
    """Ask a yes/no question on the terminal; "j", "ja", "y" and "yes" mean yes, Enter means no.

    Ctrl-C is not an answer: it interrupts the command (exit code 130). At the end
    of the input the answer is no.
    """
    yes_words = {"j", "ja", "y", "yes"}
    no_words = {"n", "nein", "no", ""}
    while True:
        answer = ask(f"{question} {t('prompt.yes_no')}")
        if answer is None:
            return False
        answer = answer.strip().casefold()
        if answer in yes_words or answer in no_words:
            return answer in yes_words
        print_note(t("prompt.answer_yes_no"), style="yellow")


def confirm_or_stop(question: str) -> None:
    """Go on only if the user answers yes; otherwise say so and exit with code 1."""
    if not confirm(question):
        print_note(t("error.aborted"), style="yellow")
        raise typer.Exit(ExitCode.ERROR)


def ask(prompt: str) -> str | None:
    """One line typed by the user after ``prompt`` (on stderr); None at the end of the input."""
    err.print(Text(f"{prompt}: "), end="")
    line = sys.stdin.readline()
    if not line:
        err.print()
        return None
    return line.rstrip("\r\n")


def ask_secret(prompt: str) -> str | None:
    """A password: typed without echo on a terminal, else read as one line from the input."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"{prompt}: ", stream=sys.stderr)
    return ask(prompt)


def store(db_path: Path | None, *, create: bool = False) -> Any:
    """Open the database for a command (imported lazily: sqlite-utils is slow to import).

    Only a command that creates something (``create=True``: new-event) makes a
    new database file; every other command stops when the file does not exist, so
    a mistyped ``--db`` does not leave an empty database behind.
    """
    from konferenz_cli.db.connection import open_db, resolve_db_path

    path = resolve_db_path(db_path)
    if not create and not path.exists():
        raise KonferenzError("db.missing", path=str(path))
    return open_db(path)


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


#: What a file name's ending says about its format (``-o liste.xlsx``); ``.txt`` says nothing.
_FORMAT_OF_SUFFIX = {
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".md": "md",
    ".pdf": "pdf",
    ".ics": "ics",
    ".xml": "frab",
}

#: Endings that name a file, not a folder.
_FILE_SUFFIXES = frozenset(_FORMAT_OF_SUFFIX) | {".eml", ".txt"}

E = TypeVar("E", bound=enum.Enum)


def output_folder(path: Path) -> Path:
    """The folder a command writes one file per person into, made if need be.

    A new name that ends like a file (``-o einladungen.eml``) is a slip: the
    files would land in a folder called so. It is refused with what to type.
    """
    if path.exists() and not path.is_dir():
        raise KonferenzError("output.not_a_folder", path=str(path))
    if not path.exists() and path.suffix.lower() in _FILE_SUFFIXES:
        raise KonferenzError("output.folder_expected", path=str(path), folder=str(path.with_suffix("")))
    path.mkdir(parents=True, exist_ok=True)
    return path


def format_for_output(chosen: E, output: Path | None, parameter: str) -> E:
    """The format to write: the one typed with ``--format``, else the one the file name says.

    ``-o bericht.docx`` alone writes Word, not the default HTML under a .docx
    name that Word cannot open. A ``--format`` that contradicts the file name
    (``--format csv -o liste.xlsx``), or a name in a format the command cannot
    write (``-o liste.pdf`` for a listing), is refused rather than guessed.
    """
    named = _FORMAT_OF_SUFFIX.get(output.suffix.lower()) if output is not None else None
    formats = {member.value: member for member in type(chosen)}
    if output is None or named is None:
        return chosen
    if named not in formats:  # -o liste.pdf where only a table, JSON, CSV or XLSX can be written
        raise KonferenzError("output.format_not_offered", path=output.name, named=named, formats=", ".join(formats))
    if not typed_on_command_line(parameter):
        return formats[named]
    if named != chosen.value:
        raise KonferenzError("output.format_contradicts_name", path=output.name, format=chosen.value, named=named)
    return chosen


def emit_listing(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Any],
    list_format: ListFormat,
    output: Path | None,
    *,
    title: str | None = None,
    table_columns: Sequence[Any] | None = None,
    sheet_name: str | None = None,
    empty: str | None = None,
) -> None:
    """Show or write a listing in the chosen format.

    ``columns`` (:class:`konferenz_cli.render.tables.Column`) define the keys of
    the CSV and XLSX output and the table; JSON carries every key of the rows.
    ``table_columns`` narrows the columns shown in the terminal table; ``empty``
    is what the terminal says instead of an empty table (what to do next).
    """

    from konferenz_cli.render import tables

    yes, no = t("word.yes"), t("word.no")
    list_format = format_for_output(list_format, output, "list_format")
    if list_format is ListFormat.xlsx:
        if output is None:
            raise KonferenzError("output.xlsx_needs_file")
        sheet = tables.Sheet(sheet_name or title or "Liste", columns, _sheet_rows(rows, columns), title=title)
        tables.write_workbook([sheet], _writable(output))
        print_note(t("output.written", path=str(output)))
        return
    if list_format is ListFormat.table:
        if not rows and output is None:
            print_note(empty or t("output.empty"))
            return
        table = _terminal_table(rows, table_columns or columns, title, yes, no)
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
        return
    if output is not None:
        with _writable(output).open("w", encoding="utf-8", newline="") as handle:
            _write_text_format(rows, columns, list_format, handle)
        print_note(t("output.written", path=str(output)))
    else:
        _write_text_format(rows, columns, list_format, sys.stdout)


def _terminal_table(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[Any], title: str | None, yes: str, no: str
) -> Any:
    """A Rich table for people: numbers right-aligned in the locale's form, dates as people write
    them, one list item per line."""
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        values = [row.get(column.key) for row in rows]
        numeric = any(_is_number(v) for v in values) and all(v is None or _is_number(v) for v in values)
        table.add_column(column.header, overflow="fold", justify="right" if numeric else "left")
    for row in rows:
        table.add_row(*(Text(_shown(c, row.get(c.key), yes, no)) for c in columns))
    return table


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")


def _shown(column: Any, value: Any, yes: str, no: str) -> str:
    """A value as the terminal table shows it (the files keep the plain value)."""
    from konferenz_cli.render import tables

    if column.display is not None and value is not None:
        return str(column.display(value))
    if column.words is not None and value is not None:
        return str(column.words(value))
    if isinstance(value, (list, tuple)):
        return "\n".join(tables.cell_text(item, yes, no) for item in value)
    return readable(value, yes, no)


def readable(value: Any, yes: str, no: str) -> str:
    """A stored value as a person reads it on screen: "2,5", "04.11.2023", "04.11.2023, 09:52", "ja"."""
    import datetime as dt

    from konferenz_cli.i18n import format_date, format_datetime, format_number
    from konferenz_cli.render import tables

    if isinstance(value, float):
        return format_number(value)
    if _is_number(value):
        return str(value)  # whole numbers are often ids and numbers on badges: no thousands separator
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        with contextlib.suppress(ValueError):
            return format_date(dt.date.fromisoformat(value), "medium")
    if isinstance(value, str) and _ISO_DATETIME.fullmatch(value):
        with contextlib.suppress(ValueError):
            return format_datetime(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
    return tables.cell_text(value, yes, no)


def _sheet_rows(rows: Sequence[Mapping[str, Any]], columns: Sequence[Any]) -> list[dict[str, Any]]:
    """Rows as a person reads them in Excel: dates as real dates (sortable, filterable), codes in words.

    CSV and JSON keep the stored values, which scripts compare; a workbook is read by people.
    """
    words = {column.key: column.words for column in columns if column.words is not None}
    return [
        {
            key: words[key](value) if key in words and value is not None else _sheet_value(value)
            for key, value in row.items()
        }
        for row in rows
    ]


def _sheet_value(value: Any) -> Any:
    import datetime as dt

    if not isinstance(value, str):
        return value
    try:
        if _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
        if _ISO_DATETIME.fullmatch(value):
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.utcoffset() == dt.timedelta(0):
                moment = moment.astimezone()  # an instant in UTC: the wall-clock time here
            return moment.replace(tzinfo=None)  # Excel has no time zones: the wall-clock time it was stored with
    except ValueError:
        return value
    return value


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
