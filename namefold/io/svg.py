"""A person's graph as inline SVG: spellings on a circle, links as lines, with no dependency.

The layout is deterministic (the same person gives the same bytes): the spellings, in the
order of :attr:`Person.counts`, are placed clockwise on a circle from its top; a person with
one spelling is one node in the middle. A ``match`` link is a solid line, an attachment (a
partial mention joined to a full name) a dashed one; each is labelled with its score. Every
text is escaped by :func:`markup`, so no name can change the picture's structure.
"""

from __future__ import annotations

import html
import math
import re
from typing import TYPE_CHECKING

from namefold.io.export import escape

if TYPE_CHECKING:
    from namefold.resolve.people import Person

__all__ = ["markup", "person_svg"]

# what a valid HTML file may not hold, beyond what escape() writes out: C1 controls and the
# non-characters of the Basic Multilingual Plane
_NOT_HTML = re.compile("[\x80-\x9f\ufdd0-\ufdef]")
_LABEL_ROOM = 230.0  # room beside the circle for a spelling's label, on each side
_MARGIN = 36.0  # room above and below the circle


def markup(text: str) -> str:
    """``text`` safe inside HTML or SVG, in an element or a quoted attribute: characters no
    file may hold (control characters, lone surrogates) and a backslash written as
    :func:`namefold.io.export.escape` says (and C1 controls and U+FDD0 to U+FDEF too, which
    HTML does not allow), then ``& < > " '`` as character references."""
    return html.escape(_NOT_HTML.sub(_written, escape(text)), quote=True)


def _written(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _radius(count: int) -> float:
    """A circle wide enough to keep ``count`` nodes apart."""
    return 0.0 if count == 1 else max(60.0, 9.0 * count)


def _positions(count: int, radius: float) -> list[tuple[float, float]]:
    """``count`` points clockwise on a circle around (0, 0), the first at its top, rounded to
    a tenth (and ``-0.0`` to ``0.0``) so that the text written is the same everywhere."""
    turns = [2 * math.pi * k / count for k in range(count)]
    return [(round(radius * math.sin(t), 1) + 0.0, round(-radius * math.cos(t), 1) + 0.0) for t in turns]


def _label(x: float, y: float, name: str, count: int) -> str:
    """A spelling's label beside its node, on the side away from the circle's centre."""
    if x == 0.0:
        anchor, dx, dy = "middle", 0.0, (-12.0 if y < 0 else 20.0)
    else:
        anchor, dx, dy = ("start", 10.0, 4.0) if x > 0 else ("end", -10.0, 4.0)
    mentions = f"{count} mention" + ("" if count == 1 else "s")
    return (
        f'<text class="spelling" x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">'
        f"{markup(name)}<title>{markup(name)}: {mentions}</title></text>"
    )


def person_svg(person: Person) -> str:
    """An inline ``<svg>`` element picturing ``person``'s spellings and the links between them."""
    names = [name for name, _ in person.counts] or list(person.names)
    counts = dict(person.counts)
    radius = _radius(len(names))
    where = dict(zip(names, _positions(len(names), radius), strict=True))
    half_width, half_height = radius + _LABEL_ROOM, radius + _MARGIN
    parts = [
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{2 * half_width:.0f}" height="{2 * half_height:.0f}" '
        f'viewBox="{-half_width:.1f} {-half_height:.1f} {2 * half_width:.1f} {2 * half_height:.1f}">',
        f"<title>{markup(person.canonical)}</title>",
    ]
    for link in person.links:
        if link.a not in where or link.b not in where:
            continue
        (x1, y1), (x2, y2) = where[link.a], where[link.b]
        dashed = ' stroke-dasharray="6 4"' if link.relation.startswith("attach") else ""
        parts.append(
            f'<line class="link" data-relation="{markup(link.relation)}" x1="{x1:.1f}" y1="{y1:.1f}" '
            f'x2="{x2:.1f}" y2="{y2:.1f}" stroke="#667"{dashed}/>'
            f'<text class="score" x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 3:.1f}" '
            f'text-anchor="middle">{link.score:.2f}</text>'
        )
    for name in names:
        x, y = where[name]
        width = "2.5" if name == person.canonical else "1"
        parts.append(
            f'<circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#dde6f5" '
            f'stroke="#335" stroke-width="{width}"/>'
        )
        parts.append(_label(x, y, name, counts.get(name, 0)))
    parts.append("</svg>")
    return "".join(parts)
