"""The second pass on its own: partial mentions joining full-name clusters."""

from __future__ import annotations

from typing import NamedTuple

from namefold.resolve.attach import Attachment, attach_partials
from namefold.resolve.edges import edge_ends
from namefold.resolve.index import CandidateIndex
from namefold.resolve.nodes import Node, spelling_positions, spellings_of
from namefold.resolve.verdicts import Interned, surname_floor

# 21 men's given names: one more person than a partial mention is compared with (PARTIAL_CAP)
MEN = ["Ivan", "Petr", "Oleg", "Pavel", "Igor", "Boris", "Denis", "Egor", "Fedor", "Gleb", "Ilya"]
MEN += ["Lev", "Mark", "Roman", "Stepan", "Timur", "Yakov", "Zakhar", "Artem", "Vadim", "Kirill"]


class Attached(NamedTuple):
    nodes: list[Node]
    attachment: Attachment

    def names(self, positions: list[int]) -> list[tuple[str, str | None]]:
        return [(self.nodes[i].text, self.nodes[i].source) for i in positions]

    def edges(self) -> dict[tuple[str, str], str]:
        """Each edge's relation, by the texts of its ends (partial first)."""
        found = {}
        for key, data in self.attachment.edges.items():
            i, j = edge_ends(key, len(self.nodes))
            partial, full = (i, j) if self.nodes[i].parsed.is_partial else (j, i)
            found[(self.nodes[partial].text, self.nodes[full].text)] = data.relation
        return found


def _attach(mentions: list[tuple[str, str | None]]) -> Attached:
    """Attach the partial mentions of ``mentions`` to the full names, each full name its own cluster."""
    spellings = spellings_of(mentions, "auto", 1)
    nodes = spellings.nodes
    index = CandidateIndex(list(spellings.parsed.values()), floor=surname_floor(0.8))
    full = [[i] for i, n in enumerate(nodes) if not n.parsed.is_partial]
    partial = [i for i, n in enumerate(nodes) if n.parsed.is_partial]
    spelling_at = spelling_positions(nodes, index.parsed)
    return Attached(nodes, attach_partials(nodes, partial, index, spelling_at, full, Interned()))


def _cluster_of(done: Attached, text: str) -> int:
    """The position, among the full-name clusters, of the full name ``text``."""
    full = [n.text for n in done.nodes if not n.parsed.is_partial]
    return full.index(text)


def test_a_bare_surname_joins_the_only_compatible_full_name() -> None:
    """'Lukashenka' fits Aliaksandr Lukashenka, not Maria Kalesnikava: it joins him."""
    done = _attach([("Aliaksandr Lukashenka", None), ("Maria Kalesnikava", None), ("Lukashenka", None)])
    cluster = _cluster_of(done, "Aliaksandr Lukashenka")
    assert {c: done.names(p) for c, p in done.attachment.attached.items()} == {
        cluster: [("Lukashenka", None)]
    }
    assert done.attachment.ambiguous == []
    assert done.attachment.leftover == []
    assert done.edges() == {("Lukashenka", "Aliaksandr Lukashenka"): "attach (only candidate)"}


def test_a_conflicting_full_name_is_no_candidate() -> None:
    """'Tsikhanouski' is the husband's surname form: it joins Siarhei, never Sviatlana."""
    done = _attach(
        [("Siarhei Tsikhanouski", None), ("Sviatlana Tsikhanouskaya", None), ("Tsikhanouski", None)]
    )
    siarhei = _cluster_of(done, "Siarhei Tsikhanouski")
    assert {c: done.names(p) for c, p in done.attachment.attached.items()} == {
        siarhei: [("Tsikhanouski", None)]
    }
    assert done.edges() == {("Tsikhanouski", "Siarhei Tsikhanouski"): "attach (only candidate)"}


