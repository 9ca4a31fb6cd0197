"""Chinese names in Latin letters read surname first, in pinyin (namefold.names.chinese)."""

from __future__ import annotations

import pytest

from namefold import parse


@pytest.mark.parametrize(
    "text",
    ["Xi Jinping", "Xi Jin-ping", "Xi Jin Ping", "Xi Jin-Ping", "XI Jinping", "Hsi Chin-p'ing", "习近平"],
)
def test_spellings_of_one_chinese_name_parse_alike(text: str) -> None:
    """Joined, hyphenated or spaced syllables and Wade-Giles are one given name, surname first."""
    p = parse(text)
    assert (p.surname, p.given, p.order) == (("xi",), ("jinping",), "family-first")


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Mao Tse-tung", "mao", "zedong"),
        ("Mao Tsê-tung", "mao", "zedong"),
        ("Chou En-lai", "zhou", "enlai"),
        ("Teng Hsiao-p'ing", "deng", "xiaoping"),
        ("Li K'o-ch'iang", "li", "keqiang"),
        ("Lu Hsün", "lu", "xun"),
        ("Chiang Ching-kuo", "jiang", "jingguo"),
        ("Lee Teng-hui", "li", "denghui"),  # Lee is 李 in the surname table
    ],
)
def test_wade_giles_reads_as_pinyin(text: str, surname: str, given: str) -> None:
    p = parse(text)
    assert (p.surname, p.given, p.order_reason) == ((surname,), (given,), "chinese surname")


@pytest.mark.parametrize(
    "text",
    [
        "Tsung-Dao Lee",  # Western order: the first word is no surname
        "Chen Ning Yang",  # Chen and Yang are both surnames: order not certain
        "Bruce Lee",
        "Ban Ki-moon",
        "Kim Jong-un",
        "Lee Kuan Yew",  # yew is no Mandarin syllable
        "Alexander Lukashenko",
    ],
)
def test_names_not_read_as_chinese(text: str) -> None:
    assert parse(text).order_reason != "chinese surname"


def test_western_order_keeps_the_same_parts() -> None:
    """``Youyou Tu`` (given first) and ``Tu Youyou`` parse to the same surname and given name."""
    a, b = parse("Youyou Tu"), parse("Tu Youyou")
    assert (a.surname, a.given) == (b.surname, b.given) == (("tu",), ("youyou",))


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Си Цзиньпин", "xi", "jinping"),
        ("Мао Цзэдун", "mao", "zedong"),
        ("Дэн Сяопин", "deng", "xiaoping"),
        ("Ли Кэцян", "li", "keqiang"),
    ],
)
def test_palladius_cyrillic_reads_as_pinyin(text: str, surname: str, given: str) -> None:
    """Russian Palladius spellings of Chinese names read as their pinyin, surname first."""
    p = parse(text)
    assert (p.surname, p.given, p.order_reason) == ((surname,), (given,), "chinese surname")


@pytest.mark.parametrize("text", ["Иван Петров", "Ян Купала", "Александр Лукашенко", "Ли Сергей"])
def test_slavic_cyrillic_names_are_not_read_as_chinese(text: str) -> None:
    """Slavic words cut into Palladius syllables too (ку-па-ла): Palladius given names are one
    or two syllables, after a Chinese surname."""
    assert parse(text).order_reason != "chinese surname"


@pytest.mark.parametrize("text", ["Lỗ Tấn", "Hồ Chí Minh", "Pak Chŏnghŭi"])
def test_vietnamese_and_mccune_reischauer_letters_are_not_chinese(text: str) -> None:
    """Vietnamese letters (ỗ, ấ, ồ) and McCune-Reischauer ŏ mark a name that is not Chinese,
    and a Cantonese surname form (Pak, Lo) goes only with Wade-Giles given names."""
    assert parse(text).order_reason != "chinese surname"


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [("Ching-kuo Chiang", "jiang", "jingguo"), ("Chen-Ning Yang", "yang", "zhenning")],
)
def test_hyphenated_given_name_before_a_surname_is_western_order(text: str, surname: str, given: str) -> None:
    p = parse(text)
    assert (p.surname, p.given, p.order, p.order_reason) == (
        (surname,),
        (given,),
        "given-first",
        "chinese surname",
    )


@pytest.mark.parametrize("text", ["Jean-Paul Li", "Anne-Marie Wang"])
def test_western_hyphenated_given_names_stay_western(text: str) -> None:
    assert parse(text).order_reason != "chinese surname"


def test_a_slavic_given_name_that_is_a_chinese_surname() -> None:
    """Yan / Ян is a Slavic given name and a Chinese surname: the rest must be spelled as only
    Chinese names are (x, q, zh, цз, чж ...), or the name be written in characters."""
    assert parse("Ян Полин").order_reason != "chinese surname"
    assert parse("Yan Polin").order_reason != "chinese surname"
    assert (parse("Yan Xuetong").surname, parse("Yan Xuetong").given) == (("yan",), ("xuetong",))
    assert (parse("严家淦").surname, parse("严家淦").given) == (("yan",), ("jiagan",))


def test_palladius_syllables_written_apart_are_chinese_not_korean() -> None:
    """``Ли Сянь Лун`` (Lee Hsien Loong) writes its syllables apart as Korean names in Cyrillic
    do, but ``Сянь`` (a soft sign after н) is Palladius's Chinese ``xian``, no Kontsevich syllable."""
    parsed = parse("Ли Сянь Лун")
    assert (parsed.surname, parsed.given, parsed.order_reason) == (("li",), ("xianlong",), "chinese surname")
    assert parse("Ким Чен Ын").order_reason == "korean surname"
