"""The Jinja2 environment for letters, flyers and reports.

Templates are looked up first in a user's own folder (``--templates DIR`` or the
folder remembered for the event), then in the shipped ``templates/``. A user's
templates run in a sandbox. HTML templates are autoescaped; every template uses
``StrictUndefined``, so a misspelt variable is an error naming the template and
line instead of an empty gap in a letter sent to 300 people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from konferenz_cli.errors import KonferenzError

__all__ = ["make_environment", "render_template"]

_HTML_SUFFIXES = (".html", ".htm", ".xml", ".svg")


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(_HTML_SUFFIXES)


def make_environment(user_dir: Path | None = None, language: str = "de") -> Any:
    """A Jinja2 environment over the user's folder (if any) and the shipped templates.

    With a user folder the environment is sandboxed, because its templates come
    from outside the program.
    """
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from konferenz_cli.resources import templates_dir

    loaders = []
    if user_dir is not None:
        if not user_dir.is_dir():
            raise KonferenzError("templates.dir_missing", path=str(user_dir))
        loaders.append(FileSystemLoader(str(user_dir)))
    loaders.append(FileSystemLoader(str(templates_dir())))
    environment = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
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

    def date_filter(value: Any, style: str = "full") -> str:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        return format_date(value, style, language=language)

    return {
        "date": date_filter,
        "number": lambda value: format_number(value, language=language),
        "percent": lambda value: format_percent(value, language=language),
    }


def render_template(environment: Any, names: Sequence[str], context: dict[str, Any]) -> str:
    """Render the first template of ``names`` that exists, with ``context``.

    A missing template or a variable the template uses but the context lacks
    becomes a :class:`KonferenzError` naming the template and line.
    """
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError

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
        raise KonferenzError(
            "templates.undefined", name=template.filename or template.name, line=_line_of(error), reason=str(error)
        ) from None


def _line_of(error: BaseException) -> str:
    """The template line from the traceback Jinja rewrites to point into the template."""
    traceback = error.__traceback__
    line = "?"
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_filename.endswith(("html", "txt", "md", "j2", "eml", "xml", "subject")):
            line = str(traceback.tb_lineno)
        traceback = traceback.tb_next
    return line
