"""The guarded greedy merge, on its own: spellings as nodes, edges given best first."""

from __future__ import annotations

from namefold import parse
from namefold.resolve.marks import anchored, established
from namefold.resolve.merge import greedy_merge
from namefold.resolve.nodes import Node
from namefold.resolve.verdicts import Interned, PairVerdicts


def _merge(
    texts: list[str], edges: list[tuple[str, str]], *, marks: bool = False, close: bool = False
) -> list[list[str]]:
    """The groups (as texts) after merging ``texts`` along ``edges``, one node per spelling."""
    nodes = [Node(text=t, source=None, parsed=parse(t), mentions=1) for t in texts]
    at = {t: i for i, t in enumerate(texts)}
    verdicts = PairVerdicts([n.parsed for n in nodes], {}, Interned())
    everyone = list(range(len(nodes)))
    kinds = (established(nodes, everyone), anchored(nodes, everyone)) if marks else ()
    groups = greedy_merge(
        len(nodes),
        everyone,  # node i is spelling i
        everyone,
        [(at[a], at[b]) for a, b in edges],
        verdicts,
        kinds,
        surnames_close=close,
    )
    return [[texts[i] for i in group] for group in groups]


def test_a_chain_never_pulls_in_a_conflict() -> None:
    """A~B and B~C, with C conflicting with A (Alexander, Andrei): two clusters, not one."""
    texts = ["Alexander Lukashenko", "A. Lukashenko", "Andrei Lukashenko"]
    groups = _merge(
        texts, [("Alexander Lukashenko", "A. Lukashenko"), ("A. Lukashenko", "Andrei Lukashenko")]
    )
    assert groups == [["Alexander Lukashenko", "A. Lukashenko"], ["Andrei Lukashenko"]]


def test_the_better_edge_takes_the_middle() -> None:
    """Edges are taken in the order given (best first): the first claim on B wins."""
    texts = ["Alexander Lukashenko", "A. Lukashenko", "Andrei Lukashenko"]
    groups = _merge(
        texts, [("A. Lukashenko", "Andrei Lukashenko"), ("Alexander Lukashenko", "A. Lukashenko")]
    )
    assert groups == [["Alexander Lukashenko"], ["A. Lukashenko", "Andrei Lukashenko"]]


def test_spouses_stay_apart_even_when_an_edge_joins_their_clusters() -> None:
    """Each spouse's spellings merge; an edge across the two clusters is refused, since every
    pair across them is checked (Siarhei against Sviatlana, gendered surname forms)."""
    texts = ["Siarhei Tsikhanouski", "S. Tsikhanouski", "Sviatlana Tsikhanouskaya", "Sviatlana Tikhanovskaya"]
    edges = [
        ("Siarhei Tsikhanouski", "S. Tsikhanouski"),
        ("Sviatlana Tsikhanouskaya", "Sviatlana Tikhanovskaya"),
        ("S. Tsikhanouski", "Sviatlana Tikhanovskaya"),
    ]
    assert _merge(texts, edges) == [
        ["Siarhei Tsikhanouski", "S. Tsikhanouski"],
        ["Sviatlana Tsikhanouskaya", "Sviatlana Tikhanovskaya"],
    ]


def test_every_node_ends_in_one_group_sorted_by_first_node() -> None:
    """Nodes without an edge are groups of one; groups come in the order of their first node."""
    texts = ["Maria Kalesnikava", "Ivan Belov", "Maria Kolesnikova", "Petr Belov"]
    groups = _merge(texts, [("Maria Kolesnikova", "Maria Kalesnikava")])
    assert groups == [["Maria Kalesnikava", "Maria Kolesnikova"], ["Ivan Belov"], ["Petr Belov"]]


def test_surnames_too_far_apart_on_average_do_not_merge() -> None:
    """Without the threshold's promise (surnames_close), the edge's own surname is read:
    Makarov and Markov (factor below 0.75) stay apart; with the promise they merge."""
    texts = ["Ivan Makarov", "Ivan Markov"]
    assert _merge(texts, [("Ivan Makarov", "Ivan Markov")]) == [["Ivan Makarov"], ["Ivan Markov"]]
    assert _merge(texts, [("Ivan Makarov", "Ivan Markov")], close=True) == [["Ivan Makarov", "Ivan Markov"]]


def test_established_surnames_a_typo_apart_stay_apart() -> None:
    """Belov and Bilov, each written by three full spellings, are two surnames: Ivan Belov and
    Ivan Bilov stay apart. With two Bilov spellings, Bilov is not established (a typo may
    make two) and the edge merges them."""
    belovs = ["Ivan Belov", "Oleg Belov", "Petr Belov"]
    edge = [("Ivan Belov", "Ivan Bilov")]
    three = _merge([*belovs, "Ivan Bilov", "Oleg Bilov", "Petr Bilov"], edge, marks=True)
    assert ["Ivan Bilov"] in three
    assert ["Ivan Belov"] in three
    two = _merge([*belovs, "Ivan Bilov", "Oleg Bilov"], edge, marks=True)
    assert ["Ivan Belov", "Ivan Bilov"] in two
    assert _merge([*belovs, "Ivan Bilov", "Oleg Bilov", "Petr Bilov"], edge) == [
        ["Ivan Belov", "Ivan Bilov"],
        ["Oleg Belov"],
        ["Petr Belov"],
        ["Oleg Bilov"],
        ["Petr Bilov"],
    ]  # without the marks, only the edge speaks


def test_a_cyrillic_surname_written_once_may_be_a_typo() -> None:
    """Лыснко, written once, is a dropped letter of Лысенко, written twice: the edge merges.
    Мацкевич and Мицкевич differ by a replaced letter: two surnames, even once written."""
    lysenko = ["Тимур Лысенко", "Лысенко Тимур Иванович"]
    merged = _merge([*lysenko, "Тимур Лыснко"], [("Тимур Лысенко", "Тимур Лыснко")], marks=True)
    assert any({"Тимур Лысенко", "Тимур Лыснко"} <= set(group) for group in merged)
    mickevich = ["Андрей Мицкевич", "Мицкевич Андрей Иванович"]
    apart = _merge([*mickevich, "Андрей Мацкевич"], [("Андрей Мицкевич", "Андрей Мацкевич")], marks=True)
    assert ["Андрей Мацкевич"] in apart


def test_a_one_off_typo_of_a_surname_written_once_too() -> None:
    """Сухоусекно (two letters swapped) and Сухоусенко are each written once in Cyrillic: the
    one-off typo is read against every Cyrillic surname of the cluster it would join."""
    texts = ["СУХОУСЕНКО, Ольга", "Volha Sukhousenko", "СУХОУСЕКНО, Ольга"]
    merged = _merge(
        texts,
        [("СУХОУСЕНКО, Ольга", "Volha Sukhousenko"), ("СУХОУСЕНКО, Ольга", "СУХОУСЕКНО, Ольга")],
        marks=True,
    )
    assert [sorted(group) for group in merged] == [sorted(texts)]
