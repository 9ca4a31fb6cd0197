"""Blocking keys and the readings of a surname (namefold.keys.phonetic), on their own."""

from __future__ import annotations

import pytest

from namefold.keys.phonetic import (
    MAX_LETTERS,
    SurnameReading,
    deletions,
    given_fold_key,
    given_keys,
    sk_ending,
    surname_info,
    surname_keys,
)

# Romanizations of Лукашэнка / Лукашенко: Belarusian, Russian (akanye folds -o to -a),
# Polish sz, German sch, French ou / ch.
LUKASHENKA = ["lukashenka", "lukashenko", "lukaszenka", "lukaschenko", "loukachenko"]


@pytest.mark.parametrize("spelling", LUKASHENKA)
def test_romanizations_of_one_surname_share_its_fold_key(spelling: str) -> None:
    """Every spelling is indexed under the key k:lukashenka (Loukachenko through its
    French reading), so each finds the others."""
    assert "k:lukashenka" in surname_keys(spelling)


def test_different_surnames_share_no_key() -> None:
    """Lukashenka and Babaryka, Lukashenka and Kalesnikava: no key in common."""
    lukashenka = set(surname_keys("lukashenka"))
    assert lukashenka.isdisjoint(surname_keys("babaryka"))
    assert lukashenka.isdisjoint(surname_keys("kalesnikava"))


def test_a_typo_shares_a_deletion_key() -> None:
    """Kakesnikava (a typo) and Kalesnikava both give kaesnikava with one letter deleted."""
    assert "d:kaesnikava" in surname_keys("kalesnikava")
    assert "d:kaesnikava" in surname_keys("kakesnikava")
    assert "k:kalesnikava" not in surname_keys("kakesnikava")


def test_keys_of_a_surname() -> None:
    """All the keys of lukashenka, worked out by hand: its fold key and its ten one-letter
    deletions, the same for its spelling (ten letters: ``p:`` keys go to twelve), its
    skeleton l k S(sh) n k, that skeleton with the confusable k and S merged as C, and its
    metaphone, the phonetic keys carrying the ending a."""
    deleted = [
        "ukashenka",
        "lkashenka",
        "luashenka",
        "lukshenka",
        "lukahenka",
        "lukasenka",
        "lukashnka",
        "lukasheka",
        "lukashena",
        "lukashenk",
    ]
    expected = {
        "k:lukashenka",
        "d:lukashenka",
        *("d:" + d for d in deleted),
        "p:lukashenka",
        *("p:" + d for d in deleted),
        "s:lkSnk|a",
        "c:lCCnC|a",
        "m:LKXNK|a",
    }
    assert surname_keys("lukashenka") == tuple(sorted(expected))


def test_surname_reading_has_named_fields() -> None:
    """The reading of a surname is a NamedTuple whose fields name what the rules read."""
    reading = surname_info("loukachenko")
    assert isinstance(reading, SurnameReading)
    assert reading._fields == (
        "key",
        "rules",
        "skeleton",
        "metaphone",
        "ending",
        "syllables",
        "french",
        "sk",
    )
    # ou -> u (French), ch stays ch (English ч), o -> a (akanye); read as French, ch is ш.
    assert reading.key == "lukachenka"
    assert reading.french == "lukashenka"
    assert reading.ending == "a"
    assert reading.syllables == 4  # u, a, e, a
    assert reading.sk == ""
    assert reading.metaphone == "LKXNK"


def test_surname_reading_of_a_plain_surname() -> None:
    """Lukashenka: no rule changes it, no French reading, no -sk- ending."""
    assert surname_info("lukashenka") == SurnameReading(
        key="lukashenka",
        rules=(),
        skeleton="lkSnk",
        metaphone="LKXNK",
        ending="a",
        syllables=4,
        french="",
        sk="",
    )


def test_sk_and_tsk_endings() -> None:
    """-ский and -цкий read as two endings (c is ц); a z before the k, in a fold key, may
    be either."""
    assert [surname_info(s).sk for s in ("radski", "radtski", "radcki")] == ["s", "ts", "ts"]
    assert sk_ending("radzki") == ""
    assert sk_ending("lukashenka") == ""


def test_keys_read_the_first_letters_only() -> None:
    """A surname longer than MAX_LETTERS reads as its first MAX_LETTERS letters."""
    assert MAX_LETTERS == 64
    long = "ab" * 40
    assert surname_info(long) == surname_info(long[:64])
    assert given_fold_key("ab" * 50) == "ab" * 32


def test_deletions() -> None:
    """Each letter deleted in turn; a doubled letter gives one word."""
    assert deletions("anna") == {"nna", "ana", "ann"}


def test_given_keys() -> None:
    """A listed given name is keyed by its group and its fold key: the Belarusian and
    Russian spellings of Alexander share the group key; an unlisted name has its fold
    key only. The nicknames package lists maria as a short form of marietta: an f: key."""
    assert given_keys("maria") == ("f:marietta", "g:maria", "gk:mare")
    assert "g:alexander" in given_keys("aliaksandr")
    assert "g:alexander" in given_keys("oleksandr")
    assert not any(key.startswith("g:") for key in given_keys("zzyx"))


def test_a_short_form_shares_a_key_with_its_formal_name() -> None:
    """Eddy and Edward meet in the index through the formal name (f:edward); Bill and
    Robert, a looser pair of the nicknames package, do not."""
    assert "f:edward" in set(given_keys("eddy")) & set(given_keys("edward"))
    assert not {k for k in given_keys("bill") if k.startswith("f:")} & set(given_keys("robert"))
