"""Finding people by what someone types at the door: folded names, headings, ticks.

Names are compared in two spellings, so that "muller" finds "Müller" (accents
dropped) and "joerg" finds "Jörg" (German transliteration); case never matters.
"""

from __future__ import annotations

import re
import unicodedata

from konferenz_cli.values import typed_text

__all__ = ["fold", "fold_variants", "is_tick", "matches_all", "split_name"]

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "zum", "zur", "ter", "ten", "al", "el", "da", "di", "du", "la"}
_NOT_TICKED = {"", "nein", "no", "n", "0", "false", "falsch", "-", "–", "—", "o", "nicht", "fehlt", "absent"}


def fold(text: str | None) -> str:
    """Lower-case, without accents, single spaces: "  Jörg  MÜLLER " -> "jorg muller"."""
    # Compatibility forms first ("𝗔" -> "A"), so that case folding sees them; then decompose again
    # for the accents case folding may have produced.
    compatible = unicodedata.normalize("NFKD", text or "")
    decomposed = unicodedata.normalize("NFKD", compatible.casefold().replace("ß", "ss"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def fold_variants(text: str | None) -> set[str]:
    """The folded text and its German transliteration ("jörg" -> {"jorg", "joerg"})."""
    lowered = (text or "").casefold()
    return {fold(lowered), fold(lowered.translate(_TRANSLITERATION))}


def matches_all(query: str, haystack: str) -> bool:
    """Whether every word of ``query`` occurs in ``haystack``, in either spelling of each."""
    haystacks = fold_variants(haystack)
    words = fold(query).split() or [""]
    raw_words = query.casefold().split()
    for index, word in enumerate(words):
        spellings = {word}
        if index < len(raw_words):
            spellings |= fold_variants(raw_words[index])
        if not any(spelling in hay for spelling in spellings for hay in haystacks):
            return False
    return True


def split_name(name: str) -> tuple[str | None, str | None]:
    """First and last name from one line: "Nachname, Vorname", or the last word(s) as surname.

    Particles stay with the surname: "Ursula von der Heide" -> ("Ursula", "von der Heide").
    """
    text = " ".join(typed_text(name).split())
    if "," in text:
        last, first = (part.strip() for part in text.split(",", 1))
        return first or None, last or None
    words = text.split(" ")
    if len(words) == 1:
        return None, words[0] or None
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def is_tick(value: object) -> bool:
    """Whether a cell of a ticked list says "was there" (x, ✓, ja, 1, a time ...)."""
    if value is None or value is False:
        return False
    text = str(value).strip().casefold()
    if re.fullmatch(r"0+(\.0+)?", text):
        return False
    return text not in _NOT_TICKED
