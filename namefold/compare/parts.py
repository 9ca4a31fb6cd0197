"""Surnames of several parts: a double surname (Spanish, Portuguese), the first surname
written after the given names, a particle written joined. Two names whose surnames differ
may still name one person when one surname is a part of the other's
(:func:`double_surname`); the candidate index files a name under each part
(:func:`alternate_surnames`)."""

from __future__ import annotations

from namefold.data import tables
from namefold.names.given import is_listed_given
from namefold.names.model import ParsedName
from namefold.text.fold import fold

__all__ = ["SURNAME_PART", "alternate_surnames", "double_surname", "has_parts"]

SURNAME_PART = 0.9
_GIVEN_BEFORE_SURNAME = 3  # given names a name needs before its last is read as a first surname


def has_parts(name: ParsedName) -> bool:
    """Whether a name has more than one surname word, or more than one given name."""
    return (
        len(name.given) > 1
        or len(name.surname) > 1
        or (len(name.surname) == 1 and len(name.core_surname) < len(name.surname[0]))
    )


def alternate_surnames(name: ParsedName) -> tuple[str, ...]:
    """Surnames other than its core surname that a name may be written with: each word of a
    double surname (``García Márquez``: garcia, marquez), and the first surname before it
    (:func:`_surname_before`: rodriguez in ``José Luis Rodríguez Zapatero``). The candidate
    index files a name under these too."""
    if len(name.given) < 2 and len(name.surname) < 2 and " " not in (name.surname[0] if name.surname else ""):
        return ()
    found: list[str] = []
    before = _surname_before(name)
    if before:
        found.append(before)
    words = [w for token in name.surname for w in token.replace("-", " ").split()]
    kept = [w for w in words if w not in tables.particles()]
    if len(kept) > 1:
        found.extend(kept)
    return tuple(dict.fromkeys(w for w in found if w != name.core_surname))


def double_surname(a: ParsedName, b: ParsedName) -> str:
    """Why ``b``'s surname may be part of ``a``'s double surname, or ``""``: one word of
    ``a``'s surname (``García Márquez, Gabriel`` / ``Gabriel Márquez``), or the first surname
    before it (:func:`_surname_before`: ``José Luis Rodríguez Zapatero`` / ``José Luis
    Rodríguez``), or ``a``'s surname written with its particle joined (``Le Pen`` /
    ``LePen``)."""
    sb = b.core_surname
    words = [w for token in a.surname for w in token.replace("-", " ").split()]
    if sb == "".join(words) and len(words) > 1:
        return f"{' '.join(a.surname)} written joined"
    kept = [w for w in words if w not in tables.particles()]
    # a part written in another script is read by its fold key (Кастро / Castro Ruz)
    key = "" if a.original.isascii() and b.original.isascii() else fold(sb).key
    if len(kept) > 1 and (sb in kept or (key and any(fold(w).key == key for w in kept))):
        return f"{sb} is a part of {' '.join(kept)}"
    before = _surname_before(a)
    if sb and before and (sb == before or fold(before).key == key):
        return f"{sb} is a surname before {a.core_surname}"
    return ""


def _surname_before(name: ParsedName) -> str:
    """The last of three or more given names when no table lists it as a given name: the
    first surname of a Spanish or Portuguese double surname written after two given names
    (``José Luis Rodríguez Zapatero``, ``Gabriel José García Márquez``), or ``""``. With
    one given name before it the word is as likely a middle name (``John Fitzgerald
    Kennedy`` is no John Fitzgerald)."""
    if len(name.given) < _GIVEN_BEFORE_SURNAME:
        return ""
    before = name.given[-1]
    return before if len(before) > 2 and not is_listed_given(before) else ""
