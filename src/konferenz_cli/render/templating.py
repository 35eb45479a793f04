"""The Jinja2 environment for letters, flyers and reports.

Templates are looked up first in a user's own folder (``--templates DIR`` or the
folder remembered for the event), then in the shipped ``templates/``. A user's
templates run in a sandbox. HTML templates are autoescaped; every template uses
``StrictUndefined``, so a misspelt variable is an error naming the template and
line instead of an empty gap in a letter sent to 300 people.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from konferenz_cli.errors import KonferenzError

__all__ = [
    "MESSAGE_TEMPLATES",
    "PAGE_TEMPLATES",
    "PARTS",
    "TEMPLATE_SETS",
    "check_template_name",
    "find_part",
    "make_environment",
    "render_part",
    "render_template",
    "template_set",
]

#: Template sets and where a set looks when it lacks a template (the du set falls back to formal German).
TEMPLATE_SETS: dict[str, tuple[str, ...]] = {"de": ("de",), "de-du": ("de-du", "de"), "en": ("en",)}
#: Templates written to a person (subject, text and HTML parts).
MESSAGE_TEMPLATES = ("invitation", "confirmation", "workgroups", "reminder", "thanks")
#: Printable pages about the event (HTML only).
PAGE_TEMPLATES = ("flyer", "press-release", "programme")
#: The parts of a template and the file name endings they are read from.
PARTS = {"subject": ".subject.txt", "text": ".txt", "html": ".html"}
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")

_HTML_SUFFIXES = (".html", ".htm", ".xml", ".svg")


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(_HTML_SUFFIXES)


def make_environment(user_dir: Path | None = None, language: str = "de") -> Any:
    """A Jinja2 environment over the user's folder (if any) and the shipped templates.

    With a user folder the environment is sandboxed, because its templates come
    from outside the program.
    """
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from konferenz_cli.resources import templates_dir

    loaders = []
    if user_dir is not None:
        if not user_dir.is_dir():
            raise KonferenzError("templates.dir_missing", path=str(user_dir))
        loaders.append(FileSystemLoader(str(user_dir)))
    loaders.append(FileSystemLoader(str(templates_dir())))
    # Only the shipped templates run unsandboxed: the sandbox checks every attribute
    # access, which halves the speed of ten thousand invitations.
    kind = Environment if user_dir is None else SandboxedEnvironment
    environment = kind(
        loader=ChoiceLoader(loaders),
        auto_reload=False,
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(_filters(language))
    return environment


def _filters(language: str) -> dict[str, Any]:
    from konferenz_cli.i18n import format_date, format_number, format_percent

    @functools.lru_cache(maxsize=256)
    def formatted(value: dt.date, style: str) -> str:
        return format_date(value, style, language=language)

    def date_filter(value: Any, style: str = "full") -> str:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        return formatted(value, style)

    return {
        "date": date_filter,
        "number": lambda value: format_number(value, language=language),
        "percent": lambda value: format_percent(value, language=language),
    }


def template_set(language: str, informal: bool = False) -> str:
    """The template set for a language: ``de``, ``de-du`` (German, informal) or ``en``."""
    return "de-du" if language == "de" and informal else language


def check_template_name(name: str) -> str:
    """``name`` if it is a template name (lower-case letters, digits, ``-``, ``_``); a user error otherwise."""
    if not _NAME.fullmatch(name):
        raise KonferenzError("templates.bad_name", name=name)
    return name


def find_part(environment: Any, name: str, part: str, template_set_name: str) -> str | None:
    """The file that provides ``part`` of template ``name`` in the set (or its fallback), or None."""
    from jinja2 import TemplateNotFound

    for folder in TEMPLATE_SETS.get(template_set_name, (template_set_name,)):
        candidate = f"{folder}/{name}{PARTS[part]}"
        try:
            environment.loader.get_source(environment, candidate)
        except TemplateNotFound:
            continue
        return candidate
    return None


def render_part(environment: Any, name: str, part: str, template_set_name: str, context: dict[str, Any]) -> str | None:
    """Render one part of a template (None if the template has no such part).

    A subject is returned as one line with its whitespace collapsed.
    """
    found = find_part(environment, name, part, template_set_name)
    if found is None:
        return None
    text = render_template(environment, [found], context)
    if part == "subject":
        return " ".join(text.split())
    return text


def render_template(environment: Any, names: Sequence[str], context: dict[str, Any]) -> str:
    """Render the first template of ``names`` that exists, with ``context``.

    A missing template or a variable the template uses but the context lacks
    becomes a :class:`KonferenzError` naming the template and line.
    """
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    try:
        template = environment.select_template(list(names))
    except TemplateNotFound:
        raise KonferenzError("templates.not_found", name=", ".join(names)) from None
    except TemplateSyntaxError as error:
        raise KonferenzError(
            "templates.syntax", name=error.filename or error.name or names[0], line=error.lineno, reason=error.message
        ) from None
    try:
        return str(template.render(context))
    except UndefinedError as error:
        name, line = _where(error, template.filename or template.name)
        raise KonferenzError("templates.undefined", name=name, line=line, reason=str(error)) from None
    except TemplateSyntaxError as error:  # in a template it includes or extends
        raise KonferenzError(
            "templates.syntax", name=error.filename or error.name or names[0], line=error.lineno, reason=error.message
        ) from None
    except SecurityError as error:
        name, line = _where(error, template.filename or template.name)
        raise KonferenzError("templates.unsafe", name=name, line=line, reason=str(error)) from None
    except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as error:
        # Whatever a template's own expressions raise is the template's error, not the program's.
        name, line = _where(error, template.filename or template.name)
        raise KonferenzError("templates.failed", name=name, line=line, reason=str(error)) from None


def _where(error: BaseException, default_name: str) -> tuple[str, str]:
    """The innermost template file and line in the traceback (Jinja rewrites it to point there)."""
    traceback = error.__traceback__
    name, line = default_name, "?"
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_filename.endswith(("html", "txt", "md", "j2", "eml", "xml", "subject")):
            name, line = code.co_filename, str(traceback.tb_lineno)
        traceback = traceback.tb_next
    return name, line
