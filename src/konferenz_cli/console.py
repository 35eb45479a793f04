"""The two Rich consoles: results go to stdout, messages and progress to stderr."""

from __future__ import annotations

from rich.console import Console

__all__ = ["err", "out"]

out = Console(highlight=False, soft_wrap=False)
# Messages are not hard-wrapped: the terminal wraps them, and a path or command in them stays copyable.
err = Console(stderr=True, highlight=False, soft_wrap=True)
