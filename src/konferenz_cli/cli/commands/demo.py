"""Command: demo."""

import os
import shutil
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table
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
        table = Table(title=t("demo.title", folder=str(out_dir)), header_style="bold")
        table.add_column(t("demo.col.step"))
        table.add_column(t("demo.col.what"), overflow="fold")
        table.add_column(t("demo.col.where"), overflow="fold", no_wrap=True)  # a path is read in one piece
        for step_key, what, where in run.made:
            table.add_row(Text(t(step_key)), Text(what), Text(_inside(where, out_dir)))
        out.print(table)
        print_note(t("demo.database", path=str(db_path)), style="green")
        print_note(t("demo.next", program=_program(), db=str(db_path)))


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
