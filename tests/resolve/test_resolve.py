"""Stages 7 and 8: the graph, clustering, canonical names and ids."""

from __future__ import annotations

import importlib

import pytest

import namefold
from namefold import Comparison, ConfigError, ParsedName, Resolver, resolve
from namefold.resolve import cluster
from namefold.resolve.components import merge_by_component
from namefold.resolve.verdicts import AVERAGE_SURNAME_FLOOR

ISSUE_EXAMPLE = [
    "Maria Kalesnikava",
    "Maria Kolesnikova",
    "Ms. Kalesnikava",
    "Maria Kakesnikava",
    "Alexander Lukashenko",
    "Aliaksandr Lukashenka",
    "Lukasheko",
    "Siarhei Tsikhanouski",
    "Sviatlana Tsikhanouskaya",
]


def test_issue_example() -> None:
    """The example every dependent tool relies on."""
    res = resolve(ISSUE_EXAMPLE)
    clusters = sorted(sorted(c) for c in res.clusters())
    assert clusters == [
        ["Alexander Lukashenko", "Aliaksandr Lukashenka", "Lukasheko"],
        ["Maria Kakesnikava", "Maria Kalesnikava", "Maria Kolesnikova", "Ms. Kalesnikava"],
        ["Siarhei Tsikhanouski"],
        ["Sviatlana Tsikhanouskaya"],
    ]
    kalesnikava = res.person_of("Kolesnikova")
    assert kalesnikava is not None
    assert kalesnikava.canonical == "Maria Kalesnikava"
    assert kalesnikava.id == "maria-kalesnikava"
    assert res.person_of("Tsikhanouskaya") == res.person("sviatlana-tsikhanouskaya")
    assert res.person_of("Putin") is None


def test_people_are_ordered_by_mentions_then_id() -> None:
    """Order is deterministic: most-mentioned first, ties by id."""
    res = resolve(["Trump", "Donald Trump", "Mr. Trump", "John Coale", "Coale"])
    assert [(p.id, p.mentions) for p in res.people] == [("donald-trump", 3), ("john-coale", 2)]


def test_every_mention_is_accounted_for() -> None:
    """Mentions in equal mentions out, each with a person."""
    res = resolve(ISSUE_EXAMPLE + ISSUE_EXAMPLE[:3])
    assert len(res.mentions) == len(ISSUE_EXAMPLE) + 3
    assert sum(p.mentions for p in res.people) == len(res.mentions)
    ids = {p.id for p in res.people}
    assert all(m.person in ids for m in res.mentions)


def test_bare_surname_with_two_candidates_is_ambiguous() -> None:
    """Babaryka fits both Viktar and Eduard: it stays its own, ambiguous entry."""
    res = resolve(["Viktar Babaryka", "Eduard Babaryka", "Babaryka"])
    entry = res.person_of("Babaryka")
    assert entry is None
    ambiguous = [p for p in res.people if p.ambiguous]
    assert len(ambiguous) == 1
    assert ambiguous[0].names == ("Babaryka",)
    assert ambiguous[0].candidates == ("eduard-babaryka", "viktar-babaryka")


def test_source_decides_a_bare_surname() -> None:
    """In a document naming only Viktar, Babaryka is Viktar; in Eduard's, Eduard."""
    res = resolve(
        [("Viktar Babaryka", "d1"), ("Babaryka", "d1"), ("Eduard Babaryka", "d2"), ("Babaryka", "d2")]
    )
    assert res.person_of("Babaryka", source="d1") == res.person("viktar-babaryka")
    assert res.person_of("Babaryka", source="d2") == res.person("eduard-babaryka")
    assert not any(p.ambiguous for p in res.people)


def test_honorific_gender_picks_the_spouse() -> None:
    """Ms. Tsikhanouskaya joins Sviatlana, Mr. Tsikhanouski joins Siarhei."""
    res = resolve(
        ["Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya", "Ms. Tsikhanouskaya", "Mr. Tsikhanouski"]
    )
    assert res.person_of("Ms. Tsikhanouskaya") == res.person("sviatlana-tsikhanouskaya")
    assert res.person_of("Mr. Tsikhanouski") == res.person("siarhei-tsikhanouski")


