"""Wishes matched to topics: by name, number, prefix, and cells with several wishes."""

from __future__ import annotations

import pytest

from konferenz_cli.importers.topics import TopicMatcher, TopicRef

MATCHER = TopicMatcher(
    [
        TopicRef(11, 1, "Spracherwerb"),
        TopicRef(12, 2, "Qualifizierung und Ausbildung"),
        TopicRef(13, 3, "Anerkennung von Abschlüssen"),
        TopicRef(14, 4, "Integration durch Kultur, Sport und Freizeit"),
    ]
)


@pytest.mark.parametrize(
    ("wish", "topic_id"),
    [
        ("Spracherwerb", 11),
        ("SPRACHERWERB!", 11),
        ("anerkennung von abschlussen", 13),
        ("Anerkennung von Abschlüssen.", 13),
        ("2", 12),
        ("AG 2", 12),
        ("Arbeitsgruppe 3", 13),
        ("AG 1: Spracherwerb", 11),
        ("Quali", 12),
        ("AG Spracherwerb (Kita, Kurse)", 11),
        ("integration durch kultur sport und freizeit", 14),
        ("Spr", 11),
        ("AG 9", None),
        ("Wohnen", None),
        ("A", None),
        ("", None),
    ],
)
def test_match(wish: str, topic_id: int | None) -> None:
    found = MATCHER.match(wish)
    assert (found.id if found else None) == topic_id


@pytest.mark.parametrize(
    ("cell", "wishes"),
    [
        (
            "Spracherwerb;Anerkennung von Abschlüssen;Qualifizierung und Ausbildung;",
            ["Spracherwerb", "Anerkennung von Abschlüssen", "Qualifizierung und Ausbildung"],
        ),
        ("Spracherwerb, Qualifizierung und Ausbildung", ["Spracherwerb", "Qualifizierung und Ausbildung"]),
        (
            "Integration durch Kultur, Sport und Freizeit, Spracherwerb",
            ["Integration durch Kultur, Sport und Freizeit", "Spracherwerb"],
        ),
        ("AG 1\nAG 3", ["AG 1", "AG 3"]),
        ("  ", []),
    ],
)
def test_split(cell: str, wishes: list[str]) -> None:
    assert MATCHER.split(cell) == wishes


def test_answer_codes_stand_for_topics_after_add_aliases() -> None:
    matcher = TopicMatcher([TopicRef(1, 1, "Spracherwerb"), TopicRef(2, 2, "Anerkennung von Abschlüssen")])
    assert matcher.match("AO01") is None

    unknown = matcher.add_aliases({"AO01": "Spracherwerb", "ao02": "Anerkennung", "AO03": "Wohnen"})

    assert unknown == ["Wohnen"]
    assert [topic.id for topic in (matcher.match("AO01"), matcher.match("AO02"))] == [1, 2]
    assert matcher.match("AO03") is None
