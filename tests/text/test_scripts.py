"""Scripts read by namefold's own rules or anyascii before Unidecode (issue 18).

Expected spellings are the names' published Latin forms (Wikipedia, passports, the press),
not outputs of the code."""

from __future__ import annotations

import pytest

from namefold import compare, normalize
from namefold.text import greek, indic, scripts


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("Κυριάκος Μητσοτάκης", "kyriakos mitsotakis"),
        ("Ελευθέριος Βενιζέλος", "eleftherios venizelos"),
        ("Κωνσταντίνος Καραμανλής", "konstantinos karamanlis"),
        ("Ευάγγελος Βενιζέλος", "evangelos venizelos"),
        ("Νίκος Καζαντζάκης", "nikos kazantzakis"),
        ("Ανδρέας Παπανδρέου", "andreas papandreou"),
    ],
)
def test_greek_reads_elot_743(written: str, latin: str) -> None:
    """η i, υ y, ου ou, ευ ev/ef, γγ ng: ELOT 743, as the press spells these names."""
    assert normalize(written) == latin


def test_greek_letter_pairs_at_the_start_of_a_word() -> None:
    """μπ, ντ, γκ are b, d, g at the start of a word, mb, nt, ng inside it."""
    assert greek.romanize("ντόρα") == "dora"
    assert greek.romanize("μπακογιάννη") == "bakogianni"
    assert greek.romanize("αντώνης") == "antonis"


def test_greek_diaeresis_keeps_two_vowels() -> None:
    """αϊ is a and i, not the pair αι; either way the letters are a i."""
    assert greek.romanize("αϊβαλί") == "aivali"
    assert greek.romanize("ευθύμιος") == "efthymios"  # ευ before θ is ef


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("नरेन्द्र मोदी", "narendra modi"),
        ("नरेंद्र मोदी", "narendra modi"),
        ("মোহনদাস করমচাঁদ গান্ধী", "mohandas karamchand gandhi"),
        ("मोहनदास करमचंद गांधी", "mohandas karamchand gandhi"),
        ("મોહનદાસ કરમચંદ ગાંધી", "mohandas karamchand gandhi"),
        ("अमिताभ बच्चन", "amitabh bachchan"),
        ("लाल बहादुर शास्त्री", "lal bahadur shastri"),
        ("सरदार वल्लभभाई पटेल", "sardar vallabhbhai patel"),
        ("ਭਗਤ ਸਿੰਘ", "bhagat singh"),
        ("ମୋହନ ଚରଣ ମାଝୀ", "mohan charan majhi"),
        ("সত্যজিৎ রায়", "satyajit ray"),
    ],
)
def test_indic_syllables_and_schwa_deletion(written: str, latin: str) -> None:
    """The inherent a is read, and dropped where Hindi drops it; long vowels single."""
    assert normalize(written) == latin


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("పవన్ కళ్యాణ్", "pavan kalyan"),
        ("చంద్రబాబు", "chandrababu"),
        ("ಸಿದ್ದರಾಮಯ್ಯ", "siddaramayya"),
        ("നരേന്ദ്ര മോദി", "narendra modi"),
        ("പിണറായി വിജയൻ", "pinarayi vijayan"),
        ("മമ്മൂട്ടി", "mammutti"),
        ("ஸ்டாலின்", "stalin"),
    ],
)
def test_south_indian_scripts_keep_the_inherent_vowel(written: str, latin: str) -> None:
    """Telugu, Kannada, Malayalam and Tamil say the inherent a (no schwa deletion); a Malayalam
    chillu (ൻ) and a Tamil pulli end a syllable without a vowel."""
    assert normalize(written) == latin


def test_indic_nukta_letters() -> None:
    """ज़ z, फ़ f, क़ q (Zulfiqar), ड़ r (Chopra)."""
    assert normalize("ज़रदारी") == "zardari"
    assert normalize("शरीफ़") == "sharif"
    assert normalize("ज़ुल्फ़िक़ार") == "zulfiqar"
    assert normalize("प्रियंका चोपड़ा") == "priyanka chopra"


