"""The world fixture (issue 18): names of many scripts and traditions, and their hard negatives.

Issue 18's bar is pair F1 >= 0.95 with no false merge; namefold is not there yet
(docs/limitations.md says where it stops). The floors below are today's level, so that no
change makes it worse unnoticed; raise them as the work goes on. The report is not added to
the run's summary (it lists hundreds of splits); a failure prints it.
"""

from __future__ import annotations

from conftest import read_tsv

from namefold import evaluate, resolve

WORLD_F1_FLOOR = 0.90
WORLD_PRECISION_FLOOR = 0.99


def test_world_names_hold_their_floor() -> None:
    """Pair F1 and precision on fixtures/world_names.tsv do not fall below today's level."""
    rows = read_tsv("world_names.tsv")
    res = resolve([r["name"] for r in rows])
    metrics = evaluate(
        [m.person for m in res.mentions], [r["person"] for r in rows], [r["name"] for r in rows]
    )
    report = metrics.report("fixtures/world_names.tsv")
    assert metrics.f1 >= WORLD_F1_FLOOR, report
    assert metrics.precision >= WORLD_PRECISION_FLOOR, report


# Hard negatives that names alone cannot tell apart: the place is a designation, the rest
# one name (docs/limitations.md). No other hard negative may merge.
_KNOWN_NAMESAKES = {frozenset({"muhammad-ali", "muhammad-ali-of-egypt"})}


def test_hard_negatives_stay_apart() -> None:
    """No two people of a hard-negative pair (relatives, namesakes, one-link-different
    Arabic chains, Jr. / Sr.) share a person in the resolution, but the known namesakes."""
    rows = read_tsv("world_names.tsv")
    res = resolve([r["name"] for r in rows])
    found: dict[str, set[str]] = {}
    for row, mention in zip(rows, res.mentions, strict=True):
        found.setdefault(row["person"], set()).add(mention.person)
    merged = {
        frozenset({n["person_a"], n["person_b"]})
        for n in read_tsv("world_hard_negatives.tsv")
        if found[n["person_a"]] & found[n["person_b"]]
    }
    assert merged <= _KNOWN_NAMESAKES, sorted(sorted(pair) for pair in merged - _KNOWN_NAMESAKES)


def test_world_negatives_name_known_people() -> None:
    """Every hard negative pairs two people of the world fixture, and no pair twice."""
    people = {r["person"] for r in read_tsv("world_names.tsv")}
    pairs = [(n["person_a"], n["person_b"]) for n in read_tsv("world_hard_negatives.tsv")]
    assert all(a in people and b in people and a != b for a, b in pairs)
    assert len({frozenset(p) for p in pairs}) == len(pairs)


def test_chinese_spellings_resolve_to_one_person_each() -> None:
    """Pinyin, Wade-Giles and characters of one name are one person; father and son, and
    premiers surnamed Li, stay apart (issue 18)."""
    xi = ["Xi Jinping", "Xi Jin-ping", "Xi Jin Ping", "Hsi Chin-p'ing", "习近平", "習近平"]
    father = ["Xi Zhongxun", "Hsi Chung-hsün", "习仲勋", "習仲勳"]
    lis = ["Li Peng", "Li P'eng", "李鹏", "Li Qiang", "Li Ch'iang", "李强", "Li Keqiang", "李克强"]
    res = resolve(xi + father + lis)
    people = [m.person for m in res.mentions]
    assert len(set(people[: len(xi)])) == 1
    assert len(set(people[len(xi) : len(xi) + len(father)])) == 1
    assert people[0] != people[len(xi)]
    li_people = people[len(xi) + len(father) :]
    assert li_people[0] == li_people[1] == li_people[2]
    assert li_people[3] == li_people[4] == li_people[5]
    assert len({li_people[0], li_people[3], li_people[6]}) == 3


