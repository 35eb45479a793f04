"""The storage layer: the only code that knows table names and SQL."""

from konferenz_cli.db.connection import open_db, transaction

__all__ = ["open_db", "transaction"]
