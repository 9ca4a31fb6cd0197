"""The input of the HTML report's tests: real names beside hostile ones, and a review item."""

from __future__ import annotations

import dataclasses

HOSTILE = "<script>alert(1)</script> Smith"
QUOTES = '"Quote" O\'Brien & Co'
SURROGATE = "Iva\ud800n Ivanov"
NAMES: list[str | tuple[str, str | None]] = [
    "Aliaksandr Lukashenka",
    "Alexander Lukashenko",
    ("Aliaksandr Lukashenka", "doc-1"),
    ("Lukashenka", "doc-1"),
    "Maria Kalesnikava",
    "Maria Kolesnikova",
    "Sviatlana Tsikhanouskaya",
    "Siarhei Tsikhanouski",
    "Viktar Babaryka",
    "Eduard Babaryka",
    "Babaryka",
    "习近平",
    "Xi Jinping",
    HOSTILE,
    QUOTES,
    SURROGATE,
]


@dataclasses.dataclass(frozen=True)
class Item:
    """A review-queue item as the report reads it."""

    a: str
    b: str
    score: float
    merged: bool
    reason: str
    explanation: str
