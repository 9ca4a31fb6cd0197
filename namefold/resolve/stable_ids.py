"""People keep their ids across a load or an extension: relabelling a fresh resolution so
each earlier person keeps its id and canonical name where most of its mentions went."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from namefold.resolve.resolution import Resolution

__all__ = ["Change", "keep_ids"]


@attrs.frozen(kw_only=True)
class Change:
    """What new evidence did to existing people.

    ``kind`` is ``merge`` (the people ``ids`` are now one person, ``into``) or
    ``split`` (the mentions of person ``into`` now belong to the people ``ids``).
    """

    kind: str
    into: str
    ids: tuple[str, ...]


def keep_ids(fresh: Resolution, previous: list[str], canonical: Mapping[str, str]) -> Resolution:
    """Relabel ``fresh`` so each previous person keeps its id where its mentions went."""
    holders: dict[str, Counter[str]] = defaultdict(Counter)  # previous id -> fresh ids of its mentions
    for mention, old in zip(fresh.mentions, previous, strict=False):
        holders[old][mention.person] += 1
    ambiguous = {p.id for p in fresh.people if p.ambiguous}

    def home_of(counts: Counter[str]) -> str:
        """Where most of a previous person's mentions went; an ambiguous entry is never home."""
        return min(counts.items(), key=lambda kv: (kv[0] in ambiguous, -kv[1], kv[0]))[0]

    home = {old: home_of(counts) for old, counts in holders.items()}
    olds_of: dict[str, list[str]] = defaultdict(list)
    for old, new in sorted(home.items()):
        olds_of[new].append(old)
    sizes = Counter(previous)
    mapping: dict[str, tuple[str, str]] = {}
    changes = []
    for person in sorted(fresh.people, key=lambda p: p.id):
        olds = olds_of.get(person.id, [])
        if olds:
            kept = min(olds, key=lambda o: (-sizes[o], o))
            mapping[person.id] = (kept, canonical[kept])
            if len(olds) > 1:
                changes.append(Change(kind="merge", into=kept, ids=tuple(sorted(olds))))
    taken = {final for final, _ in mapping.values()}
    for person in sorted(fresh.people, key=lambda p: p.id):
        if person.id not in mapping:
            new_id, n = person.id, 1
            while new_id in taken or new_id in canonical:
                n += 1
                new_id = f"{person.id}-{n}"
            taken.add(new_id)
            mapping[person.id] = (new_id, person.canonical)
    for old, counter in sorted(holders.items()):
        if len(counter) > 1:
            parts = tuple(sorted(mapping[new][0] for new in counter))
            changes.append(Change(kind="split", into=old, ids=parts))
    return _relabel(fresh, mapping, tuple(changes))


def _relabel(
    res: Resolution, mapping: Mapping[str, tuple[str, str]], changes: tuple[Change, ...]
) -> Resolution:
    ids = {old: new for old, (new, _) in mapping.items()}
    people = sorted(
        (
            attrs.evolve(
                p,
                id=ids[p.id],
                canonical=mapping[p.id][1],
                candidates=tuple(sorted(ids[c] for c in p.candidates)),
            )
            for p in res.people
        ),
        key=lambda p: (-p.mentions, p.id),
    )
    mentions = tuple(attrs.evolve(m, person=ids[m.person]) for m in res.mentions)
    node_people = tuple(ids[person] for person in res._node_people)
    return attrs.evolve(
        res, people=tuple(people), mentions=mentions, node_people=node_people, changes=changes
    )
