"""Renderers: turn plain data into files (tables, calendars, letters, documents)."""