def test_no_chaining_through_a_bridge() -> None:
    """A-B and B-C edges never merge A with a conflicting C."""
    res = resolve(["A. Lukashenko", "Alexander Lukashenko", "Viktar Lukashenko", "V. Lukashenko"])
    assert res.person_of("Alexander Lukashenko") != res.person_of("Viktar Lukashenko")
    assert res.person_of("A. Lukashenko") == res.person_of("Alexander Lukashenko")
    assert res.person_of("V. Lukashenko") == res.person_of("Viktar Lukashenko")


def test_established_surnames_a_typo_apart_stay_apart() -> None:
    """Sitnikov and Kotnikov, each written three ways, are two people although each
    pair of their spellings scores above the threshold; a one-off typo still joins."""
    sitnikov = ["Ivan Sitnikov", "SITNIKOV, Ivan", "Иван Ситников"]
    kotnikov = ["Ivan Kotnikov", "KOTNIKOV, Ivan", "Иван Котников"]
    assert namefold.compare(sitnikov[0], kotnikov[0]).score >= 0.78  # two edits on long keys
    res = resolve([*sitnikov, *kotnikov, "Ivan Sitnkov"])
    assert [sorted(p.names) for p in res.people] == [
        sorted([*sitnikov, "Ivan Sitnkov"]),
        sorted(kotnikov),
    ]


def test_romanizations_each_written_several_ways_still_merge() -> None:
    """Established surnames a typo apart that differ as romanizations do are one person:
    a Czech ``š`` that lost its hacek, ``s`` for ``sh`` (skeletons one confusable consonant
    apart)."""
    czech = ["Alexandr Lukasenko", "LUKASENKO, Alexandr", "Aleksandr Lukasenko"]
    english = ["Alexander Lukashenko", "LUKASHENKO, Alexander", "Aleksandr Lukashenko"]
    assert namefold.compare(czech[0], english[0]).evidence[0].rule == "typo"
    res = resolve([*czech, *english])
    assert len(res.people) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kosov", "Kotov"),  # short skeletons one confusable consonant apart
        ("Mitskevich", "Matskevich"),  # one skeleton, vowels i / a
        ("Kiselev", "Kozlov"),  # one skeleton, different syllables
    ],
)
def test_established_surnames_that_only_share_consonants_stay_apart(first: str, second: str) -> None:
    """Two surnames each written three ways are two people when they differ as different
    surnames do, although a spelling of one scores above the threshold with the other."""
    given = "Olga" if first.endswith("a") else "Ivan"
    one = [f"{given} {first}", f"{first.upper()}, {given}", f"Dr. {given} {first}"]
    two = [f"{given} {second}", f"{second.upper()}, {given}", f"Prof. {given} {second}"]
    assert max(namefold.compare(a, b).score for a in one for b in two) >= 0.78
    res = resolve([*one, *two])
    assert len(res.people) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tsepkala", "Tsapkala"),  # Belarusian я written a: vowels e / a
        ("Gorbachev", "Gorbachov"),  # ё written e or o
        ("Timurova", "Timrova"),  # a typo copied into every spelling: one vowel dropped
    ],
)
def test_established_surnames_that_differ_as_spellings_do_merge(first: str, second: str) -> None:
    """Two surnames each written three ways are one person when they differ as
    romanizations (or a copied typo) do."""
    given = "Olga" if first.endswith("a") else "Ivan"
    one = [f"{given} {first}", f"{first.upper()}, {given}", f"Dr. {given} {first}"]
    two = [f"{given} {second}", f"{second.upper()}, {given}", f"Prof. {given} {second}"]
    res = resolve([*one, *two])
    assert len(res.people) == 1


def test_surnames_that_romanize_alike_stay_apart_by_their_cyrillic() -> None:
    """Kolesnikov and Kalashnikov romanize one hacek apart (Kalasnikov); each person's
    Cyrillic spelling shows two surnames, so the typo that bridges them does not join them."""
    kolesnikov = ["Ivan Kolesnikov", "KOLESNIKOV, Ivan", "Иван Колесников"]
    kalashnikov = ["Ivan Kalashnikov", "KALASHNIKOV, Ivan", "Иван Калашников", "Ivan Kalasnikov"]
    assert namefold.compare("Ivan Kolesnikov", "Ivan Kalasnikov").score >= 0.78
    res = resolve([*kolesnikov, *kalashnikov])
    assert sorted(sorted(p.names) for p in res.people) == sorted([sorted(kolesnikov), sorted(kalashnikov)])


