"""Candidate pairs of a name in Cyrillic and one in Latin letters that the Cyrillic one may
transcribe (:mod:`namefold.compare.cross_script`), which the surname index does not bring
together: ``Джеки Чан`` (``dzheki``) and ``Jackie Chan`` share no given-name key, ``Голль``
and ``Gaulle`` no surname key.

Each full name gets the keys given name | surname made of coarse consonant classes
(:func:`namefold.text.transcription.cyrillic_key` for a Cyrillic name; for a Latin one, those of
every Cyrillic spelling its transcription allows, :func:`namefold.text.transcription.latin_keys`).
A Cyrillic and a Latin name that share a key are candidates. Only Cyrillic names that may be
transcribed foreign names are indexed: a given name the given-name table does not know
(``Джеки``, ``Жаир``, ``Юджин``), or a known one (keyed by its groups instead) beside a surname
with no East Slavic ending (``Шарль де Голль``); an East Slavic name (``Александр Лукашенко``)
meets its romanizations through the surname index. A Latin name is read only when its given
name's keys are among theirs, and one whose given name and surname fold like a Cyrillic name's
not at all: most Latin names beside Cyrillic ones are romanizations of East Slavic names, and
reading every one in seven languages would cost more than the rest of the resolution. Nothing
is built unless the input holds names in both scripts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

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


# Endings of East Slavic surnames that carry no gender (the gendered ones set
# ``ParsedName.surname_gender``): -енко, -ич, -ук, -ок, -ец, -ко ... in their romanizations,
# and, written in Cyrillic, the adjectival -ый, -ий, -ой, Belarusian -ы (Навальный, Толстой).
_EAST_SLAVIC_ENDINGS = (
    "enko",
    "enka",
    "ich",
    "itch",
    "icz",
    "ych",
    "uk",
    "ok",
    "ak",
    "ik",
    "ets",
    "ko",
    "ka",
    "ow",
    "owa",
)
_CYRILLIC_ENDINGS = (*_EAST_SLAVIC_ENDINGS, "yi", "ii", "oi", "y")


def _foreign_surname(parsed: ParsedName, script: str) -> bool:
    """Whether a surname may be a transcribed foreign one: it has no East Slavic ending."""
    endings = _CYRILLIC_ENDINGS if script == "c" else _EAST_SLAVIC_ENDINGS
    return parsed.surname_gender is None and not parsed.core_surname.endswith(endings)


def _keys(parsed: ParsedName, script: str, groups: frozenset[str] = frozenset()) -> list[str]:
    """given | surname keys: the given name's coarse keys, or (with ``groups``) its groups."""
    given, surname = parsed.given[0], parsed.core_surname
    if script == "c":
        heads = [cyrillic_key(given)] if not groups else sorted("g:" + g for g in groups)
        return [head + "|" + cyrillic_key(surname) for head in heads]
    heads = sorted(latin_keys(given)) if not groups else sorted("g:" + g for g in groups)
    keys = [head + "|" + s for head in heads for s in sorted(latin_keys(surname))]
    return keys[:MAX_NAME_KEYS]


class CrossScriptPairs:
    """The candidate pairs of a resolution's Cyrillic and Latin full names: :meth:`of` a name."""

    def __init__(self, parsed: Sequence[ParsedName]) -> None:
        self._pairs: dict[str, frozenset[int]] = {}
        scripts = [_script(p) if p.core_surname and p.given else "" for p in parsed]
        if "c" not in scripts or "l" not in scripts:
            return
        buckets: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for i, script in enumerate(scripts):
            if script == "c":
                groups = name_groups(parsed[i].given[0])
                if not groups or _foreign_surname(parsed[i], script):  # Джеки Чан; Шарль де Голль
                    for key in _keys(parsed[i], "c", groups):
                        buckets[key][0].append(i)
        if not buckets:
            return
        heads = {key.partition("|")[0] for key in buckets}
        plain: set[str] | None = None  # the Cyrillic names' plain keys, made when first needed
        for i, script in enumerate(scripts):
            if script != "l":
                continue
            keys = [key for key in self._latin_keys(parsed[i], heads) if key in buckets]
            if not keys:  # most Latin names: no Cyrillic name has their given name's keys
                continue
            if plain is None:
                plain = {key for k, s in enumerate(scripts) if s == "c" for key in _plain(parsed[k])}
            if not any(key in plain for key in _plain(parsed[i])):
                for key in keys:
                    buckets[key][1].append(i)
        self._pairs = _pairs(parsed, buckets.values())

    @staticmethod
    def _latin_keys(name: ParsedName, heads: set[str]) -> list[str]:
        """The keys of a Latin name whose given-name part some Cyrillic name has: its given
        name read by transcription, or its groups beside a surname with no East Slavic ending
        (the given name first: few are distinct, and most names stop there)."""
        found: list[str] = []
        if not heads.isdisjoint(latin_keys(name.given[0])):
            found = _keys(name, "l")
        groups = name_groups(name.given[0])
        if groups and not heads.isdisjoint("g:" + g for g in groups) and _foreign_surname(name, "l"):
            found += _keys(name, "l", groups)
        return found

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def of(self, parsed: ParsedName) -> frozenset[int]:
        """Positions of the full names of the other script a full name is a candidate pair with."""
        return self._pairs.get(parsed.original, frozenset())


def _pairs(
    parsed: Sequence[ParsedName], buckets: Iterable[tuple[list[int], list[int]]]
) -> dict[str, frozenset[int]]:
    """Each name's partners: the names of the other script in its buckets (small ones only)."""
    found: dict[int, set[int]] = defaultdict(set)
    for cyrillic, latin in buckets:
        if not cyrillic or not latin or len(cyrillic) > MAX_CROSS_BLOCK or len(latin) > MAX_CROSS_BLOCK:
            continue
        for i in cyrillic:
            found[i].update(latin)
            for j in latin:
                found[j].add(i)
    return {parsed[i].original: frozenset(js) for i, js in found.items()}
