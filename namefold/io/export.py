"""Pictures of people: Graphviz DOT text and GraphML, with no extra dependency.

Every name, label and attribute is escaped, so no text can change the file's structure:
in DOT, a quote, a backslash and a line break are escaped inside quoted strings; in both
formats, characters the format cannot hold (control characters, lone surrogates; in
GraphML, whose XML 1.0 keeps tab and newline only) are written as ``\\xNN`` or ``\\uXXXX``,
and a backslash as two (:func:`escape`). GraphML is written all or nothing
(:mod:`namefold.io.atomic`).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

import networkx as nx

from namefold.io.atomic import write_with

if TYPE_CHECKING:
    from namefold.resolve.people import Link, Person
    from namefold.resolve.resolution import Resolution

__all__ = ["escape", "link_label", "person_dot", "unescape", "write_graphml"]

# what neither format may hold as it is: C0 controls but tab and newline, DEL, lone surrogates,
# the two non-characters U+FFFE and U+FFFF, and the backslash that escapes them
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff\\\\]")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def escape(text: str) -> str:
    """``text`` with each character that DOT or GraphML cannot hold written as ``\\xNN`` or
    ``\\uXXXX``, and a backslash as two: readable back with :func:`unescape`."""
    return _UNSAFE.sub(_escaped, text)


def unescape(text: str) -> str:
    """The text that :func:`escape` was given."""
    return re.sub(r"\\(\\|x[0-9a-f]{2}|u[0-9a-f]{4})", _unescaped, text)


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1)
    return "\\" if code == "\\" else chr(int(code[1:], 16))


def _quote(text: str) -> str:
    """``text`` as a DOT quoted string: escaped, then a quote escaped and a line break as ``\\n``."""
    return '"' + escape(text).replace('"', '\\"').replace("\n", "\\n") + '"'


def link_label(link: Link) -> str:
    """``0.94 surname romanization, given alias``: the score and the rules behind a link."""
    rules = [r.replace(": ", " ") for r in link.rules if not r.endswith((": absent", ": identical"))]
    return " ".join([f"{link.score:.2f}", ", ".join(rules)]).strip()


def person_dot(person: Person) -> str:
    """DOT text of one person: a node per spelling (with its mention count), an edge per link
    labelled with its score and the rules behind it.
    """
    lines = [
        f"graph {_quote(person.id)} {{",
        f"  label={_quote(f'{person.canonical} ({person.mentions} mentions)')};",
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
    ]
    for name, count in person.counts:
        bold = ", penwidth=2" if name == person.canonical else ""
        label = _quote(name + "\n" + f"{count} mention" + ("" if count == 1 else "s"))
        lines.append(f"  {_quote(name)} [label={label}{bold}];")
    for link in person.links:
        label = link_label(link)
        style = ", style=dashed" if link.relation.startswith("attach") else ""
        lines.append(f"  {_quote(link.a)} -- {_quote(link.b)} [label={_quote(label)}{style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _node_id(key: tuple[str, str]) -> str:
    text, source = key
    return escape(f"{text} @ {source}" if source else text)


def write_graphml(resolution: Resolution, path: str | os.PathLike[str]) -> None:
    """Write the resolution's match graph to ``path`` as GraphML (plain attributes only, text
    escaped as :func:`escape` says), all or nothing."""
    canonical = {p.id: p.canonical for p in resolution.people}
    graph: nx.Graph[str] = nx.Graph()
    source_graph = resolution.graph
    for key in sorted(source_graph.nodes):
        node: dict[str, Any] = dict(source_graph.nodes[key])
        graph.add_node(
            _node_id(key),
            text=escape(key[0]),
            source=escape(key[1]),
            mentions=int(node["mentions"]),
            kind=str(node["kind"]),
            person=escape(str(node["person"])),
            canonical=escape(canonical[node["person"]]),
        )
    for left, right in sorted(source_graph.edges()):
        data: dict[str, Any] = dict(source_graph.edges[left, right])
        graph.add_edge(
            _node_id(left),
            _node_id(right),
            score=float(data["score"]),
            relation=str(data["relation"]),
            rules=escape("; ".join(f"{e.feature}: {e.rule}" for e in data["evidence"])),
        )
    write_with(path, lambda temporary: nx.write_graphml(graph, temporary))