def test_cyrillic_spellings_of_one_surname_in_three_languages_merge() -> None:
    """Russian, Belarusian and Ukrainian Cyrillic spellings anchor one person."""
    res = resolve(
        [
            "Елена Зеленская",
            "Olena Zelenska",
            "Олена Зеленська",
            "Sviatlana Tsikhanouskaya",
            "Святлана Ціханоўская",
            "Светлана Тихановская",
        ]
    )
    assert len(res.people) == 2


def test_stats_count_every_comparison_of_a_partial_mention() -> None:
    """A partial mention compared with a person it does not fit still counts its comparisons;
    initials that no given name of a person fits are not compared with it at all."""
    res = resolve(["Ivan Petrov", "Иван Петров", "Petrov"])
    assert len(res.people) == 1
    # one pair of full names, then Petrov against both spellings of Ivan Petrov
    assert res.stats["candidate_pairs"] == 3
    res = resolve(["Ivan Petrov", "Иван Петров", "S. Petrov"])
    assert len(res.people) == 2  # S. does not fit Ivan
    assert res.stats["candidate_pairs"] == 1


def test_unseen_spelling_finds_its_person() -> None:
    """person_of() resolves spellings that were never added."""
    res = resolve(ISSUE_EXAMPLE)
    assert res.person_of("Лукашэнка") == res.person("alexander-lukashenko")
    assert res.person_of("Aleksander Łukaszenka") == res.person("alexander-lukashenko")
    assert res.person_of("Eduard Babaryka") is None


def test_order_of_input_does_not_change_people() -> None:
    """The same multiset in another order gives the same people."""
    forward = resolve(ISSUE_EXAMPLE)
    backward = resolve(list(reversed(ISSUE_EXAMPLE)))
    assert forward.people == backward.people


def test_canonical_prefers_full_frequent_latin_spelling() -> None:
    """The canonical name is the most-mentioned full spelling; typos seen once lose ties."""
    res = resolve(
        [
            "Лукашэнка",
            "Aliaksandr Lukashenka",
            "Alexander Lukashenko",
            "Alexander Lukashenko",
            "Alexander Lukasheko",
        ]
    )
    assert [p.canonical for p in res.people] == ["Alexander Lukashenko"]
    res = resolve(["Maria Kakesnikava", "Maria Kalesnikava", "Maria Kolesnikova"])
    assert res.people[0].canonical == "Maria Kalesnikava"


def test_colliding_ids_are_numbered() -> None:
    """Two different people with the same canonical name get distinct ids."""
    res = resolve(["Ivan Petrov", "Ivan Petrov Ivanovich", "I. Petrov"], order="given-first")
    ids = [p.id for p in res.people]
    assert len(ids) == len(set(ids))


def test_resolver_collects_in_steps() -> None:
    """Resolver.add / add_many accept names with sources."""
    r = Resolver()
    assert r.add("Aliaksandr Lukashenka", source="doc-3") == 0
    r.add_many(["Lukashenka", ("Alexander Lukashenko", "doc-1")], source="doc-3")
    assert len(r) == 3
    res = r.resolve()
    assert [m.source for m in res.mentions] == ["doc-3", "doc-3", "doc-1"]
    assert len(res.people) == 1
    assert res.people[0].sources == ("doc-1", "doc-3")


@pytest.mark.parametrize("bad", [None, 3, ("Maria Kalesnikava",), ("Maria Kalesnikava", 7), (b"Maria", None)])
def test_add_many_adds_all_or_nothing(bad: object) -> None:
    """A batch with one item that is not a name raises TypeError and adds none of the batch."""
    r = Resolver()
    r.add("Aliaksandr Lukashenka")
    with pytest.raises(TypeError):
        r.add_many(["Maria Kalesnikava", bad, "Viktar Babaryka"])  # type: ignore[list-item]
    assert len(r) == 1
    with pytest.raises(TypeError, match="source"):
        r.add_many(["Maria Kalesnikava"], source=5)  # type: ignore[arg-type]
    assert len(r) == 1


