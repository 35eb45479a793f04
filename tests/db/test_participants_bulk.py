"""The bulk participant store used by imports, next to the single-row functions others use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from konferenz_cli.db import participants as store
from konferenz_cli.db.connection import open_db, transaction
from konferenz_cli.db.events import topics
from konferenz_cli.services.event_file import load_event_file
from konferenz_cli.services.events import create_event
from tests.registration_files import event_file


@pytest.fixture
def db_event(tmp_path: Path):
    db = open_db(tmp_path / "k.db")
    event = create_event(db, load_event_file(event_file(tmp_path, capacity=10)))
    yield db, event
    db.close()


@given(st.dictionaries(st.text(max_size=8), st.one_of(st.text(max_size=12), st.integers(), st.none()), max_size=5))
def test_extra_encoding_matches_json_dumps(extra: dict) -> None:
    assert store._encode_extra(extra) == json.dumps(extra, ensure_ascii=False, sort_keys=True)


def test_insert_many_returns_ids_and_stores_what_was_given(db_event) -> None:
    db, event = db_event
    rows = [
        {
            "match_key": "a@example.org",
            "email": "a@example.org",
            "first_name": "Amina",
            "newsletter": True,
            "extra": {"Nr.": "1"},
        },
        {"match_key": "name:jorg muller|", "first_name": "Jörg", "last_name": "Müller", "status": "waitlisted"},
    ]
    with transaction(db):
        ids = store.insert_many(db, event.id, rows)

    amina = store.participant(db, ids["a@example.org"])
    joerg = store.find_by_match_key(db, event.id, "name:jorg muller|")
    assert (amina.first_name, amina.newsletter, amina.extra, amina.status, amina.list_consent) == (
        "Amina",
        True,
        {"Nr.": "1"},
        "registered",
        True,
    )
    assert joerg is not None
    assert (joerg.id, joerg.last_name, joerg.status, joerg.extra) == (
        ids["name:jorg muller|"],
        "Müller",
        "waitlisted",
        {},
    )


def test_insert_many_refuses_unknown_columns(db_event) -> None:
    db, event = db_event
    with pytest.raises(KeyError, match="shoe_size"), transaction(db):
        store.insert_many(db, event.id, [{"match_key": "x", "shoe_size": 44}])


def test_update_many_preferences_and_import_state(db_event) -> None:
    db, event = db_event
    topic_ids = [t.id for t in topics(db, event.id)]
    first = store.insert_participant(db, event.id, {"email": "a@example.org", "first_name": "Amina"})
    second = store.insert_participant(db, event.id, {"email": "b@example.org", "first_name": "Ben"})
    with transaction(db):
        store.update_many(
            db,
            [
                (first, {"organisation": "Caritas", "match_key": "c@example.org", "email": "c@example.org"}),
                (second, {"late": True}),
            ],
        )
        store.replace_preferences_many(db, {first: [topic_ids[2], topic_ids[0], topic_ids[2]], second: [topic_ids[1]]})

    state = {row["id"]: row for row in store.import_state(db, event.id)}
    assert state[first]["match_key"] == "c@example.org"
    assert state[first]["organisation"] == "Caritas"
    assert state[first]["preferences"] == (topic_ids[2], topic_ids[0])
    assert state[second]["late"] == 1
    assert store.find_by_email(db, event.id, "C@example.org").preferences == (
        "Anerkennung von Abschlüssen",
        "Spracherwerb",
    )


def test_first_waitlisted_is_the_earliest_registration(db_event) -> None:
    db, event = db_event
    store.insert_participant(
        db,
        event.id,
        {"email": "late@example.org", "status": "waitlisted", "registered_at": "2023-10-05T10:00:00+02:00"},
    )
    store.insert_participant(db, event.id, {"email": "none@example.org", "status": "waitlisted"})
    store.insert_participant(
        db,
        event.id,
        {"email": "early@example.org", "status": "waitlisted", "registered_at": "2023-10-01T10:00:00+02:00"},
    )

    assert store.first_waitlisted(db, event.id).email == "early@example.org"
