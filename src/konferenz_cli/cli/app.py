"""Building the Typer application in the user's language.

Help texts are translated, so the application is built after the language is
known (see :func:`konferenz_cli.cli.main`). Each module in ``COMMAND_MODULES``
has a ``register(app)`` function that adds its commands.
"""

import importlib
from pathlib import Path
from typing import Annotated, Optional

import typer

from konferenz_cli import __version__
from konferenz_cli.cli.common import GLOBAL, Language, db_opt, lang_opt
from konferenz_cli.cli.translated import KonferenzGroup, install_help_texts
from konferenz_cli.i18n import set_language, t

__all__ = ["COMMAND_MODULES", "build_app"]

COMMAND_MODULES = (
    "events",
    "programme",
    "registrations",
    "assign",
    "calendar",
    "mail",
    "checkin",
    "lists",
    "results",
    "report",
    "privacy",
    "demo",
)


def build_app() -> typer.Typer:
    """The konferenz application with every command, help in the current language."""
    install_help_texts()
    app = typer.Typer(
        name="konferenz",
        help=t("app.help"),
        cls=KonferenzGroup,
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]},
        pretty_exceptions_show_locals=False,
        rich_markup_mode=None,
        add_completion=False,
    )

    def show_version(value: bool) -> None:
        if value:
            typer.echo(f"konferenz {__version__}")
            raise typer.Exit()

    @app.callback()
    def root(
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
        version: bool = typer.Option(False, "--version", help=t("opt.version"), callback=show_version, is_eager=True),
    ) -> None:
        GLOBAL.db = db
        GLOBAL.lang = lang.value if isinstance(lang, Language) else None
        GLOBAL.event = None
        if GLOBAL.lang:
            set_language(GLOBAL.lang)

    for name in COMMAND_MODULES:
        importlib.import_module(f"konferenz_cli.cli.commands.{name}").register(app)
    return app
