"""Stage 2: parsing."""

from __future__ import annotations

import pytest

from namefold import ConfigError, parse


def test_register_format_with_comma() -> None:
    """SURNAME, Given Patronymic is family-first."""
    p = parse("LUKASHENKA, Aliaksandr Ryhoravich")
    assert (p.given, p.patronymic, p.surname) == (("aliaksandr",), "ryhoravich", ("lukashenka",))
    assert (p.order, p.order_reason) == ("family-first", "comma")
    assert p.display == "Aliaksandr Ryhoravich Lukashenka"
    assert p.gender == "m"


def test_all_caps_surname_without_comma() -> None:
    """An all-caps word among mixed-case words is the surname."""
    p = parse("KALESNIKAVA Maryia")
    assert (p.given, p.surname, p.order_reason) == (("maryia",), ("kalesnikava",), "capitals")


def test_russian_order_inferred_from_patronymic() -> None:
    """Surname Given Patronymic is recognised by the final patronymic."""
    p = parse("Лукашенко Александр Григорьевич")
    assert (p.given, p.patronymic, p.surname) == (("aleksandr",), "grigorevich", ("lukashenko",))


def test_declared_order_wins() -> None:
    """The caller's declared order is used as is."""
    p = parse("Tsikhanouskaya Sviatlana", order="family-first")
    assert (p.given, p.surname, p.order_reason) == (("sviatlana",), ("tsikhanouskaya",), "declared")


def test_initials() -> None:
    """A.G. Lukashenko has a given initial and a patronymic initial."""
    p = parse("A.G. Lukashenko")
    assert (p.given, p.patronymic, p.surname, p.kind) == (("a",), "g", ("lukashenko",), "initials")


@pytest.mark.parametrize("name", ["Lukashenko A. G.", "Lukashenko A.G.", "Лукашенко А. Г."])
def test_initials_after_the_surname(name: str) -> None:
    """A register's ``Surname I. P.``: the one full word is the surname, the initials follow."""
    p = parse(name)
    assert (p.given, p.patronymic, p.surname) == (("a",), "g", ("lukashenko",))
    assert (p.order, p.order_reason, p.kind) == ("family-first", "initials", "initials")


def test_initials_before_a_patronymic_like_surname() -> None:
    """Belarusian surnames in -евіч look like patronymics; after initials the word is the surname."""
    p = parse("С. С. Шушкевіч")
    assert (p.given, p.patronymic, p.surname) == (("s",), "s", ("shushkevich",))


@pytest.mark.parametrize(
    ("name", "letter"),
    [("Є. Долгорукович", "y"), ("Ж. Алфёров", "z"), ("Ш. Басаев", "s"), ("Ч. Айтматов", "c")],
)
def test_cyrillic_initials_that_romanize_to_two_letters(name: str, letter: str) -> None:
    """Є, Ж, Ш, Ч are initials too: one letter, read as their romanization's first letter."""
    p = parse(name)
    assert (p.given, p.kind) == ((letter,), "initials")


def test_surname_only_with_honorific() -> None:
    """Ms. Kalesnikava is a surname-only mention of a woman."""
    p = parse("Ms. Kalesnikava")
    assert (p.kind, p.surname, p.honorifics, p.gender) == ("surname", ("kalesnikava",), ("ms",), "f")


def test_bare_surname_and_bare_given_name() -> None:
    """A lone word is a surname unless the given-name table knows it."""
    assert parse("Lukasheko").kind == "surname"
    assert parse("Sviatlana").kind == "given"


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Ludwig van Beethoven", ("van beethoven",)),
        ("Bashar al-Assad", ("al assad",)),
        ("Ursula von der Leyen", ("von der leyen",)),
    ],
)
def test_particles_stay_with_the_surname(name: str, surname: tuple[str, ...]) -> None:
    """Particles join the surname that follows them."""
    assert parse(name).surname == surname


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Siarhei Tsikhanouski", "m"),
        ("Sviatlana Tsikhanouskaya", "f"),
        ("Kolesnikova", "f"),
        ("Kolesnikov", "m"),
        ("Babaryka", None),
        ("Mr. Coale", "m"),
        ("Olga Ivanovna", "f"),
    ],
)
def test_gender_hint(name: str, gender: str | None) -> None:
    """Gender comes from honorifics, given names, patronymics and surname endings."""
    assert parse(name).gender == gender