def test_graph_records_spellings_and_scored_edges() -> None:
    """The networkx graph holds spellings as nodes and evidence on edges."""
    res = resolve(["Maria Kalesnikava", "Maria Kolesnikova", "Maria Kalesnikava"])
    graph = res.graph
    assert graph.nodes[("Maria Kalesnikava", "")]["mentions"] == 2
    edge = graph.edges[("Maria Kalesnikava", ""), ("Maria Kolesnikova", "")]
    assert edge["score"] == pytest.approx(0.96)
    assert edge["evidence"][0].rule == "romanization"
    assert edge["score"] == pytest.approx(namefold.combine(edge["evidence"]))


@pytest.mark.parametrize("threshold", [0, 1.5, "high"])
def test_bad_threshold_is_a_config_error(threshold: object) -> None:
    """An out-of-range threshold names itself."""
    with pytest.raises(ConfigError, match="threshold"):
        resolve(["x"], threshold=threshold)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [[None], [b"x"], [3], "Lukashenka"])
def test_non_string_names_are_type_errors(bad: object) -> None:
    """Non-string names give a TypeError naming the value's type."""
    with pytest.raises(TypeError):
        namefold.resolve(bad)  # type: ignore[arg-type]


def test_empty_input_gives_no_people() -> None:
    """Nothing in, nothing out."""
    res = resolve([])
    assert res.people == ()
    assert res.clusters() == []


@pytest.mark.parametrize(
    "text",
    ["a" * 100_000, "A. " * 30_000, "Mr. " * 20_000 + "X", "Кл" * 50_000, "Łukaszenka Лукашэнка " * 5_000],
)
def test_very_long_names_resolve(text: str) -> None:
    """A 100k-character name resolves beside a short one, every mention kept."""
    res = resolve([text, text[:1000], "Lukashenko"])
    assert len(res.mentions) == 3
    assert sum(p.mentions for p in res.people) == 3


def test_non_iterable_names_are_type_errors() -> None:
    """resolve(None) names the bad value instead of failing deep inside."""
    with pytest.raises(TypeError, match="NoneType"):
        resolve(None)  # type: ignore[arg-type]


def test_person_links_and_dot() -> None:
    """A person carries its spellings' counts, the scored links between them, and DOT text."""
    res = resolve(["Maria Kalesnikava", "Maria Kolesnikova", "Maria Kolesnikova", "Ms. Kalesnikava"])
    person = res.people[0]
    assert person.counts == (("Maria Kalesnikava", 1), ("Maria Kolesnikova", 2), ("Ms. Kalesnikava", 1))
    link = next(x for x in person.links if x.b == "Maria Kolesnikova")
    assert (link.a, link.score, link.relation) == ("Maria Kalesnikava", 0.96, "match")
    assert link.rules == ("surname: romanization", "given: identical")
    dot = person.to_dot()
    assert dot.count(" -- ") == len(person.links)
    quoted = resolve(['Maria "Masha" Kalesnikava']).people[0].to_dot()
    assert '"Maria \\"Masha\\" Kalesnikava" [label=' in quoted