def test_indic_va_after_a_consonant_is_w() -> None:
    """व in a cluster after a consonant is w (Swami), v elsewhere (Vivekananda); the Bengali
    ba-phala too (Dwijendralal, Swapan), but not after m, r or b (Ambika, Sarbajit, Sabbir)."""
    assert indic.romanize("स्वामी") == "swami"
    assert indic.romanize("विवेकानन्द") == "vivekananda"
    assert [indic.romanize(w) for w in ("দ্বিজেন্দ্রলাল", "স্বপন", "অম্বিকা", "সর্বজিৎ", "সাব্বির")] == [
        "dwijendralal",
        "swapan",
        "ambika",
        "sarbajit",
        "sabbir",
    ]


def test_indic_anusvara_before_a_labial_is_m() -> None:
    """An anusvara is m before p, b, m (Ambedkar) and n elsewhere (Gandhi)."""
    assert indic.romanize("अंबेडकर") == "ambedkar"
    assert indic.romanize("गांधी") == "gandhi"


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("ედუარდ შევარდნაძე", "eduard shevardnadze"),
        ("ბიძინა ივანიშვილი", "bidzina ivanishvili"),
        ("ზვიად გამსახურდია", "zviad gamsakhurdia"),
        ("ዓቢይ አሕመድ", "abiy ahmed"),
        ("Ռոբերտ Քոչարյան", "rrobert kocharyan"),
    ],
)
def test_georgian_armenian_ethiopic_by_anyascii(written: str, latin: str) -> None:
    """Georgian ძ dz and ხ kh (Unidecode: z, x); Ethiopic without written-out vowels."""
    assert normalize(written) == latin


def test_other_scripts_are_left_to_unidecode() -> None:
    """Cyrillic, Latin, Thai and Khmer pass through unchanged."""
    text = "лукашенко łukaszenka ทักษิณ ហ៊ុន"
    assert scripts.romanize(text) == text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("नरेन्द्र मोदी", "Narendra Modi"),
        ("নরেন্দ্র মোদী", "Narendra Modi"),
        ("राहुल गांधी", "Rahul Gandhi"),
        ("রাহুল গান্ধী", "Rahul Gandhi"),
        ("बेनज़ीर भुट्टो", "Benazir Bhutto"),
        ("Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"),
        ("Κυριάκος Μητσοτάκης", "Кириакос Мицотакис"),
        ("მიხეილ სააკაშვილი", "Mikheil Saakashvili"),
    ],
)
def test_script_forms_match_their_latin_names(a: str, b: str) -> None:
    """The script form and the English spelling score as one person."""
    assert compare(a, b).score >= 0.85


def test_indic_names_of_different_people_stay_apart() -> None:
    """Family members written in Devanagari do not merge: Rahul / Rajiv / Sonia Gandhi."""
    assert compare("राहुल गांधी", "राजीव गांधी").score < 0.5
    assert compare("राहुल गांधी", "Sonia Gandhi").score < 0.5
    assert compare("नवाज़ शरीफ़", "शहबाज़ शरीफ़").score < 0.5


def test_greek_and_georgian_given_names_meet_their_english_forms() -> None:
    """Giorgos / Yiorgos / Γιώργος are George; Georgian იოსებ is Joseph; Andreas is not George."""
    assert compare("Γιώργος Παπανδρέου", "George Papandreou").score >= 0.85
    assert compare("Yiorgos Papandreou", "Giorgos Papandreou").score >= 0.85
    assert compare("იოსებ სტალინი", "Joseph Stalin").score >= 0.85
    assert compare("Georgios Papandreou", "Andreas Papandreou").score == 0.0


def test_indic_digits_and_danda_are_kept_for_unidecode() -> None:
    """A character with no reading in the table ends the word and is left to Unidecode."""
    assert indic.romanize("मोदी१२") == "modi१२"
    assert normalize("मोदी १२") == "modi 12"
