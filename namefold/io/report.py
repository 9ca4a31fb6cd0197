"""A resolution as one self-contained HTML file: people, their evidence, the review queue.

The file needs no server and no network: its style, its script and its pictures (inline
SVG, :mod:`namefold.io.svg`) are all inside it, and its Content-Security-Policy lets
nothing else load or run (the style and script are allowed by their SHA-256 hashes, so an
injected script could not run even if a name escaped its escaping). Every text that came
from the input is written with :func:`namefold.io.svg.markup`. The output is deterministic:
the same resolution and review give the same bytes. The file is written all or nothing.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from namefold.errors import ConfigError
from namefold.io.atomic import write_text
from namefold.io.svg import markup, person_svg

if TYPE_CHECKING:
    from namefold.resolve.people import Person
    from namefold.resolve.resolution import Resolution

__all__ = ["ReviewRow", "render_report", "write_report"]


class ReviewRow(Protocol):
    """What the report reads of an item of the review queue: a pair of spellings, their
    score, whether they were merged, why the pair needs a look, and the evidence in words."""

    @property
    def a(self) -> str: ...
    @property
    def b(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def merged(self) -> bool: ...
    @property
    def reason(self) -> str: ...
    @property
    def explanation(self) -> str: ...


_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 68em; color: #222; }
[hidden] { display: none !important; }
header ul { list-style: none; padding: 0; display: flex; gap: 1.5em; }
.n { font-weight: bold; }
section.person { border-top: 1px solid #ccd; padding: 0.5em 0 1em; }
section.person h2 { font-size: 1.15em; margin: 0.3em 0; }
code.id { color: #556; font-size: 0.85em; margin-left: 0.6em; }
.ambiguous { color: #a40; font-weight: bold; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #ccd; padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
svg.graph { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg.graph text.score { fill: #667; font-size: 10px; }
pre { white-space: pre-wrap; margin: 0.3em 0; }
""".strip()

_SCRIPT = """
(function () {
  var box = document.getElementById("filter");
  var shown = document.getElementById("shown");
  var people = document.querySelectorAll("section.person");
  function update() {
    var wanted = box.value.toLowerCase();
    var count = 0;
    for (var i = 0; i < people.length; i++) {
      var names = people[i].getAttribute("data-names").toLowerCase();
      var hit = names.indexOf(wanted) !== -1;
      people[i].hidden = !hit;
      if (hit) { count += 1; }
    }
    shown.textContent = String(count);
  }
  box.addEventListener("input", update);
  update();
}());
""".strip()


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


_POLICY = f"default-src 'none'; style-src {_hash(_STYLE)}; script-src {_hash(_SCRIPT)}; img-src data:"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _candidates(person: Person, canonical: dict[str, str]) -> str:
    """``could be`` and a link to each person an ambiguous mention may be."""
    links = [
        f'<a href="#person-{markup(cid)}">{markup(canonical.get(cid, cid))}</a>' for cid in person.candidates
    ]
    return ' <span class="ambiguous">ambiguous</span>' + (": could be " + ", ".join(links) if links else "")


def _table(kind: str, headers: Sequence[str], rows: str) -> str:
    """A ``<table>`` of class ``kind`` with ``headers`` and the ``<tr>`` markup ``rows``."""
    head = "".join(f"<th>{header}</th>" for header in headers)
    return f'<table class="{kind}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _spellings(person: Person) -> str:
    rows = "".join(
        f'<tr><td class="spelling">{markup(name)}</td><td class="num">{count}</td></tr>'
        for name, count in person.counts
    )
    return _table("spellings", ("spelling", "mentions"), rows)


def _evidence(person: Person) -> str:
    if not person.links:
        return ""
    rows = "".join(
        f"<tr><td>{markup(link.a)}</td><td>{markup(link.b)}</td>"
        f'<td class="num">{link.score:.3f}</td><td>{markup(link.relation)}</td>'
        f"<td>{markup('; '.join(link.rules))}</td></tr>"
        for link in person.links
    )
    return _table("evidence", ("a", "b", "score", "relation", "rules"), rows)


