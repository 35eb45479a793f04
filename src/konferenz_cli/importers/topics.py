"""Matching what people wrote as their workgroup wishes to the event's topics.

A wish matches a topic by its name ignoring case, accents and punctuation
("anerkennung von abschlussen!" is "Anerkennung von Abschlüssen"), by its number
("2", "AG 2", "Arbeitsgruppe 2: ..."), by a unique prefix ("Quali"), or when it
contains exactly one topic's name ("AG Spracherwerb (Kita, Kurse)"). A cell with
several wishes is split at ``;``, line breaks and ``,`` – but never inside a
topic whose own name has a comma.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["TopicMatcher", "TopicRef", "fold_topic"]

_NON_WORD = re.compile(r"[^0-9a-z]+")
_NUMBERED = re.compile(
    r"^(?:ag|arbeitsgruppe|arbeitskreis|workshop|thema|topic|themenraum|raum|gruppe|workgroup|group|wg|nr|no)?"
    r"\s*(\d{1,3})(?:\s+(.*))?$"
)
_SPLIT_STRONG = re.compile(r"\s*(?:;|\n|\r|\|)\s*")


def fold_topic(text: str) -> str:
    """A topic name or wish reduced for comparison: lower case, no accents, words only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", plain).split())


@dataclass(frozen=True)
class TopicRef:
    """A topic as the matcher needs it."""

    id: int
    number: int
    name: str


class TopicMatcher:
    """Finds the topic a wish stands for; built once per import from the event's topics."""

    def __init__(self, topics: Sequence[TopicRef]) -> None:
        self.topics = tuple(topics)
        self._by_name = {fold_topic(t.name): t for t in self.topics}
        self._by_number = {t.number: t for t in self.topics}
        self._cache: dict[str, TopicRef | None] = {}
        self._has_comma_topic = any("," in t.name for t in self.topics)
        self._aliases: dict[str, TopicRef] = {}

    def add_aliases(self, aliases: Mapping[str, str]) -> list[str]:
        """Let answers stand for topics ("AO01" -> "Spracherwerb"); returns the targets that name no topic."""
        unknown = []
        for answer, name in aliases.items():
            topic = self.match(name)
            if topic is None:
                unknown.append(name)
            else:
                self._aliases[fold_topic(answer)] = topic
        self._cache.clear()
        return unknown

    def match(self, wish: str) -> TopicRef | None:
        """The topic ``wish`` stands for, or None if it names none (or several)."""
        if wish in self._cache:
            return self._cache[wish]
        found = self._match(fold_topic(wish))
        if len(self._cache) < 10_000:
            self._cache[wish] = found
        return found

    def match_exact(self, text: str) -> TopicRef | None:
        """The topic named exactly ``text`` (case, accents and punctuation aside), or None."""
        return self._by_name.get(fold_topic(text))

    def _match(self, folded: str) -> TopicRef | None:
        if not folded:
            return None
        exact = self._by_name.get(folded) or self._aliases.get(folded)
        if exact is not None:
            return exact
        numbered = _NUMBERED.match(folded)
        if numbered:
            by_number = self._by_number.get(int(numbered.group(1)))
            rest = numbered.group(2)
            if rest:
                named = self._match_words(rest)
                if named is not None:
                    return named
            if by_number is not None:
                return by_number
        return self._match_words(folded)

    def _match_words(self, folded: str) -> TopicRef | None:
        exact = self._by_name.get(folded)
        if exact is not None:
            return exact
        if len(folded) >= 3:
            prefixed = [t for name, t in self._by_name.items() if name.startswith(folded)]
            if len(prefixed) == 1:
                return prefixed[0]
        padded = f" {folded} "
        contained = [t for name, t in self._by_name.items() if f" {name} " in padded]
        if len(contained) == 1:
            return contained[0]
        return None

    def split(self, cell: str) -> list[str]:
        """The wishes written in one cell, in their order ("A; B; C;", "A, B, C", one per line)."""
        wishes: list[str] = []
        for part in _SPLIT_STRONG.split(cell):
            part = part.strip()
            if not part:
                continue
            if "," not in part or self.match(part) is not None:
                wishes.append(part)
                continue
            wishes.extend(self._split_commas(part))
        return wishes

    def _split_commas(self, part: str) -> list[str]:
        pieces = [piece.strip() for piece in part.split(",")]
        result: list[str] = []
        index = 0
        while index < len(pieces):
            # Join pieces as long as that forms a topic name with a comma in it.
            end = index + 1
            if self._has_comma_topic:
                for stop in range(len(pieces), index + 1, -1):
                    if fold_topic(", ".join(pieces[index:stop])) in self._by_name:
                        end = stop
                        break
            joined = ", ".join(pieces[index:end]).strip()
            if joined:
                result.append(joined)
            index = end
        return result