def test_a_bare_surname_prefers_its_own_source() -> None:
    """'Belov' in d2 joins Petr Belov of d2; Ivan Belov (d1) stays a candidate edge only."""
    done = _attach([("Ivan Belov", "d1"), ("Petr Belov", "d2"), ("Belov", "d2")])
    petr = _cluster_of(done, "Petr Belov")
    assert {c: done.names(p) for c, p in done.attachment.attached.items()} == {petr: [("Belov", "d2")]}
    assert done.edges() == {
        ("Belov", "Ivan Belov"): "candidate",
        ("Belov", "Petr Belov"): "attach (same source)",
    }


def test_two_candidates_make_it_ambiguous_listing_both() -> None:
    """'Belov' in d3 (or with no source) fits both Belovs and shares no source: ambiguous,
    with both full-name clusters as candidates; its nodes of one spelling stay together."""
    done = _attach([("Ivan Belov", "d1"), ("Petr Belov", "d2"), ("Belov", "d3"), ("Belov", "d4")])
    both = (_cluster_of(done, "Ivan Belov"), _cluster_of(done, "Petr Belov"))
    assert done.attachment.attached == {}
    assert len(done.attachment.ambiguous) == 1
    ambiguous = done.attachment.ambiguous[0]
    assert done.names(ambiguous.nodes) == [("Belov", "d3"), ("Belov", "d4")]
    assert ambiguous.candidates == both
    assert set(done.edges().values()) == {"candidate"}


def test_a_partial_mention_with_no_full_name_is_left_over() -> None:
    """'Kowalski' has no full name to join: it is left over for the third pass."""
    done = _attach([("Maria Kalesnikava", None), ("Kowalski", "d1"), ("Mr. Kowalski", "d1")])
    assert done.names(done.attachment.leftover) == [("Kowalski", "d1"), ("Mr. Kowalski", "d1")]
    assert done.attachment.edges == {}
    assert done.attachment.compared == 0  # no full name shares a surname key with it


def test_each_spelling_is_compared_once() -> None:
    """A bare surname in three sources is judged once against the one full name's cluster."""
    done = _attach([("Ivan Belov", None), ("Belov", "d1"), ("Belov", "d2"), ("Belov", "d3")])
    assert done.attachment.compared == 1
    assert done.names(done.attachment.attached[0]) == [("Belov", "d1"), ("Belov", "d2"), ("Belov", "d3")]


def test_a_fit_far_below_the_best_is_no_candidate() -> None:
    """'Mr. Grouchenko' is a romanization of Grushenko and only sounds like Kravchenko (same
    metaphone): it joins Artem Grushenko, with Kravchenko a candidate edge only."""
    done = _attach([("Артем Грушенко", None), ("Luka Kravchenko", None), ("Mr. Grouchenko", None)])
    artem = _cluster_of(done, "Артем Грушенко")
    assert {c: done.names(p) for c, p in done.attachment.attached.items()} == {
        artem: [("Mr. Grouchenko", None)]
    }
    assert done.edges() == {
        ("Mr. Grouchenko", "Артем Грушенко"): "attach (only candidate)",
        ("Mr. Grouchenko", "Luka Kravchenko"): "candidate",
    }


def test_initials_are_compared_only_with_clusters_whose_names_they_fit() -> None:
    """'W. Belov' fits Viktor Belov (Wiktor) only: Petr's and Oleg's clusters are not scored."""
    done = _attach([("Viktor Belov", None), ("Petr Belov", None), ("Oleg Belov", None), ("W. Belov", None)])
    assert done.attachment.compared == 1
    assert done.names(done.attachment.attached[_cluster_of(done, "Viktor Belov")]) == [("W. Belov", None)]


