"""Finding people by what the door staff types."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from konferenz_cli.services.textmatch import fold, is_tick, matches_all, split_name


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("muller", "Jörg Müller", True),
        ("mueller", "Jörg Müller", True),
        ("joerg", "Jörg Müller", True),
        ("JÖRG", "Jörg Müller", True),
        ("weiss", "Ursula Weiß", True),
        ("jorg mul", "Jörg Müller", True),
        ("anna", "Jörg Müller", False),
        ("zoe", "Zoë Nguyen", True),
        ("حداد", "أمينة حداد", True),
    ],
)
def test_matches_all(query, name, expected) -> None:
    assert matches_all(query, name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amina Haddad", ("Amina", "Haddad")),
        ("Haddad, Amina", ("Amina", "Haddad")),
        ("Ursula von der Heide", ("Ursula", "von der Heide")),
        ("Anna Lena Schmidt", ("Anna Lena", "Schmidt")),
        ("Cher", (None, "Cher")),
    ],
)
def test_split_name(text, expected) -> None:
    assert split_name(text) == expected


@pytest.mark.parametrize(
    ("value", "ticked"),
    [
        ("x", True),
        ("X", True),
        ("✓", True),
        (1, True),
        ("ja", True),
        ("", False),
        (None, False),
        ("nein", False),
        (0, False),
        ("0.0", False),
    ],
)
def test_is_tick(value, ticked) -> None:
    assert is_tick(value) is ticked


@given(st.text(min_size=1, max_size=40))
def test_everyone_is_found_by_their_own_name(name) -> None:
    if fold(name).strip():
        assert matches_all(name, name)


@given(st.text(max_size=40))
def test_fold_is_idempotent(text) -> None:
    assert fold(fold(text)) == fold(text)


def test_fold_folds_compatibility_letters_in_one_pass() -> None:
    # A styled letter from a form ("𝗔", mathematical bold) is an "a", the first time round too.
    assert fold("𝗔𝗺𝗶𝗻𝗮") == "amina"
    assert fold(fold("𝗔")) == fold("𝗔")
