"""Stage 8: the canonical name and the stable id of a person.

Canonical rule, applied to the distinct spellings of a person: prefer a full
name (given name and surname) over initials, over a surname, over a given name;
then the spelling with the most mentions; then one written in Latin script; then
the one whose display form the most mentions share, hyphens and case aside (``Xi
Jinping``, ``President Xi Jinping`` and ``习近平`` all show as ``Xi Jinping``; ``Kim
Jong-un`` and ``Kim Jong Un`` are one form); then the most central spelling;
then one whose name parts are not all-caps; then the alphabetically first
display form. The rule reads only the multiset of mentions, so any input order
gives the same canonical name. Between spellings with equal counts, the one
closest to the others (the highest sum of the scores of its edges to the
person's other spellings, a centroid in the spirit of dedupe's) wins, so a
one-off typo does not become the canonical name.

Ids are slugs of the canonical name (``alexander-lukashenko``); people whose
slugs collide get ``-2``, ``-3`` ... in the order of their sorted spellings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from namefold.names.model import ParsedName
from namefold.text.normalize import normalize

__all__ = ["assign_ids", "canonical_name", "slug"]

_KIND_RANK = {"full": 0, "initials": 1, "surname": 2, "given": 3, "empty": 4}


def _is_latin(text: str) -> bool:
    return text.isascii() or all(ord(c) < 0x250 or not c.isalpha() for c in text)


def _form(display: str) -> str:
    """A display form with case and hyphens aside: ``Kim Jong-un`` and ``Kim Jong Un`` are one."""
    return " ".join(display.casefold().replace("-", " ").split())


def canonical_name(
    spellings: Iterable[tuple[ParsedName, int]],
    centrality: Callable[[ParsedName], float] = lambda _: 0.0,
) -> str:
    """Choose the display form of the canonical spelling among ``(parsed, mentions)`` pairs.

    ``centrality`` scores how close a spelling is to the others (higher is closer);
    it breaks ties between spellings with equal mention counts, so a typo seen once
    does not win over the correct spelling seen once.
    """

    def head(item: tuple[ParsedName, int]) -> tuple[int, int, int]:
        parsed, count = item
        return (_KIND_RANK[parsed.kind], -count, 0 if _is_latin(parsed.original) else 1)

    def tail(item: tuple[ParsedName, int]) -> tuple[int, float, int, str, str]:
        parsed, _ = item
        return (
            -shared[_form(parsed.display)],
            -round(centrality(parsed), 6),
            1 if parsed.original.isupper() else 0,
            parsed.display,
            parsed.original,
        )

    items = list(spellings)
    shared: dict[str, int] = {}  # mentions by display form
    for parsed, count in items:
        shared[_form(parsed.display)] = shared.get(_form(parsed.display), 0) + count
    if len(items) == 1:
        best = items[0]
    else:
        heads = [head(item) for item in items]
        first = min(heads)
        tied = [item for item, h in zip(items, heads, strict=True) if h == first]
        best = tied[0] if len(tied) == 1 else min(tied, key=tail)  # centrality only for ties
    return best[0].display or best[0].original.strip()


def slug(text: str) -> str:
    """``Alexander Lukashenko`` -> ``alexander-lukashenko``; ``unnamed`` if nothing is left."""
    return "-".join(normalize(text, honorifics=True).replace("-", " ").split()) or "unnamed"


def assign_ids(people: Sequence[tuple[str, tuple[str, ...]]]) -> list[str]:
    """Ids for ``(base slug, sorted spellings)`` pairs, unique and independent of input order."""
    order = sorted(range(len(people)), key=lambda i: people[i])
    ids = [""] * len(people)
    seen: dict[str, int] = {}
    for i in order:
        base = people[i][0]
        seen[base] = seen.get(base, 0) + 1
        ids[i] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return ids
