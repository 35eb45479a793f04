"""Commands: render, invitations, send-mail."""

import typer


def register(app: typer.Typer) -> None:
    """Add the template and mail commands to ``app``."""