def test_a_surname_of_more_than_twenty_people_is_ambiguous_unscored() -> None:
    """'Belov' and 21 people named Belov: ambiguous among all 21, none scored, no edge. In
    d1, the source of one of them, it is scored against that one and joins it."""
    people = [
        *(f"{name} Belov" for name in MEN[:11]),
        *(f"{name} Belova" for name in ("Anna", "Olga", "Vera")),
    ]
    people += [f"{name} Belov" for name in MEN[11:]]
    mentions: list[tuple[str, str | None]] = [(name, "d0") for name in people]
    mentions[0] = ("Ivan Belov", "d1")
    done = _attach([*mentions, ("Belov", None), ("Belov", "d1")])
    assert done.attachment.capped == 1
    (ambiguous,) = done.attachment.ambiguous
    assert done.names(ambiguous.nodes) == [("Belov", None)]
    assert len(ambiguous.candidates) == 21  # the Belovas are written with another surname
    ivan = _cluster_of(done, "Ivan Belov")
    assert done.names(done.attachment.attached[ivan]) == [("Belov", "d1")]
    assert done.edges() == {("Belov", "Ivan Belov"): "attach (same source)"}


def test_a_partial_mention_is_compared_once_per_way_a_person_writes_the_name() -> None:
    """Ivan Belov in five spellings (one twice, in two sources): 'Belov' is compared with the
    three that write the surname differently (Latin, Latin with Jr, Cyrillic; the rest of a name
    does not change how a bare surname fits it), and so is 'I. Belov': Iwan may stand for the
    same initials as Ivan, and initials read nothing else of a given name."""
    mentions: list[tuple[str, str | None]] = [
        ("Ivan Belov", None),
        ("Iwan Belov", None),
        ("Ivan Belov Jr", None),
        ("Иван Белов", None),
        ("Ivan Belov", "d1"),
    ]
    for partial, compared in (("Belov", 3), ("I. Belov", 3)):
        spellings = spellings_of([*mentions, (partial, None)], "auto", 1)
        nodes = spellings.nodes
        index = CandidateIndex(list(spellings.parsed.values()), floor=surname_floor(0.8))
        full = [[i for i, n in enumerate(nodes) if not n.parsed.is_partial]]
        part = [i for i, n in enumerate(nodes) if n.parsed.is_partial]
        spelling_at = spelling_positions(nodes, index.parsed)
        done = attach_partials(nodes, part, index, spelling_at, full, Interned())
        assert done.compared == compared, partial


def test_a_surname_form_of_the_other_gender_neither_counts_nor_is_scored() -> None:
    """'Belova' and 21 men named Belov beside Anna Belova: the Belovs' surname form conflicts
    with hers, so they do not count toward the cap and are not compared; she joins Anna."""
    mentions: list[tuple[str, str | None]] = [(f"{name} Belov", None) for name in MEN]
    done = _attach([*mentions, ("Anna Belova", None), ("Belova", None)])
    assert done.attachment.capped == 0
    assert done.attachment.compared == 1
    anna = _cluster_of(done, "Anna Belova")
    assert done.names(done.attachment.attached[anna]) == [("Belova", None)]


def test_neighbouring_surnames_count_toward_the_cap() -> None:
    """'Belov' beside 11 Belovs and 10 Byelovs (a surname spelled otherwise, a neighbour of
    his): 21 people it may name, ambiguous unscored, though only 11 write his very surname."""
    mentions = [(f"{name} Belov", None) for name in MEN[:11]] + [
        (f"{name} Byelov", None) for name in MEN[11:]
    ]
    done = _attach([*mentions, ("Belov", None)])
    assert done.attachment.capped == 1
    assert done.attachment.compared == 0
    (ambiguous,) = done.attachment.ambiguous
    assert len(ambiguous.candidates) == 21


def test_an_honorific_of_the_other_gender_neither_counts_nor_is_scored() -> None:
    """'Mrs. Zhuk' beside 21 men named Zhuk (a surname without gendered forms) and Olga Zhuk:
    the men's given names conflict with the honorific, so they do not count toward the cap and
    are not compared; she joins Olga."""
    mentions: list[tuple[str, str | None]] = [(f"{name} Zhuk", None) for name in MEN]
    done = _attach([*mentions, ("Olga Zhuk", None), ("Mrs. Zhuk", None)])
    assert done.attachment.capped == 0
    assert done.attachment.compared == 1
    olga = _cluster_of(done, "Olga Zhuk")
    assert done.names(done.attachment.attached[olga]) == [("Mrs. Zhuk", None)]