def _apart(person: Person) -> str:
    """The judgements that this person's spellings are not another person's."""
    if not person.apart:
        return ""
    items = "".join(f"<li>{markup(own)} is not {markup(other)}</li>" for own, other in person.apart)
    return f'<p class="apart">Judged different people:</p><ul class="apart">{items}</ul>'


def _person(person: Person, canonical: dict[str, str]) -> str:
    """One person's ``<section>``: name, id, facts, spellings, picture and evidence."""
    pid = markup(person.id)
    names = markup("\n".join([person.canonical, *person.names]))
    facts = ", ".join([_plural(person.mentions, "mention"), _plural(len(person.sources), "source")])
    flag = _candidates(person, canonical) if person.ambiguous else ""
    return (
        f'<section class="person" id="person-{pid}" data-person="{pid}" data-names="{names}">\n'
        f'<h2><span class="canonical">{markup(person.canonical)}</span><code class="id">{pid}</code></h2>\n'
        f'<p class="facts">{facts}{flag}</p>\n'
        f"{_spellings(person)}\n{person_svg(person)}\n{_evidence(person)}{_apart(person)}</section>"
    )


def _review(review: Sequence[ReviewRow]) -> str:
    """The review queue as a table, one row per item."""
    if not review:
        return '<section class="review-queue"><h2>Review queue</h2><p>No review items.</p></section>'
    rows = "".join(
        f"<tr><td>{markup(row.a)}</td><td>{markup(row.b)}</td>"
        f'<td class="num">{row.score:.3f}</td><td>{"yes" if row.merged else "no"}</td>'
        f"<td>{markup(row.reason)}</td><td><details><summary>why</summary>"
        f"<pre>{markup(row.explanation)}</pre></details></td></tr>"
        for row in review
    )
    headers = ("a", "b", "score", "merged", "reason", "explanation")
    return f'<section class="review-queue"><h2>Review queue</h2>{_table("review", headers, rows)}</section>'


def _check_limit(limit: object) -> int | None:
    if limit is None or (isinstance(limit, int) and not isinstance(limit, bool) and limit >= 0):
        return limit
    message = f"limit must be None or an int >= 0, not {limit!r:.80}"
    raise ConfigError(message)


def render_report(
    resolution: Resolution,
    review: Sequence[ReviewRow] = (),
    *,
    title: str = "namefold report",
    limit: int | None = None,
) -> str:
    """The HTML text of a report of ``resolution`` and its ``review`` queue.

    People come in the order of :attr:`Resolution.people` (most mentioned first); ``limit``
    keeps the first ``limit`` of them and says how many were left out (``None``: all).

    Raises:
        ConfigError: ``limit`` is not ``None`` or an int >= 0.
    """
    limit = _check_limit(limit)
    people = resolution.people if limit is None else resolution.people[:limit]
    canonical = {p.id: p.canonical for p in resolution.people}
    left_out = len(resolution.people) - len(people)
    counts = [
        (len(resolution.mentions), "mentions"),
        (len(resolution.people), "people"),
        (f"{resolution.threshold:g}", "threshold"),
    ]
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>{markup(title)}</title>\n<link rel="icon" href="data:,">',
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{markup(title)}</h1>",
        "<ul>" + "".join(f'<li><span class="n">{n}</span> {what}</li>' for n, what in counts) + "</ul>",
        '</header>\n<p><label>Filter people: <input id="filter" type="search" autocomplete="off"></label>',
        f'<span id="counter"><span id="shown">{len(people)}</span> of {len(people)} people shown</span></p>',
        '<main id="people">',
        *(_person(person, canonical) for person in people),
        "</main>",
    ]
    if left_out:
        more = "person" if left_out == 1 else "people"
        parts.append(f'<p class="omitted">{left_out} more {more} not shown (limit {limit}).</p>')
    parts += [_review(review), f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"]
    return "\n".join(parts)


def write_report(
    resolution: Resolution,
    review: Sequence[ReviewRow],
    path: str | os.PathLike[str],
    *,
    title: str = "namefold report",
    limit: int | None = None,
) -> None:
    """Write :func:`render_report`'s HTML to ``path`` as UTF-8, all or nothing."""
    write_text(path, render_report(resolution, review, title=title, limit=limit))
