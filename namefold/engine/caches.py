"""The caches of the rules, sized in one place.

The rules cache what they compute from a word, a name or a pair of words: names
repeat their words, and a resolution judges the same pairs of surnames again and
again. Every such cache is a :func:`functools.lru_cache` (its lookup runs in C) made
by :func:`cached`, with one of the sizes below, and is kept in a registry so that
:func:`clear_all` can empty them all and :func:`entries` can show how full they are.

A size bounds memory, not results: a cached function returns what it would compute. As
a size counts entries, not bytes, a text longer than ``LONGEST`` is never a key: a few long
hostile inputs would otherwise hold their size many times over in the caches.
The one-time loaders of the data tables (``namefold.data.tables``) and the indexes
built once from them use :func:`functools.cache` instead: they hold one value each.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast

from namefold.errors import require_str

__all__ = [
    "CHOICES",
    "LONGEST",
    "FEWER_PAIRS",
    "FEWER_WORDS",
    "NAMES",
    "PAIRS",
    "SURNAME_RECORDS",
    "WORDS",
    "cached",
    "clear_all",
    "entries",
]

# Entries of each cache, by what one entry stands for.
# A distinct word read for every name: a token, a surname, a fold key or skeleton.
WORDS = 1 << 18
# A distinct word of a kind that varies less, or that only some names read: a word looked up
# as a given name or patronymic or by its ending, a token after a comma or with non-ASCII
# letters, a Cyrillic surname.
FEWER_WORDS = 1 << 16
NAMES = 1 << 16  # a distinct name as written (a parse)
PAIRS = 1 << 18  # a pair of surnames or of given names that the index and the scoring judge
FEWER_PAIRS = 1 << 16  # a pair only some pairs reach: patronymics, surnames of clusters to merge
SURNAME_RECORDS = 1 << 14  # a surname's keys as one record, for the public ``name_keys`` only
CHOICES = 256  # a combination of a few fixed values (two name orders and their reasons)

# A text longer than this is never kept in a cache: computed each time it comes, it holds no
# memory after its last use (a name has no words this long; a hostile input may).
LONGEST = 256

F = TypeVar("F", bound=Callable[..., object])


class _Cache(Protocol):
    """What the registry uses of a function that ``functools.lru_cache`` wraps."""

    __module__: str
    __qualname__: str

    def cache_clear(self) -> None: ...

    def cache_info(self) -> tuple[int, int, int | None, int]: ...


_REGISTRY: list[_Cache] = []


def cached(size: int, *, text: str | None = None) -> Callable[[F], F]:
    """A decorator: the function with a :func:`functools.lru_cache` of ``size`` entries,
    registered for :func:`clear_all`, except for calls with a text longer than ``LONGEST``
    characters, which are computed and not kept. The function keeps its signature for type
    checking.

    ``text`` names a first argument that must be a ``str`` (a public function's): another
    type is a ``TypeError`` that says so, not ``lru_cache``'s "unhashable type".
    Use it on functions defined once, at import: the registry keeps every cache it makes."""

    def decorate(function: F) -> F:
        wrapper = functools.lru_cache(maxsize=size)(function)
        _REGISTRY.append(wrapper)
        return cast(F, functools.wraps(function)(_skipping_long(function, wrapper, text)))

    return decorate


def _skipping_long(
    function: Callable[..., Any], wrapper: Callable[..., Any], text: str | None
) -> Callable[..., Any]:
    """A function that calls ``wrapper`` (the cached ``function``), or ``function`` itself
    when a text argument is longer than ``LONGEST``. Functions of one or two plain
    parameters, which most rules are, get a wrapper of their own arity: it costs half as
    much as the general one, and a rule's cache is read for every word or pair."""
    params = list(inspect.signature(function).parameters.values())
    plain = all(p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty for p in params)

    def one(a: Any) -> Any:
        if a.__class__ is not str:
            if text is not None:
                require_str(a, text)
        elif len(a) > LONGEST:
            return function(a)
        return wrapper(a)

    def two(a: Any, b: Any) -> Any:
        if (a.__class__ is str and len(a) > LONGEST) or (b.__class__ is str and len(b) > LONGEST):
            return function(a, b)
        return wrapper(a, b)

    def general(*args: Any, **options: Any) -> Any:
        if text is not None and args:
            require_str(args[0], text)
        for arg in args:  # a loop, not any(): read on every call
            if arg.__class__ is str and len(arg) > LONGEST:
                return function(*args, **options)
        return wrapper(*args, **options)

    if plain and len(params) == 1:
        return one
    return two if plain and len(params) == 2 and text is None else general


def clear_all() -> None:
    """Empty every cache that :func:`cached` made (to free their memory, or to time a cold run)."""
    for cache in _REGISTRY:
        cache.cache_clear()


def entries() -> dict[str, int]:
    """How many entries each cache holds, by its function's module and name."""
    return {f"{cache.__module__}.{cache.__qualname__}": cache.cache_info()[3] for cache in _REGISTRY}
