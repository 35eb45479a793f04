"""Address headers of the .eml files: any display name survives a strict parser, lines stay short."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from konferenz_cli.render.mail import _address_header, make_address


def _parsed_name(header: str) -> str:
    message = BytesParser(policy=policy.strict).parsebytes((header + "Subject: x\r\n\r\nx\r\n").encode("ascii"))
    return message["To"].addresses[0].display_name


@pytest.mark.parametrize(
    "name",
    [
        "Amina Haddad",
        "Jörg Müller-Lüdenscheidt von und zu Großhausen-Überlingen",
        "محمد رضا رضایی",
        'Dr. "Hans", Meier',
        "Олександр Петренко 😀",
        "Ana María de la Cruz Fernández",
        "Siobhán O'Connor",
        "Back\\slash",
    ],
)
def test_display_names_round_trip(name: str) -> None:
    header = _address_header("To", make_address(name, "person@example.org"))

    assert _parsed_name(header) == name
    assert max(len(line) for line in header.split("\r\n")) <= 78


# Names of up to 15 characters of the Basic Multilingual Plane fit into one RFC 2047 encoded word. Longer
# runs are split into several words, which RFC 2047 decoders join but Python's own parser separates by a space.
NAME_CHARACTERS = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"), blacklist_characters="\t", max_codepoint=0xFFFF
)


@settings(max_examples=300, deadline=None)
@given(st.text(NAME_CHARACTERS, min_size=1, max_size=15))
def test_any_short_name_round_trips_through_a_strict_parser(name: str) -> None:
    expected = " ".join(name.split())
    header = _address_header("To", make_address(name, "person@example.org"))

    assert header.isascii()
    assert _parsed_name(header) == expected
