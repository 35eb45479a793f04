"""A progress bar on stderr for work that takes a while (one step per file or message)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from konferenz_cli.console import err

__all__ = ["progress_bar"]


@contextlib.contextmanager
def progress_bar(total: int, description: str) -> Iterator[Callable[[], None]]:
    """Show a bar of ``total`` steps; yields the function that advances it by one."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=total <= 1,
    ) as progress:
        task = progress.add_task(description, total=total)
        yield lambda: progress.advance(task)
