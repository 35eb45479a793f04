"""The two Rich consoles: results go to stdout, messages and progress to stderr.

Whatever they print passes :func:`terminal_safe` on its way out: names and
answers from registration forms may hold escape sequences, and a terminal
acts on those (clears the screen, retitles the window, writes the clipboard).
Rich's own colours and cursor movements are added after that, so they stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment

__all__ = ["err", "out", "terminal_safe"]

# C0 controls except tab and newline, DEL, C1 controls; lone surrogates (which no terminal encoding can write).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]|[\ud800-\udfff]")


def _replacement(found: re.Match[str]) -> str:
    return "\ufffd" if found.group() >= "\ud800" else ""


def terminal_safe(text: str) -> str:
    """``text`` without control characters (tab and newline stay); lone surrogates become U+FFFD."""
    return _UNSAFE.sub(_replacement, text) if _UNSAFE.search(text) else text


class _SafeConsole(Console):
    """A console that never passes a control character from the data to the terminal."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        cleaned = (
            segment if segment.control else Segment(terminal_safe(segment.text), segment.style) for segment in buffer
        )
        return super()._render_buffer(cleaned)


out = _SafeConsole(highlight=False, soft_wrap=False)
# Messages are not hard-wrapped: the terminal wraps them, and a path or command in them stays copyable.
err = _SafeConsole(stderr=True, highlight=False, soft_wrap=True)
