"""Typer's own texts in the user's language: help headings, usage lines and usage errors.

Typer writes its help headings ("Options", "[default: …]", "[required]") through
``gettext`` and its usage line, help option and usage errors in English. The
command classes here take those texts from the message catalogue instead, so a
German user reads "Aufruf:", "Optionen" and "Es fehlt die Option --output" – and
every usage error still exits with code 2. Commands and groups get these classes
through :func:`konferenz_cli.cli.common.command` and
:func:`konferenz_cli.cli.common.subcommands`.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from typing import Any

import typer
import typer.core
from rich.text import Text
from typer.core import TyperCommand, TyperGroup

from konferenz_cli.console import err
from konferenz_cli.errors import ExitCode
from konferenz_cli.i18n import t

try:  # Typer 0.29 and later bring their own copy of Click.
    from typer._click import exceptions as click_exceptions
    from typer._click.globals import get_current_context
except ImportError:  # pragma: no cover - older Typer on top of Click
    from click import exceptions as click_exceptions  # type: ignore[no-redef]
    from click.globals import get_current_context  # type: ignore[no-redef]

__all__ = [
    "KonferenzCommand",
    "KonferenzGroup",
    "install_help_texts",
    "option_for_field",
    "typed_on_command_line",
    "usage_error_text",
]

# Typer's gettext message ids and the catalogue keys that replace them.
_HELP_TEXTS = {
    "Arguments": "usage.section.arguments",
    "Options": "usage.section.options",
    "Commands": "usage.section.commands",
    "default: {default}": "usage.default",
    "required": "usage.required",
    "env var: {var}": "usage.env_var",
    "(dynamic)": "usage.dynamic",
    "Aborted!": "error.aborted",
}

# English usage errors that carry no structure beyond their text.
_MESSAGE_PATTERNS = (
    (re.compile(r"No such command '(?P<name>.*?)'\.(?: Did you mean (?P<suggestions>.*)\?)?"), "usage.no_such_command"),
    (re.compile(r"Missing command\."), "usage.missing_command"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)"), "usage.extra_arguments"),
    (re.compile(r"Option '(?P<name>.*?)' requires an argument\."), "usage.option_needs_value"),
    (re.compile(r"Option '(?P<name>.*?)' requires (?P<count>\d+) arguments\."), "usage.option_needs_values"),
    (re.compile(r"Option '(?P<name>.*?)' does not take a value\."), "usage.option_takes_no_value"),
)
_NOT_ONE_OF = re.compile(r"(?:Value error, )?'(?P<value>.*)' is not one of .*")
_NOT_A_NUMBER = re.compile(r"Input should be a valid (?:integer|number).*")


def _typer_gettext(message: str) -> str:
    key = _HELP_TEXTS.get(message)
    return t(key) if key else message


def install_help_texts() -> None:
    """Let Typer's help headings come from the catalogue (Typer looks them up through gettext)."""
    typer.core._ = _typer_gettext  # type: ignore[attr-defined]


def option_for_field(field: str) -> str | None:
    """The option (``--date``) through which the user typed ``field`` in the running command, if any.

    Services name a bad value by its field ("date"), as in an event file; when the
    value came from an option on the command line, the message should name that.
    """
    context = get_current_context(silent=True)
    if context is None:
        return None
    for param in context.command.params:
        if getattr(param, "param_type_name", "") != "option" or not param.name:
            continue
        names = {param.name, f"{param.name}s", param.name.removeprefix("event_")}
        source = context.get_parameter_source(param.name)
        if field in names and source is not None and source.name == "COMMANDLINE":
            return str(max(param.opts, key=len))
    return None


def typed_on_command_line(parameter: str) -> bool:
    """Whether the user gave ``parameter`` in the running command (rather than leaving its default)."""
    context = get_current_context(silent=True)
    source = context.get_parameter_source(parameter) if context is not None else None
    return source is not None and source.name in ("COMMANDLINE", "ENVIRONMENT", "PROMPT")


def _parameter_label(param: Any) -> str:
    """How a parameter is named in a message: ``--format/-f`` or the argument's metavar."""
    if param is None:
        return "?"
    if getattr(param, "param_type_name", "") == "option":
        return "/".join(param.opts)
    return str(param.metavar or param.name).upper()


def _choices(param: Any) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) if descriptor is not None else None
    if choices is None:
        choices = getattr(getattr(param, "type", None), "choices", None)
    return [str(getattr(choice, "value", choice)) for choice in choices or ()]


def _quoted_list(text: str) -> str:
    return ", ".join(part.strip().strip("'") for part in text.split(","))


