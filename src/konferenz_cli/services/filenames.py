"""Safe, distinct file names from people's names, for one file per person in a folder.

Names come from registration forms and may hold anything: slashes, dots,
control characters, names Windows reserves (``CON``, ``LPT1``), or nothing
usable at all. :class:`FileNamer` turns each into a name that stays inside the
folder, works on Windows, macOS and Linux, keeps letters of every script, and
never repeats a name already given (compared without case, as Windows and
macOS do).
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

__all__ = ["FileNamer", "safe_stem"]

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}
_UNSAFE = re.compile(r'[\\/:*?"<>|]')
# Control characters, and the invisible marks that could disguise a name or its extension
# (zero-width space, bidi overrides); joiners stay, Persian spelling needs them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_SEPARATORS = {sep for sep in (os.sep, os.altsep, "/", "\\") if sep}
_MAX_BYTES = 120


def _shorten(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_stem(text: str, fallback: str) -> str:
    """A file name stem from ``text``: no separators, control characters or reserved names.

    Letters of every script stay; runs of spaces become ``_``; ``fallback`` is
    used when nothing usable is left.
    """
    cleaned = unicodedata.normalize("NFC", text or "")
    cleaned = _CONTROL.sub("", cleaned)
    cleaned = _UNSAFE.sub("-", cleaned)
    cleaned = _SPACES.sub("_", cleaned.strip())
    cleaned = _shorten(cleaned, _MAX_BYTES).strip("._- ")
    if not cleaned or not any(ch.isalnum() for ch in cleaned):
        cleaned = fallback
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = f"{cleaned}_"
    return cleaned


class FileNamer:
    """Hands out distinct paths inside ``folder`` with the given suffix."""

    def __init__(self, folder: Path, suffix: str) -> None:
        self.folder = folder
        self.suffix = suffix
        self._taken: set[str] = set()

    def path_for(self, text: str, fallback: str) -> Path:
        """A new path for a file about ``text`` (``fallback`` when the text gives no name)."""
        stem = safe_stem(text, safe_stem(fallback, "file"))
        candidate, number = stem, 1
        while f"{candidate}{self.suffix}".casefold() in self._taken:
            number += 1
            candidate = f"{stem}-{number}"
        name = f"{candidate}{self.suffix}"
        self._taken.add(name.casefold())
        if any(separator in name for separator in _SEPARATORS) or name in (".", ".."):
            raise ValueError(f"file name {name!r} would leave {self.folder}")
        return self.folder / name
