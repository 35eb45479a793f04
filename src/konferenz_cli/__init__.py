"""konferenz: organise integration conferences, round tables and network meetings."""

__version__ = "0.1.0"