def test_graphml_export(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """to_graphml writes every spelling and edge with plain attributes networkx can read back."""
    import networkx as nx

    res = resolve([("Viktar Babaryka", "d1"), ("Babaryka", "d1"), ("Eduard Babaryka", "d2")])
    path = tmp_path / "g.graphml"
    res.to_graphml(path)
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == {"Viktar Babaryka", "Babaryka @ d1", "Eduard Babaryka"}
    assert graph.nodes["Babaryka @ d1"]["person"] == "viktar-babaryka"
    assert graph.edges["Babaryka @ d1", "Viktar Babaryka"]["relation"] == "attach (same source)"


def test_unseen_full_name_finds_a_person_known_only_by_surname() -> None:
    """person_of('Aliaksandr Lukashenka') finds the person of a bare 'Lukashenka'."""
    res = resolve(["Lukashenka", "Maria Kolesnikova"])
    assert res.person_of("Aliaksandr Lukashenka") == res.person("lukashenka")


def test_merging_without_surname_verdicts_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """At a threshold of at least AVERAGE_SURNAME_FLOOR an accepted full-name edge already
    has a close enough surname, so the greedy merge skips that verdict: the same people."""
    from conftest import read_tsv

    names = [r["name"] for r in read_tsv("cross_language.tsv")]
    names += [r["mention"] for r in read_tsv("seed_mentions.tsv")]
    calls: list[bool] = []
    plain = merge_by_component

    def checking(*args: object, surnames_close: bool, **more: object) -> list[list[int]]:
        calls.append(surnames_close)
        return plain(*args, surnames_close=False, **more)  # type: ignore[arg-type]

    fast = resolve(names)
    monkeypatch.setattr(cluster, "merge_by_component", checking)
    checked = resolve(names)
    assert calls[0] is True  # the full-name merge at the default threshold skips the verdicts
    assert checked.people == fast.people
    assert checked.mentions == fast.mentions
    assert AVERAGE_SURNAME_FLOOR > 0.7
    calls.clear()
    resolve(names, threshold=0.7)
    assert calls[0] is False  # below the floor, an edge's surname may be too far: verdicts read


def test_full_candidates_above_a_position_keep_only_the_later_ones() -> None:
    """The scoring reads each name's candidates above its own position, so that each pair
    is scored once; the filter must keep exactly the candidates past that position."""
    from namefold.resolve.index import CandidateIndex

    texts = sorted(
        [
            "Maria Kalesnikava",
            "Maria Kolesnikova",
            "Mariya Kalesnikava",
            "M. Kolesnikova",
            "Maria Kalesnikova",
            "Maria Kakesnikava",
            "Viktar Babaryka",
        ]
    )
    parsed = [namefold.parse(t) for t in texts]
    index = CandidateIndex(parsed, floor=0.8)
    probe = parsed[texts.index("Maria Kolesnikova")]
    every = index.full_candidates(probe)
    assert len(every) >= 5  # the Kalesnikava spellings, the initial and the typo
    assert texts.index("Viktar Babaryka") not in every
    for position in range(-1, len(texts)):
        assert index.full_candidates(probe, above=position) == [k for k in every if k > position]


def test_full_candidates_miss_no_pair_that_compare_would_accept() -> None:
    """A full name's candidates are judged lazily: only surnames that hold a name with a
    fitting given name are judged. They must still hold every name whose surname is a
    neighbour and whose given name does not conflict (and is more than two typos apart, which
    alone makes no edge), and nothing whose surname is not a neighbour; the judgments kept
    across names of one surname must change nothing."""
    from collections import defaultdict

    from conftest import read_tsv

    from namefold.resolve.cross_script_pairs import CrossScriptPairs
    from namefold.resolve.index import CandidateIndex

    texts = sorted({r["name"] for r in read_tsv("cross_language.tsv")})
    texts = sorted({*texts, *(r["mention"] for r in read_tsv("seed_mentions.tsv"))})
    parsed = [namefold.parse(t) for t in texts]
    index = CandidateIndex(parsed, floor=0.8)
    cross = CrossScriptPairs(parsed)  # Cyrillic transcriptions of foreign names: not by surname
    judged: dict[str, dict[str, bool]] = defaultdict(dict)
    checked = 0
    for p in parsed:
        if p.is_partial:
            continue
        found = index.full_candidates(p)
        assert index.full_candidates(p, judged=judged[p.core_surname]) == found
        neighbours = set(index.neighbours.of(p.core_surname))
        assert all(parsed[k].core_surname in neighbours or k in cross.of(p) for k in found)
        for k in index.surname_candidates(p.core_surname, full=True):
            given = namefold.compare(p, parsed[k]).evidence[1]
            assert given.feature == "given"
            if not given.conflict and given.factor >= 0.8:  # weaker given evidence makes no edge
                assert k in found, (p.original, parsed[k].original)
                checked += 1
    assert checked > 1000  # the fixtures hold many such pairs: the check is not empty


@pytest.mark.parametrize(
    "names",
    [
        ["Alec Mason", "Mason Alec"],
        ["Amber White", "Amber Whiet"],
        ["Vendula Webb", "Vendula Webcb"],
    ],
)
def test_swapped_order_and_spelling_typos_are_found_and_merged(names: list[str]) -> None:
    """The index finds a two-word name written in the other order, and a typo that folding
    moves elsewhere in the key; both merge."""
    assert resolve(names).clusters() == [sorted(names)]


def test_romanizations_of_an_arabic_surname_are_one_person() -> None:
    """Gaddafi, Qadhafi, Kadhafi and al-Qaddafi: q/g/k, dh/dd and the article."""
    names = ["Muammar Gaddafi", "Muammar Qadhafi", "Mouammar Kadhafi", "Muammar al-Qaddafi"]
    assert resolve(names).clusters() == [sorted(names)]


def test_double_surnames_are_filed_under_each_part() -> None:
    """A register's double surname meets the name written with one part of it; a middle name
    before the surname is no first surname (John Fitzgerald is not John Fitzgerald Kennedy)."""
    names = [
        "Gabriel García Márquez",
        "GARCÍA MÁRQUEZ, Gabriel",
        "LÓPEZ OBRADOR, Andrés Manuel",
        "Andrés Manuel López Obrador",
        "José Luis Rodríguez Zapatero",
        "José Luis Rodríguez",
        "John Fitzgerald Kennedy",
        "John Fitzgerald",
    ]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1]
    assert people[2] == people[3]
    assert people[4] == people[5]
    assert people[6] != people[7]


