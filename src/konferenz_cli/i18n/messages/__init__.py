"""The message catalogue, one module per area of the program.

Each module defines ``MESSAGES``: a mapping from a dotted key to a mapping with
the texts in ``"de"`` and ``"en"``. Add a module to ``AREAS`` to include it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

AREAS = (
    "core",
    "usage",
    "events",
    "templates",
    "registrations",
    "assign",
    "calendar",
    "mail",
    "checkin",
    "lists",
    "results",
    "report",
    "privacy",
)


def all_messages() -> dict[str, Mapping[str, str]]:
    """Every message of every area; a key defined twice is a programming error."""
    merged: dict[str, Mapping[str, str]] = {}
    for area in AREAS:
        module = importlib.import_module(f"{__name__}.{area}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message {key!r} is defined twice")
            merged[key] = texts
    return merged
