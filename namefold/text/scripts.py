"""Scripts that :func:`namefold.text.normalize.to_ascii` does not leave to Unidecode.

Unidecode reads every character alone. That is right for Cyrillic (after ``data/letters.tsv``)
and most scripts, and wrong for three groups, measured on the world fixture
(``fixtures/world_names.tsv``) and the names' standard romanizations (docs/data.md):

- Greek: ancient letter values and no letter pairs (``Μητσοτάκης`` ``metsotakes``):
  :mod:`namefold.text.greek` reads ELOT 743.
- Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam: no
  inherent vowel, doubled long vowels (``नरेन्द्र`` ``nrendr``, ``పవన్`` ``pvn``):
  :mod:`namefold.text.indic` reads syllables.
- Georgian, Armenian, Ethiopic: ``anyascii`` (ISC licence) follows the national systems
  where Unidecode does not (Georgian ხ ``kh`` not ``x``, ძ ``dz`` not ``z``; Ethiopic
  syllables without Unidecode's written-out inherent vowels: ዓቢይ አሕመድ ``abiy ahmed``, not
  ``aabiye ahhemade``). Thai and Khmer stay with Unidecode, which reads them as well or better
  (ហ៊ុន សែន ``hun saen``, anyascii ``hon saen``).

:func:`romanize` rewrites the runs of those scripts and leaves all other text as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from anyascii import anyascii

from namefold.text import greek, indic

__all__ = ["romanize"]

_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
_INDIC = "\u0900-\u0d7f"  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam
_ANYASCII = (
    "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f"  # Georgian
    "\u0530-\u058f\ufb13-\ufb17"  # Armenian
    "\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f"  # Ethiopic
)
_COMBINING = "\u0300-\u036f"
_RUNS: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (re.compile(f"[{_GREEK}][{_GREEK}{_COMBINING}]*"), greek.romanize),
    (re.compile(f"[{_INDIC}]+"), indic.romanize),
    (re.compile(f"[{_ANYASCII}]+"), anyascii),
)
_ANY = re.compile(f"[{_GREEK}{_INDIC}{_ANYASCII}]")


def romanize(text: str) -> str:
    """``text`` with its Greek, Indic, Georgian, Armenian and Ethiopic words in ASCII
    (lower case in, lower case out); other characters unchanged.

    Examples:
        >>> romanize("κυριάκος мицотакис")
        'kyriakos мицотакис'
        >>> romanize("नरेन्द्र मोदी"), romanize("მიხეილ")
        ('narendra modi', 'mikheil')
    """
    if not _ANY.search(text):
        return text
    for pattern, reader in _RUNS:
        text = pattern.sub(_by(reader), text)
    return text


def _by(reader: Callable[[str], str]) -> Callable[[re.Match[str]], str]:
    """A ``Pattern.sub`` replacement that reads the matched run with ``reader``."""
    return lambda match: reader(match.group())
