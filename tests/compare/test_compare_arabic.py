"""Arabic names compared: the father's chain, an optional family, names in the script."""

from __future__ import annotations

import pytest

from namefold import compare

SAME = [
    ("Mohammed bin Salman", "Mohammed bin Salman Al Saud"),
    ("Mohammed bin Salman", "محمد بن سلمان"),
    ("King Salman bin Abdulaziz", "Salman ibn Abd al-Aziz"),
    ("Salmane ben Abdelaziz Al Saoud", "سلمان بن عبد العزيز آل سعود"),
    ("Saddam Hussein", "Saddam Hussein al-Tikriti"),
    ("Gamal Abdel Nasser", "Jamal Abd al-Nasir"),
    ("Gamal Abdel Nasser", "Gamal Abdel-Nasser"),
    ("Abdullah II of Jordan", "King Abdullah II"),
    ("Haya bint Hussein", "Haya bint al-Hussein"),
    ("Osama bin Laden", "Osama bin Mohammed bin Awad bin Laden"),
    ("Osama bin Laden", "أسامة بن لادن"),
    ("Muammar al-Qaddafi", "معمر القذافي"),
    ("Ali Khamenei", "علی خامنه\u200cای"),
    ("Mohammad Javad Zarif", "محمدجواد ظریف"),
    ("Benjamin Netanyahu", "בנימין נתניהו"),
    ("Mohammed bin Rashid", "Mohammed ben Rached Al-Maktoum"),
    ("Anwar Sadat", "Muhammad Anwar el-Sadat"),
    ("Mohammad Javad Zarif", "Mohammad Dschawad Sarif"),
    ("Hamad bin Jassim", "Hamad ben Jassem Al Thani"),
    ("Hassan Nasrallah", "حسن نصر الله"),  # a compound with Allah, written in two words
    ("Ismail Haniyeh", "Ismail Abdel Salam Ahmed Haniyeh"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_person(a: str, b: str) -> None:
    assert compare(a, b).score >= 0.8, compare(a, b).explain()


CONFLICT = [
    ("Hamad bin Isa Al Khalifa", "Hamad bin Khalifa"),
    ("Mohammed bin Nayef", "Mohammed bin Salman"),
    ("ABDULLAH AHMED AL HAKIM", "ABDULLAH YAHYA AL HAKIM"),
    ("Hamad bin Khalifa Al Thani", "Hamad bin Jassim bin Jaber Al Thani"),
    ("Abdul Hamid II", "Abdul Hamid I"),
    ("Mohammed bin Salman", "Mohammed bin Suleiman"),  # father's names that only share consonants
    ("Mian Muhammad Nawaz Sharif", "Mian Muhammad Shehbaz Sharif"),  # brothers after a Muhammad
]


@pytest.mark.parametrize(("a", "b"), CONFLICT)
def test_a_different_father_or_regnal_number_conflicts(a: str, b: str) -> None:
    assert compare(a, b).conflict, compare(a, b).explain()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Benzion Netanyahu", "בנימין נתניהו"),
        ("Ruhollah Khomeini", "علی خامنه\u200cای"),
        ("Uday Hussein", "قصي صدام حسين"),
        ("Mohammed bin Salman", "Salman bin Abdulaziz"),
        ("Abdullah II of Jordan", "Abdullah bin Abdulaziz"),
        ("King Abdullah II", "King Abdullah bin Abdulaziz"),
    ],
)
def test_relatives_and_namesakes_stay_apart(a: str, b: str) -> None:
    assert compare(a, b).score < 0.8, compare(a, b).explain()
