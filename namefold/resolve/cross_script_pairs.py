"""Candidate pairs of a name in Cyrillic and one in Latin letters that the Cyrillic one may
transcribe (:mod:`namefold.compare.cross_script`), which the surname index does not bring
together: ``Джеки Чан`` (``dzheki``) and ``Jackie Chan`` share no given-name key, ``Голль``
and ``Gaulle`` no surname key.

Each full name gets the keys given name | surname made of coarse consonant classes
(:func:`namefold.text.transcription.cyrillic_key` for a Cyrillic name; for a Latin one, those of
every Cyrillic spelling its transcription allows, :func:`namefold.text.transcription.latin_keys`).
A Cyrillic and a Latin name that share a key are candidates. Only Cyrillic names whose given
name the given-name table does not know are indexed (``Джеки``, ``Жаир``, ``Юджин``: a
transcribed foreign name; an East Slavic one, ``Александр Лукашенко``, meets its romanizations
through the surname index), and a Latin name is looked up only when its given name's keys are
among theirs: most Latin names beside Cyrillic ones are romanizations of East Slavic names, and
reading every one in seven languages would cost more than the rest of the resolution. Nothing is
built unless the input holds such a Cyrillic name and a Latin one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from namefold.keys.phonetic import given_fold_key, surname_info
from namefold.names.given import name_groups
from namefold.names.model import ParsedName
from namefold.text.transcription import cyrillic_key, has_cyrillic, has_latin, latin_keys

__all__ = ["MAX_CROSS_BLOCK", "MAX_NAME_KEYS", "CrossScriptPairs"]

MAX_CROSS_BLOCK = 200  # a key shared by more names of one script is too common to pair its names
MAX_NAME_KEYS = 256  # a Latin name with more given | surname keys keeps the first ones


def _script(parsed: ParsedName) -> str:
    """``c`` for a full name written in Cyrillic only, ``l`` for one with no Cyrillic letter
    (its romanization is read as Latin letters), ``""`` for any other."""
    text = parsed.original
    if parsed.is_partial or len(parsed.given[0]) == 1:
        return ""
    if text.isascii() or not has_cyrillic(text):
        return "l"
    return "" if has_latin(text) else "c"


def _plain(parsed: ParsedName) -> list[str]:
    """given name (each of its groups, or its fold key) | surname fold key."""
    given = parsed.given[0]
    surname = "|" + surname_info(parsed.core_surname).key
    return [g + surname for g in name_groups(given) or (given_fold_key(given),)]


def _keys(parsed: ParsedName, script: str) -> list[str]:
    given, surname = parsed.given[0], parsed.core_surname
    if script == "c":
        return [cyrillic_key(given) + "|" + cyrillic_key(surname)]
    keys = [g + "|" + s for g in sorted(latin_keys(given)) for s in sorted(latin_keys(surname))]
    return keys[:MAX_NAME_KEYS]


class CrossScriptPairs:
    """The candidate pairs of a resolution's Cyrillic and Latin full names: :meth:`of` a name."""

    def __init__(self, parsed: Sequence[ParsedName]) -> None:
        self._pairs: dict[str, frozenset[int]] = {}
        scripts = [_script(p) if p.core_surname and p.given else "" for p in parsed]
        # Cyrillic names with a given name the given-name table does not know (Джеки, Жаир)
        foreign = [
            i for i, script in enumerate(scripts) if script == "c" and not name_groups(parsed[i].given[0])
        ]
        if not foreign or "l" not in scripts:
            return
        buckets: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for i in foreign:
            buckets[_keys(parsed[i], "c")[0]][0].append(i)
        given_keys = {key.partition("|")[0] for key in buckets}
        plain = {key for i in foreign for key in _plain(parsed[i])}
        for i, script in enumerate(scripts):
            if script != "l" or any(key in plain for key in _plain(parsed[i])):
                continue
            given = latin_keys(parsed[i].given[0])  # the given name first: few are distinct
            if given_keys.isdisjoint(given):
                continue
            for key in _keys(parsed[i], "l"):
                if key in buckets:
                    buckets[key][1].append(i)
        found: dict[int, set[int]] = defaultdict(set)
        for cyrillic, latin in buckets.values():
            if not cyrillic or not latin or len(cyrillic) > MAX_CROSS_BLOCK or len(latin) > MAX_CROSS_BLOCK:
                continue
            for i in cyrillic:
                found[i].update(latin)
                for j in latin:
                    found[j].add(i)
        self._pairs = {parsed[i].original: frozenset(js) for i, js in found.items()}

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def of(self, parsed: ParsedName) -> frozenset[int]:
        """Positions of the full names of the other script a full name is a candidate pair with."""
        return self._pairs.get(parsed.original, frozenset())
