"""A name in Cyrillic and one in Latin letters: the Cyrillic words may be the Russian practical
transcription of the Latin ones (:func:`namefold.text.transcription.transcribes`), which the
romanization fold rules do not reach (``Джеки Чан`` / ``Jackie Chan``: the fold rules read
English ``j`` as й; ``Шарль де Голль`` / ``Charles de Gaulle``; ``Жаир Болсонару`` /
``Jair Bolsonaro``).

:func:`cross_script_evidence` raises the surname and given-name evidence of such a pair to the
transcription factor where the transcription reads one word as the other and the ordinary rules
found less. A Cyrillic given name that the given-name table places in a group is left to the
table (``Игорь`` is not ``Egor``, ``Иван`` not ``Evan``, though English ``e`` may be и). A
surname is read so only beside given names that agree (or one missing), and not when the
Cyrillic surname has an East Slavic gendered ending (``-ов``, ``-ская``): a native surname's
romanizations are the fold rules' to judge.
"""

from __future__ import annotations

from namefold.compare.model import Evidence, evidence
from namefold.names.given import name_groups
from namefold.names.model import ParsedName
from namefold.text.transcription import has_cyrillic, has_latin, transcribes

__all__ = ["GIVEN_TRANSCRIPTION", "SURNAME_TRANSCRIPTION", "cross_script_evidence", "latin_and_cyrillic"]

SURNAME_TRANSCRIPTION = 0.94
GIVEN_TRANSCRIPTION = 0.95


def latin_and_cyrillic(a: ParsedName, b: ParsedName) -> tuple[ParsedName, ParsedName] | None:
    """``(latin, cyrillic)`` when one name is written in Cyrillic only and the other in no
    Cyrillic letter (read from the text as written), else ``None``. The other name may be in any
    other script: its romanization (``राजीव`` ``rajiv``) is read as Latin letters."""
    oa, ob = a.original, b.original
    if oa.isascii() and ob.isascii():  # the common case: two Latin names
        return None
    ca, cb = has_cyrillic(oa), has_cyrillic(ob)
    if ca == cb:
        return None
    latin, cyrillic = (b, a) if ca else (a, b)
    return None if has_latin(cyrillic.original) else (latin, cyrillic)


def cross_script_evidence(a: ParsedName, b: ParsedName, found: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """``found`` with its surname and given-name evidence raised where a Cyrillic word is the
    Russian transcription of the Latin one (see the module); ``found`` itself for any other pair."""
    for item in found:  # a loop, not any(): read for every pair of a Cyrillic and a Latin name
        if item.factor < GIVEN_TRANSCRIPTION and item.feature in ("surname", "given"):
            break
    else:
        return found
    pair = latin_and_cyrillic(a, b)
    if pair is None:
        return found
    latin, cyrillic = pair
    raised = [_raised(item, latin, cyrillic) if item.feature == "given" else item for item in found]
    if cyrillic.surname_gender is not None:  # an East Slavic surname form (-ов, -ская): no transcription
        return tuple(raised)
    given = next((item for item in raised if item.feature == "given"), None)
    if given is not None and given.factor < GIVEN_TRANSCRIPTION and given.rule != "missing":
        return tuple(raised)  # the surname is read as a transcription only beside a given name that agrees
    return tuple(_raised(item, latin, cyrillic) if item.feature == "surname" else item for item in raised)


def _raised(item: Evidence, latin: ParsedName, cyrillic: ParsedName) -> Evidence:
    if item.feature == "surname" and item.factor < SURNAME_TRANSCRIPTION:
        words, factor = (latin.core_surname, cyrillic.core_surname), SURNAME_TRANSCRIPTION
    elif item.feature == "given" and item.factor < GIVEN_TRANSCRIPTION and latin.given and cyrillic.given:
        words, factor = (latin.given[0], cyrillic.given[0]), GIVEN_TRANSCRIPTION
        if len(words[0]) == 1 or len(words[1]) == 1 or name_groups(words[1]):
            return item
    else:
        return item
    source, written = words
    if not source or not written or item.rule in ("missing", "absent"):
        return item
    language = transcribes(source, written)
    if language is None:
        return item
    detail = f"{written} is the Russian transcription of {source} read as {language}"
    left, right = (item.left, item.right)
    return evidence(item.feature, left, right, "transcription", factor, detail)
