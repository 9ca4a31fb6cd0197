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

from namefold.compare.model import Comparison, Evidence
from namefold.compare.score import combine, compare, explain
from namefold.errors import ConfigError, NamefoldError, TableError
from namefold.extract.mentions import TextMention, extract_documents, extract_mentions
from namefold.io.persist import LoadError
from namefold.keys.phonetic import NameKeys, blocking_keys, name_keys
from namefold.names.given import aliases
from namefold.names.model import ParsedName
from namefold.names.parse import parse
from namefold.resolve.frames import FrameResolution, frame_resolution, resolve_frame
from namefold.resolve.judgements import Judged, Judgement
from namefold.resolve.people import Link, Mention, Person
from namefold.resolve.resolution import Resolution
from namefold.resolve.resolver import DEFAULT_THRESHOLD, Resolver, load, resolve
from namefold.resolve.review import Uncertain
from namefold.resolve.stable_ids import Change
from namefold.testing.metrics import Metrics, evaluate
from namefold.text.fold import Folded, fold, skeleton
from namefold.text.normalize import normalize, to_ascii

__version__ = "0.1.0"

__all__ = [
    "Change",
    "Comparison",
    "ConfigError",
    "DEFAULT_THRESHOLD",
    "Evidence",
    "Folded",
    "FrameResolution",
    "Judged",
    "Judgement",
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
    "Uncertain",
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
    "frame_resolution",
    "load",
    "name_keys",
    "normalize",
    "parse",
    "resolve",
    "resolve_frame",
    "skeleton",
    "to_ascii",
]
