"""namefold: resolve the many spellings of a person's name into one canonical person.

Pipeline: :func:`normalize` -> :func:`parse` -> :func:`fold` -> phonetic keys ->
given-name equivalence -> :func:`compare` -> match graph -> :func:`resolve`.

Examples:
    >>> import namefold
    >>> res = namefold.resolve(["Aliaksandr Lukashenka", "Alexander Lukashenko", "Lukasheko"])
    >>> [(p.canonical, p.names) for p in res.people]
    [('Alexander Lukashenko', ('Alexander Lukashenko', 'Aliaksandr Lukashenka', 'Lukasheko'))]
"""

from __future__ import annotations

from namefold._compare import combine, compare, explain
from namefold._errors import ConfigError, NamefoldError, TableError
from namefold._evaluate import Metrics, evaluate
from namefold._extract import TextMention, extract_documents, extract_mentions
from namefold._fold import Folded, fold, skeleton
from namefold._given import aliases
from namefold._models import Comparison, Evidence, ParsedName
from namefold._normalize import normalize, to_ascii
from namefold._parse import parse
from namefold._persist import Change, LoadError, load
from namefold._phonetic import NameKeys, blocking_keys, name_keys
from namefold._resolve import DEFAULT_THRESHOLD, Link, Mention, Person, Resolution, Resolver, resolve

__version__ = "0.1.0"

__all__ = [
    "Change",
    "Comparison",
    "ConfigError",
    "DEFAULT_THRESHOLD",
    "Evidence",
    "Folded",
    "Link",
    "LoadError",
    "Mention",
    "Metrics",
    "NameKeys",
    "NamefoldError",
    "ParsedName",
    "Person",
    "Resolution",
    "Resolver",
    "TableError",
    "TextMention",
    "__version__",
    "aliases",
    "blocking_keys",
    "combine",
    "compare",
    "evaluate",
    "explain",
    "extract_documents",
    "extract_mentions",
    "fold",
    "load",
    "name_keys",
    "normalize",
    "parse",
    "resolve",
    "skeleton",
    "to_ascii",
]