def test_vietnamese_and_cantonese_readings_join_the_chinese_person() -> None:
    """Sino-Vietnamese and Cantonese readings join the name in characters and its Mandarin
    spellings; Vietnamese readings of other characters stay apart (Li Keqiang / Li Qiang)."""
    xi = ["Xi Jinping", "Hsi Chin-p'ing", "Jinping Xi", "习近平", "Tập Cận Bình"]
    lee = ["Li Xiaolong", "李小龍", "Lee Siu-lung"]
    lis = ["Li Keqiang", "李克强", "Lý Khắc Cường", "Li Qiang", "李强", "Lý Cường"]
    res = resolve(xi + lee + lis)
    people = [m.person for m in res.mentions]
    assert len(set(people[: len(xi)])) == 1
    assert len(set(people[len(xi) : len(xi) + len(lee)])) == 1
    li_people = people[len(xi) + len(lee) :]
    assert len(set(li_people[:3])) == 1
    assert len(set(li_people[3:])) == 1
    assert li_people[0] != li_people[3]


def test_south_slavic_forms_resolve_to_one_person() -> None:
    """Serbian Cyrillic, Serbian Latin with and without accents and the Russian rendering
    of one name are one person; another -ić surname is another."""
    names = [
        "Aleksandar Vučić",
        "Александар Вучић",
        "Александр Вучич",
        "Novak Đoković",
        "Новак Ђоковић",
        "Novak Djokovic",
    ]
    res = resolve(names)
    people = [m.person for m in res.mentions]
    assert len(set(people[:3])) == 1
    assert len(set(people[3:])) == 1
    assert people[0] != people[3]


def test_indic_and_greek_forms_resolve_to_their_people() -> None:
    """Devanagari, Bengali and Greek forms join the Latin ones; relatives stay apart."""
    names = [
        "Narendra Modi",
        "नरेन्द्र मोदी",
        "নরেন্দ্র মোদী",
        "Rahul Gandhi",
        "राहुल गांधी",
        "Sonia Gandhi",
        "सोनिया गांधी",
        "Kyriakos Mitsotakis",
        "Κυριάκος Μητσοτάκης",
        "Konstantinos Mitsotakis",
        "Κωνσταντίνος Μητσοτάκης",
    ]
    people = [m.person for m in resolve(names).mentions]
    assert len({people[0], people[1], people[2]}) == 1
    assert people[3] == people[4] != people[5] == people[6]
    assert people[7] == people[8] != people[9] == people[10]


def test_record_linkage_corruptions_resolve_to_their_people() -> None:
    """FEBRL's corruptions of one record (issue 18): a stray space, a swap the given-name
    tables caused, a typo in a three-letter surname, a typo that reads a surname's gender;
    a replaced given name stays another person (it may be a relative)."""
    groups = [
        ["Amber Blackwell", "Amber Black Well", "Ambre Blackwell"],
        ["Zachary Hope", "Zachay Hope", "Zachary Hopd"],
        ["Jordan Ryan", "Jordan Rya"],
        ["Melinda Sherin", "Melinea Sherin", "Melinda Sherfn"],
        ["Connor White"],
        ["Thomas White"],
    ]
    found = resolve([name for group in groups for name in group])
    person = {m.text: m.person for m in found.mentions}
    assert [{person[name] for name in group} for group in groups] == [{person[g[0]]} for g in groups]
    assert len({person[g[0]] for g in groups}) == len(groups)


def test_a_word_more_or_less_joins_one_person() -> None:
    """Forms of the world fixture with a word more or less resolve together (compare/extra_words)."""
    groups = [
        ["Fidel Castro", "Фидель Кастро", "Fidel Castro Ruz", "CASTRO RUZ, Fidel"],
        ["Imran Khan", "Imran Khan Niazi", "Imran Ahmed Khan Niazi"],
        ["Andrés Manuel López Obrador", "López Obrador", "LÓPEZ OBRADOR, Andrés Manuel"],
        ["Jean-Marie Le Pen", "Jean Marie Le Pen", "LE PEN, Jean-Marie"],
        ["Martin Luther King Jr.", "King, Martin Luther, Jr."],
    ]
    res = resolve([name for group in groups for name in group])
    people = [m.person for m in res.mentions]
    start = 0
    for group in groups:
        assert len(set(people[start : start + len(group)])) == 1, group
        start += len(group)
    assert len(set(people)) == len(groups)
