"""Reading the words of a name (namefold.names.words), before parse splits them."""

from __future__ import annotations

from namefold.names.words import Word, merge_particles, read_words


def test_words_after_a_comma_and_in_capitals() -> None:
    """A register entry: the surname in capitals, shown in title case; the word after the
    comma marked so."""
    assert read_words("LUKASHENKA, Aliaksandr") == [
        Word("lukashenka", "LUKASHENKA", True, False, "lukashenka", "Lukashenka", False, False),
        Word("aliaksandr", "Aliaksandr", False, True, "aliaksandr", "Aliaksandr", False, False),
    ]


def test_initials_are_split_at_their_dots() -> None:
    """A.G. reads as two initials."""
    words = read_words("A.G. Lukashenko")
    assert [w.norm for w in words] == ["a", "g", "lukashenko"]
    assert [w.initial for w in words] == [True, True, False]


def test_surname_spelling_follows_the_orthography() -> None:
    """Polish Capkała: ł marks the Polish c, ц, so the surname spelling is tsapkala while
    the word itself stays capkala."""
    (word,) = read_words("Capkała")
    assert (word.norm, word.surname_norm, word.shown) == ("capkala", "tsapkala", "Capkała")


def test_punctuation_and_possessive_are_dropped() -> None:
    """O'Brien's is the word obrien, shown as written without the possessive."""
    (word,) = read_words("O'Brien's")
    assert (word.norm, word.shown) == ("obrien", "O'Brien")


def test_a_particle_joins_the_next_word() -> None:
    """van marks itself as joining; merge_particles glues it to Beethoven."""
    words = read_words("Ludwig van Beethoven")
    assert [w.joins for w in words] == [False, True, False]
    merged = merge_particles(words)
    assert [w.norm for w in merged] == ["ludwig", "van beethoven"]
    assert merged[1].shown == "van Beethoven"


def test_a_word_keeps_its_final_vowel_sign() -> None:
    """Indic and Thai vowel signs are combining marks, not punctuation: गांधी keeps its ी."""
    (word,) = read_words("गांधी")
    assert (word.norm, word.shown) == ("gandhi", "गांधी")
    (word,) = read_words("(গান্ধী),")
    assert word.norm == "gandhi"
