"""End to end: Arabic, Persian, Urdu and Hebrew names resolved with their romanizations
(issue 18), and the relatives and namesakes of Arabic names kept apart."""

from __future__ import annotations

from namefold import resolve


def _people(names: list[str]) -> list[str]:
    return [m.person for m in resolve(names).mentions]


def test_a_nasab_chain_and_its_script_form_are_one_person_and_a_cousin_another() -> None:
    mbs = ["Mohammed bin Salman", "Muhammad bin Salman", "Mohammed bin Salman Al Saud", "محمد بن سلمان"]
    mbn = ["Mohammed bin Nayef", "Mohammed bin Nayef Al Saud", "محمد بن نايف"]
    father = ["Salman bin Abdulaziz Al Saud", "King Salman bin Abdulaziz", "Salman ibn Abd al-Aziz"]
    people = _people(mbs + mbn + father)
    assert len(set(people[: len(mbs)])) == 1
    assert len(set(people[len(mbs) : len(mbs) + len(mbn)])) == 1
    assert len(set(people[len(mbs) + len(mbn) :])) == 1
    assert len(set(people)) == 3


def test_one_link_different_is_another_person() -> None:
    people = _people(
        [
            "Hamad bin Khalifa Al Thani",
            "Hamad bin Khalifa",
            "Hamad bin Isa Al Khalifa",
            "حمد بن عيسى آل خليفة",
        ]
    )
    assert people[0] == people[1]
    assert people[2] == people[3]
    assert people[0] != people[2]


def test_persian_urdu_and_hebrew_names_meet_their_romanizations() -> None:
    names = [
        "Ali Khamenei",
        "Ali Chamenei",
        "علی خامنه\u200cای",
        "Ruhollah Khomeini",
        "روح\u200cالله خمینی",
        "Benazir Bhutto",
        "بینظیر بھٹو",
        "Benjamin Netanyahu",
        "בנימין נתניהו",
        "Benzion Netanyahu",
        "בנציון נתניהו",
    ]
    p = _people(names)
    assert p[0] == p[1] == p[2]
    assert p[3] == p[4]
    assert p[0] != p[3]
    assert p[5] == p[6]
    assert p[7] == p[8]
    assert p[9] == p[10]
    assert p[7] != p[9]


def test_a_given_name_and_regnal_number_alone_join_the_monarch_of_that_number() -> None:
    names = [
        "Abdullah II bin Al-Hussein",
        "Abdullah II of Jordan",
        "King Abdullah II",
        "Abdallah II",
        "عبد الله الثاني بن الحسين",
        "Abdullah bin Abdulaziz Al Saud",
        "King Abdullah bin Abdulaziz",
        "Abdul Hamid II",
        "Abdulhamid II",
        "Abdulmejid I",
    ]
    p = _people(names)
    assert len(set(p[:5])) == 1
    assert p[5] == p[6]
    assert p[5] != p[0]
    assert p[7] == p[8]
    assert p[9] != p[7]
