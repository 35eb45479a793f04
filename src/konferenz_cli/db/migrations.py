"""The schema of the konferenz database, as an append-only list of migrations.

A migration's function name is its key in ``_sqlite_migrations``: never rename
or edit a migration that has been released; add a new one instead. All pending
migrations of one open are applied in a single transaction (see
``konferenz_cli.db.connection``), so an upgrade either happens completely or not
at all.

Conventions: tables are plural snake_case, internal tables start with ``_``;
lists of names (speakers, organisers, facilitators) are JSON arrays in TEXT
columns; dates are ISO ``YYYY-MM-DD``, wall-clock times ``HH:MM`` in the event's
time zone, instants ISO 8601 with offset.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

__all__ = ["MIGRATION_SET", "known_migrations", "migrations"]

MIGRATION_SET = "konferenz"
migrations = Migrations(MIGRATION_SET)
_KNOWN: list[str] = []


def _migration(function: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``function`` as the next migration under its own name."""
    _KNOWN.append(function.__name__)
    return migrations()(function)


def known_migrations() -> frozenset[str]:
    """The names of the migrations this version knows; a database with others is from a newer version."""
    return frozenset(_KNOWN)


def _run(db: Database, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)


@_migration
def m001_create_events(db: Database) -> None:
    """Series, events, agenda, rooms, topics, rounds and sessions."""
    _run(
        db,
        """
        CREATE TABLE series (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            description TEXT
        )""",
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
            date TEXT NOT NULL,
            end_date TEXT,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL,
            doors TEXT,
            timezone TEXT NOT NULL DEFAULT 'Europe/Berlin',
            venue TEXT,
            address TEXT,
            registration_deadline TEXT,
            contact_email TEXT,
            contact_phone TEXT,
            organisers TEXT NOT NULL DEFAULT '[]',
            partners TEXT NOT NULL DEFAULT '[]',
            patron TEXT,
            moderator TEXT,
            funding_programme TEXT,
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
            language TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
            description TEXT,
            website TEXT,
            retention_days INTEGER CHECK (retention_days IS NULL OR retention_days >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """
        CREATE TABLE rooms (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
            description TEXT,
            UNIQUE (event_id, name)
        )""",
        """
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN (
                'welcome', 'input', 'workgroup_round', 'testimony', 'panel',
                'break', 'market', 'tour', 'other')),
            speakers TEXT NOT NULL DEFAULT '[]',
            room TEXT,
            description TEXT,
            uid TEXT NOT NULL UNIQUE
        )""",
        """
        CREATE TABLE rounds (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number > 0),
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            title TEXT,
            UNIQUE (event_id, number)
        )""",
        """
        CREATE TABLE topics (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            facilitators TEXT NOT NULL DEFAULT '[]',
            room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
            min_size INTEGER CHECK (min_size IS NULL OR min_size >= 0),
            standing INTEGER NOT NULL DEFAULT 0,
            UNIQUE (event_id, name),
            UNIQUE (event_id, number)
        )""",
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
            min_size INTEGER CHECK (min_size IS NULL OR min_size >= 0),
            facilitators TEXT,
            cancelled INTEGER NOT NULL DEFAULT 0,
            UNIQUE (topic_id, round_id)
        )""",
        "CREATE INDEX idx_agenda_items_event ON agenda_items(event_id, date, start)",
        "CREATE INDEX idx_sessions_round ON sessions(round_id)",
        # Effective values of a session: its own, else its topic's, else its room's.
        """
        CREATE VIEW session_details AS
        SELECT
            s.id AS session_id,
            s.event_id,
            r.number AS round,
            t.id AS topic_id,
            t.number AS topic_number,
            t.name AS topic,
            COALESCE(s.room_id, t.room_id) AS room_id,
            rm.name AS room,
            COALESCE(s.capacity, t.capacity, rm.capacity) AS capacity,
            COALESCE(s.min_size, t.min_size) AS min_size,
            COALESCE(s.facilitators, t.facilitators) AS facilitators,
            s.cancelled
        FROM sessions s
        JOIN topics t ON t.id = s.topic_id
        JOIN rounds r ON r.id = s.round_id
        LEFT JOIN rooms rm ON rm.id = COALESCE(s.room_id, t.room_id)
        """,
    )


@_migration
def m002_create_participants(db: Database) -> None:
    """Participants with preferences, assignments, attendance and results."""
    _run(
        db,
        """
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            match_key TEXT NOT NULL,
            email TEXT,
            title TEXT,
            first_name TEXT,
            last_name TEXT,
            organisation TEXT,
            organisation_type TEXT,
            sector TEXT,
            function TEXT,
            phone TEXT,
            diet TEXT,
            accessibility TEXT,
            interpreter_language TEXT,
            notes TEXT,
            follow_up INTEGER,
            newsletter INTEGER,
            newsletter_consent_at TEXT,
            newsletter_withdrawn_at TEXT,
            photo_consent INTEGER,
            list_consent INTEGER NOT NULL DEFAULT 1,
            workgroups_opt_out INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN (
                'registered', 'waitlisted', 'cancelled', 'attended')),
            registered_at TEXT,
            late INTEGER NOT NULL DEFAULT 0,
            badge_number INTEGER,
            source_file TEXT,
            source_row INTEGER,
            extra TEXT NOT NULL DEFAULT '{}',
            anonymised INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (event_id, match_key),
            UNIQUE (event_id, badge_number)
        )""",
        "CREATE INDEX idx_participants_email ON participants(email)",
        """
        CREATE TABLE preferences (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL CHECK (rank > 0),
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            PRIMARY KEY (participant_id, rank),
            UNIQUE (participant_id, topic_id)
        )""",
        """
        CREATE TABLE assignments (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            rank INTEGER,
            locked INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT 'solver',
            assigned_at TEXT NOT NULL,
            UNIQUE (participant_id, round_id)
        )""",
        "CREATE INDEX idx_assignments_session ON assignments(session_id)",
        """
        CREATE TABLE assignment_runs (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            objective TEXT NOT NULL,
            value REAL,
            bound REAL,
            proven_optimal INTEGER NOT NULL DEFAULT 0,
            solve_seconds REAL,
            summary TEXT NOT NULL DEFAULT '{}'
        )""",
        """
        CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            checked_in_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'door',
            UNIQUE (participant_id, day)
        )""",
        """
        CREATE TABLE results (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
            works_well TEXT,
            must_improve TEXT,
            proposed_measures TEXT,
            notes TEXT,
            source TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX idx_results_topic ON results(topic_id)",
    )


@_migration
def m003_create_mail_and_exports(db: Database) -> None:
    """Mail log, calendar sequence state, remembered import mappings and event settings."""
    _run(
        db,
        """
        CREATE TABLE mail_log (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
            template TEXT NOT NULL,
            recipient TEXT NOT NULL,
            message_id TEXT,
            status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
            error TEXT,
            sent_at TEXT NOT NULL
        )""",
        "CREATE INDEX idx_mail_log_lookup ON mail_log(event_id, template, recipient)",
        """
        CREATE TABLE ical_state (
            uid TEXT PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            sequence INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )""",
        """
        CREATE TABLE import_mappings (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            header_signature TEXT NOT NULL,
            mapping TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (event_id, header_signature)
        )""",
        """
        CREATE TABLE event_settings (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT,
            PRIMARY KEY (event_id, key)
        )""",
    )
