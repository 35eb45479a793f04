"""Files shipped with konferenz: templates, examples and fonts.

In a wheel, ``templates/`` and ``examples/`` from the top of the repository
are packed into ``konferenz_cli/_data/``; in an editable checkout they are read
from the repository itself. Both lookups go through here.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["examples_dir", "templates_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    packed = _PACKAGE / "_data" / name
    if packed.is_dir():
        return packed
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the shipped folder {name!r} is missing from this installation")


def templates_dir() -> Path:
    """The folder of the shipped templates."""
    return _shipped("templates")


def examples_dir() -> Path:
    """The folder of the bundled example events and registration files."""
    return _shipped("examples")
