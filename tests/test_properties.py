"""Invariants, checked on generated input with Hypothesis."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import namefold
from namefold import compare, normalize, parse, resolve

GIVEN = [
    "Maria",
    "Maryia",
    "Aliaksandr",
    "Alexander",
    "Siarhei",
    "Sviatlana",
    "Viktar",
    "Eduard",
    "A.",
    "Ms.",
]
SURNAMES = [
    "Kalesnikava",
    "Kolesnikova",
    "Lukashenka",
    "Lukashenko",
    "Tsikhanouski",
    "Tsikhanouskaya",
    "Babaryka",
    "Лукашэнка",
    "Kakesnikava",
    "LUKASHENKA,",
]

name_parts = st.lists(st.sampled_from(GIVEN + SURNAMES), min_size=1, max_size=3).map(" ".join)
names = st.one_of(name_parts, st.text(max_size=30))
mentions = st.lists(st.tuples(names, st.sampled_from([None, "d1", "d2"])), max_size=12)


@given(st.text())
def test_normalize_is_idempotent_ascii(text: str) -> None:
    """normalize(normalize(x)) == normalize(x), and the result is ASCII without edge spaces."""
    once = normalize(text)
    assert normalize(once) == once
    assert once.isascii()
    assert once == once.strip()
    assert "  " not in once


@given(st.text(alphabet=st.characters(exclude_characters=",")))
def test_words_without_a_comma_split_like_the_token_pattern(text: str) -> None:
    """parse splits text without a comma with str.split, a shortcut that holds only if
    it finds the same tokens as the pattern it uses for text with commas."""
    from namefold.names.words import RAW_TOKEN

    assert text.split() == RAW_TOKEN.findall(text)


# Letters of the scripts and orthographies names come in, with the apostrophe-like
# modifier letters (ʼ ʹ) that count as letters too.
_LETTERS = st.text(
    alphabet=st.one_of(
        st.characters(categories=["Lu", "Ll", "Lm", "Lo"]),
        st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўїєґЛŁłśćźżńčšžřěŭůąęßʼʹ"),
    ),
    min_size=1,
)


@given(_LETTERS)
def test_clean_shortcut_for_letters_agrees_with_every_step(text: str) -> None:
    """clean reads text made only of letters through to_ascii alone; the full sequence
    of steps must give the same words."""
    from namefold.text.normalize import clean, clean_fully

    assert clean(text) == clean_fully(text)


# ASCII tokens built from the pieces the orthography rules look for (Polish cz/sz, German
# -ow/sch, French ou/tch/j, East Slavic -ava/-ova/-au with c), in any case.
_ORTHOGRAPHY_PIECES = ["cz", "sz", "ch", "sch", "tch", "ow", "ewa", "ou", "j", "z", "s", "c", "ava", "ova"]
_ASCII_TOKENS = st.one_of(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=14),
    st.lists(st.sampled_from([*_ORTHOGRAPHY_PIECES, "a", "e", "i", "o", "u", "k", "r", "v"]), min_size=1)
    .map("".join)
    .flatmap(lambda word: st.sampled_from([word, word.upper(), word.title()])),
)


@given(_ASCII_TOKENS)
def test_plain_ascii_word_reads_like_any_word(raw: str) -> None:
    """parse reads a token of ASCII letters by a shortcut; the general path must find the
    same word, orthography rules included."""
    from namefold.names.words import any_word_pieces, plain_word

    assert (plain_word(raw),) == any_word_pieces(raw)


@given(st.text())
def test_parse_is_total_on_strings(text: str) -> None:
    """parse never raises on a str, and each part is normalized text."""
    parsed = parse(text)
    for part in (*parsed.given, *parsed.surname):
        assert part
        assert normalize(part, honorifics=True) == part


@given(names, names)
def test_compare_is_symmetric_and_bounded(a: str, b: str) -> None:
    """compare(a, b) == compare(b, a), in [0, 1], and reproducible from its evidence."""
    ab, ba = compare(a, b), compare(b, a)
    assert ab.score == ba.score
    assert 0.0 <= ab.score <= 1.0
    assert ab.score == namefold.combine(ab.evidence)
    assert ab.conflict == ba.conflict


@given(name_parts)
def test_a_name_matches_itself(a: str) -> None:
    """Any name with a surname or given name scores 1 against itself."""
    if parse(a).kind != "empty":
        assert compare(a, a).score == 1.0


@given(mentions, st.randoms(use_true_random=False))
def test_resolution_ignores_input_order(items: list[tuple[str, str | None]], rnd) -> None:  # type: ignore[no-untyped-def]
    """Any order of the same mentions gives the same people, ids and canonical names."""
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert resolve(items).people == resolve(shuffled).people


@given(mentions)
def test_every_mention_is_in_exactly_one_person(items: list[tuple[str, str | None]]) -> None:
    """Mentions in == mentions out; each input string sits in exactly one cluster when unsourced."""
    res = resolve(items)
    assert len(res.mentions) == len(items)
    assert [(m.text, m.source) for m in res.mentions] == items
    counts = Counter(m.person for m in res.mentions)
    assert {p.id: p.mentions for p in res.people} == dict(counts)
    unsourced = resolve([text for text, _ in items])
    seen = Counter(name for cluster in unsourced.clusters() for name in cluster)
    assert set(seen) == {text for text, _ in items}
    assert all(n == 1 for n in seen.values())


@given(st.lists(st.text(), max_size=8))
def test_any_unicode_resolves(texts: list[str]) -> None:
    """Any Unicode strings resolve without an exception."""
    res = resolve(texts)
    assert len(res.mentions) == len(texts)


@given(st.one_of(st.none(), st.integers(), st.binary(), st.floats(), st.lists(st.text())))
def test_non_strings_are_type_errors(value: object) -> None:
    """Non-strings get a clear TypeError everywhere, naming the value's type (a list too, not
    the caches' "unhashable type")."""
    name = f"must be a str, not {type(value).__name__}"
    with pytest.raises(TypeError, match=name):
        normalize(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        parse(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        compare(value, "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        resolve([value])  # type: ignore[list-item]


def _edited(word: str, data: st.DataObject) -> str:
    """``word`` with one random edit (insert, delete, replace, swap two neighbours) or none."""
    letters = list(word)
    at = data.draw(st.integers(0, len(letters)))
    edit = data.draw(st.sampled_from(["insert", "delete", "replace", "swap", "none"]))
    letter = data.draw(st.sampled_from("abcy"))
    if edit == "insert":
        letters.insert(at, letter)
    elif edit == "delete" and at < len(letters):
        del letters[at]
    elif edit == "replace" and at < len(letters):
        letters[at] = letter
    elif edit == "swap" and at + 1 < len(letters):
        letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


@given(st.text("abcy", max_size=9), st.data())
def test_one_edit_apart_is_damerau_levenshtein_one(word: str, data: st.DataObject) -> None:
    """The surname and given-name typo rules ask whether two keys are one edit apart; the
    shortcut agrees with jellyfish's Damerau-Levenshtein distance, edited or unrelated."""
    import jellyfish

    from namefold.compare.edits import one_edit_apart

    for other in (_edited(word, data), data.draw(st.text("abcy", max_size=9))):
        if other != word:
            expected = jellyfish.damerau_levenshtein_distance(word, other) == 1
            assert one_edit_apart(word, other) == expected
            assert one_edit_apart(other, word) == expected
