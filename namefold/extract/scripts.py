"""Names written in another script than the text around them (``Xi Jinping (习近平)``,
``called him Лукашэнка``, ``Muammar Gaddafi (معمر القذافي)``).

A text's own script is the one most of its words are written in. A run of words of
another script (not Latin) is a name: one word of two to four Han characters or Hangul
syllables, or one to four words of a script with spaces (Cyrillic and Greek words
capitalised). A longer run is a quotation, not a name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from namefold.extract.anchors import Found
from namefold.extract.tokens import Token, adjacent
from namefold.text.ranges import script_name

__all__ = ["foreign_runs", "script_of"]

_UNSPACED = frozenset({"CJK", "HANGUL", "HIRAGANA", "KATAKANA"})  # scripts written without spaces in names
_CASED = frozenset({"CYRILLIC", "GREEK", "ARMENIAN"})
# Scripts whose words a run may hold (Unicode's first name word of a letter); a letter of any
# other name (``MICRO SIGN`` in ``µs``, symbols) makes no name.
_SCRIPTS = (
    _UNSPACED
    | _CASED
    | frozenset(
        {
            "ARABIC",
            "HEBREW",
            "SYRIAC",
            "THAANA",
            "GEORGIAN",
            "ETHIOPIC",
            "MONGOLIAN",
            "TIBETAN",
            "DEVANAGARI",
            "BENGALI",
            "GURMUKHI",
            "GUJARATI",
            "ORIYA",
            "TAMIL",
            "TELUGU",
            "KANNADA",
            "MALAYALAM",
            "SINHALA",
            "THAI",
            "LAO",
            "MYANMAR",
            "KHMER",
        }
    )
)
_UNSPACED_CHARS = range(2, 5)  # characters of one unspaced name
_MAX_WORDS = 4


def script_of(token: Token) -> str:
    """The script of the word's first letter as Unicode names it (``LATIN``, ``CYRILLIC``, ``CJK``)."""
    return script_name(token.text[0])


def foreign_runs(text: str, tokens: Sequence[Token], taken: set[int]) -> list[Found]:
    """Runs of words in a script other than the text's own (and not Latin), outside ``taken``."""
    scripts = [script_of(token) for token in tokens]
    if not scripts or all(script == "LATIN" for script in scripts):
        return []
    own = Counter(scripts).most_common(1)[0][0]
    found: list[Found] = []
    k = 0
    while k < len(tokens):
        script = scripts[k]
        end = k
        while (
            end + 1 < len(tokens)
            and scripts[end + 1] == script
            and adjacent(text, tokens[end], tokens[end + 1])
        ):
            end += 1
        foreign = script in _SCRIPTS and script != own and not taken.intersection(range(k, end + 1))
        if foreign and _a_name(tokens[k : end + 1], script):
            found.append(Found(k, end, "script"))
        k = end + 1
    return found


def _a_name(words: Sequence[Token], script: str) -> bool:
    if script in _UNSPACED:
        return len(words) == 1 and len(words[0].text) in _UNSPACED_CHARS
    if len(words) > _MAX_WORDS:
        return False
    return script not in _CASED or all(word.text[:1].isupper() for word in words)