def usage_error_text(error: Any) -> str:
    """A usage error (missing option, unknown command, bad value …) in the user's language."""
    param = getattr(error, "param", None)
    if isinstance(error, click_exceptions.MissingParameter):
        key = "usage.missing_option" if getattr(param, "param_type_name", "") == "option" else "usage.missing_argument"
        text = t(key, name=_parameter_label(param))
        choices = _choices(param)
        return text + (" " + t("usage.choose_from", choices=", ".join(choices)) if choices else "")
    if isinstance(error, click_exceptions.NoSuchOption):
        text = t("usage.no_such_option", name=error.option_name)
        if error.possibilities:
            text += " " + t("usage.did_you_mean", names=", ".join(sorted(error.possibilities)))
        elif error.ctx is not None and _subcommands_know(error.ctx, error.option_name):
            text += " " + t("usage.option_after_command", name=error.option_name, command=error.ctx.command_path)
        return text
    if isinstance(error, click_exceptions.BadParameter):
        return _bad_value_text(error.message, param)
    for pattern, key in _MESSAGE_PATTERNS:
        match = pattern.fullmatch(error.message)
        if match:
            return _from_pattern(key, match)
    return str(error.message)


def _existing_files(text: str) -> list[str] | None:
    """The files that Click's "extra arguments" text joins with spaces, if every piece is one."""
    files: list[str] = []
    pending = ""
    for word in text.split(" "):
        pending = f"{pending} {word}" if pending else word
        if os.path.isfile(pending):
            files.append(pending)
            pending = ""
    return files if files and not pending else None


def _subcommands_know(context: Any, option: str) -> bool:
    """Whether ``option``, unknown to a group, belongs to its commands (``konferenz assign -e X explain``)."""
    commands = getattr(getattr(context, "command", None), "commands", None) or {}
    return any(option in getattr(param, "opts", ()) for command in commands.values() for param in command.params)


def _from_pattern(key: str, match: re.Match[str]) -> str:
    params = {name: value or "" for name, value in match.groupdict().items()}
    if key == "usage.extra_arguments":
        files = _existing_files(params["args"])
        if files:  # "konferenz import-registrations *.xlsx": the shell made several files of one pattern
            return t("usage.extra_files", files=", ".join(files))
    suggestions = params.pop("suggestions", "")
    text = t(key, **params)
    if suggestions:
        text += " " + t("usage.did_you_mean", names=_quoted_list(suggestions))
    return text


def _bad_value_text(message: str, param: Any) -> str:
    label = _parameter_label(param)
    choices = _choices(param)
    not_one_of = _NOT_ONE_OF.fullmatch(message)
    if not_one_of and choices:
        return t("usage.not_a_choice", value=not_one_of.group("value"), name=label, choices=", ".join(choices))
    if _NOT_A_NUMBER.fullmatch(message):
        return t("usage.not_a_number", name=label)
    return t("usage.bad_value", name=label, message=message)


def _show_usage_error(error: Any) -> None:
    context = getattr(error, "ctx", None)
    if context is not None:
        err.print(Text(context.get_usage()))
    err.print(Text(t("error.prefix") + usage_error_text(error), style="red"))
    if context is not None:
        err.print(Text(t("usage.try_help", command=context.command_path)))


@contextlib.contextmanager
def _translated_usage_errors() -> Iterator[None]:
    """Show a usage error in the user's language and exit 2; a refused confirmation exits 1."""
    try:
        yield
    except click_exceptions.NoArgsIsHelpError:
        raise
    except click_exceptions.UsageError as error:
        _show_usage_error(error)
        raise typer.Exit(ExitCode.USAGE) from None
    except typer.Abort:
        err.print(Text(t("error.aborted"), style="yellow"))
        raise typer.Exit(ExitCode.ERROR) from None


class _Translated:
    """Usage line and help option in the user's language (mixed into Typer's command classes)."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)  # type: ignore[misc]
        except click_exceptions.UsageError as error:
            if error.ctx is None:  # the option parser does not know the command: name it for the usage line
                error.ctx = self.context_class(self, info_name=info_name, parent=parent)  # type: ignore[attr-defined]
            raise

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("usage.prefix") + " ")

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("usage.help_option")
        return option


class KonferenzCommand(_Translated, TyperCommand):
    """A command whose help and usage errors speak the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options_metavar = t("usage.options_metavar")

    def format_options(self, ctx: Any, formatter: Any) -> None:
        rows: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None or param.param_type_name not in rows:
                continue
            name, text = record
            if param.param_type_name == "argument" and param.metavar:
                name = param.metavar  # not "DATEI <path>": the type means nothing to a reader
            rows[param.param_type_name].append((name, text))
        for kind, key in (("argument", "usage.section.arguments"), ("option", "usage.section.options")):
            if rows[kind]:
                with formatter.section(t(key)):
                    formatter.write_dl(rows[kind])


class KonferenzGroup(_Translated, TyperGroup):
    """A group of commands whose help and usage errors speak the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options_metavar = t("usage.options_metavar")
        self.subcommand_metavar = t("usage.subcommand_metavar")

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        with _translated_usage_errors():
            return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _translated_usage_errors():
            return super().invoke(ctx)