def test_surname_form_gender_is_kept_separately() -> None:
    """The surname's own grammatical gender is recorded for conflict checks."""
    assert parse("Tsikhanouskaya").surname_gender == "f"
    assert parse("Tsikhanouski").surname_gender == "m"


def test_unknown_order_is_a_config_error() -> None:
    """A bad order names the valid ones."""
    with pytest.raises(ConfigError, match="given-first"):
        parse("x", order="sideways")  # type: ignore[arg-type]


def test_empty_and_punctuation_only() -> None:
    """Nothing to parse gives an empty name, not an error."""
    assert parse("").kind == "empty"
    assert parse(" ,. ").kind == "empty"


@pytest.mark.parametrize(
    ("text", "given", "surname"),
    [
        ("Sir Charles Swann, 1st Baronet", ("charles",), ("swann",)),
        ("Thomas Clifford, 1st Baron Clifford of Chudleigh", ("thomas",), ("clifford",)),
        ("Alice, 3rd Countess of Lincoln", ("alice",), ("lincoln",)),
        ("1st Earl of Sunderland", (), ("sunderland",)),
        ("George 6th Sligo", ("george",), ("sligo",)),
        ("Sacha Baron Cohen", ("sacha", "baron"), ("cohen",)),  # a rank word inside a name stays
        ("Crown Prince Mohammed bin Salman", ("mohammed",), ("bin salman",)),
        ("Chairman Mao Zedong", ("zedong",), ("mao",)),
        ("Secretary Antony Blinken", ("antony",), ("blinken",)),
    ],
)
def test_designations_and_titles_are_not_names(
    text: str, given: tuple[str, ...], surname: tuple[str, ...]
) -> None:
    """Ordinals and peerage ranks of a designation, and titles of many languages, are not
    read as given names or surnames."""
    parsed = parse(text)
    assert (parsed.given, parsed.surname) == (given, surname)


@pytest.mark.parametrize(
    ("text", "generation"),
    [
        ("Martin Luther King Jr.", "jr"),
        ("Martin Luther King, Sr.", "sr"),
        ("John Smith Junior", "jr"),
        ("Henry Ford III", "iii"),
        ("John Smith PhD", None),  # an academic suffix names no generation
        ("John Smith", None),
        ("Мартин Лютер Кинг-старший", "sr"),  # Russian старший / младший after a hyphen
        ("Роберт Кеннеди-младший", "jr"),
        ("Роберт Кеннеди младший", "jr"),
        ("Hans Smith-Jones", None),
    ],
)
def test_generational_suffixes_are_kept(text: str, generation: str | None) -> None:
    """Jr., Sr. and numerals are removed from the name but kept as its generation."""
    parsed = parse(text)
    assert parsed.generation == generation
    assert parsed.surname[-1] in {"king", "smith", "ford", "kennedi", "smith-jones"}


@pytest.mark.parametrize(
    ("text", "given", "surname"),
    [
        ("Ig0r Sech1n", ("igor",), ("sechin",)),  # digits typed for letters
        ("VladimirPutin", ("vladimir",), ("putin",)),  # glued, a listed given name first
        ("Margarita-Simonyan", ("margarita",), ("simonyan",)),  # a hyphen for a space
        ("McDonald", (), ("mcdonald",)),  # not a given name glued to a surname
        ("Lumley-Savile", (), ("lumley-savile",)),  # a double-barrelled surname
        ("Jean-Pierre Raffarin", ("jean-pierre",), ("raffarin",)),  # a hyphenated given name
        ("Henry Ford III", ("henry",), ("ford",)),  # a numeral is no typed letter
        ("Madison Boxha ll", ("madison",), ("boxhall",)),  # a surname split by a space
        ("Tristan Ca rp", ("tristan",), ("carp",)),
        ("Wilson Ng", ("wilson",), ("ng",)),  # a Cantonese surname, no fragment
        ("John Smith Jr", ("john",), ("smith",)),  # a suffix, no fragment
        ("Ca itlin Menzies", ("caitlin",), ("menzies",)),  # a given name split by a space
        ("Mari A Smith", ("mari",), ("smith",)),  # a given name and an initial (not Maria)
    ],
)
def test_names_written_badly_are_read_as_meant(
    text: str, given: tuple[str, ...], surname: tuple[str, ...]
) -> None:
    """Typed digits, glued and hyphenated names are repaired only where that is safe."""
    parsed = parse(text)
    assert (parsed.given, parsed.surname) == (given, surname)


