"""Command: demo."""

import itertools
import os
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from konferenz_cli.cli.common import Language, command, lang_opt, print_note
from konferenz_cli.console import out
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import t


def register(app: typer.Typer) -> None:
    """Add the demo command to ``app``."""

    @command(app, "demo", "help.demo")
    def demo(
        out_dir: Annotated[Path, typer.Option("--out", help=t("opt.demo_out"), metavar=t("metavar.folder"))] = Path(
            "konferenz-demo"
        ),
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db.connection import open_db
        from konferenz_cli.resources import examples_dir
        from konferenz_cli.services.demo import run_demo

        if out_dir.exists() and not out_dir.is_dir():
            raise KonferenzError("output.not_a_folder", path=str(out_dir))
        out_dir.mkdir(parents=True, exist_ok=True)
        db_path = out_dir / "konferenz.db"
        for stale in (db_path, db_path.with_name("konferenz.db-wal"), db_path.with_name("konferenz.db-shm")):
            stale.unlink(missing_ok=True)
        database = open_db(db_path)
        try:
            run = run_demo(out_dir, database, examples_dir())
        finally:
            database.close()
        _print_made(run.made, out_dir)
        out.print()
        print_note(t("demo.database", path=str(db_path)), style="green")
        print_note(t("demo.next", program=_program(), db=str(db_path)))


def _print_made(made: list[tuple[str, str, str]], folder: Path) -> None:
    """What the demo made, step by step: each thing on its line, the file it went to below it.

    Stacked rather than in columns, so that it reads as well in an 80-column window as in a wide one.
    """
    out.print(Text(t("demo.title", folder=str(folder)), style="bold"))
    for step_key, entries in itertools.groupby(made, key=lambda entry: entry[0]):
        out.print()
        out.print(Text(t(step_key), style="bold"))
        for _, what, where in entries:
            indent = "  "
            out.print(Text(textwrap.fill(what, max(out.width, 40), initial_indent=indent, subsequent_indent=indent)))
            if where:
                out.print(Text(f"      {_inside(where, folder)}", style="cyan"), soft_wrap=True)


def _inside(where: str, folder: Path) -> str:
    """``where`` relative to the demo folder (named in the title), so the table stays narrow."""
    prefix = f"{folder}{os.sep}"
    return where[len(prefix) :] if where.startswith(prefix) else where


def _program() -> str:
    """How to call konferenz again: its name if it is on the PATH, else the path it was started by."""
    started = Path(sys.argv[0])
    if started.name == "konferenz" and shutil.which("konferenz") is None:
        return str(started)
    return "konferenz"
