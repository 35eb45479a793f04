"""Errors a user can cause, and the exit codes the command line promises.

Library code raises a :class:`KonferenzError` carrying a message key from the
translation catalogue and its parameters; only the command-line boundary turns
it into text in the user's language. Nothing below the CLI prints or exits.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

__all__ = [
    "ConfigError",
    "DatabaseTooNew",
    "EventNotFound",
    "ExitCode",
    "KonferenzError",
    "ValidationError",
]


class ExitCode(IntEnum):
    """Exit codes of every konferenz command (SPEC.md, command-line contract)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    ROWS_REJECTED = 3
    INTERRUPTED = 130


class KonferenzError(Exception):
    """An error the user can fix; shown as one translated message.

    ``key`` names a message in the catalogue (``konferenz_cli.i18n``);
    ``params`` fill its placeholders.
    """

    exit_code: int = ExitCode.ERROR

    def __init__(self, key: str, /, exit_code: int | None = None, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        if exit_code is not None:
            self.exit_code = exit_code

    def message(self) -> str:
        """The message in the current language."""
        from konferenz_cli.i18n import t

        return t(self.key, **self.params)

    def __str__(self) -> str:
        return self.message()


class EventNotFound(KonferenzError):
    """No event with the given slug."""


class ConfigError(KonferenzError):
    """An event file, mapping file or option value that cannot be used."""


class ValidationError(KonferenzError):
    """A value that breaks a rule of the domain (end before start, capacity 0)."""


class DatabaseTooNew(KonferenzError):
    """The database was written by a newer konferenz."""
