"""Korean and Japanese names compared (issue 18): romanizations merge, relatives do not."""

from __future__ import annotations

import pytest

from namefold import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Kim Jong-un", "김정은"),
        ("Kim Jong-un", "Kim Chŏngŭn"),
        ("Kim Jong-un", "Kim Chong-un"),
        ("Kim Jong-un", "Gim Jeongeun"),
        ("Moon Jae-in", "Moon Jae In"),
        ("Moon Jae-in", "Mun Chaein"),
        ("Moon Jae-in", "문재인"),
        ("Park Geun-hye", "Pak Kŭnhye"),
        ("Park Chung-hee", "박정희"),
        ("Yoon Suk Yeol", "윤석열"),
        ("Son Heung-min", "Heung-min Son"),
        ("Kim Jong-pil", "Kim Chongp'il"),
        ("Roh Tae-woo", "No T'aeu"),  # Woo is 우
        ("Kim Young-sam", "김영삼"),  # Young is 영
        ("Hwang Kyo-ahn", "황교안"),  # Ahn is 안
        ("Ri Sol-ju", "리설주"),  # North Korean Ri, Lee in the South
        ("Kim Jong-un", "Ким Чен Ын"),  # Russian press (Kontsevich and older forms)
        ("Park Geun-hye", "Пак Кын Хе"),
        ("Son Heung-min", "Сон Хын Мин"),
        ("Shinzō Abe", "あべ しんぞう"),
        ("Yoko Ono", "オノ・ヨーコ"),
    ],
)
def test_one_person_merges(a: str, b: str) -> None:
    assert compare(a, b).score >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Jong-il"),  # father and son
        ("Kim Jong-un", "Kim Jong-nam"),  # half-brothers
        ("Kim Jong-un", "Kim Yo-jong"),  # siblings
        ("Kim Chong-il", "Kim Chongp'il"),  # namesakes one letter apart: not a typo
        ("Kim Il-sung", "Kim Jong-il"),
        ("Park Chung-hee", "Park Geun-hye"),  # father and daughter
        ("김정은", "김정일"),
        ("Roh Moo-hyun", "Roh Tae-woo"),
        ("Kim Dae-jung", "Kim Young-sam"),
        ("Ким Чен Ын", "Kim Jong-il"),
        ("Пак Чон Хи", "Park Geun-hye"),
    ],
)
def test_relatives_stay_apart(a: str, b: str) -> None:
    assert compare(a, b).score == 0.0
