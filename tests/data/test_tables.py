"""Hygiene of the data tables in namefold/data."""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namefold import TableError
from namefold.data import tables

TABLES = [
    "letters.tsv",
    "fold_rules.tsv",
    "honorifics.tsv",
    "suffixes.tsv",
    "particles.tsv",
    "morphology.tsv",
    "given_names.tsv",
    "nicknames.tsv",
    "orthography.tsv",
    "romanization.tsv",
    "surnames.tsv",
    "cyrillic_sounds.tsv",
    "abjad.tsv",
    "pinyin.tsv",
    "chinese_surnames.tsv",
    "korean_surnames.tsv",
    "text_cues.tsv",
    "east_asian_surnames.tsv",
    "case_endings.tsv",
    "greek.tsv",
    "indic_letters.tsv",
    "arabic_names.tsv",
    "vietnamese_surnames.tsv",
]
ORDERED = ("fold_rules.tsv", "orthography.tsv", "korean_surnames.tsv", "vietnamese_surnames.tsv")
# rules apply in file order; Korean surnames are listed largest first: a form two surnames share
# belongs to the first; Vietnamese surnames most common first, as their source lists them


def lines_of(name: str) -> list[str]:
    text = (resources.files("namefold") / "data" / name).read_text(encoding="utf-8")
    return text.splitlines()


@pytest.mark.parametrize("name", TABLES)
def test_table_is_clean(name: str) -> None:
    """NFC, stripped cells, no duplicate rows, non-empty."""
    rows = [line for line in lines_of(name) if not line.startswith("#")][1:]
    assert rows
    assert len(rows) == len(set(rows))
    for row in rows:
        assert unicodedata.normalize("NFC", row) == row
        assert all(cell == cell.strip() for cell in row.split("\t")), row


@pytest.mark.parametrize("name", [t for t in TABLES if t not in ORDERED])
def test_table_rows_are_sorted(name: str) -> None:
    """Rows are sorted for clean diffs (rule tables are ordered on purpose)."""
    rows = [line for line in lines_of(name) if not line.startswith("#")][1:]
    assert rows == sorted(rows)


@pytest.mark.parametrize("name", [t for t in TABLES if t not in ("given_names.tsv", "nicknames.tsv")])
def test_table_states_its_sources(name: str) -> None:
    """Every table without a source column names its sources in a header comment."""
    assert lines_of(name)[0].startswith("#")


def test_given_names_have_a_source_and_enough_groups() -> None:
    """At least 150 groups, each with a source and a gender."""
    rows = tables.read_table("given_names.tsv", ("group", "gender", "names", "source"))
    assert len(rows) >= 150
    assert all(source and gender in {"m", "f", "u"} for _, gender, _, source in rows)


def test_every_nickname_points_at_a_known_name() -> None:
    """Each formal name of the nickname table is in some given-name group."""
    known = {n for g in tables.given_groups() for n in g.names}
    missing = [formal for _, formal in tables.nicknames() if formal not in known]
    assert missing == []


def test_fold_rule_ids_are_unique() -> None:
    """Rule ids identify rules in evidence, so they are unique."""
    ids = [rule.id for rule in tables.fold_rules()]
    assert len(ids) == len(set(ids))


def test_malformed_table_is_reported_with_its_name() -> None:
    """A wrong header raises TableError naming the file."""
    with pytest.raises(TableError, match=r"letters\.tsv"):
        tables.read_table("letters.tsv", ("wrong", "header"))


def test_surname_pool_has_gendered_forms() -> None:
    """Every surname row has Russian forms, and a form is never given without its partner."""
    rows = tables.read_table("surnames.tsv", ("ru_m", "ru_f", "be_m", "be_f", "uk_m", "uk_f"))
    assert len(rows) >= 80
    for row in rows:
        assert row[0]
        assert row[1]
        assert bool(row[2]) == bool(row[3])
        assert bool(row[4]) == bool(row[5])


@given(st.text(alphabet="abcdehiknostuvyz", max_size=12))
def test_fold_rules_substitute_like_their_templates(word: str) -> None:
    """Each fold rule's fast replacement (a function where the template names a group)
    rewrites a word exactly as its template does."""
    for rule in tables.fold_rules():
        assert rule.pattern.sub(rule.substitute, word) == rule.pattern.sub(rule.replacement, word)


@pytest.mark.parametrize("template", [r"\1", r"\1u", "kh", ""])
def test_replacer_of_a_template(template: str) -> None:
    """A template with a group reference becomes a function; one without stays itself."""
    pattern = re.compile(r"(k)h?")
    found = tables.replacer(template)
    assert callable(found) == ("\\" in template)
    assert pattern.sub(found, "khaki kak") == pattern.sub(template, "khaki kak")
