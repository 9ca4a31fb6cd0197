"""Names in Chinese characters read as Japanese or Korean names (names/han_names.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from namefold import compare, parse
from namefold.names.han_names import han_name_text, other_han_texts
from namefold.names.readings import other_readings


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("安倍晋三", "Abe, Shinzo"),  # a two-character surname that is not a Chinese compound one
        ("安倍 晋三", "Abe, Shinzo"),  # spaces between the characters are ignored
        ("小泉純一郎", "Koizumi, Junichiro"),
        ("岸信介", "Kishi, Shinsuke"),  # 岸 is no Chinese surname; the dataset's reading of 信介
        ("金正恩", "김정은"),  # 金 after the Korean-majority rule: its surname reading 김, not 금
        ("朴槿惠", "박근혜"),
        ("朴龍洙", "박용수"),  # the initial-sound rule: 龍 룡 -> 용 at the start of the given name
    ],
)
def test_japanese_and_korean_names_in_characters(name: str, read: str) -> None:
    assert han_name_text(name) == read


@pytest.mark.parametrize(
    "name",
    [
        "习近平",  # Chinese
        "欧阳修",  # a Chinese compound surname
        "林田明",  # 林田 is a Japanese surname, but 林 + 田明 reads as well: Mandarin kept
        "金庸",  # two characters: not read as Korean
        "尹锡悦",  # 尹 is no Korean-majority surname, and 锡 is a simplified form
        "Kim Jong-un",
    ],
)
def test_other_names_keep_their_reading(name: str) -> None:
    assert han_name_text(name) is None


def test_a_japanese_name_in_kanji_is_surname_first() -> None:
    parsed = parse("安倍晋三")
    assert (parsed.surname, parsed.given, parsed.order) == (("abe",), ("shinzo",), "family-first")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("安倍晋三", "Shinzo Abe"),
        ("安倍晋三", "Abe Shinzō"),
        ("黒澤明", "Akira Kurosawa"),
        ("黒沢明", "黒澤明"),  # the Japanese form 沢 and the older 澤
        ("金正恩", "Kim Jong-un"),
        ("金正恩", "김정은"),
        ("朴正熙", "Park Chung-hee"),
        ("習近平", "Xi Jinping"),  # Chinese names still read as Mandarin
        # by another reading than the one parse chose (names/readings.py)
        ("李承晩", "이승만"),  # read as Mandarin first, as Korean too
        ("文在寅", "Moon Jae-in"),
        ("潘基文", "Ban Ki-moon"),
        ("金正恩", "Jin Zhengen"),  # read as Korean first, as Mandarin too
        ("金鍾泌", "Kim Jong-pil"),  # 泌: 비 first, 필 among the other readings
        ("岸信介", "Nobusuke Kishi"),  # 信介: Shinsuke first, Nobusuke among the others
        ("村上春树", "Haruki Murakami"),  # the Chinese press's simplified 树 for 樹
        ("金与正", "Kim Yo-jong"),  # simplified 与 for 與
        ("村上春树", "Murakami Haruki"),  # another reading, and the Latin name in the other order
        ("村上春树", "村上春樹"),  # the same characters: compared in Japanese too
        ("金与正", "金與正"),
    ],
)
def test_spellings_in_characters_meet_their_latin_forms(a: str, b: str) -> None:
    assert compare(a, b).score >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("安倍晋三", "安倍晋太郎"),  # father and son
        ("安倍晋三", "Shintaro Abe"),
        ("金正恩", "金正日"),
        ("金正恩", "Kim Jong-il"),
        ("金與正", "Kim Jong-un"),
        ("朴正熙", "朴槿惠"),
        ("朴正熙", "Park Geun-hye"),
        ("李鵬", "李强"),  # Li Peng / Li Qiang: no Korean reading of two characters (이붕 / 이강)
        ("毛澤東", "毛澤民"),  # brothers, in Mandarin and in Korean (모택동 / 모택민)
        ("伊藤博文", "T. D. Lee"),  # a Japanese name has no Mandarin reading (Yi Tengbowen)
        # two names in characters compare in Mandarin, not by their looser Korean readings
        ("梁俊國", "楊正玉"),  # 양준국 / 양정옥 share a Korean syllable key
        ("金娟嘉", "金龍嘉"),  # both read as Korean first: 김연가 / 김용가
        ("李嘉洋", "李芳洋"),  # nor by their Japanese readings: both can be Ri Yoshihiro
        ("楊慧慧", "Kang Hye-hye"),  # 楊 reads 양 Yang: another reading meets no typo of it
        ("王永春", "Jang Yong-jun"),
        ("文在寅", "Moon Jae-sung"),
    ],
)
def test_relatives_in_characters_stay_apart(a: str, b: str) -> None:
    assert compare(a, b).score < 0.7


def test_import_namefold_does_not_load_the_japanese_names() -> None:
    """The Japanese name dataset loads on the first name in characters, not on import."""
    code = (
        "import sys, namefold; assert 'japanese_personal_name_dataset' not in sys.modules; "
        "namefold.parse('安倍晋三'); assert 'japanese_personal_name_dataset' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_other_readings_of_names_in_characters() -> None:
    assert other_han_texts("金正恩") == ("jin zhengen",)  # Korean first, then Mandarin
    assert other_han_texts("李承晩") == ("이승만",)  # Mandarin first, then Korean
    assert other_han_texts("安倍晋三") == ()  # a two-character Japanese surname: nothing else
    assert "Ito, Hirobumi" in other_han_texts("伊藤博文")  # but its given name's other readings
    assert other_han_texts("习近平") == ()  # simplified forms have no Korean reading
    assert other_han_texts("Kim Jong-un") == ()
    assert other_han_texts("村上春树") == ("Murakami, Haruki",)  # by its traditional form 村上春樹


def test_other_readings_are_parsed_names() -> None:
    mandarin, vietnamese, *cantonese = other_readings(parse("金正恩"))
    assert (mandarin.surname, mandarin.given) == (("jin",), ("zhengen",))
    assert (vietnamese.surname, vietnamese.given) == (("kim",), ("chinh", "an"))  # Kim Chính Ân
    assert cantonese[0].surname == ("kam",)  # Kam, as Hong Kong writes 金
    assert other_readings(parse("Kim Jong-un")) == ()
