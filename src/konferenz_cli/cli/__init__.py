"""The command line: a thin Typer layer over the services and the store."""

from __future__ import annotations

import sys

__all__ = ["main"]

INTERRUPTED = 130


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``konferenz`` command."""
    try:
        from konferenz_cli.cli.app import build_app
        from konferenz_cli.i18n import detect_language, set_language

        arguments = sys.argv[1:] if argv is None else list(argv)
        _tolerant_stdin()
        set_language(detect_language(arguments))
        build_app()(args=arguments, prog_name="konferenz")
    except KeyboardInterrupt:
        # Ctrl-C while Python is still loading the program (before any command
        # runs, so nothing can be half-stored): no traceback, the promised code.
        sys.stderr.write("\n")
        sys.exit(INTERRUPTED)


def _tolerant_stdin() -> None:
    """Read bytes that are not UTF-8 from the keyboard as lone surrogates, as Python does in the C locale.

    In other locales Python raises on them while reading; this way a line typed
    in another encoding reaches the command, which says what is wrong with it.
    """
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="surrogateescape")
