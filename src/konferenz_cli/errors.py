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
    "not_a_readable_file",
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


def not_a_readable_file(path: Any, error: OSError | None = None) -> KonferenzError:
    """The error for a path that should name a file to read: a folder, a missing file, or ``error``.

    Callers raise it where a file is needed; the message says which of these it
    is, so a folder given by mistake is not reported as "does not exist".
    """
    from pathlib import Path

    shown = str(path)
    if Path(path).is_dir():
        return KonferenzError("file.is_directory", path=shown)
    if error is None or isinstance(error, FileNotFoundError):
        return KonferenzError("file.not_found", path=shown)
    return KonferenzError("file.unreadable", path=shown, reason=os_reason(error))


def os_reason(error: OSError) -> str:
    """Why the operating system refused a file, in the user's language (its own text otherwise)."""
    import errno

    from konferenz_cli.i18n import t

    keys = {
        errno.EACCES: "file.reason.permission",
        errno.EPERM: "file.reason.permission",
        errno.EROFS: "file.reason.read_only",
        errno.ENOSPC: "file.reason.disk_full",
        errno.ENOENT: "file.reason.missing",
        errno.EISDIR: "file.reason.is_directory",
        errno.ENOTDIR: "file.reason.not_directory",
        errno.ENAMETOOLONG: "file.reason.name_too_long",
    }
    key = keys.get(error.errno or 0)
    return t(key) if key else (error.strerror or str(error))