# 21 men's given names: one more person than a partial probe is compared with (PARTIAL_CAP)
MEN = ["Viktor", "Petr", "Oleg", "Pavel", "Igor", "Boris", "Denis", "Egor", "Fedor", "Gleb", "Ilya"]
MEN += ["Lev", "Mark", "Roman", "Stepan", "Timur", "Yakov", "Zakhar", "Artem", "Nikita", "Kirill"]


def test_person_of_a_bare_surname_of_more_than_twenty_people_is_none_unscored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """'Belov' may name any of 21 people: ``None`` (ambiguous) without a comparison, as in a
    resolution; 'W. Belov' fits Viktor Belov alone among them (the others' given names have
    other initials) and is compared with him only."""
    lookup = importlib.import_module("namefold.resolve.lookup")
    calls: list[str] = []

    def counted(a: ParsedName, b: ParsedName) -> Comparison:
        calls.append(b.original)
        return namefold.compare(a, b)

    monkeypatch.setattr(lookup, "compare", counted)
    res = namefold.resolve([f"{name} Belov" for name in MEN])
    assert res.person_of("Belov") is None
    assert calls == []
    viktor = res.person_of("Viktor Belov")
    assert viktor is not None
    assert res.person_of("W. Belov") == viktor
    assert calls == ["Viktor Belov"]


def test_person_of_a_surname_form_counts_only_the_people_of_its_gender() -> None:
    """'Belova' beside 21 men named Belov and Anna Belova: the men's surname form conflicts
    with hers, so the probe is not ambiguous; it is Anna, as in a resolution."""
    res = namefold.resolve([*(f"{name} Belov" for name in MEN), "Anna Belova"])
    anna = res.person_of("Anna Belova")
    assert anna is not None
    assert res.person_of("Belova") == anna
    assert res.person_of("Mrs. Belova") == anna


def test_the_canonical_name_is_the_form_most_spellings_share() -> None:
    """Of spellings seen once each, the display form most of them share wins: 习近平 and
    President Xi Jinping show as Xi Jinping; Kim Jong-un and Kim Jong Un are one form."""
    xi = resolve(["Hsi Chin-p'ing", "Xi Jinping", "习近平", "President Xi Jinping"])
    assert [p.canonical for p in xi.people] == ["Xi Jinping"]
    kim = resolve(["Gim Jeongeun", "Kim Jong-un", "Kim Jong Un", "김정은"])
    assert [p.id for p in kim.people] == ["kim-jong-un"]
