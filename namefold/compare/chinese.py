"""The given-name rule of Chinese names: a given name is its syllables, and a different
syllable is a different name (Li Peng / Li Qiang, Xi Jinping / Xi Zhongxun), not a typo.

Syllables that differ only in the aspiration of their initial (``b``/``p``, ``d``/``t``,
``g``/``k``, ``j``/``q``, ``zh``/``ch``, ``z``/``c``) are what Wade-Giles written without its
apostrophes makes of one syllable (``Teng Hsiao-ping`` for 鄧小平 Deng Xiaoping): they meet at the
typo factor. Two given names that the given-name tables both list (``Li Anna`` / ``Li Ana``)
are left to the general rules.
"""

from __future__ import annotations

from namefold.compare.model import Evidence, evidence
from namefold.engine.caches import PAIRS, cached
from namefold.names.chinese import CHINESE_ORDER
from namefold.names.given import name_groups
from namefold.names.model import ParsedName
from namefold.text.pinyin import pinyin_syllables_of

__all__ = ["GIVEN_ASPIRATION", "chinese_given_evidence"]

GIVEN_ASPIRATION = 0.9  # the typo factor
_UNASPIRATED = (("zh", "ch"), ("b", "p"), ("d", "t"), ("g", "k"), ("j", "q"), ("z", "c"))


def chinese_given_evidence(a: ParsedName, b: ParsedName) -> Evidence | None:
    """The given-name evidence of two names one of which was read as Chinese, when both
    first given names are pinyin syllables; ``None`` otherwise (the general rules apply)."""
    if CHINESE_ORDER not in (a.order_reason, b.order_reason) or not a.given or not b.given:
        return None
    return _syllables_pair(a.given[0], b.given[0])


def _unaspirated(syllable: str) -> str:
    for plain, aspirated in _UNASPIRATED:
        if syllable.startswith(aspirated):
            return plain + syllable[len(aspirated) :]
    return syllable


@cached(PAIRS)
def _syllables_pair(ga: str, gb: str) -> Evidence | None:
    if ga == gb or len(ga) == 1 or len(gb) == 1 or (name_groups(ga) and name_groups(gb)):
        return None  # two names of the given-name tables (Anna / Ana): the general rules
    left, right = pinyin_syllables_of(ga), pinyin_syllables_of(gb)
    if left is None or right is None:
        return None
    if len(left) == len(right) and all(
        _unaspirated(x) == _unaspirated(y) for x, y in zip(left, right, strict=True)
    ):
        detail = f"{' '.join(left)} / {' '.join(right)}: aspiration only (Wade-Giles without apostrophes)"
        return evidence("given", ga, gb, "romanization", GIVEN_ASPIRATION, detail)
    detail = f"syllables {' '.join(left)} / {' '.join(right)}"
    return evidence("given", ga, gb, "different names", 0.0, detail, conflict=True)