@pytest.mark.parametrize(
    ("text", "given", "surname"),
    [
        ("Thomas Clifford of Chudleigh", ("thomas",), ("clifford",)),
        ("Tom Clifford, of Chudleigh", ("tom",), ("clifford",)),
        ("Thomas of Chudleigh", ("thomas",), ("chudleigh",)),
        ("Alice, 3rd Countess of Lincoln", ("alice",), ("lincoln",)),
    ],
)
def test_a_place_named_with_of_is_a_designation(
    text: str, given: tuple[str, ...], surname: tuple[str, ...]
) -> None:
    parsed = parse(text)
    assert (parsed.given, parsed.surname) == (given, surname)


def test_a_regnal_number_before_a_place_is_the_generation() -> None:
    parsed = parse("Abdullah II of Jordan")
    assert (parsed.given, parsed.surname, parsed.generation) == (("abdullah",), (), "ii")


def test_census_given_names_settle_the_order() -> None:
    parsed = parse("Bradshaw Lauren")
    assert (parsed.given, parsed.surname, parsed.order_reason) == (
        ("lauren",),
        ("bradshaw",),
        "given-name table",
    )
    assert parse("Lauren Bradshaw").gender == "f"


def test_a_title_word_before_the_comma_is_the_surname() -> None:
    """``King, Martin Luther, Jr.`` is filed under the surname King; King before a given
    name is still a title."""
    filed = parse("King, Martin Luther, Jr.")
    assert (filed.honorifics, filed.given, filed.surname, filed.generation) == (
        (),
        ("martin", "luther"),
        ("king",),
        "jr",
    )
    assert parse("Mr. King, Martin").honorifics == ("mr",)
    assert parse("Mr. King, Martin").surname == ("king",)
    assert parse("King Hussein").honorifics == ("king",)


def test_a_lone_word_with_a_regnal_number_is_a_given_name() -> None:
    """Monarchs are known by a given name and number (Абдалла II, Elizabeth II); a lone
    surname with Jr. stays a surname."""
    assert parse("Абдалла II").given == ("abdalla",)
    assert parse("Абдалла II").generation == "ii"
    assert parse("Elizabeth II").kind == "given"
    assert parse("Smith Jr.").surname == ("smith",)


@pytest.mark.parametrize(
    ("text", "order", "shown"),
    [
        ("Xi Jinping", "auto", "Xi Jinping"),  # a Chinese surname first: as written
        ("习近平", "auto", "Xi Jinping"),
        ("Nguyễn Phú Trọng", "auto", "Nguyễn Phú Trọng"),
        ("Wei Wang", "family-first", "Wei Wang"),  # declared: as written
        ("WANG, Wei", "family-first", "Wei Wang"),  # a register's comma: given name first
        ("LUKASHENKA, Aliaksandr", "auto", "Aliaksandr Lukashenka"),
        ("Orbán Viktor", "auto", "Viktor Orbán"),
        ("Kim, Chŏng-il", "auto", "Kim Chŏng-il"),  # a Korean name: family first, comma or not
    ],
)
def test_a_family_first_name_is_shown_as_written_but_a_register_entry(
    text: str, order: str, shown: str
) -> None:
    assert parse(text, order=order).display == shown  # type: ignore[arg-type]
